import { describe, expect, it } from 'vitest';
import { en } from '../../src/messages/en/index.js';
import { zhTW } from '../../src/messages/zh-TW/index.js';

type Entry = string | ((params: Record<string, unknown>) => string) | { [key: string]: Entry };

/** Every message of a catalog by its dotted key. */
function entries(catalog: Entry, prefix = ''): Map<string, Entry> {
  const found = new Map<string, Entry>();
  for (const [key, value] of Object.entries(catalog as Record<string, Entry>)) {
    const name = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'object') for (const [inner, entry] of entries(value, name)) found.set(inner, entry);
    else found.set(name, value);
  }
  return found;
}

/**
 * A message called with stand-in parameters: each reads as ‹name› in text and as 7 in arithmetic. Returns
 * the text and the parameters it read and showed.
 */
function callWithStandIns(message: Entry): { text: string; read: string[]; shown: string[] } {
  if (typeof message === 'string') return { text: message, read: [], shown: [] };
  const read = new Set<string>();
  const params = new Proxy(
    {},
    {
      get(_target, name) {
        if (typeof name !== 'string') return undefined;
        read.add(name);
        return { [Symbol.toPrimitive]: (hint: string) => (hint === 'number' ? 7 : `‹${name}›`) };
      },
    },
  );
  const text = (message as (params: object) => string)(params);
  const shown = [...text.matchAll(/‹(\w+)›/g)].map((match) => match[1]!);
  return { text, read: [...read].sort(), shown: [...new Set(shown)].sort() };
}

const english = entries(en as unknown as Entry);
const chinese = entries(zhTW as unknown as Entry);

describe('the message catalogs', () => {
  it('have the same keys in English and in Traditional Chinese', () => {
    expect([...chinese.keys()].sort()).toEqual([...english.keys()].sort());
    expect(english.size).toBeGreaterThan(0);
  });

  it('take the same parameters, and show the same ones, for every message', () => {
    for (const [key, message] of english) {
      const translated = chinese.get(key)!;
      expect(typeof translated, key).toBe(typeof message);
      const a = callWithStandIns(message);
      const b = callWithStandIns(translated);
      expect({ key, read: b.read }).toEqual({ key, read: a.read });
      expect({ key, shown: b.shown }).toEqual({ key, shown: a.shown });
    }
  });

  // Words a reader in Taiwan would not write: Simplified characters, and mainland terms in Traditional script.
  const SIMPLIFIED = /[这个们为进时说关开现实发动过还没书视频数据库设认务选项显载删译输标签链录习题节读写错误处]/u;
  const MAINLAND_TERMS = ['數據', '默認', '設置', '信息', '視頻', '鏈接', '菜單', '用戶', '軟件', '網絡', '質量', '支持', '運行', '導出', '導入', '打印', '創建', '保存', '屏幕', '字符', '緩存', '文件夾', '程序', '激活', '登錄', '項目'];

  it('write Traditional Chinese as it is written in Taiwan', () => {
    for (const [key, message] of chinese) {
      const { text } = callWithStandIns(message);
      expect({ key, simplified: text.match(SIMPLIFIED)?.[0] }).toEqual({ key, simplified: undefined });
      expect({ key, mainland: MAINLAND_TERMS.filter((term) => text.includes(term)) }).toEqual({ key, mainland: [] });
    }
  });
});
