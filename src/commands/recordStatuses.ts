import type { Curriculum } from '../curriculum/types.js';
import { progressCurricula, progressHomeOfKey } from '../curriculum/progressHome.js';
import { resolveStatuses, type StatusMap } from '../plan/statuses.js';
import type { ProgressStore, RecordResult, StatusChange } from '../progress/store.js';

type Change = Omit<StatusChange, 'previous'>;

/**
 * Sets statuses of live items in one write transaction, comparing with what the learner sees now —
 * through aliases, so progress recorded under a former id counts (undoing it records the change,
 * redoing it says "already done"). Read inside the transaction, so a concurrent command cannot slip in.
 * `changes` may be worked out from those statuses (as `undo` does), so they too are read in the transaction.
 */
export function recordStatuses(
  store: ProgressStore,
  curriculum: Curriculum,
  changes: readonly Change[] | ((statuses: StatusMap) => readonly Change[]),
  at: string,
  alsoInTransaction?: () => void,
): RecordResult {
  return store.transaction(() => {
    const statuses = resolveStatuses(curriculum, store.statusRecords(progressCurricula(curriculum)));
    const known = (typeof changes === 'function' ? changes(statuses) : changes).map((change) => ({ ...change, previous: statuses.get(change.item) ?? 'todo' }));
    const result = store.recordChanges((item) => progressHomeOfKey(curriculum, item), known, at);
    alsoInTransaction?.();
    return result;
  });
}
