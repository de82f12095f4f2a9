import type { Resource } from '../curriculum/types.js';
import { isResolvedStatus, type CurriculumState } from '../plan/state.js';
import type { StatusChange } from '../progress/store.js';
import type { Status } from '../model/progress.js';

export interface TickChoice {
  resource: Resource;
  /** Pre-ticked: the resource itself is done or skipped. */
  checked: boolean;
  /** Resolved only because its topic is marked done or skipped: shown apart, never as a tick. */
  throughTopic: boolean;
}

/**
 * The checklist of `resources` as it first shows. A tick says what the resource itself is, the very thing
 * `tickChanges` compares with, so confirming an untouched checklist records nothing: a resource resolved
 * only through its topic is left unticked (and marked as such), or saving would record it done.
 */
export function checklist(resources: readonly Resource[], state: CurriculumState): TickChoice[] {
  return resources.map((resource) => {
    const progress = state.resources.get(resource.ref)!;
    const checked = isResolvedStatus(progress.status);
    return { resource, checked, throughTopic: progress.resolved && !checked };
  });
}

/**
 * What a confirmed checklist records: a checked resource not yet done or skipped becomes done; an
 * unchecked one that was done or skipped goes back to todo. Anything else is left as it is (a skipped
 * resource left checked stays skipped; a started one left unchecked stays started).
 */
export function tickChanges(resources: readonly Resource[], statuses: ReadonlyMap<string, Status>, checked: ReadonlySet<string>): StatusChange[] {
  const changes: StatusChange[] = [];
  for (const resource of resources) {
    const marked = isResolvedStatus(statuses.get(resource.ref) ?? 'todo');
    if (checked.has(resource.ref) && !marked) changes.push({ item: resource.ref, status: 'done' });
    else if (!checked.has(resource.ref) && marked) changes.push({ item: resource.ref, status: 'todo' });
  }
  return changes;
}
