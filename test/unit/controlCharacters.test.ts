import { describe, expect, it } from 'vitest';
import { hasControlCharacters, listControlCharacters, neutralizeControlCharacters } from '../../src/curriculum/controlCharacters.js';

describe('neutralizeControlCharacters', () => {
  it('replaces C0 controls, DEL, C1 controls and bidirectional overrides with U+FFFD', () => {
    expect(neutralizeControlCharacters('a\u001b[2Jb')).toBe('a\uFFFD[2Jb');
    expect(neutralizeControlCharacters('\u0000\u0007\u0008\t\r\u007f\u0080\u009b\u009f')).toBe('\uFFFD'.repeat(9));
    expect(neutralizeControlCharacters('\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069')).toBe('\uFFFD'.repeat(9));
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
