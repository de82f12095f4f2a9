import { buildCurriculumIndex } from '../curriculum/index.js';
import { editDistance } from '../curriculum/editDistance.js';
import type { Curriculum } from '../curriculum/types.js';

export interface Successor {
  /** The live item key. */
  item: string;
  number: string;
  title: string;
  /** What to add to that item in the curriculum so the old records count for it. */
  aliasLine: string;
  /**
   * For a resource whose old topic id is gone too: what to add to its live topic as well, since an old
   * `TOPIC/RESOURCE` key is matched through the topic's aliases.
   */
  topicAliasLine?: string;
}

/** The live item the orphaned key most likely became: closest id of the same kind, by edit distance. */
export function likelySuccessor(curriculum: Curriculum, key: string): Successor | null {
  const index = buildCurriculumIndex(curriculum);
  const isResource = key.includes('/');
  const [topicPart = key, resourcePart = ''] = key.split('/');
  let best: (Successor & { distance: number }) | null = null;
  // Past the best distance so far a candidate cannot win: editDistance stops there.
  const bound = () => (best ? best.distance : Number.POSITIVE_INFINITY);
  if (isResource) {
    const topic = index.topicByIdOrAlias.get(topicPart);
    const candidates = topic ? topic.resources : index.resources;
    for (const resource of candidates) {
      const liveTopic = resource.ref.split('/')[0]!;
      const distance = editDistance(resourcePart, resource.id, bound()) + (topic ? 0 : editDistance(topicPart, liveTopic, bound()));
      if (!best || distance < best.distance) {
        best = { distance, item: resource.ref, number: resource.number, title: resource.title, aliasLine: `aliases: [${resourcePart}]` };
        if (!topic) best.topicAliasLine = `aliases: [${topicPart}]`;
      }
    }
  } else {
    for (const topic of index.topics) {
      const distance = editDistance(key, topic.id, bound());
      if (!best || distance < best.distance) best = { distance, item: topic.id, number: topic.number, title: topic.title, aliasLine: `aliases: [${key}]` };
    }
  }
  if (!best) return null;
  const limit = Math.max(3, Math.floor((isResource ? resourcePart : key).length / 2));
  if (best.distance > limit) return null;
  const { distance: _distance, ...successor } = best;
  return successor;
}
