import { stripVTControlCharacters } from 'node:util';
import { eastAsianWidth } from 'get-east-asian-width';
import stringWidth from 'string-width';
import { neutralizeControlCharacters } from '../curriculum/controlCharacters.js';

/**
 * Text from a curriculum or a note must not drive the terminal (move the cursor, set the title,
 * reorder text): every control character becomes U+FFFD. Notes keep their newlines.
 */
export function safeText(text: string, keepNewlines = false): string {
  return neutralizeControlCharacters(text, keepNewlines);
}

/**
 * What string-width measures with its grapheme segmenter and emoji tables: marks, joiners and variation
 * selectors, emoji modifiers, regional indicators, Hangul jamo, controls and format characters, and the few
 * letters that join the next or previous character into one cluster (prepended Brahmic letters, Thai/Lao
 * SARA AM, Kirat Rai vowel signs). A string without any of them — nearly every title: Latin, CJK, kana,
 * punctuation, arrows, box drawing, single-code-point emoji — is one column per code point, two for East
 * Asian Wide and Fullwidth ones: exactly string-width's answer (checked on every code point, alone and next
 * to others), without building its Intl.Segmenter and RGI_Emoji expression (tens of ms on first use).
 */
const NEEDS_SEGMENTER =
  /[\p{Mark}\p{Default_Ignorable_Code_Point}\p{Control}\p{Format}\p{Surrogate}\p{Regional_Indicator}\p{Emoji_Modifier}\u0d4e\u0e33\u0eb3\u1100-\u11ff\ua960-\ua97f\ud7b0-\ud7ff\u{111c2}\u{111c3}\u{113d1}\u{1193f}\u{11941}\u{11a3a}\u{11a84}-\u{11a89}\u{11d46}\u{11f02}\u{16d63}-\u{16d6a}]/u;

export function displayWidth(text: string): number {
  const plain = text.includes('\u001b') || text.includes('\u009b') ? stripVTControlCharacters(text) : text;
  if (NEEDS_SEGMENTER.test(plain)) return stringWidth(plain);
  let width = 0;
  for (let i = 0; i < plain.length; i++) {
    const code = plain.charCodeAt(i);
    if (code < 0x7f) {
      width += 1;
      continue;
    }
    const codePoint = plain.codePointAt(i)!;
    if (codePoint > 0xffff) i++;
    width += eastAsianWidth(codePoint);
  }
  return width;
}

/** Cuts `text` to at most `width` columns, ending with `…` when something was cut. */
export function truncate(text: string, width: number): string {
  if (!Number.isFinite(width) || displayWidth(text) <= width) return text;
  if (width <= 0) return '';
  let used = 0;
  let out = '';
  for (const character of text) {
    const w = displayWidth(character);
    if (used + w > width - 1) break;
    out += character;
    used += w;
  }
  return out + '…';
}

export function padEnd(text: string, width: number): string {
  const gap = width - displayWidth(text);
  return gap > 0 ? text + ' '.repeat(gap) : text;
}

export function padStart(text: string, width: number): string {
  const gap = width - displayWidth(text);
  return gap > 0 ? ' '.repeat(gap) + text : text;
}

export function progressBar(done: number, total: number, cells = 10): string {
  if (total <= 0) return '·'.repeat(cells);
  const filled = Math.round((done / total) * cells);
  return '█'.repeat(filled) + '░'.repeat(cells - filled);
}

export function percent(done: number, total: number): string {
  return total <= 0 ? '–' : `${Math.floor((done / total) * 100)}%`;
}

export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : pluralForm}`;
}
