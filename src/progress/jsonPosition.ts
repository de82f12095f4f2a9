/**
 * Where things are in JSON text, for `FILE:LINE:COL:` messages. `JSON.parse` does the real parsing
 * (it is much faster); this runs only after something went wrong, to find where. Node's messages
 * cannot place every syntax error (`Unexpected token` and the end of the input carry no position,
 * and their wording changes with V8), so jsonc-parser, read strictly (no comments, no trailing
 * commas), finds the first error and the values validation problems are about.
 */
import { printParseErrorCode, visit, type JSONPath, type JSONVisitor } from 'jsonc-parser';
import { messages } from '../messages/index.js';

export interface JsonPosition {
  line: number;
  column: number;
}

export interface JsonSyntaxProblem {
  offset: number;
  message: string;
}

/** Nothing but the four characters JSON allows between tokens. */
const JSON_SPACE = /^[ \t\n\r]*$/;

/** Deeper than this is not a progress export; stop rather than risk the call stack. */
const MAX_DEPTH = 512;

const STRICT = { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false };

/** What the grammar allows next; jsonc-parser's error codes say what it missed, not what the place was. */
type Expected = 'value' | 'key' | 'colon' | 'comma' | 'end';

/** The longest valid JSON number at a place (sticky): a number's error is at the first character past it. */
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
/** The valid part of a string's content (sticky): a string's error is at the first character past it. */
const STRING_CONTENT = /(?:[^"\\\x00-\x1f]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*/y;

function describe(char: string): string {
  const code = char.codePointAt(0) ?? 0;
  if (code < 0x20 || (code >= 0x7f && code <= 0xa0) || code === 0xfeff) {
    return `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
  }
  return `'${String.fromCodePoint(code)}'`;
}

function stickyEnd(pattern: RegExp, text: string, from: number): number {
  pattern.lastIndex = from;
  return pattern.test(text) ? pattern.lastIndex : from;
}

/** The first problem inside the string token starting at `start`. */
function stringProblem(text: string, start: number): JsonSyntaxProblem {
  const { syntax } = messages().exchange;
  const offset = stickyEnd(STRING_CONTENT, text, start + 1);
  const char = text[offset];
  if (char === undefined) return { offset: start, message: syntax.unterminatedString };
  if (char === '\\') {
    const escape = text[offset + 1] ?? '';
    return { offset, message: escape === 'u' ? syntax.invalidUnicodeEscape : syntax.invalidEscape({ escape }) };
  }
  return { offset, message: syntax.controlCharacter({ character: describe(char) }) };
}

/** Thrown from the visitor to stop at the first problem. */
class Found {
  constructor(readonly problem: JsonSyntaxProblem) {}
}

/** Thrown from the visitor to stop before jsonc-parser's recursion nears the end of the call stack. */
class TooDeep {}

/**
 * The first syntax error of `text` (a leading BOM already removed), or undefined when it is valid JSON,
 * in the words of what the grammar expected there. jsonc-parser's error codes say what it missed, not
 * what the place allowed, so the visitor keeps that (`expected`) and the brackets open.
 */
export function findJsonSyntaxError(text: string): JsonSyntaxProblem | undefined {
  const { syntax } = messages().exchange;
  const closers: string[] = [];
  let expected: Expected = 'value';
  let tokenEnd = 0;
  let lastComma = -1;
  let lastNumberEnd = -1;
  const afterValue = () => {
    expected = closers.length === 0 ? 'end' : 'comma';
  };
  function stop(problem: JsonSyntaxProblem): never {
    throw new Found(problem);
  }
  function at(offset: number): never {
    const char = text[offset];
    const found = (expected: string) =>
      stop({ offset, message: char === undefined ? syntax.unexpectedEnd({ expected }) : syntax.expectedFound({ expected, character: describe(char) }) });
    if (offset === lastNumberEnd && char !== undefined && /[0-9.eE+-]/.test(char)) stop({ offset, message: syntax.invalidNumber });
    if (char === closers.at(-1) && (expected === 'value' || expected === 'key') && lastComma >= 0 && JSON_SPACE.test(text.slice(lastComma + 1, offset))) {
      stop({ offset: lastComma, message: syntax.trailingComma({ closer: char ?? '' }) });
    }
    switch (expected) {
      case 'key':
        return char === '"' ? stop(stringProblem(text, offset)) : found(syntax.propertyName);
      case 'colon':
        return found(syntax.colon);
      case 'comma':
        return found(syntax.commaOr({ closer: closers.at(-1) ?? '' }));
      case 'end':
        return stop({ offset, message: syntax.afterTheEnd({ character: describe(char ?? '') }) });
      case 'value': {
        if (char === undefined) stop({ offset, message: JSON_SPACE.test(text) ? syntax.emptyFile : syntax.valueMissing });
        if (char === '"') stop(stringProblem(text, offset));
        if (char === '-' || (char >= '0' && char <= '9')) stop({ offset: stickyEnd(NUMBER, text, offset), message: syntax.invalidNumber });
        // jsonc-parser reads `nulll` as one unknown word; JSON.parse reads `null`, then fails at the `l`.
        const literal = /^(?:true|false|null)/.exec(text.slice(offset, offset + 5))?.[0];
        if (literal === undefined) stop({ offset, message: syntax.expectedValue({ character: describe(char) }) });
        afterValue();
        return at(offset + literal.length);
      }
    }
  }
  /**
   * Before each token: jsonc-parser also skips Unicode spaces (U+00A0, a BOM, …) that JSON does not
   * allow between tokens; and the depth stays small enough for its recursion.
   */
  const token = (offset: number, length: number) => {
    const space = text.slice(tokenEnd, offset);
    if (!JSON_SPACE.test(space)) at(tokenEnd + (/^[ \t\n\r]*/.exec(space)?.[0].length ?? 0));
    if (expected === 'value' && closers.length > MAX_DEPTH) stop({ offset, message: syntax.tooDeep({ depth: MAX_DEPTH }) });
    tokenEnd = offset + length;
  };
  const close = (offset: number, length: number) => {
    token(offset, length);
    // At the end of the text jsonc-parser closes what is open, then reports the missing bracket.
    if (offset === text.length) at(offset);
    closers.pop();
    afterValue();
  };
  const open = (closer: string, next: Expected) => (offset: number, length: number) => {
    token(offset, length);
    closers.push(closer);
    expected = next;
  };
  const visitor: JSONVisitor = {
    onObjectBegin: open('}', 'key'),
    onArrayBegin: open(']', 'value'),
    onObjectEnd: close,
    onArrayEnd: close,
    onObjectProperty: (_property, offset, length) => {
      token(offset, length);
      expected = 'colon';
    },
    onLiteralValue: (value: unknown, offset, length) => {
      token(offset, length);
      lastNumberEnd = typeof value === 'number' ? offset + length : -1;
      afterValue();
    },
    onSeparator: (character, offset, length) => {
      token(offset, length);
      if (character === ',') lastComma = offset;
      expected = character === ',' && closers.at(-1) === '}' ? 'key' : 'value';
    },
    onError: (error, offset) => {
      token(offset, 0);
      // A number cut short (`1.`, `2e`) is one token to jsonc-parser; the error is where it stops being valid.
      if (printParseErrorCode(error) === 'UnexpectedEndOfNumber' && expected === 'value') {
        stop({ offset: stickyEnd(NUMBER, text, offset), message: syntax.invalidNumber });
      }
      at(offset);
    },
  };
  try {
    visit(text, visitor, STRICT);
    token(text.length, 0);
    return undefined;
  } catch (error) {
    if (error instanceof Found) return error.problem;
    throw error;
  }
}

/**
 * The offsets where the values at `locations` start, in their order; undefined for a location not in
 * the text, or nested more than MAX_DEPTH levels deep. A key given twice is the last one, as for JSON.parse.
 */
export function locateJsonValues(text: string, locations: readonly JSONPath[]): (number | undefined)[] {
  const offsets = new Map(locations.map((location) => [JSON.stringify(location), undefined as number | undefined]));
  let depth = 0;
  const value = (offset: number, path: () => JSONPath) => {
    const key = JSON.stringify(path());
    if (offsets.has(key)) offsets.set(key, offset);
  };
  const open = (offset: number, _length: number, _line: number, _column: number, path: () => JSONPath) => {
    value(offset, path);
    if (++depth > MAX_DEPTH) throw new TooDeep();
  };
  try {
    visit(
      text,
      {
        onObjectBegin: open,
        onArrayBegin: open,
        onObjectEnd: () => void depth--,
        onArrayEnd: () => void depth--,
        onLiteralValue: (_value, offset, _length, _line, _column, path) => value(offset, path),
      },
      STRICT,
    );
  } catch (error) {
    if (!(error instanceof TooDeep)) throw error;
  }
  return locations.map((location) => offsets.get(JSON.stringify(location)));
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
