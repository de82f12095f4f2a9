import type { CurriculumIds, ProgressStore } from '../progress/store.js';

/**
 * When the learner did something in one curriculum: every status set, review, and note added, edited or
 * deleted, in no order. Read once by a command; the heat map, the streak and the forecast's pace all count
 * these. Only the instants are read: whole rows of 100,000 events took a third of `status`'s time.
 */
export function activityInstants(store: ProgressStore | null, curriculum: CurriculumIds): string[] {
  return store === null ? [] : store.activityInstants(curriculum);
}
