import { buildCurriculumIndex } from '../curriculum/index.js';
import type { Curriculum, Topic } from '../curriculum/types.js';
import type { CurriculumState } from './state.js';

export interface TopicChanges {
  /** Topics complete now that were not before, in file order. */
  completed: Topic[];
  /** Topics that were blocked before and are not now, in file order. */
  unlocked: Topic[];
}

/** What a change of statuses did to the topics: what it completed and what it unlocked. */
export function topicChanges(curriculum: Curriculum, before: CurriculumState, after: CurriculumState): TopicChanges {
  const topics = buildCurriculumIndex(curriculum).topics;
  return {
    completed: topics.filter((t) => after.topics.get(t.id)!.complete && !before.topics.get(t.id)!.complete),
    unlocked: topics.filter((t) => before.topics.get(t.id)!.state === 'blocked' && after.topics.get(t.id)!.state !== 'blocked'),
  };
}
