import { buildCurriculumIndex } from '../curriculum/index.js';
import type { Curriculum, Topic } from '../curriculum/types.js';
import type { Status } from '../model/progress.js';
import type { CurriculumState } from './state.js';

export interface TopicChanges {
  /** Topics complete now that were not before, in file order. */
  completed: Topic[];
  /** Topics complete before that are not now, in file order. */
  reopened: Topic[];
  /**
   * Topics that were blocked before and are now open to start (available or in progress), in file order. A
   * topic the change completed is not among them: it was not unlocked, it was done.
   */
  unlocked: Topic[];
  /** Topics the change completed although some of their prerequisites are still not complete, with those. */
  completedBeforePrerequisites: { topic: Topic; unmet: Topic[] }[];
}

/** What a change of statuses did to the topics: what it completed, reopened and unlocked. */
export function topicChanges(curriculum: Curriculum, before: CurriculumState, after: CurriculumState): TopicChanges {
  const index = buildCurriculumIndex(curriculum);
  const topics = index.topics;
  const completed = topics.filter((t) => after.topics.get(t.id)!.complete && !before.topics.get(t.id)!.complete);
  return {
    completed,
    reopened: topics.filter((t) => before.topics.get(t.id)!.complete && !after.topics.get(t.id)!.complete),
    unlocked: topics.filter((t) => before.topics.get(t.id)!.state === 'blocked' && ['available', 'in-progress'].includes(after.topics.get(t.id)!.state)),
    completedBeforePrerequisites: completed
      .map((topic) => ({ topic, unmet: after.topics.get(topic.id)!.blockedBy.map((id) => index.getTopic(id)!) }))
      .filter((early) => early.unmet.length > 0),
  };
}

const isMarked = (status: Status) => status === 'done' || status === 'skipped';

/**
 * What `undo` of `items` (live keys: topic ids and resource refs) sets back to todo, given the statuses
 * before it. Each item itself; and for a topic that would still be complete through its resources once its
 * own status is todo (it has required resources, each done or skipped), those required resources too: the
 * learner who undoes a topic means it is not done, whatever made it so. Optional resources never complete
 * a topic, so they are left as they are. Items come first, in their order, then the added resources.
 */
export function undoItems(curriculum: Curriculum, items: readonly string[], statuses: ReadonlyMap<string, Status>): string[] {
  const index = buildCurriculumIndex(curriculum);
  const undone = new Set(items);
  // A resource named alongside its topic is undone anyway, so it no longer completes the topic.
  const own = (key: string) => (undone.has(key) ? 'todo' : (statuses.get(key) ?? 'todo'));
  const added: string[] = [];
  for (const item of items) {
    const topic = index.getTopic(item);
    if (!topic) continue;
    const required = topic.resources.filter((resource) => !resource.optional);
    if (required.length === 0 || !required.every((resource) => isMarked(own(resource.ref)))) continue;
    for (const resource of required) added.push(resource.ref);
  }
  return [...items, ...added];
}
