import { openCommand } from '../commands/open.js';
import { recordStatuses } from '../commands/recordStatuses.js';
import { changeLabel, doneCommand, skipCommand, startCommand, statusEffects, undoCommand } from '../commands/setStatus.js';
import type { Resource, Topic } from '../curriculum/types.js';
import { RoadmapError } from '../errors.js';
import { messages } from '../messages/index.js';
import type { Status } from '../model/progress.js';
import { emptyStatusChangeView, prerequisiteWarnings, renderStatusChanges, type StatusChangeView } from '../render/statusChanges.js';
import type { Session } from '../session.js';
import type { Look } from './screen.js';
import { tickChanges } from './ticks.js';

const TOPIC_COMMANDS = { started: startCommand, done: doneCommand, skipped: skipCommand, todo: undoCommand } as const;

/**
 * Sets a topic's own status by running the very command the CLI runs (`roadmap start 1.2`): one
 * transaction, and the same report of what changed, completed or got unlocked.
 */
export async function setTopicStatus(session: Session, topic: Topic, status: Status): Promise<void> {
  await TOPIC_COMMANDS[status].run(session, [[topic.id]], {});
}

/** `roadmap open` for one resource; a failure to start the browser is shown and the menu goes on. */
export async function openResource(session: Session, view: Look, resource: Resource): Promise<void> {
  try {
    await openCommand.run(session, [resource.ref], {});
  } catch (error) {
    if (!(error instanceof RoadmapError)) throw error;
    session.print(view.style.chalk.red(error.lines.join('\n')));
  }
}

/** Records what a checkbox of resources now says (see tickChanges), in ONE transaction. */
export async function saveTicks(session: Session, view: Look, resources: readonly Resource[], checked: ReadonlySet<string>): Promise<void> {
  const before = await session.snapshot();
  const changes = tickChanges(resources, before.statuses, checked);
  if (changes.length === 0) {
    session.print(view.style.chalk.dim(messages().menu.nothingChanged));
    return;
  }
  const store = session.writeStore();
  const at = session.now().toISOString();
  const result = recordStatuses(store, before.curriculum, changes, at);
  const after = await session.snapshot();
  const recorded = new Map(result.recorded.map((event) => [event.item, event.previous]));
  const effects = statusEffects(before.curriculum, 'done', before.state, after.state);
  for (const status of ['done', 'todo'] as const) {
    const changed = changes.filter((change) => change.status === status && recorded.has(change.item));
    if (changed.length === 0) continue;
    const label = (ref: string) => changeLabel(resources.find((candidate) => candidate.ref === ref)!);
    const report: StatusChangeView = {
      ...emptyStatusChangeView(status),
      changed: changed.map((change) => ({ ...label(change.item), previous: recorded.get(change.item)! })),
      ...(status === 'done'
        ? { completedTopics: effects.completedTopics, unlockedTopics: effects.unlockedTopics, prerequisitesUnmet: effects.prerequisitesUnmet }
        : { reopenedTopics: effects.reopenedTopics }),
    };
    session.print(renderStatusChanges(report, view.style));
    // The menu owns the terminal: its warnings go where its reports do.
    for (const line of prerequisiteWarnings(report, view.style)) session.print(line);
  }
}
