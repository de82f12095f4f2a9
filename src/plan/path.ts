import { buildCurriculumIndex } from '../curriculum/index.js';
import type { ResolvedRef } from '../curriculum/resolveRef.js';
import type { Curriculum, Resource, Section, Topic } from '../curriculum/types.js';
import { goalOwnTopicIds, requirementClosure } from './goal.js';
import type { CurriculumState, TopicState } from './state.js';

export interface PathStep {
  topic: Topic;
  section: Section;
  state: TopicState;
  /** One of the topics the goal names (rather than one it requires). */
  goal: boolean;
  /** Unresolved required resources, file order. */
  resources: Resource[];
  /** Unresolved optional resources, file order (not counted in the effort). */
  optionalResources: Resource[];
  /** Sum of `minutes` of `resources`. */
  minutes: number;
  /** How many of `resources` have no `minutes` estimate. */
  unestimated: number;
}

export interface Path {
  /** The ids of the topics the goal names. */
  goalTopics: string[];
  /** Remaining topics, every one after all the topics it requires; ties in file order. */
  steps: PathStep[];
  /** Every topic of the goal, with what it requires, is complete. */
  complete: boolean;
  effort: {
    topics: number;
    /** Remaining required resources. */
    resources: number;
    minutes: number;
    /** Remaining required resources without an estimate. */
    unestimated: number;
  };
}

/**
 * The ordered plan of the remaining (not complete) topics that lead to a goal, the goal's own topics
 * included: a topological order of the incomplete topics among the goal and everything it requires,
 * ties broken by file order (Kahn's algorithm with a heap), each with its unresolved resources and effort.
 *
 * `goal`: a resolved REF (a section: all its topics, optional ones too; a resource: its topic), or the topic
 * ids the goal names.
 */
export function planPath(curriculum: Curriculum, state: CurriculumState, goal: ResolvedRef | Iterable<string>): Path {
  const index = buildCurriculumIndex(curriculum);
  const goalTopics = isRef(goal) ? goalOwnTopicIds(curriculum, goal) : [...goal].filter((id) => index.topicPosition.has(id));
  const goalSet = new Set(goalTopics);
  const scope = requirementClosure(curriculum, goalTopics);

  const n = index.topics.length;
  const remaining = new Uint8Array(n);
  const positions: number[] = [];
  for (const id of scope) {
    if (state.topics.get(id)?.complete) continue;
    const position = index.topicPosition.get(id)!;
    remaining[position] = 1;
    positions.push(position);
  }

  // Kahn over the remaining topics only: a complete prerequisite no longer constrains anything.
  const waiting = new Int32Array(n);
  const heap = new MinHeap();
  for (const v of positions) {
    let count = 0;
    for (let k = index.requiresStart[v]!; k < index.requiresStart[v + 1]!; k++) if (remaining[index.requiresList[k]!]) count++;
    waiting[v] = count;
    if (count === 0) heap.push(v);
  }
  const order: number[] = [];
  while (heap.size > 0) {
    const v = heap.pop();
    order.push(v);
    for (let k = index.dependentsStart[v]!; k < index.dependentsStart[v + 1]!; k++) {
      const w = index.dependentsList[k]!;
      if (remaining[w] && --waiting[w]! === 0) heap.push(w);
    }
  }
  // Only a curriculum with a cycle (never a validated one) leaves topics behind; keep them, in file order.
  if (order.length < positions.length) {
    const placed = new Uint8Array(n);
    for (const v of order) placed[v] = 1;
    for (const v of positions.sort((a, b) => a - b)) if (!placed[v]) order.push(v);
  }

  const effort = { topics: order.length, resources: 0, minutes: 0, unestimated: 0 };
  const steps = order.map((position): PathStep => {
    const topic = index.topics[position]!;
    const resources: Resource[] = [];
    const optionalResources: Resource[] = [];
    let minutes = 0;
    let unestimated = 0;
    const progress = state.topics.get(topic.id)?.resources;
    for (let i = 0; i < topic.resources.length; i++) {
      const resource = topic.resources[i]!;
      if (progress?.[i]?.resolved) continue;
      if (resource.optional) {
        optionalResources.push(resource);
        continue;
      }
      resources.push(resource);
      if (resource.minutes === undefined) unestimated++;
      else minutes += resource.minutes;
    }
    effort.resources += resources.length;
    effort.minutes += minutes;
    effort.unestimated += unestimated;
    return {
      topic,
      section: index.sectionOf(topic),
      state: state.topics.get(topic.id)?.state ?? 'available',
      goal: goalSet.has(topic.id),
      resources,
      optionalResources,
      minutes,
      unestimated,
    };
  });
  return { goalTopics, steps, complete: steps.length === 0, effort };
}

function isRef(goal: ResolvedRef | Iterable<string>): goal is ResolvedRef {
  return typeof goal === 'object' && goal !== null && 'kind' in goal && !(Symbol.iterator in goal);
}

/** A binary min-heap of numbers (topic positions = file order). */
class MinHeap {
  private readonly items: number[] = [];

  get size(): number {
    return this.items.length;
  }

  push(value: number): void {
    const items = this.items;
    let i = items.length;
    items.push(value);
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (items[parent]! <= value) break;
      items[i] = items[parent]!;
      i = parent;
    }
    items[i] = value;
  }

  pop(): number {
    const items = this.items;
    const top = items[0]!;
    const last = items.pop()!;
    if (items.length > 0) {
      let i = 0;
      const size = items.length;
      for (;;) {
        const left = 2 * i + 1;
        if (left >= size) break;
        const right = left + 1;
        const child = right < size && items[right]! < items[left]! ? right : left;
        if (items[child]! >= last) break;
        items[i] = items[child]!;
        i = child;
      }
      items[i] = last;
    }
    return top;
  }
}
