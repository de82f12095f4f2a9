import { stripVTControlCharacters } from 'node:util';
import { eastAsianWidth } from 'get-east-asian-width';
import stringWidth from 'string-width';
import { neutralizeControlCharacters } from '../curriculum/controlCharacters.js';
import { CLUSTER_RANGES } from './clusterRanges.js';

/**
 * Text from a curriculum or a note must not drive the terminal (move the cursor, set the title,
 * reorder text): every control character becomes U+FFFD. Notes keep their newlines.
 */
export function safeText(text: string, keepNewlines = false): string {
  return neutralizeControlCharacters(text, keepNewlines);
}

/**
 * What string-width measures with its grapheme segmenter and emoji tables are the code points in
 * CLUSTER_RANGES: marks, joiners and variation selectors, emoji modifiers, regional indicators, Hangul jamo,
 * controls and format characters, and the few letters that join a neighbour into one cluster. A string
 * without any of them (nearly every title: Latin, CJK, kana, punctuation, arrows, box drawing,
 * single-code-point emoji) is one column per code point, two for East Asian Wide and Fullwidth ones:
 * exactly string-width's answer (test/unit/render-text.test.ts checks every code point), without building
 * its Intl.Segmenter and RGI_Emoji expression (tens of ms on first use).
 */
export function displayWidth(text: string): number {
  const plain = text.includes('\u001b') || text.includes('\u009b') ? stripVTControlCharacters(text) : text;
  let width = 0;
  for (let i = 0; i < plain.length; i++) {
    const code = plain.charCodeAt(i);
    if (code >= 0x20 && code < 0x7f) {
      width += 1;
      continue;
    }
    const codePoint = plain.codePointAt(i)!;
    if (joinsNeighbours(codePoint)) return stringWidth(plain);
    if (codePoint > 0xffff) i++;
    width += eastAsianWidth(codePoint);
  }
  return width;
}

function joinsNeighbours(codePoint: number): boolean {
  let low = 0;
  let high = CLUSTER_RANGES.length / 2 - 1;
  while (low <= high) {
    const middle = (low + high) >>> 1;
    if (codePoint < CLUSTER_RANGES[2 * middle]!) high = middle - 1;
    else if (codePoint > CLUSTER_RANGES[2 * middle + 1]!) low = middle + 1;
    else return true;
  }
  return false;
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
