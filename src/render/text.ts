import { stripVTControlCharacters } from 'node:util';
import { neutralizeLines, neutralizeOneLine } from '../controlCharacters.js';
import { CLUSTER_RANGES, WIDE_RANGES } from './widthTables.js';

/**
 * Text from a curriculum or a note must not drive the terminal (move the cursor, set the title,
 * reorder text): every control character becomes U+FFFD. Line breaks fold into spaces, unless
 * keepNewlines (a summary or a note shown in full), which also drops the trailing ones.
 */
export function safeText(text: string, keepNewlines = false): string {
  return keepNewlines ? neutralizeLines(text) : neutralizeOneLine(text);
}

/**
 * What string-width measures with its grapheme segmenter and emoji tables are the code points in
 * CLUSTER_RANGES: marks, joiners and variation selectors, emoji modifiers, regional indicators, Hangul jamo,
 * controls and format characters, and the few letters that join a neighbour into one cluster. A string
 * without any of them (nearly every title: Latin, CJK, kana, punctuation, arrows, box drawing,
 * single-code-point emoji) is one column per code point, two for those in WIDE_RANGES (East Asian Wide
 * and Fullwidth): exactly string-width's answer (test/unit/render-width.test.ts checks every code point),
 * without building its Intl.Segmenter and RGI_Emoji expression (tens of ms on first use).
 */
export function displayWidth(text: string): number {
  const plain = text.includes('\u001b') || text.includes('\u009b') ? stripVTControlCharacters(text) : text;
  if (!NOT_PRINTABLE_ASCII.test(plain)) return plain.length;
  const patterns = (widthPatterns ??= buildWidthPatterns());
  if (patterns.needsLoop.test(plain)) return widthByCodePoint(plain);
  // One column per character, and one more for each wide one: the regular expressions run as compiled code,
  // where a loop over the characters of every title would run in the interpreter (a list measures thousands).
  return 2 * plain.length - plain.replace(patterns.wide, '').length;
}

const NOT_PRINTABLE_ASCII = /[^\x20-\x7e]/;

/**
 * `wide`: the BMP characters of WIDE_RANGES; `needsLoop`: a surrogate (a code point beyond the BMP) or a
 * BMP character of CLUSTER_RANGES, for which widthByCodePoint decides. Built on first use.
 */
let widthPatterns: { wide: RegExp; needsLoop: RegExp } | undefined;

function buildWidthPatterns(): { wide: RegExp; needsLoop: RegExp } {
  const bmpClass = (ranges: readonly number[]) => {
    let members = '';
    for (let i = 0; i < ranges.length && ranges[i]! <= 0xffff; i += 2) members += `${unicodeEscape(ranges[i]!)}-${unicodeEscape(Math.min(ranges[i + 1]!, 0xffff))}`;
    return members;
  };
  return { wide: new RegExp(`[${bmpClass(WIDE_RANGES)}]`, 'g'), needsLoop: new RegExp(`[\\ud800-\\udfff${bmpClass(CLUSTER_RANGES)}]`) };
}

function unicodeEscape(code: number): string {
  return `\\u${code.toString(16).padStart(4, '0')}`;
}

/** The width of `plain` (no escape sequences), a code point at a time. */
function widthByCodePoint(plain: string): number {
  let width = 0;
  for (let i = 0; i < plain.length; i++) {
    const code = plain.charCodeAt(i);
    if (code >= 0x20 && code < 0x7f) {
      width += 1;
      continue;
    }
    const codePoint = plain.codePointAt(i)!;
    const columns = columnsOf(codePoint);
    if (columns === JOINS_NEIGHBOURS) return stringWidth(plain);
    if (codePoint > 0xffff) i++;
    width += columns;
  }
  return width;
}

/**
 * string-width, evaluated on its first call: its top level builds an Intl.Segmenter and Unicode-property
 * expressions (about 10 ms), which most commands never reach (displayWidth answers nearly every string
 * itself). `require`, because a static import is evaluated at start-up and `import()` would make every
 * width asynchronous; the bundle (CommonJS) and the test runner both provide it.
 */
