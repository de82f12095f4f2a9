/**
 * A quick scan for absurdly deep nesting, run before the YAML library sees the text.
 *
 * The library recurses once per level: 100,000 nested `[` take it seconds and a few million exhaust the
 * memory of the process (a crash that cannot be caught). A curriculum is nested about ten levels deep, so
 * anything past MAX_NESTING is refused up front. The scan follows YAML closely enough to count only
 * real nesting: flow collections (`[`, `{`) outside quoted strings, comments and block scalars, and
 * compact block collections on one line (`- - - x`). Brackets inside quoted strings and block scalars
 * are counted too, naively, so that text the scan takes for a string cannot hide real nesting from it.
 * Deep nesting by indentation alone needs quadratic space (5,000 levels fill 16 MiB) and the library
 * handles it quickly, so it is left to the library.
 */

export const MAX_NESTING = 200;

const SPACE = 0x20;
const TAB = 0x09;
const NEWLINE = 0x0a;
const CR = 0x0d;

/** ASCII characters with no meaning to the scan: 1 in this table. */
const ORDINARY = new Uint8Array(128).fill(1);
for (const special of '\n\r\t #"\'[]{},:-?|>&!.') ORDINARY[special.charCodeAt(0)] = 0;

/** Offset of the first character nested deeper than `limit`, or -1. Linear in the text's length. */
export function findExcessiveNesting(text: string, limit = MAX_NESTING): number {
  return new NestingScanner(text, limit).scan();
}

class NestingScanner {
  private i = 0;
  private flowDepth = 0;
  /** Whether a scalar or collection may start here (line start, after `- `, `: `, `[`, `,`, …). */
  private atValueStart = true;
  private atLineStart = true;
  private lineIndent = 0;
  private compactDepth = 0;
  private blockScalarIndent = -1;

  constructor(
    private readonly text: string,
    private readonly limit: number,
  ) {}

  scan(): number {
    const { text } = this;
    const length = text.length;
    while (this.i < length) {
      const code = text.charCodeAt(this.i);
      if (code >= 0x80 || ORDINARY[code] === 1) {
        // Most characters are plain text: handled inline, this is most of the scan's time.
        this.atValueStart = false;
        this.atLineStart = false;
        this.i++;
        continue;
      }
      const found = this.step(code);
      if (found !== -1) return found;
    }
    return -1;
  }

  /** Handles the character at `i` and moves past it; returns an offset when the limit is exceeded. */
  private step(code: number): number {
    const { text } = this;
    if (code === NEWLINE) return this.newLine();
    if (code === SPACE || code === TAB || code === CR) {
      if (this.atLineStart && code === SPACE) this.lineIndent++;
      this.i++;
      return -1;
    }
    const lineStart = this.atLineStart;
    this.atLineStart = false;
    const previous = this.i > 0 ? text.charCodeAt(this.i - 1) : NEWLINE;
    const ch = text[this.i];
    if (ch === '#' && (lineStart || previous === SPACE || previous === TAB)) return this.skipToLineEnd();
    if (lineStart && this.lineIndent === 0 && (text.startsWith('---', this.i) || text.startsWith('...', this.i)) && this.isSeparator(this.i + 3)) {
      this.i += 3;
      this.atValueStart = true;
      return -1;
    }
    if ((ch === '"' || ch === "'") && this.atValueStart) return this.skipQuoted(ch);
    if (ch === '[' || ch === '{') return this.openFlow();
    if (ch === ']' || ch === '}') {
      if (this.flowDepth > 0) this.flowDepth--;
      this.atValueStart = false;
      this.i++;
      return -1;
    }
    if (this.flowDepth > 0 && (ch === ',' || ch === ':')) {
      this.atValueStart = true;
      this.i++;
      return -1;
    }
    if ((ch === '-' || ch === '?' || ch === ':') && this.isSeparator(this.i + 1) && this.flowDepth === 0) return this.blockIndicator(ch);
    if ((ch === '|' || ch === '>') && this.atValueStart && this.flowDepth === 0) {
      this.blockScalarIndent = this.lineIndent;
      return this.skipToLineEnd();
    }
    if ((ch === '&' || ch === '!') && this.atValueStart) return this.skipProperty();
    this.atValueStart = false;
    this.i++;
    return -1;
  }

