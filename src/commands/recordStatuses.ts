import type { Curriculum } from '../curriculum/types.js';
import { resolveStatuses } from '../plan/statuses.js';
import type { ProgressStore, RecordResult } from '../progress/store.js';
import type { Status } from '../progress/types.js';

/**
 * Sets statuses of live items in one write transaction, comparing with what the learner sees now —
 * through aliases, so progress recorded under a former id counts (undoing it records the change,
 * redoing it says "already done"). Read inside the transaction, so a concurrent command cannot slip in.
 */
export function recordStatuses(
  store: ProgressStore,
  curriculum: Curriculum,
  changes: readonly { item: string; status: Status }[],
  at: string,
  alsoInTransaction?: () => void,
): RecordResult {
  return store.transaction(() => {
    const statuses = resolveStatuses(curriculum, store.statusRecords(curriculum.id));
    const known = changes.map((change) => ({ ...change, previous: statuses.get(change.item) ?? 'todo' }));
    const result = store.recordChanges(curriculum.id, known, at);
    alsoInTransaction?.();
    return result;
  });
}
