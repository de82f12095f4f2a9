import type { Status } from '../model/progress.js';

/**
 * The statuses the topic screen offers to set, for a topic whose own status is `status`: only changes that
 * mean something for it. A complete topic can be undone (a skipped one also marked done instead), never
 * started again; a started one is not started twice. A topic complete through its resources is undone
 * with them (see `undo`), which its label says.
 */
export function topicStatusActions(status: Status, complete: boolean): { status: Status; label: string }[] {
  if (complete) {
    if (status === 'done') return [{ status: 'todo', label: 'Undo: set this topic back to todo' }];
    if (status === 'skipped') return [{ status: 'done', label: 'Mark this topic done instead' }, { status: 'todo', label: 'Undo: set this topic back to todo' }];
    return [{ status: 'todo', label: 'Undo: set this topic and the resources that complete it back to todo' }];
  }
  const offered: { status: Status; label: string }[] = [];
  if (status === 'todo') offered.push({ status: 'started', label: 'Start this topic' });
  offered.push({ status: 'done', label: 'Mark this topic done' }, { status: 'skipped', label: 'Skip this topic' });
  if (status !== 'todo') offered.push({ status: 'todo', label: 'Set this topic back to todo' });
  return offered;
}