  private isSeparator(index: number): boolean {
    if (index >= this.text.length) return true;
    const code = this.text.charCodeAt(index);
    return code === SPACE || code === TAB || code === NEWLINE || code === CR;
  }

  private newLine(): number {
    this.i++;
    this.atLineStart = true;
    this.atValueStart = true;
    this.lineIndent = 0;
    this.compactDepth = 0;
    if (this.blockScalarIndent >= 0) return this.skipBlockScalar();
    return -1;
  }

  private openFlow(): number {
    const at = this.i;
    this.i++;
    if (this.flowDepth === 0 && !this.atValueStart) return -1; // `a[b` in block context: plain text
    this.flowDepth++;
    this.atValueStart = true;
    return this.flowDepth + this.compactDepth > this.limit ? at : -1;
  }

  private blockIndicator(ch: string): number {
    const at = this.i;
    this.i++;
    if (ch === ':') {
      this.atValueStart = true;
      return -1;
    }
    if (!this.atValueStart) return -1;
    this.compactDepth++;
    return this.compactDepth > this.limit ? at : -1;
  }

  /** `&anchor` and `!tag` come before a value; the value may still start after them. */
  private skipProperty(): number {
    const { text } = this;
    while (this.i < text.length && !this.isSeparator(this.i) && !(this.flowDepth > 0 && ',[]{}'.includes(text[this.i] ?? ''))) this.i++;
    return -1;
  }

  private skipToLineEnd(): number {
    const end = this.text.indexOf('\n', this.i);
    this.i = end === -1 ? this.text.length : end;
    return -1;
  }

  /** Skips a quoted scalar, counting brackets inside it naively (see the file comment). */
  private skipQuoted(quote: string): number {
    const { text } = this;
    const counter = new NaiveBracketCounter(this.limit);
    this.i++;
    while (this.i < text.length) {
      const ch = text[this.i];
      if (quote === '"' && ch === '\\') {
        this.i += 2;
        continue;
      }
      if (ch === quote) {
        if (quote === "'" && text[this.i + 1] === "'") {
          this.i += 2;
          continue;
        }
        this.i++;
        this.atValueStart = false;
        return -1;
      }
      if (counter.add(ch)) return this.i;
      this.i++;
    }
    return -1;
  }

  /** Skips the lines of a block scalar (those indented more than its header's line, and blank ones). */
  private skipBlockScalar(): number {
    const { text } = this;
    const parentIndent = this.blockScalarIndent;
    this.blockScalarIndent = -1;
    const counter = new NaiveBracketCounter(this.limit);
    while (this.i < text.length) {
      let end = text.indexOf('\n', this.i);
      if (end === -1) end = text.length;
      let indent = 0;
      while (this.i + indent < end && text.charCodeAt(this.i + indent) === SPACE) indent++;
      // A line indented no more than the header's line ends the block scalar (blank lines do not).
      if (indent <= parentIndent && text.slice(this.i + indent, end).trim() !== '') return -1;
      for (let j = this.i + indent; j < end; j++) if (counter.add(text[j])) return j;
      this.i = Math.min(end + 1, text.length);
    }
    return -1;
  }
}

/** Counts unmatched opening brackets in text that should hold none that matter. */
class NaiveBracketCounter {
  private depth = 0;

  constructor(private readonly limit: number) {}

  /** True when the depth passes the limit. */
  add(ch: string | undefined): boolean {
    if (ch === '[' || ch === '{') return ++this.depth > this.limit;
    if ((ch === ']' || ch === '}') && this.depth > 0) this.depth--;
    return false;
  }
}
