import { itemByKey, itemFacts, itemKey } from '../curriculum/index.js';
import { resolveRefs, type ResolvedRef } from '../curriculum/resolveRef.js';
import { topicChanges } from '../plan/changes.js';
import type { Status } from '../progress/types.js';
import { renderStatusChanges, type ItemLabel, type StatusChangeView } from '../render/statusChanges.js';
import { makeStyle } from '../render/style.js';
import type { Session } from '../session.js';
import { recordStatuses } from './recordStatuses.js';
import type { CommandSpec } from './spec.js';

interface StatusCommandText {
  name: string;
  status: Status;
  summary: string;
  examples: string[];
  withNote?: boolean;
}

/** `done`, `start`, `skip` and `undo` differ only in the status they set. */
export function statusCommand(text: StatusCommandText): CommandSpec {
  return {
    name: text.name,
    arguments: '<refs...>',
    summary: text.summary,
    details: `Each REF is an id (linear-algebra, linear-algebra/3b1b-essence), a number as list shows it
(1.2, 1.2.1) or part of a title. A section applies to each of its topics. All REFs are recorded in one
transaction: if any REF is unknown, nothing is recorded.`,
    options: [
      ...(text.withNote ? [{ flags: '--note <text>', description: 'also add this note to each item named' }] : []),
      { flags: '--json', description: 'print what changed as JSON' },
    ],
    examples: text.examples,
    run: (session, [refs], options) => setStatus(session, refs as string[], text.status, options),
  };
}

async function setStatus(session: Session, refs: string[], status: Status, options: Record<string, unknown>): Promise<void> {
  const curriculum = await session.curriculum();
  const targets = resolveRefs(curriculum, refs);
  const items = uniqueItems(targets);
  const store = session.writeStore();
  const at = session.now().toISOString();
  const note = typeof options.note === 'string' ? options.note : undefined;
  const before = (await session.snapshot()).state;

  const result = recordStatuses(store, curriculum, items.map((item) => ({ item, status })), at, () => {
    if (note !== undefined) for (const target of targets) store.addNote(curriculum.id, itemKey(target), note, at);
  });

  const after = (await session.snapshot()).state;
  const describe = (key: string) => changeLabel(itemFacts(itemByKey(curriculum, key)!));
  const changes = topicChanges(curriculum, before, after);
  const view: StatusChangeView = {
    status,
    changed: result.recorded.map((event) => ({ ...describe(event.item), previous: event.previous })),
    unchanged: result.unchanged.map((change) => describe(change.item)),
    noteAdded: note !== undefined,
    completedTopics: changes.completed.map(changeLabel),
    unlockedTopics: changes.unlocked.map(changeLabel),
  };
  if (options.json) session.printJson(view);
  else session.print(renderStatusChanges(view, makeStyle(session.terminal.colorLevel, session.terminal.width)));
}

/**
 * How a status change names an item (here and in the menu): its stored key, number and title. Takes a
 * section, topic or resource, or `itemFacts` of one (whose id is already a resource's ref).
 */
export function changeLabel(item: { id: string; ref?: string; number: string; title: string }): ItemLabel {
  return { item: item.ref ?? item.id, number: item.number, title: item.title };
}

/** A section stands for each of its topics; an item named twice counts once. */
function uniqueItems(targets: ResolvedRef[]): string[] {
  const items = new Set<string>();
  for (const target of targets) {
    if (target.kind === 'section') for (const topic of target.section.topics) items.add(topic.id);
    else items.add(itemKey(target));
  }
  return [...items];
}


export const doneCommand = statusCommand({
  name: 'done',
  status: 'done',
  withNote: true,
  summary: 'mark topics or resources as done',
  examples: ['roadmap done 1.2.1', 'roadmap done linear-algebra/3b1b-essence 2.1.1', 'roadmap done 1.1 --note "read it twice"'],
});
export const startCommand = statusCommand({
  name: 'start',
  status: 'started',
  summary: 'mark topics or resources as started',
  examples: ['roadmap start 1.2', 'roadmap start calculus'],
});
export const skipCommand = statusCommand({
  name: 'skip',
  status: 'skipped',
  summary: 'skip topics or resources (counted as resolved, shown apart from done)',
  examples: ['roadmap skip 2.1.3', 'roadmap skip "Khan Academy"'],
});
export const undoCommand = statusCommand({
  name: 'undo',
  status: 'todo',
  summary: 'set topics or resources back to todo (the history keeps what was undone)',
  examples: ['roadmap undo 1.2.1', 'roadmap reset linear-algebra'],
});

