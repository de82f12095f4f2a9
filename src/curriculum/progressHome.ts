/**
 * Which curriculum id progress and notes are stored under. For a curriculum of sections, its own id; in a
 * whole course, the id of the part an item comes from (see course.ts), so that the course and its parts
 * read and write the same records.
 */

import { itemById, type CurriculumItem } from './index.js';
import type { Curriculum } from './types.js';

/** Every id whose records belong to `curriculum`: the ids to read progress and notes under. */
export function progressCurricula(curriculum: Curriculum): string[] {
  return curriculum.parts ? curriculum.parts.map((part) => part.id) : [curriculum.id];
}

/** The id the progress and notes of `item` are written under. */
export function progressHome(curriculum: Curriculum, item: CurriculumItem): string {
  return item.section.part ?? curriculum.id;
}

/** The id to write a stored item key under (`TOPIC/RESOURCE`, a topic or section id, or a former id). */
export function progressHomeOfKey(curriculum: Curriculum, key: string): string {
  if (!curriculum.parts) return curriculum.id;
  const item = itemById(curriculum, key);
  return item ? progressHome(curriculum, item) : curriculum.id;
}
