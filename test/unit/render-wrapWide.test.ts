import { describe, expect, it } from 'vitest';
import { displayWidth } from '../../src/render/text.js';
import { wrapWide } from '../../src/render/wrapWide.js';

const lines = (text: string, width: number) => wrapWide(text, width).split('\n');

describe('wrapWide (help in Chinese)', () => {
  it('breaks between Chinese characters, within the width', () => {
    const text = '把資源或主題標記為完成，並顯示因此解鎖的主題';
    const wrapped = lines(text, 16);
    expect(wrapped.join('')).toBe(text);
    expect(wrapped.length).toBeGreaterThan(1);
    for (const line of wrapped) expect(displayWidth(line)).toBeLessThanOrEqual(16);
  });

  it('never starts a line with closing punctuation, nor ends one with opening punctuation', () => {
    // At 8 columns a line holds four characters: the comma would start the second line, so 四 goes with it;
    // the opening bracket would end the first, so it goes to the second.
    expect(lines('一二三四，五六', 8)).toEqual(['一二三', '四，五六']);
    expect(lines('一二三「四五」', 8)).toEqual(['一二三', '「四五」']);
    for (const width of [6, 7, 8, 9, 10, 12]) {
      for (const line of lines('先讀「線性代數」，再做練習。然後（可選）複習', width)) {
        expect(line, `at ${width}`).not.toMatch(/^[，。、：；！？）」』》〉…]/);
        expect(line, `at ${width}`).not.toMatch(/[（「『《〈]$/);
      }
    }
  });

  it('keeps a Latin word, an option and a number whole, and breaks at spaces', () => {
    const wrapped = lines('使用 --curriculum 選項指定 llm-fundamentals 或 3.2.1', 14);
    expect(wrapped.length).toBeGreaterThan(2);
    for (const word of ['--curriculum', 'llm-fundamentals', '3.2.1']) expect(wrapped.some((line) => line.includes(word)), word).toBe(true);
  });

  it('leaves a piece wider than the line whole', () => {
    expect(lines('https://example.com/a/very/long/path', 10)).toEqual(['https://example.com/a/very/long/path']);
  });
});
