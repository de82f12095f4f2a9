import { buildCurriculumIndex } from '../curriculum/index.js';
import { resolveRef } from '../curriculum/resolveRef.js';
import type { Curriculum, Topic } from '../curriculum/types.js';
import type { CurriculumState } from '../plan/state.js';
import type { ProgressStore } from '../progress/store.js';
import { renderShow, type ShowView, type TopicLink } from '../render/show.js';
import { makeStyle } from '../render/style.js';
import { buildListView, topicView } from './list.js';
import { noteViews } from './noteViews.js';
import { helpText, type CommandSpec } from './spec.js';

export const showCommand: CommandSpec = {
  name: 'show',
  arguments: '<ref>',
  argumentKinds: ['ref'],
  get summary() { return helpText().show.summary; },
  options: [{ flags: '--json', get description() { return helpText().show.options.json; } }],
  examples: ['roadmap show 1.2', 'roadmap show linear-algebra', 'roadmap show 1.1.1 --json'],
  async run(session, [ref], options) {
    const { curriculum, state } = await session.snapshot();
    const view = buildShowView(curriculum, state, session.readStore(), ref as string);
    if (options.json) session.printJson(view);
    else session.print(renderShow(view, makeStyle(session.terminal.colorLevel, session.terminal.width)));
  },
};

export function buildShowView(curriculum: Curriculum, state: CurriculumState, store: ProgressStore | null, ref: string): ShowView {
  const item = resolveRef(curriculum, ref);
  const index = buildCurriculumIndex(curriculum);
  const link = (topic: Topic): TopicLink => ({
    id: topic.id,
    number: topic.number,
    title: topic.title,
    complete: state.topics.get(topic.id)!.complete,
  });
  if (item.kind === 'section') {
    const list = buildListView(curriculum, state, { ref: item.section.id });
    const section = list.sections[0]!;
    return {
      kind: 'section',
      id: item.section.id,
      number: item.section.number,
      title: item.section.title,
      summary: item.section.summary ?? null,
      progress: section.progress,
      topics: section.topics,
      notes: noteViews(curriculum, store, item),
    };
  }
  if (item.kind === 'topic') {
    const topic = item.topic;
    const view = topicView(curriculum, topic, state);
    const position = index.topicPosition.get(topic.id)!;
    const unlocks: TopicLink[] = [];
    for (let i = index.dependentsStart[position]!; i < index.dependentsStart[position + 1]!; i++) {
      unlocks.push(link(index.topics[index.dependentsList[i]!]!));
    }
    return {
      kind: 'topic',
      id: topic.id,
      number: topic.number,
      title: topic.title,
      summary: topic.summary ?? null,
      section: { id: item.section.id, number: item.section.number, title: item.section.title },
      optional: topic.optional,
      status: view.status,
      state: view.state,
      progress: view.progress,
      prerequisites: topic.requiredTopics.map((id) => index.getTopic(id)).filter((t): t is Topic => Boolean(t)).map(link),
      unlocks,
      resources: view.resources,
      // A topic's page also gathers the notes taken on its resources (`done 1.2.1 --note …`).
      notes: noteViews(curriculum, store, item),
    };
  }
  const resource = item.resource;
  const resourceState = state.resources.get(resource.ref)!;
  return {
    kind: 'resource',
    ref: resource.ref,
    number: resource.number,
    title: resource.title,
    url: resource.url,
    resourceKind: resource.kind ?? null,
    optional: resource.optional,
    minutes: resource.minutes ?? null,
    status: resourceState.status,
    resolved: resourceState.resolved,
    topic: { id: item.topic.id, number: item.topic.number, title: item.topic.title },
    notes: noteViews(curriculum, store, item),
  };
}
