/**
 * Characters a curriculum or a note must not be able to send to a terminal: C0 controls, DEL, C1 controls
 * (ESC sequences move the cursor, set the window title, clear the screen…) and the bidirectional
 * marks, embeddings, overrides and isolates, which reorder how text reads. They are shown as U+FFFD
 * instead. Every text that reaches the terminal from a curriculum, a note, the database or the command
 * line goes through this file.
 */

const REPLACEMENT = '\uFFFD';

// Kept as separate expressions so that the common case (nothing to replace) is a single fast test.
const CONTROL_ALL = /[\u0000-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;
const CONTROL_EXCEPT_NEWLINE = /[\u0000-\u0009\u000B-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;
/** Anything neutralizeOneLine or neutralizeLines may change: the controls above and the line and paragraph separators. */
const NEEDS_WORK = /[\u0000-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2028\u2029\u2066-\u2069]/;
/** A line break as a text may hold one: CR LF, LF, LINE SEPARATOR, PARAGRAPH SEPARATOR (a CR alone is a control). */
const LINE_BREAK = /\r\n|[\n\u2028\u2029]/g;
/** Line breaks with the blanks around them, and blank lines: what folds into one space. */
const LINE_BREAK_RUN = /[ \t]*(?:\r\n|[\n\u2028\u2029])(?:[ \t]|\r\n|[\n\u2028\u2029])*/g;
/** Line breaks before the first line or after the last: dropped rather than folded. */
const EDGE_LINE_BREAKS = /^(?:[ \t]*(?:\r\n|[\n\u2028\u2029]))+|(?:(?:\r\n|[\n\u2028\u2029])[ \t]*)+$/g;

function pattern(keepNewlines: boolean): RegExp {
  const regex = keepNewlines ? CONTROL_EXCEPT_NEWLINE : CONTROL_ALL;
  regex.lastIndex = 0;
  return regex;
}

/** Replaces every control character (newlines too, unless keepNewlines) with U+FFFD. */
export function neutralizeControlCharacters(text: string, keepNewlines = false): string {
  const regex = pattern(keepNewlines);
  if (!regex.test(text)) return text;
  return text.replace(pattern(keepNewlines), REPLACEMENT);
}

/**
 * Text for a place that shows one line (a title in a list, a label): line breaks, as a YAML block
 * scalar (`summary: |` or `>`) holds them, fold into one space and those at either end go; then every
 * other control character becomes U+FFFD.
 */
export function neutralizeOneLine(text: string): string {
  if (!NEEDS_WORK.test(text)) return text;
  return neutralizeControlCharacters(text.replace(EDGE_LINE_BREAKS, '').replace(LINE_BREAK_RUN, ' '));
}

/**
 * Text shown over several lines (a summary, a note): every line break becomes `\n`, trailing ones
 * go (a `|` or `>` block scalar ends with one), and every other control character becomes U+FFFD.
 */
export function neutralizeLines(text: string): string {
  if (!NEEDS_WORK.test(text)) return text;
  const lines = text.replace(LINE_BREAK, '\n').replace(/\n+$/, '');
  return neutralizeControlCharacters(lines, true);
}

/** True when neutralizeControlCharacters(text, true) would change the text. */
export function hasControlCharacters(text: string): boolean {
  return pattern(true).test(text);
}

const NAMES: Record<number, string> = {
  0x00: 'NUL',
  0x07: 'BEL',
  0x08: 'BS',
  0x09: 'TAB',
  0x0d: 'CR',
  0x1b: 'ESC',
  0x7f: 'DEL',
  0x9b: 'CSI',
  0x061c: 'ARABIC LETTER MARK',
  0x200e: 'LEFT-TO-RIGHT MARK',
  0x200f: 'RIGHT-TO-LEFT MARK',
  0x202e: 'RIGHT-TO-LEFT OVERRIDE',
};

/** `U+001B ESC, U+0007 BEL`: the distinct control characters of a text (newlines aside), at most `limit`. */
export function listControlCharacters(text: string, limit = 3): string[] {
  const seen = new Set<number>();
  for (const match of text.matchAll(pattern(true))) {
    seen.add(match[0].charCodeAt(0));
    if (seen.size >= limit) break;
  }
  return [...seen].map(formatCodePoint);
}

function formatCodePoint(code: number): string {
  const hex = `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
  const name = NAMES[code];
  return name ? `${hex} ${name}` : hex;
}
