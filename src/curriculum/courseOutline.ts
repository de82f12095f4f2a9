/**
 * Reads what a whole course's file says (its `parts` and the `requires` it adds across them) from a tree
 * that passed the schema check. What only the parts can tell (do the ids exist, is there a cycle) is
 * checked when the course is built from them (course.ts).
 */

import { messages } from '../messages/index.js';
import { quote } from './describe.js';
import { field, scalarValue } from './outline.js';
import type { SourcePositions } from './positions.js';
import type { CourseOutline, PlacedText } from './types.js';
import type { RawProblem } from './yamlDocument.js';
import type { YMap, YNode } from './yamlTree.js';

/** Whether the file is a whole course: it lists parts (the schema refuses a file with both parts and sections). */
export function isCourse(root: YNode): boolean {
  return root.kind === 'map' && field(root, 'parts') !== undefined;
}

export function courseOutlineOf(root: YMap, positions: SourcePositions): { outline: CourseOutline; problems: RawProblem[] } {
  const problems: RawProblem[] = [];
  const place = (value: string, offset: number): PlacedText => ({ value, ...positions.at(offset) });
  const parts: PlacedText[] = [];
  const listed = new Set<string>();
  for (const node of stringsIn(field(root, 'parts'))) {
    if (listed.has(node.value)) problems.push({ offset: node.offset, message: messages().curriculum.course.partListedTwice({ part: quote(node.value) }) });
    listed.add(node.value);
    parts.push(place(node.value, node.offset));
  }
  const requires: CourseOutline['requires'] = [];
  const requiresNode = field(root, 'requires');
  if (requiresNode?.kind === 'map') {
    for (const entry of requiresNode.entries) {
      requires.push({ item: place(entry.key, entry.keyOffset), required: stringsIn(entry.value).map((node) => place(node.value, node.offset)) });
    }
  }
  const language = scalarValue(root, 'language');
  const description = scalarValue(root, 'description');
  const outline: CourseOutline = {
    id: String(scalarValue(root, 'id') ?? ''),
    title: String(scalarValue(root, 'title') ?? ''),
    ...(typeof language === 'string' && { language }),
    ...(typeof description === 'string' && { description }),
    parts,
    requires,
  };
  return { outline, problems };
}

/** `requires` at the top level adds edges between parts: it means nothing in a file of sections. */
export function requiresOutsideCourse(root: YNode): RawProblem[] {
  if (root.kind !== 'map') return [];
  const entry = root.entries.find((candidate) => candidate.key === 'requires');
  return entry ? [{ offset: entry.keyOffset, message: messages().curriculum.semantic.requiresTopLevel }] : [];
}

function stringsIn(node: YNode | undefined): { value: string; offset: number }[] {
  if (node?.kind !== 'seq') return [];
  const strings: { value: string; offset: number }[] = [];
  for (const item of node.items) if (item.kind === 'scalar' && typeof item.value === 'string') strings.push({ value: item.value, offset: item.offset });
  return strings;
}
