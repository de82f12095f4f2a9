import { activity, type Activity } from '../plan/activity.js';
import type { CurriculumIds, ProgressStore } from '../progress/store.js';

/**
 * The learner's activity in one curriculum: every recorded change (a status set, a note added, edited or
 * deleted) counts towards its local day.
 */
export function activityOf(store: ProgressStore | null, curriculum: CurriculumIds, timeZone: string, now: Date): Activity {
  const instants: string[] = [];
  if (store) {
    for (const event of store.events({ curriculum })) instants.push(event.at);
    for (const event of store.noteEvents({ curriculum })) instants.push(event.at);
  }
  return activity(instants, timeZone, now);
}
