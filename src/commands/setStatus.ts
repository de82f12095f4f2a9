import { itemById, itemFacts, itemKey } from '../curriculum/index.js';
import { resolveRefs, type ResolvedRef } from '../curriculum/resolveRef.js';
import { progressHome } from '../curriculum/progressHome.js';
import type { Curriculum } from '../curriculum/types.js';
import { topicChanges, undoItems } from '../plan/changes.js';
import type { CurriculumState } from '../plan/state.js';
import type { StatusMap } from '../plan/statuses.js';
import type { Status } from '../model/progress.js';
import { emptyStatusChangeView, prerequisiteWarnings, renderStatusChanges, type ItemLabel, type StatusChangeView } from '../render/statusChanges.js';
import { makeStyle } from '../render/style.js';
import type { ProgressSnapshot, Session } from '../session.js';
import { recordStatuses } from './recordStatuses.js';
import { helpText, type CommandSpec } from './spec.js';

/** Its summary, and a paragraph of help of its own (`more`) after the one they share, are in the help catalog under its name. */
interface StatusCommandText {
  name: 'done' | 'start' | 'skip' | 'undo';
  status: Status;
  examples: string[];
  withNote?: boolean;
}

/** `done`, `start`, `skip` and `undo` differ only in the status they set. */
export function statusCommand(text: StatusCommandText): CommandSpec {
  return {
    name: text.name,
    arguments: '<refs...>',
    argumentKinds: ['ref'],
    get summary() { return helpText()[text.name].summary; },
    get details() {
      const own = helpText()[text.name];
      return `${helpText().statusChange.details}${'more' in own ? `\n\n${own.more}` : ''}`;
    },
    options: [
      ...(text.withNote ? [{ flags: '--note <text>', get description() { return helpText().statusChange.options.note; } }] : []),
      { flags: '--json', get description() { return helpText().statusChange.options.json; } },
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

  const changes = (statuses: StatusMap) => (status === 'todo' ? undoItems(curriculum, items, statuses) : items).map((item) => ({ item, status }));
  const result = recordStatuses(store, curriculum, changes, at, () => {
    if (note !== undefined) for (const target of targets) store.addNote(progressHome(curriculum, target), itemKey(target), note, at);
  });

  const after = await session.snapshot();
  const describe = (key: string) => changeLabel(itemFacts(itemById(curriculum, key)!));
  const effects = statusEffects(curriculum, status, before, after.state);
  const reopened = new Set(effects.reopenedTopics.map((topic) => topic.item));
  const throughTopic = status === 'todo' ? resolvedThroughTopic(curriculum, result.unchanged.map((change) => change.item), after) : [];
  const explained = new Set([...reopened, ...throughTopic.map((item) => item.item)]);
  const view: StatusChangeView = {
    ...emptyStatusChangeView(status),
    changed: result.recorded.map((event) => ({ ...describe(event.item), previous: event.previous })),
    // A topic undone through its resources is not "already todo": the lines above say what became of it.
    unchanged: result.unchanged.filter((change) => !explained.has(change.item)).map((change) => describe(change.item)),
    noteAdded: note !== undefined,
    ...effects,
    resolvedThroughTopic: throughTopic,
  };
  const style = makeStyle(session.terminal.colorLevel, session.terminal.width);
  if (options.json) session.printJson(view);
  else session.print(renderStatusChanges(view, style));
  // Recorded all the same: the learner may know the prerequisites better than the curriculum does.
  for (const line of prerequisiteWarnings(view, style)) session.warn(line);
}

/**
 * What a change to `status` did beyond the items it names, as a status report shows it: topics completed,
 * reopened and unlocked, and, for `done`, topics done before their prerequisites.
 */
export function statusEffects(curriculum: Curriculum, status: Status, before: CurriculumState, after: CurriculumState) {
  const changes = topicChanges(curriculum, before, after);
  return {
    completedTopics: changes.completed.map(changeLabel),
    reopenedTopics: changes.reopened.map(changeLabel),
    unlockedTopics: changes.unlocked.map(changeLabel),
    prerequisitesUnmet:
      status === 'done' ? changes.completedBeforePrerequisites.map(({ topic, unmet }) => ({ ...changeLabel(topic), unmet: unmet.map(changeLabel) })) : [],
  };
}

/**
 * Of the resources `undo` found already todo, those the learner still sees resolved, because their topic is
 * marked done or skipped: saying "already todo" of them would be false comfort.
 */
function resolvedThroughTopic(curriculum: Curriculum, unchanged: readonly string[], { state, statuses }: ProgressSnapshot): StatusChangeView['resolvedThroughTopic'] {
  const found: StatusChangeView['resolvedThroughTopic'] = [];
  for (const item of unchanged) {
    const named = itemById(curriculum, item);
    if (named?.kind !== 'resource' || !state.resources.get(item)!.resolved) continue;
    const { resource, topic } = named;
    found.push({ ...changeLabel(resource), topic: changeLabel(topic), topicStatus: statuses.get(topic.id) ?? 'todo' });
  }
  return found;
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
  examples: ['roadmap done 1.2.1', 'roadmap done linear-algebra/3b1b-essence 2.1.1', 'roadmap done 1.1 --note "read it twice"'],
});
export const startCommand = statusCommand({
  name: 'start',
  status: 'started',
  examples: ['roadmap start 1.2', 'roadmap start calculus'],
});
export const skipCommand = statusCommand({
  name: 'skip',
  status: 'skipped',
  examples: ['roadmap skip 2.1.3', 'roadmap skip "Khan Academy"'],
});
export const undoCommand = statusCommand({
  name: 'undo',
  status: 'todo',
  examples: ['roadmap undo 1.2.1', 'roadmap reset linear-algebra'],
});

