import { cutAtColumns, displayWidth } from './text.js';

/** Punctuation a line must not start with, and punctuation it must not end with (kinsoku). */
const CLOSING_PUNCTUATION = /^[，。、：；！？）」』》〉…]/;
const OPENING_PUNCTUATION = /[（「『《〈]$/;

/**
 * One line of text as lines of at most `width` columns: the one way roadmap wraps, for help in Chinese,
 * summaries in `show` and the labels of the report's drawing. A line may break at a space, or before or
 * after a wide (Chinese) character, but never inside a Latin word, an option or a number, nor before
 * closing punctuation or after opening punctuation. A piece wider than a line is left whole, or, with
 * `cutLongWords`, cut at the width (a URL in an indented summary).
 */
export function wrapLine(line: string, width: number, cutLongWords = false): string[] {
  const pieces: { space: string; text: string }[] = [];
  let space = '';
  const add = (text: string) => {
    const previous = pieces.at(-1);
    if (previous && space === '' && (CLOSING_PUNCTUATION.test(text) || OPENING_PUNCTUATION.test(previous.text))) previous.text += text;
    else pieces.push({ space, text });
    space = '';
  };
  for (const word of line.match(/ +|[^ ]+/g) ?? []) {
    if (word.startsWith(' ')) {
      space = word;
      continue;
    }
    let narrow = '';
    for (const character of word) {
      if (displayWidth(character) < 2) {
        narrow += character;
        continue;
      }
      if (narrow !== '') add(narrow);
      narrow = '';
      add(character);
    }
    if (narrow !== '') add(narrow);
  }
  const lines: string[] = [];
  let current = '';
  for (const { space: before, text } of pieces) {
    if (current === '') current = before + text;
    else if (displayWidth(current + before + text) <= width) current += before + text;
    else {
      lines.push(current);
      current = text;
    }
    while (cutLongWords && displayWidth(current) > width) {
      const [head, rest] = cutAtColumns(current, width);
      lines.push(head);
      current = rest;
    }
  }
  lines.push(current);
  return lines;
}

/**
 * Text (without control characters) as lines of at most `width` columns, each starting with `indent`:
 * its own line breaks are kept, and each of its lines is wrapped by wrapLine, a word longer than a line
 * cut where it must.
 */
export function wrap(text: string, width: number, indent = ''): string[] {
  const room = Math.max(1, width - displayWidth(indent));
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    if (!Number.isFinite(room) || displayWidth(paragraph) <= room) lines.push(paragraph === '' ? '' : indent + paragraph);
    else for (const line of wrapLine(paragraph, room, true)) lines.push(indent + line);
  }
  return lines;
}
