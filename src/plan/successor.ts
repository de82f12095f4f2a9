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
}

/** The live item the orphaned key most likely became: closest id of the same kind, by edit distance. */
export function likelySuccessor(curriculum: Curriculum, key: string): Successor | null {
  const index = buildCurriculumIndex(curriculum);
  const isResource = key.includes('/');
  const [topicPart = key, resourcePart = ''] = key.split('/');
  let best: { distance: number; item: string; number: string; title: string; aliasLine: string } | null = null;
  if (isResource) {
    const topic = index.topicByIdOrAlias.get(topicPart);
    const candidates = topic ? topic.resources : index.resources;
    for (const resource of candidates) {
      const distance = editDistance(resourcePart, resource.id) + (topic ? 0 : editDistance(topicPart, resource.ref.split('/')[0]!));
      if (!best || distance < best.distance) best = { distance, item: resource.ref, number: resource.number, title: resource.title, aliasLine: `aliases: [${resourcePart}]` };
    }
  } else {
    for (const topic of index.topics) {
      const distance = editDistance(key, topic.id);
      if (!best || distance < best.distance) best = { distance, item: topic.id, number: topic.number, title: topic.title, aliasLine: `aliases: [${key}]` };
    }
  }
  if (!best) return null;
  const limit = Math.max(3, Math.floor((isResource ? resourcePart : key).length / 2));
  return best.distance <= limit ? { item: best.item, number: best.number, title: best.title, aliasLine: best.aliasLine } : null;
}
