import { buildCurriculumIndex } from '../curriculum/index.js';
import { resolveRef, type ResolvedRef } from '../curriculum/resolveRef.js';
import type { Curriculum } from '../curriculum/types.js';

/**
 * The topics a goal names: a section's topics (optional ones too), a topic, a resource's topic.
 * A string is resolved as a REF first (so it may throw a usage error).
 */
export function goalOwnTopicIds(curriculum: Curriculum, target: ResolvedRef | string): string[] {
  const item = typeof target === 'string' ? resolveRef(curriculum, target) : target;
  switch (item.kind) {
    case 'section':
      return item.section.topics.map((topic) => topic.id);
    case 'topic':
      return [item.topic.id];
    case 'resource':
      return [item.topic.id];
  }
}

/**
 * The goal's topics (see `goalOwnTopicIds`) plus every topic they require, directly or transitively.
 * In file order.
 */
export function goalTopicIds(curriculum: Curriculum, target: ResolvedRef | string): Set<string> {
  return requirementClosure(curriculum, goalOwnTopicIds(curriculum, target));
}

/** `ids` (unknown ids ignored) and every topic they require, directly or transitively; in file order. Linear. */
export function requirementClosure(curriculum: Curriculum, ids: Iterable<string>): Set<string> {
  const index = buildCurriculumIndex(curriculum);
  const n = index.topics.length;
  const inSet = new Uint8Array(n);
  const stack: number[] = [];
  for (const id of ids) {
    const position = index.topicPosition.get(id);
    if (position !== undefined && !inSet[position]) {
      inSet[position] = 1;
      stack.push(position);
    }
  }
  while (stack.length > 0) {
    const v = stack.pop()!;
    for (let k = index.requiresStart[v]!; k < index.requiresStart[v + 1]!; k++) {
      const w = index.requiresList[k]!;
      if (!inSet[w]) {
        inSet[w] = 1;
        stack.push(w);
      }
    }
  }
  const out = new Set<string>();
  for (let i = 0; i < n; i++) if (inSet[i]) out.add(index.topics[i]!.id);
  return out;
}
