import { displayWidth } from './text.js';

/** Punctuation a line must not start with, and punctuation it must not end with (kinsoku). */
const CLOSING_PUNCTUATION = /^[，。、：；！？）」』》〉…]/;
const OPENING_PUNCTUATION = /[（「『《〈]$/;

/**
 * One line of text as lines of at most `width` columns: a line may break at a space, or before or after a
 * wide (Chinese) character, but never inside a Latin word, an option or a number, nor before closing
 * punctuation or after opening punctuation. A piece wider than a line is left whole.
 */
export function wrapWide(line: string, width: number): string {
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
  }
  lines.push(current);
  return lines.join('\n');
}