let loadedStringWidth: ((text: string) => number) | undefined;
function stringWidth(text: string): number {
  loadedStringWidth ??= (require('string-width') as typeof import('string-width')).default;
  return loadedStringWidth(text);
}

/** What columnsOf answers for a code point whose width depends on its neighbours. */
const JOINS_NEIGHBOURS = 0;

/** Columns of each BMP code point (or JOINS_NEIGHBOURS), built from the tables on first use: 64 KiB. */
let bmpColumns: Uint8Array | undefined;

/**
 * 1 or 2 columns, or JOINS_NEIGHBOURS. In the BMP a table load: this runs for every character, mostly
 * before V8 has optimised anything.
 */
function columnsOf(codePoint: number): number {
  if (codePoint <= 0xffff) return (bmpColumns ??= buildBmpColumns())[codePoint]!;
  if (inRanges(CLUSTER_RANGES, codePoint)) return JOINS_NEIGHBOURS;
  return inRanges(WIDE_RANGES, codePoint) ? 2 : 1;
}

function buildBmpColumns(): Uint8Array {
  const columns = new Uint8Array(0x10000).fill(1);
  for (const [ranges, value] of [[WIDE_RANGES, 2], [CLUSTER_RANGES, JOINS_NEIGHBOURS]] as const) {
    for (let i = 0; i < ranges.length && ranges[i]! <= 0xffff; i += 2) columns.fill(value, ranges[i]!, Math.min(ranges[i + 1]!, 0xffff) + 1);
  }
  return columns;
}

/** The width of one code point on its own: `displayWidth(String.fromCodePoint(codePoint))`, without the string. */
function codePointWidth(codePoint: number): number {
  if (codePoint >= 0x20 && codePoint < 0x7f) return 1;
  const columns = columnsOf(codePoint);
  return columns === JOINS_NEIGHBOURS ? stringWidth(String.fromCodePoint(codePoint)) : columns;
}

/** Whether `codePoint` is in one of the sorted first, last, … `ranges` (src/render/widthTables.ts). */
function inRanges(ranges: readonly number[], codePoint: number): boolean {
  let low = 0;
  let high = ranges.length / 2 - 1;
  while (low <= high) {
    const middle = (low + high) >>> 1;
    if (codePoint < ranges[2 * middle]!) high = middle - 1;
    else if (codePoint > ranges[2 * middle + 1]!) low = middle + 1;
    else return true;
  }
  return false;
}

/** Cuts `text` to at most `width` columns, ending with `…` when something was cut. */
export function truncate(text: string, width: number): string {
  if (!Number.isFinite(width) || displayWidth(text) <= width) return text;
  if (width <= 0) return '';
  const room = width - 1;
  let end = 0;
  if (isSimple(text)) {
    // Every character is one or two columns: the longest start that fits is found by halving, each
    // measure a compiled regular expression rather than a step of an interpreted loop.
    let over = text.length;
    while (over - end > 1) {
      const middle = (end + over) >>> 1;
      if (displayWidth(text.slice(0, middle)) <= room) end = middle;
      else over = middle;
    }
  } else {
    end = endWithin(text, room, false);
  }
  return `${text.slice(0, end)}…`;
}

/** Text of BMP characters that are each one or two columns wide: no escape sequence, surrogate or joining mark. */
function isSimple(text: string): boolean {
  return !text.includes('\u001b') && !text.includes('\u009b') && !(widthPatterns ??= buildWidthPatterns()).needsLoop.test(text);
}

/** The first `columns` columns of `text` (at least one character), and the rest. */
export function cutAtColumns(text: string, columns: number): [string, string] {
  const end = endWithin(text, columns, true);
  return [text.slice(0, end), text.slice(end)];
}

/**
 * Where the longest start of `text` that fits in `columns` columns ends, measured a code point at a time;
 * with `atLeastOne`, past the first character even when it is wider.
 */
function endWithin(text: string, columns: number, atLeastOne: boolean): number {
  let used = 0;
  let end = 0;
  while (end < text.length) {
    const codePoint = text.codePointAt(end)!;
    const width = codePointWidth(codePoint);
    if (used + width > columns && !(atLeastOne && end === 0)) break;
    used += width;
    end += codePoint > 0xffff ? 2 : 1;
  }
  return end;
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

