import type { CurriculumIds, ProgressStore } from '../progress/store.js';

/**
 * When the learner did something in one curriculum: every status set, review, and note added, edited or
 * deleted. Read once by a command; the heat map, the streak and the forecast's pace all count these.
 */
export function activityInstants(store: ProgressStore | null, curriculum: CurriculumIds): string[] {
  if (store === null) return [];
  return [
    ...store.events({ curriculum }).map((event) => event.at),
    ...store.reviews({ curriculum }).map((review) => review.at),
    ...store.noteEvents({ curriculum }).map((note) => note.at),
  ];
}
