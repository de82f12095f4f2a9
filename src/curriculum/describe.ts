/** Small helpers that put user data into messages safely and readably. */

import { neutralizeControlCharacters } from '../controlCharacters.js';
import { messages } from '../messages/index.js';
import { editDistance } from './editDistance.js';

const MAX_QUOTED = 200;

/**
 * `"text"`, cut to a readable length and with control characters neutralised: a message quotes what the
 * user wrote, and that must not be able to drive the terminal it is printed on, nor flood it.
 */
export function quote(text: string): string {
  const chars = Array.from(text.length > MAX_QUOTED * 2 ? text.slice(0, MAX_QUOTED * 2) : text);
  const cut = chars.length > MAX_QUOTED ? `${chars.slice(0, MAX_QUOTED - 1).join('')}…` : chars.join('');
  return `"${neutralizeControlCharacters(cut)}"`;
}

/** The closest candidate within a few edits (more for longer words), or undefined. */
export function closest(word: string, candidates: Iterable<string>): string | undefined {
  const length = codePointCount(word);
  const limit = length <= 3 ? 1 : length <= 6 ? 2 : 3;
  const lowerWord = word.toLowerCase();
  let best: string | undefined;
  let bestDistance = limit + 1;
  for (const candidate of candidates) {
    // The length test first: most candidates are ruled out without computing a distance. Distances count
    // code points; one edit changes a length in UTF-16 units by at most two (an emoji, a rare CJK letter).
    const gap = Math.abs(candidate.length - word.length);
    if (candidate === word || gap > 2 * limit || (gap > limit && Math.abs(codePointCount(candidate) - length) > limit)) continue;
    const distance = editDistance(lowerWord, candidate.toLowerCase(), Math.min(limit, bestDistance));
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

/** `; did you mean "title"?` or nothing. */
export function didYouMean(word: string, candidates: Iterable<string>): string {
  const suggestion = closest(word, candidates);
  return suggestion === undefined ? '' : messages().curriculum.didYouMean({ suggestion: quote(suggestion) });
}

function codePointCount(text: string): number {
  let count = text.length;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit >= 0xd800 && unit <= 0xdbff) count--;
  }
  return count;
}
