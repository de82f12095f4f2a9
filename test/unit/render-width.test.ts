import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { displayWidth, truncate } from '../../src/render/text.js';

/**
 * displayWidth skips string-width's segmenter for text without a code point of CLUSTER_RANGES; that is
 * only right if the two agree on every code point, alone and between neighbours.
 */
describe('displayWidth agrees with string-width', () => {
  const contexts: Array<[string, string]> = [
    ['', ''],
    ['線', 'a'],
  ];

  it('on every code point, alone and between a CJK and a Latin letter', () => {
    const differences: string[] = [];
    for (let codePoint = 0; codePoint < 0x110000; codePoint++) {
      // Planes 2 and 3 are CJK ideographs, planes 4–13 unassigned and 15–16 private use: nothing the tables
      // treat one by one, so a sample of them is enough. Planes 0, 1 and 14 are checked whole.
      const sampled = codePoint >= 0x20000 && (codePoint < 0xe0000 || codePoint >= 0xf0000);
      if (sampled && (codePoint & 0x3f) !== 0) continue;
      const character = String.fromCodePoint(codePoint);
      for (const [before, after] of contexts) {
        const text = before + character + after;
        const expected = stringWidth(text);
        if (displayWidth(text) !== expected) differences.push(`U+${codePoint.toString(16)} in ${JSON.stringify(text)}: ${displayWidth(text)} ≠ ${expected}`);
      }
      if (differences.length > 20) break;
    }
    expect(differences).toEqual([]);
  });

  it('on text with escape sequences, which take no columns', () => {
    expect(displayWidth('\u001b[32m線性\u001b[39m ok')).toBe(stringWidth('\u001b[32m線性\u001b[39m ok'));
    expect(displayWidth('\u001b[32m線性\u001b[39m ok')).toBe(7);
  });
});

describe('truncate', () => {
  it('cuts at a code point boundary, within the width, ending with …', () => {
    for (const text of ['線性代數 Linear algebra', 'a😀b線\u0301c🇹🇼d', 'e\u0301\u0301x', 'plain ascii title', '《動手學深度學習》第 2 章 預備知識（全書 PDF）']) {
      for (let width = 0; width <= displayWidth(text) + 1; width++) {
        const cut = truncate(text, width);
        if (displayWidth(text) <= width) {
          expect(cut).toBe(text);
          continue;
        }
        expect(displayWidth(cut), `${text} in ${width}`).toBeLessThanOrEqual(width);
        if (width === 0) expect(cut).toBe('');
        else {
          expect(cut.endsWith('…')).toBe(true);
          expect(text.startsWith(cut.slice(0, -1))).toBe(true);
          // No surrogate pair is split.
          expect(cut.slice(0, -1)).not.toMatch(/[\ud800-\udbff]$/);
          // As much as fits: one more code point would not leave room for the `…`.
          const kept = cut.slice(0, -1);
          const more = kept + String.fromCodePoint(text.codePointAt(kept.length)!);
          expect(displayWidth(more), `${text} in ${width}`).toBeGreaterThan(width - 1);
        }
      }
    }
    expect(truncate('a😀b', 3)).toBe('a…');
    expect(truncate('a😀bc', 4)).toBe('a😀…');
  });
});
