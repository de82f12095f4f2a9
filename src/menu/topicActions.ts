import { messages } from '../messages/index.js';
import type { Status } from '../model/progress.js';

/**
 * The statuses the topic screen offers to set, for a topic whose own status is `status`: only changes that
 * mean something for it. A complete topic can be undone (a skipped one also marked done instead), never
 * started again; a started one is not started twice. A topic complete through its resources is undone
 * with them (see `undo`), which its label says.
 */
export function topicStatusActions(status: Status, complete: boolean): { status: Status; label: string }[] {
  const words = messages().menu.topicActions;
  if (complete) {
    if (status === 'done') return [{ status: 'todo', label: words.undo }];
    if (status === 'skipped') return [{ status: 'done', label: words.doneInstead }, { status: 'todo', label: words.undo }];
    return [{ status: 'todo', label: words.undoWithResources }];
  }
  const offered: { status: Status; label: string }[] = [];
  if (status === 'todo') offered.push({ status: 'started', label: words.start });
  offered.push({ status: 'done', label: words.done }, { status: 'skipped', label: words.skip });
  if (status !== 'todo') offered.push({ status: 'todo', label: words.backToTodo });
  return offered;
}
