import type { Resource } from '../curriculum/types.js';
import type { CurriculumState } from '../plan/state.js';
import type { StatusChange } from '../progress/store.js';
import type { Status } from '../progress/types.js';

export interface TickChoice {
  resource: Resource;
  /** Pre-ticked in the checklist. */
  checked: boolean;
}

/** The checklist of `resources` as it first shows. */
export function checklist(resources: readonly Resource[], state: CurriculumState): TickChoice[] {
  return resources.map((resource) => ({ resource, checked: state.resources.get(resource.ref)!.resolved }));
}

/**
 * What a confirmed checklist records: a checked resource not yet done or skipped becomes done; an
 * unchecked one that was done or skipped goes back to todo. Anything else is left as it is (a skipped
 * resource left checked stays skipped; a started one left unchecked stays started).
 */
export function tickChanges(resources: readonly Resource[], statuses: ReadonlyMap<string, Status>, checked: ReadonlySet<string>): StatusChange[] {
  const changes: StatusChange[] = [];
  for (const resource of resources) {
    const own = statuses.get(resource.ref) ?? 'todo';
    const marked = own === 'done' || own === 'skipped';
    if (checked.has(resource.ref) && !marked) changes.push({ item: resource.ref, status: 'done' });
    else if (!checked.has(resource.ref) && marked) changes.push({ item: resource.ref, status: 'todo' });
  }
  return changes;
}
