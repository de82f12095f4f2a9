/**
 * Reads the text with the `yaml` library: the first document's node tree (with source ranges), YAML
 * syntax errors, the place of a second document, and refusals of inputs that would take the library too
 * long (deep nesting).
 */

import { Composer, Parser, visit, type Document } from 'yaml';
import { findExcessiveNesting, MAX_NESTING } from './nestingGuard.js';
import { messages } from '../messages/index.js';

/** A problem placed by its offset in the text; turned into a line and column at the end. */
export interface RawProblem {
  offset: number;
  message: string;
}

export interface YamlReadResult {
  document: Document.Parsed | undefined;
  problems: RawProblem[];
  warnings: RawProblem[];
}

/**
 * YAML 1.2 with the core schema, whatever a `%YAML 1.1` directive says, so that `yes` stays a string.
 * Duplicate keys are found by the tree builder: the library's own check is quadratic in the number of
 * keys of a mapping (a 1 MB mapping took over a minute).
 */
export const YAML_OPTIONS = {
  version: '1.2',
  schema: 'core',
  prettyErrors: false,
  uniqueKeys: false,
  strict: true,
} as const;

export function tooDeepMessage(): string {
  return messages().curriculum.yaml.tooDeep({ limit: MAX_NESTING });
}

function unclosedQuoteMessage(): string {
  const words = messages().curriculum.yaml;
  return words.syntaxError({ detail: words.unclosedQuote });
}

export function readYamlDocument(text: string): YamlReadResult {
  const deepAt = findExcessiveNesting(text);
  if (deepAt !== -1) return { document: undefined, problems: [{ offset: deepAt, message: tooDeepMessage() }], warnings: [] };
  try {
    return composeFirstDocument(text);
  } catch (error) {
    if (isStackOverflow(error)) return { document: undefined, problems: [{ offset: 0, message: tooDeepMessage() }], warnings: [] };
    throw error;
  }
}

export function isStackOverflow(error: unknown): boolean {
  return error instanceof RangeError && /call stack/i.test(error.message);
}

/**
 * Composes documents one at a time and stops at the start of the second: the file is wrong then anyway,
 * and a file of millions of `---` lines must not be composed in full.
 */
function composeFirstDocument(text: string): YamlReadResult {
  const composer = new Composer(YAML_OPTIONS);
  const documents: Document.Parsed[] = [];
  const problems: RawProblem[] = [];
  let documentTokens = 0;
  for (const token of new Parser().parse(text)) {
    if (token.type === 'document' && ++documentTokens === 2) {
      problems.push({ offset: token.offset, message: messages().curriculum.yaml.secondDocument });
      for (const document of composer.next(token)) documents.push(document);
      break;
    }
    for (const document of composer.next(token)) documents.push(document);
  }
  if (documents.length === 0) for (const document of composer.end(false, text.length)) documents.push(document);
  const document = documents[0];
  if (!document) return { document: undefined, problems, warnings: [] };
  const words = messages().curriculum.yaml;
  problems.push(...libraryProblems(document.errors, words.syntaxError).map((problem) => placeUnclosedQuote(problem, document)));
  return { document, problems, warnings: libraryProblems(document.warnings, words.warning) };
}

/** `lead` puts the library's words in a sentence: a syntax error, or a warning. */
function libraryProblems(
  errors: ReadonlyArray<{ code: string; message: string; pos: [number, number] }>,
  lead: (words: { detail: string }) => string,
): RawProblem[] {
  const seen = new Set<string>();
  const problems: RawProblem[] = [];
  for (const error of errors) {
    const problem = { offset: error.pos[0], message: describeLibraryError(error.code, error.message, lead) };
    const key = `${problem.offset}:${problem.message}`;
    // One syntax error often leaves several identical reports at one place; show it once.
    if (seen.has(key)) continue;
    seen.add(key);
    problems.push(problem);
  }
  return problems;
}

function describeLibraryError(code: string, message: string, lead: (words: { detail: string }) => string): string {
  const words = messages().curriculum.yaml;
  if (code === 'RESOURCE_EXHAUSTION') return tooDeepMessage();
  if (code === 'MISSING_CHAR' && /quote/.test(message)) return lead({ detail: words.unclosedQuote });
  if (code === 'TAB_AS_INDENT') return lead({ detail: words.tabIndent });
  return lead({ detail: message });
}

/**
 * The library reports an unclosed quote where the file ends, often far below the mistake; the quoted
 * scalar it built starts at the opening quote, so point there instead.
 */
function placeUnclosedQuote(problem: RawProblem, document: Document.Parsed): RawProblem {
  const unclosedQuote = unclosedQuoteMessage();
  if (problem.message !== unclosedQuote) return problem;
  let opening: number | undefined;
  visit(document, {
    Scalar(_key, node) {
      if ((node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE') && node.range?.[1] === problem.offset) {
        opening = node.range[0];
        return visit.BREAK;
      }
      return undefined;
    },
  });
  return opening === undefined ? problem : { offset: opening, message: unclosedQuote };
}
