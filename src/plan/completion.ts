import type { Curriculum, Topic } from '../curriculum/types.js';
import type { StatusRecord } from '../model/progress.js';
import type { CurriculumState } from './state.js';

/** When a complete topic became complete, and whether it was learned (done) or only skipped. */
export interface TopicCompletion {
  topic: Topic;
  /** ISO instant. */
  at: string;
  /** Done, as progress figures count it (state.ts); false when skipped. */
  learned: boolean;
  /** The `minutes` of its required resources; 0 when any of them has no estimate. */
  minutes: number;
}

/**
 * Every complete topic with the instant it became complete, in file order. A topic marked done or skipped was
 * completed when marked; one complete through its resources, when the last of its required resources was
 * resolved. `records` are by live key (`resolveRecords`). Undoing a topic makes it incomplete, so it is not
 * here; redoing it gives it a new instant.
 */
export function topicCompletions(curriculum: Curriculum, state: CurriculumState, records: ReadonlyMap<string, StatusRecord>): TopicCompletion[] {
  const completions: TopicCompletion[] = [];
  for (const section of curriculum.sections) {
    for (const topic of section.topics) {
      const progress = state.topics.get(topic.id);
      if (!progress?.complete) continue;
      const required = topic.resources.filter((resource) => !resource.optional);
      const minutes = required.length > 0 && required.every((resource) => resource.minutes !== undefined) ? required.reduce((sum, resource) => sum + resource.minutes!, 0) : 0;
      if (progress.status === 'done' || progress.status === 'skipped') {
        const at = records.get(topic.id)?.at;
        if (at !== undefined) completions.push({ topic, at, learned: progress.status === 'done', minutes });
        continue;
      }
      let at: string | undefined;
      let anyDone = false;
      for (const resource of topic.resources) {
        if (resource.optional) continue;
        const record = records.get(resource.ref);
        if (record === undefined) continue;
        if (record.status === 'done') anyDone = true;
        if (at === undefined || record.at > at) at = record.at;
      }
      if (at !== undefined) completions.push({ topic, at, learned: anyDone, minutes });
    }
  }
  return completions;
}
