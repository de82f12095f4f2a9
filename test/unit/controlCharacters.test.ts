import { describe, expect, it } from 'vitest';
import schema from '../../curriculum/schema.json' with { type: 'json' };
import { hasControlCharacters, listControlCharacters, neutralizeControlCharacters, neutralizeLines, neutralizeOneLine } from '../../src/controlCharacters.js';

describe('neutralizeControlCharacters', () => {
  it('replaces C0 controls, DEL, C1 controls and bidirectional overrides with U+FFFD', () => {
    expect(neutralizeControlCharacters('a\u001b[2Jb')).toBe('a\uFFFD[2Jb');
    expect(neutralizeControlCharacters('\u0000\u0007\u0008\t\r\u007f\u0080\u009b\u009f')).toBe('\uFFFD'.repeat(9));
    expect(neutralizeControlCharacters('\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069')).toBe('\uFFFD'.repeat(9));
    expect(neutralizeControlCharacters('\u200e\u200f\u061c')).toBe('\uFFFD'.repeat(3));
  });

  it('replaces newlines unless asked to keep them', () => {
    expect(neutralizeControlCharacters('a\nb')).toBe('a\uFFFDb');
    expect(neutralizeControlCharacters('a\nb\u001b', true)).toBe('a\nb\uFFFD');
  });

  it('leaves ordinary text alone, including CJK, emoji and other format characters', () => {
    const text = 'LLM 基礎 — 線性代數 😀 \u00a0 \u200b \u2028 \u202f \u2065';
    expect(neutralizeControlCharacters(text)).toBe(text);
    expect(hasControlCharacters(text)).toBe(false);
  });

  it('names the control characters found', () => {
    expect(hasControlCharacters('a\nb')).toBe(false);
    expect(hasControlCharacters('a\u001bb')).toBe(true);
    expect(listControlCharacters('\u001b\u001b\u0007\u202e\u0001')).toEqual(['U+001B ESC', 'U+0007 BEL', 'U+202E RIGHT-TO-LEFT OVERRIDE']);
  });
});

describe('neutralizeOneLine', () => {
  it('folds line breaks into one space and drops those at either end, as a block scalar has them', () => {
    expect(neutralizeOneLine('First line\nsecond line\n')).toBe('First line second line');
    expect(neutralizeOneLine('Para one\n\n  Para two  \r\nthree\u2028four\n\n')).toBe('Para one Para two three four');
    expect(neutralizeOneLine('\n\nstarts late')).toBe('starts late');
    expect(neutralizeOneLine('plain')).toBe('plain');
  });

  it('still replaces every other control character, a bare CR included', () => {
    expect(neutralizeOneLine('a\rb\u001b[2J\nc\u202e')).toBe('a\uFFFDb\uFFFD[2J c\uFFFD');
  });
});

describe('neutralizeLines', () => {
  it('keeps line breaks as \\n, drops the trailing ones, replaces the rest', () => {
    expect(neutralizeLines('one\r\ntwo\u2029three\n\n')).toBe('one\ntwo\nthree');
    expect(neutralizeLines('one\n\nthree\u0007\r')).toBe('one\n\nthree\uFFFD\uFFFD');
  });
});

describe('the url pattern of curriculum/schema.json', () => {
  it('refuses every character the neutraliser replaces, and a URL without them passes', () => {
    const pattern = new RegExp(schema.$defs.url.pattern, 'u');
    expect(pattern.test('https://example.com/a?b=c#d')).toBe(true);
    for (let code = 0; code <= 0x2100; code++) {
      const character = String.fromCharCode(code);
      if (neutralizeControlCharacters(character) !== character) expect(pattern.test(`https://example.com/${character}`), `U+${code.toString(16)}`).toBe(false);
    }
  });
});
