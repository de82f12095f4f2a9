import type { Section, Topic } from '../curriculum/types.js';
import { messages } from '../messages/index.js';
import { topicStateName } from '../render/itemViews.js';
import { progressFigures, type CurriculumState } from '../plan/state.js';
import { paintTopicMark } from '../render/style.js';
import type { Session } from '../session.js';
import { choose } from './choose.js';
import { BACK } from './prompts.js';
import { alignedLabels, header, look, named } from './screen.js';
import { topicScreen } from './topicScreen.js';

/** Browse: section → topic → the topic's screen. Back (or Esc) goes up one level; the cursor stays where it was. */
export async function browseScreen(session: Session): Promise<void> {
  const trail = messages().menu.browse.trail;
  let section: Section | undefined;
  for (;;) {
    const picked = await pickSection(session, section);
    if (picked === BACK) return;
    section = picked;
    let topic: Topic | undefined;
    for (;;) {
      const chosen = await pickTopic(session, section, topic);
      if (chosen === BACK) break;
      topic = chosen;
      await topicScreen(session, [trail, named(section.number, section.title)], topic);
    }
  }
}

async function pickSection(session: Session, current: Section | undefined) {
  const view = look(session);
  const words = messages().menu.browse;
  const { curriculum, state } = await session.snapshot();
  const figures = progressFigures(curriculum, state).sections;
  const labels = alignedLabels(
    view,
    curriculum.sections.map((section, i) => {
      const { topics, resources } = figures[i]!;
      const touched = section.topics.some((topic) => ['complete', 'in-progress'].includes(state.topics.get(topic.id)!.state));
      const mark = topics.total > 0 && topics.complete === topics.total ? 'complete' : touched ? 'in-progress' : 'available';
      return { number: section.number, mark: paintTopicMark(view.style, mark), title: section.title, detail: words.sectionFigures({ topicsComplete: topics.complete, topics: topics.total, resourcesResolved: resources.resolved, resources: resources.total }) };
    }),
  );
  return choose(
    view,
    `${header(view, curriculum, state, [words.trail])}\n\n${words.whichSection}`,
    curriculum.sections.map((section, i) => ({ name: labels[i]!, value: section })),
    { default: current },
  );
}

async function pickTopic(session: Session, section: Section, current: Topic | undefined) {
  const view = look(session);
  const words = messages().menu.browse;
  const { curriculum, state } = await session.snapshot();
  const labels = alignedLabels(
    view,
    section.topics.map((topic) => {
      const progress = state.topics.get(topic.id)!;
      return { number: topic.number, mark: paintTopicMark(view.style, progress.state, progress.status === 'skipped'), title: topic.title, detail: topicDetail(topic, state) };
    }),
  );
  return choose(
    view,
    `${header(view, curriculum, state, [words.trail, named(section.number, section.title)])}\n\n${words.whichTopic}`,
    section.topics.map((topic, i) => ({ name: labels[i]!, value: topic })),
    { default: current },
  );
}

/** `1/2 resources`, and `optional` or `blocked` where it applies. */
function topicDetail(topic: Topic, state: CurriculumState): string {
  const required = topic.resources.filter((resource) => !resource.optional);
  const resolved = required.filter((resource) => state.resources.get(resource.ref)!.resolved).length;
  const progress = state.topics.get(topic.id)!;
  const words = messages().menu.browse;
  return [
    required.length > 0 ? words.resourceFigures({ resolved, resources: required.length }) : null,
    topic.optional ? messages().common.optional : null,
    progress.state === 'blocked' ? topicStateName('blocked') : null,
  ]
    .filter(Boolean)
    .join(' · ');
}
