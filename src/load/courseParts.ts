/**
 * Finds the parts a whole course lists, checks each one, and builds the course from them (see
 * src/curriculum/course.ts). Problems of a part are reported in the part's own file; a part that cannot be
 * found is reported where the course names it.
 */

import { basename, dirname, join, resolve } from 'node:path';
import { buildCourse, type CoursePartInput } from '../curriculum/course.js';
import type { ParseResult, PlacedText, Problem } from '../curriculum/types.js';
import { RoadmapError } from '../errors.js';
import { statOrUndefined } from '../files/statOrUndefined.js';
import { messages } from '../messages/index.js';
import { bundledCurricula, looksLikePath, type CurriculumLocation } from './locateCurriculum.js';

/** Another file a curriculum was built from (a part of a whole course), as it was when the entry was written. */
export interface SourceFile {
  path: string;
  bytes: Buffer;
}

export interface CheckedCurriculum extends ParseResult {
  bytes: Buffer;
  /** The other files it was built from: a whole course's parts. */
  dependencies: SourceFile[];
  fromCache: boolean;
}

export async function buildCourseFromParts(
  course: CurriculumLocation,
  parsed: ParseResult,
  bundledDirectory: string,
  checkPart: (part: CurriculumLocation) => Promise<CheckedCurriculum>,
): Promise<{ result: ParseResult; dependencies: SourceFile[] }> {
  const outline = parsed.course!;
  const problems: Problem[] = [];
  const warnings = [...parsed.warnings];
  const report = (at: PlacedText, message: string) => problems.push({ file: course.displayName, line: at.line, column: at.column, message });
  const parts: CoursePartInput[] = [];
  const dependencies: SourceFile[] = [];
  for (const entry of outline.parts) {
    const location = locatePart(entry.value, course, bundledDirectory);
    if (typeof location === 'string') {
      report(entry, location);
      continue;
    }
    if (location.path === course.path) {
      report(entry, messages().load.parts.isTheCourse({ part: entry.value }));
      continue;
    }
    let checked: CheckedCurriculum;
    try {
      checked = await checkPart(location);
    } catch (error) {
      if (!(error instanceof RoadmapError)) throw error;
      report(entry, messages().load.parts.failed({ part: entry.value, reason: error.message }));
      continue;
    }
    problems.push(...checked.problems);
    warnings.push(...checked.warnings);
    if (!checked.curriculum || checked.problems.length > 0) {
      report(entry, messages().load.parts.invalid({ part: entry.value, file: location.displayName }));
      continue;
    }
    parts.push({ entry, curriculum: checked.curriculum });
    dependencies.push({ path: location.path, bytes: checked.bytes }, ...checked.dependencies);
  }
  if (problems.length > 0) return { result: { curriculum: null, problems, warnings }, dependencies };
  const built = buildCourse(outline, parts, course.displayName);
  return { result: { curriculum: built.curriculum, problems: built.problems, warnings }, dependencies };
}

/**
 * A part is a file path relative to the course (ending in .yaml/.yml or a Markdown extension, or holding a
 * path separator: looksLikePath), or the id of a curriculum: first among the files beside the course (named
 * ID.yaml or ID.LANGUAGE.yaml, as the bundled ones are), then among the bundled ones. A string is the
 * reason it was not found.
 */
function locatePart(value: string, course: CurriculumLocation, bundledDirectory: string): CurriculumLocation | string {
  const folder = dirname(course.path);
  if (looksLikePath(value)) {
    const path = resolve(folder, value);
    if (!statOrUndefined(path)?.isFile()) return messages().load.parts.noFile({ part: value, path });
    return { path, displayName: join(dirname(course.displayName), value) };
  }
  const beside = bundledCurricula(folder).get(value);
  if (beside) return { path: beside, displayName: join(dirname(course.displayName), basename(beside)) };
  const bundled = bundledCurricula(bundledDirectory).get(value);
  if (bundled) return { path: bundled, displayName: bundled };
  return messages().load.parts.notFound({ part: value });
}
