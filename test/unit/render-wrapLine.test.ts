import { describe, expect, it } from 'vitest';
import { displayWidth } from '../../src/render/text.js';
import { wrap, wrapLine } from '../../src/render/wrapLine.js';

const lines = (text: string, width: number) => wrapLine(text, width);

describe('wrapLine', () => {
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

describe('wrap (summaries in show)', () => {
  it('keeps the text’s own line breaks and indents every line', () => {
    expect(wrap('one\ntwo\n\nthree', 80, '  ')).toEqual(['  one', '  two', '', '  three']);
  });

  it('breaks between words to fit the width, and a longer word where it must', () => {
    expect(wrap('the quick brown fox jumps', 12, '  ')).toEqual(['  the quick', '  brown fox', '  jumps']);
    expect(wrap('see https://example.com/long/path now', 12)).toEqual(['see', 'https://exam', 'ple.com/long', '/path now']);
    expect(wrap('線性代數線性代數', 10, '  ')).toEqual(['  線性代數', '  線性代數']);
  });

  it('leaves everything on one line when the width is unbounded', () => {
    expect(wrap('a long line that would wrap', Number.POSITIVE_INFINITY, '  ')).toEqual(['  a long line that would wrap']);
  });

  it('sets Chinese as help is set: no line starts with closing punctuation, a Latin word stays whole', () => {
    // At 8 columns after the indent a line holds four characters: the comma would start the second line.
    expect(wrap('一二三四，五六', 10, '  ')).toEqual(['  一二三', '  四，五六']);
    for (const line of wrap('先讀「線性代數」，再用 NumPy 做練習。然後（可選）複習', 12, '  ')) {
      expect(line).not.toMatch(/^ {2}[，。、：；！？）」』》〉…]/);
      expect(line).not.toMatch(/[（「『《〈]$/);
      expect(displayWidth(line)).toBeLessThanOrEqual(12);
    }
    expect(wrap('再用 NumPy 做練習', 8, '  ')).toContain('  NumPy');
  });
});
