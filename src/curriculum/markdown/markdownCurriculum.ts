/**
 * A Markdown roadmap used as a curriculum (`--curriculum roadmap.md`): converted, written as the YAML
 * `roadmap convert` would write, and read back by the YAML reader, so a converted file and a Markdown file
 * used directly are the same curriculum. Pure, like parse.ts.
 */

import { decodeCurriculumBytes } from '../fileBytes.js';
import { parseCurriculum } from '../parse.js';
import type { ParseResult, Problem } from '../types.js';
import { convertMarkdown, type Conversion, type ConvertOptions } from './convertMarkdown.js';
import { curriculumYaml } from './curriculumYaml.js';

export { convertMarkdown, curriculumYaml, type Conversion, type ConvertOptions };

export function parseMarkdownCurriculumBytes(bytes: Uint8Array, fileName: string, path: string): ParseResult {
  const decoded = decodeCurriculumBytes(bytes);
  if (!decoded.ok) return { curriculum: null, problems: [{ file: fileName, ...decoded.position, message: decoded.message }], warnings: [] };
  const conversion = convertMarkdown(decoded.text, { fileName, path });
  const warnings: Problem[] = conversion.warnings.map((warning) => ({ ...warning, column: 1 }));
  if (!conversion.document) return { curriculum: null, problems: [{ file: fileName, line: 1, column: 1, message: conversion.problem }], warnings };
  const parsed = parseCurriculum(curriculumYaml(conversion.document, []), `${fileName} (converted)`);
  // The YAML reader's own warnings (a URL listed in two topics) would point into YAML nobody sees.
  return { curriculum: parsed.curriculum, problems: parsed.problems, warnings };
}
