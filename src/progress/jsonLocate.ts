/**
 * Positions in JSON text, for `FILE:LINE:COL:` messages. `JSON.parse` does the real parsing (it is
 * much faster); this scanner runs only after something went wrong, to find where: the first
 * syntax error (Node's messages do not always carry a position), or where the values named by
 * validation problems (`events[3].status`) start. It accepts exactly RFC 8259 JSON, like
 * JSON.parse, and works on the same text (a leading BOM already removed by the caller).
 */

export interface JsonPosition {
  line: number;
  column: number;
}

export interface JsonSyntaxProblem {
  offset: number;
  message: string;
}

/** Deeper than this is not a progress export; stop rather than risk the call stack. */
const MAX_DEPTH = 512;

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** The path of an object member, as validation messages print it: `events[3].status`. */
export function memberPath(parent: string, key: string): string {
  if (!IDENTIFIER.test(key)) return `${parent}[${JSON.stringify(key)}]`;
  return parent === '' ? key : `${parent}.${key}`;
}

export function indexPath(parent: string, index: number): string {
  return `${parent}[${index}]`;
}

class ScanError extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(message);
  }
}

function describe(char: string): string {
  const code = char.codePointAt(0) ?? 0;
  if (code < 0x20 || (code >= 0x7f && code <= 0xa0) || code === 0xfeff) {
    return `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
  }
  return `'${String.fromCodePoint(code)}'`;
}

const ESCAPES = new Set(['"', '\\', '/', 'b', 'f', 'n', 'r', 't']);
const HEX4 = /^[0-9a-fA-F]{4}$/;
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;

class Scanner {
  private pos = 0;

  constructor(
    private readonly text: string,
    private readonly wanted: ReadonlySet<string>,
    readonly found: Map<string, number>,
  ) {}

  private fail(message: string, offset = this.pos): never {
    throw new ScanError(message, offset);
  }

  private whitespace(): void {
    const { text } = this;
    while (this.pos < text.length) {
      const c = text.charCodeAt(this.pos);
      if (c !== 0x20 && c !== 0x0a && c !== 0x0d && c !== 0x09) return;
      this.pos++;
    }
  }

  document(): void {
    this.whitespace();
    if (this.pos >= this.text.length) this.fail('the file is empty');
    this.value('', 0);
    this.whitespace();
    if (this.pos < this.text.length) this.fail(`unexpected ${describe(this.text[this.pos] ?? '')} after the end of the JSON value`);
  }

  private value(path: string, depth: number): void {
    this.whitespace();
    if (this.wanted.has(path)) this.found.set(path, this.pos);
    if (depth > MAX_DEPTH) this.fail(`nested more than ${MAX_DEPTH} levels deep`);
    const char = this.text[this.pos];
    if (char === undefined) this.fail('unexpected end of file: a value is missing');
    if (char === '{') return this.object(path, depth);
    if (char === '[') return this.array(path, depth);
    if (char === '"') {
      this.string();
      return;
    }
    for (const literal of ['true', 'false', 'null']) {
      if (this.text.startsWith(literal, this.pos)) {
        this.pos += literal.length;
        return;
      }
    }
    if (char === '-' || (char >= '0' && char <= '9')) return this.number();
    this.fail(`unexpected ${describe(char)}: expected a value`);
  }

  private object(path: string, depth: number): void {
    this.pos++; // {
    this.whitespace();
    if (this.text[this.pos] === '}') {
      this.pos++;
      return;
    }
    for (;;) {
      this.whitespace();
      if (this.text[this.pos] !== '"') this.fail(this.expected('a property name in double quotes'));
      const keyStart = this.pos;
      this.string();
      const key = JSON.parse(this.text.slice(keyStart, this.pos)) as string;
      this.whitespace();
      if (this.text[this.pos] !== ':') this.fail(this.expected("':' after the property name"));
      this.pos++;
      this.value(memberPath(path, key), depth + 1);
      this.whitespace();
      const next = this.text[this.pos];
      if (next === '}') {
        this.pos++;
        return;
      }
      if (next !== ',') this.fail(this.expected("',' or '}'"));
      const comma = this.pos++;
      this.whitespace();
      if (this.text[this.pos] === '}') this.fail("trailing comma: JSON allows no ',' before '}'", comma);
    }
  }

  private array(path: string, depth: number): void {
    this.pos++; // [
    this.whitespace();
    if (this.text[this.pos] === ']') {
      this.pos++;
      return;
    }
    for (let index = 0; ; index++) {
      this.value(indexPath(path, index), depth + 1);
      this.whitespace();
      const next = this.text[this.pos];
      if (next === ']') {
        this.pos++;
        return;
      }
      if (next !== ',') this.fail(this.expected("',' or ']'"));
      const comma = this.pos++;
      this.whitespace();
      if (this.text[this.pos] === ']') this.fail("trailing comma: JSON allows no ',' before ']'", comma);
    }
  }

  private expected(what: string): string {
    const char = this.text[this.pos];
    return char === undefined ? `unexpected end of file: expected ${what}` : `expected ${what}, found ${describe(char)}`;
  }

  private string(): void {
    const { text } = this;
    const start = this.pos++;
    for (;;) {
      if (this.pos >= text.length) this.fail('unterminated string', start);
      const c = text.charCodeAt(this.pos);
      if (c === 0x22) {
        this.pos++;
        return;
      }
      if (c === 0x5c) {
        const escape = text[this.pos + 1] ?? '';
        if (escape === 'u') {
          if (!HEX4.test(text.slice(this.pos + 2, this.pos + 6))) this.fail('invalid \\u escape: expected four hex digits');
          this.pos += 6;
        } else if (ESCAPES.has(escape)) {
          this.pos += 2;
        } else {
          this.fail(`invalid escape \\${escape}`);
        }
        continue;
      }
      if (c < 0x20) this.fail(`raw control character ${describe(text[this.pos] ?? '')} in a string: write it as an escape`);
      this.pos++;
    }
  }

  private number(): void {
    NUMBER.lastIndex = this.pos;
    const match = NUMBER.exec(this.text);
    if (match === null || match[0] === '-') this.fail('invalid number');
    this.pos += match[0].length;
    const next = this.text[this.pos];
    if (next !== undefined && /[0-9.eE+-]/.test(next)) this.fail('invalid number');
  }
}

/** The first syntax error of `text`, or undefined when it is valid JSON. */
export function findJsonSyntaxError(text: string): JsonSyntaxProblem | undefined {
  try {
    new Scanner(text, new Set(), new Map()).document();
    return undefined;
  } catch (error) {
    if (error instanceof ScanError) return { offset: error.offset, message: error.message };
    throw error;
  }
}

/** Offsets of the values at `paths` (as memberPath/indexPath spell them); paths not found are left out. */
export function locateJsonPaths(text: string, paths: ReadonlySet<string>): Map<string, number> {
  const scanner = new Scanner(text, paths, new Map());
  try {
    scanner.document();
  } catch (error) {
    if (!(error instanceof ScanError)) throw error;
  }
  return scanner.found;
}

/** 1-based line and column (in UTF-16 code units, like the editors' "column" in most tools). */
export function positionOf(text: string, offset: number): JsonPosition {
  let line = 1;
  let lineStart = 0;
  for (let index = text.indexOf('\n'); index !== -1 && index < offset; index = text.indexOf('\n', index + 1)) {
    line++;
    lineStart = index + 1;
  }
  return { line, column: offset - lineStart + 1 };
}
