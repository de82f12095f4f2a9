/**
 * Reads a curriculum file: YAML text → a validated Curriculum, or every problem found in it.
 * Pure: the caller reads the file and prints the result.
 */

import schemaJson from '../../curriculum/schema.json' with { type: 'json' };
import { buildCurriculum } from './buildModel.js';
import { courseOutlineOf, isCourse, requiresOutsideCourse } from './courseOutline.js';
import { neutralizeControlCharacters } from '../controlCharacters.js';
import { messages } from '../messages/index.js';
import { decodeCurriculumBytes } from './fileBytes.js';
import { outlineOf } from './outline.js';
import { SourcePositions } from './positions.js';
import { checkAgainstSchema, type JsonSchema } from './schemaCheck.js';
import { checkSemantics } from './semanticChecks.js';
import { findControlCharacters } from './textWarnings.js';
import type { CourseOutline, Curriculum, ParseResult, Problem } from './types.js';
import { isStackOverflow, readYamlDocument, tooDeepMessage, type RawProblem } from './yamlDocument.js';
import { buildTree } from './yamlTree.js';

export const curriculumSchema = schemaJson as JsonSchema;

function emptyFileMessage(): string {
  return messages().curriculum.yaml.emptyFile;
}

/** Checks size and encoding first (see fileBytes.ts), then parses the text. */
export function parseCurriculumBytes(bytes: Uint8Array, fileName: string): ParseResult {
  const decoded = decodeCurriculumBytes(bytes);
  if (!decoded.ok) return { curriculum: null, problems: [{ file: fileName, ...decoded.position, message: decoded.message }], warnings: [] };
  return parseCurriculum(decoded.text, fileName);
}

export function parseCurriculum(text: string, fileName: string): ParseResult {
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const positions = new SourcePositions(source);
  let found: Found;
  try {
    found = analyse(source, positions);
  } catch (error) {
    // Our own tree walks recurse too; a tree the library accepted may still be too deep for them.
    if (!isStackOverflow(error)) throw error;
    found = { curriculum: null, problems: [{ offset: 0, message: tooDeepMessage() }], warnings: [] };
  }
  return {
    curriculum: found.problems.length === 0 ? found.curriculum : null,
    ...(found.course && found.problems.length === 0 && { course: found.course }),
    problems: placeAndSort(found.problems, positions, fileName),
    warnings: placeAndSort(found.warnings, positions, fileName),
  };
}

interface Found {
  curriculum: Curriculum | null;
  course?: CourseOutline;
  problems: RawProblem[];
  warnings: RawProblem[];
}

function analyse(text: string, positions: SourcePositions): Found {
  if (isBlank(text)) return { curriculum: null, problems: [{ offset: 0, message: emptyFileMessage() }], warnings: [] };
  const yaml = readYamlDocument(text);
  const problems = [...yaml.problems];
  const warnings = [...yaml.warnings];
  if (!yaml.document) return { curriculum: null, problems, warnings };
  // After a syntax error the tree is a guess (an unclosed quote swallows the rest of the file), and
  // checking it would report keys as missing that are only hidden: fix the syntax first.
  const syntaxBroken = yaml.document.errors.length > 0;
  const tree = buildTree(yaml.document, positions);
  problems.push(...tree.problems);
  const root = tree.root;
  if (!root) return { curriculum: null, problems, warnings };
  if (root.kind === 'scalar' && root.value === null) {
    // Only `---`, `...` or directives: as empty as a file of comments.
    return { curriculum: null, problems: [...problems, { offset: root.offset, message: emptyFileMessage() }], warnings };
  }
  if (syntaxBroken) return { curriculum: null, problems, warnings };
  const schemaCheck = checkAgainstSchema(root, curriculumSchema, 'curriculum');
  problems.push(...schemaCheck.problems);
  if (root.kind === 'map' && isCourse(root)) {
    // Its parts are separate files: the loader finds them and builds the course (course.ts).
    const course = courseOutlineOf(root, positions);
    problems.push(...course.problems);
    warnings.push(...findControlCharacters(root));
    return { curriculum: null, course: course.outline, problems, warnings };
  }
  problems.push(...requiresOutsideCourse(root));
  const sections = outlineOf(root, schemaCheck.invalid);
  const semantics = checkSemantics(sections, positions);
  problems.push(...semantics.problems);
  warnings.push(...semantics.warnings, ...findControlCharacters(root));
  if (problems.length > 0 || root.kind !== 'map') return { curriculum: null, problems, warnings };
  return { curriculum: buildCurriculum(root, sections, semantics.index), problems, warnings };
}

/** Nothing but blank lines and comments. Stops at the first line with content, so it costs nothing on a real file. */
function isBlank(text: string): boolean {
  let start = 0;
  while (start < text.length) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    const line = text.slice(start, end).trim();
    if (line !== '' && !line.startsWith('#')) return false;
    start = end + 1;
  }
  return true;
}

function placeAndSort(raw: RawProblem[], positions: SourcePositions, file: string): Problem[] {
  const placed = raw.map((problem, order) => ({ order, problem: { file, ...positions.at(problem.offset), message: neutralizeControlCharacters(problem.message) } }));
  placed.sort((a, b) => a.problem.line - b.problem.line || a.problem.column - b.problem.column || a.order - b.order);
  return placed.map((entry) => entry.problem);
}
