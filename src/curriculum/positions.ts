/** Turns string offsets into the 1-based line and column a user sees in an editor. */

export interface Position {
  line: number;
  column: number;
}

/**
 * Line starts are found once, on the first lookup: a valid file never asks for a position, so the common
 * path pays nothing. Columns count Unicode code points, not UTF-16 units, so an emoji or a CJK character
 * before a problem counts as one column, as editors show it.
 */
export class SourcePositions {
  private lineStarts: number[] | undefined;

  constructor(private readonly text: string) {}

  at(offset: number): Position {
    const starts = this.getLineStarts();
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    const index = lastStartAtOrBefore(starts, clamped);
    const lineStart = starts[index] ?? 0;
    return { line: index + 1, column: countCodePoints(this.text, lineStart, clamped) + 1 };
  }

  line(offset: number): number {
    return this.at(offset).line;
  }

  private getLineStarts(): number[] {
    if (this.lineStarts) return this.lineStarts;
    const starts = [0];
    for (let i = this.text.indexOf('\n'); i !== -1; i = this.text.indexOf('\n', i + 1)) starts.push(i + 1);
    this.lineStarts = starts;
    return starts;
  }
}

/** Binary search: index of the last line start that is ≤ offset. */
function lastStartAtOrBefore(starts: number[], offset: number): number {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if ((starts[middle] ?? 0) <= offset) low = middle;
    else high = middle - 1;
  }
  return low;
}

function countCodePoints(text: string, from: number, to: number): number {
  let count = 0;
  for (let i = from; i < to; i++) {
    const unit = text.charCodeAt(i);
    // A high surrogate followed by a low one is a single code point: count it once.
    if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < to) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i++;
    }
    count++;
  }
  return count;
}
