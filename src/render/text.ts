import stringWidth from 'string-width';
import { neutralizeControlCharacters } from '../curriculum/controlCharacters.js';

/**
 * Text from a curriculum or a note must not drive the terminal (move the cursor, set the title,
 * reorder text): every control character becomes U+FFFD. Notes keep their newlines.
 */
export function safeText(text: string, keepNewlines = false): string {
  return neutralizeControlCharacters(text, keepNewlines);
}

export function displayWidth(text: string): number {
  return stringWidth(text);
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
