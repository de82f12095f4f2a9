import { buildCurriculumIndex, type CurriculumIndex } from '../curriculum/index.js';
import type { Curriculum, Resource, Section, Topic } from '../curriculum/types.js';
import { requirementClosure } from './goal.js';
import type { CurriculumState, TopicProgress } from './state.js';

/** Why a topic is suggested, as data; `render/reasons.ts` puts it into words. */
export type Reason =
  | { kind: 'continues' }
  | { kind: 'unlocks'; count: number }
  | { kind: 'prerequisites-done'; topics: Topic[] }
  | { kind: 'no-prerequisites' }
  | { kind: 'optional' };

export interface Suggestion {
  topic: Topic;
  section: Section;
  /** A candidate is never complete or blocked. */
  state: 'in-progress' | 'available';
  /** Topics (optional ones too), other than this one and not complete, that require it directly or transitively. */
  unlocks: number;
  reasons: Reason[];
  /** Its unresolved required resources in file order; for a topic with no required resources, its unresolved optional ones. */
  resources: Resource[];
}

export interface NextOptions {
  /** How many suggestions at most (`-n`). */
  limit: number;
  /** Topic ids of a goal (`--goal`): only they and the topics they require (directly or transitively) are suggested. */
  goalTopics?: ReadonlySet<string> | readonly string[];
}

export interface NextResult {
  /** Every topic of the curriculum, optional ones too, is complete (also under a goal). */
  complete: boolean;
  /** A goal was given and every topic of it (with what it requires) is complete. */
  goalComplete: boolean;
  /** How many topics qualify (neither complete nor blocked, within the goal), before `limit`. */
  candidates: number;
  suggestions: Suggestion[];
}

/**
 * What to study next (the `next` contract). Candidates are the topics that are neither complete nor blocked
 * (within the goal, if any). They are ordered by, in turn: in progress before not started; non-optional before
 * optional; unlocks, largest first (counted over the whole curriculum, also under a goal); file order.
 *
 * Unlock counts are computed only for the candidates of the groups (in progress × optional) that the first
 * `limit` suggestions come from.
 */
export function suggestNext(curriculum: Curriculum, state: CurriculumState, options: NextOptions): NextResult {
  const index = buildCurriculumIndex(curriculum);
  const topics = index.topics;
  const n = topics.length;
  const limit = Math.max(0, Math.floor(options.limit));

  const progress = progressInFileOrder(index, state);
  const incomplete = new Uint8Array(n);
  let complete = true;
  for (let i = 0; i < n; i++) {
    if (!progress[i]?.complete) {
      incomplete[i] = 1;
      complete = false;
    }
  }

  let scope: Set<string> | undefined;
  let goalComplete = false;
  if (options.goalTopics !== undefined) {
    scope = requirementClosure(curriculum, options.goalTopics);
    goalComplete = true;
    for (const id of scope) {
      if (incomplete[index.topicPosition.get(id)!]) {
        goalComplete = false;
        break;
      }
    }
  }
  if (complete || goalComplete) return { complete, goalComplete, candidates: 0, suggestions: [] };

  // Groups in the order of the first two rules: [in progress, non-optional], [in progress, optional],
  // [not started, non-optional], [not started, optional]; each in file order.
  const groups: number[][] = [[], [], [], []];
  for (let i = 0; i < n; i++) {
    if (!incomplete[i]) continue;
    const topic = topics[i]!;
    const topicProgress = progress[i];
    if (!topicProgress || topicProgress.state === 'blocked' || topicProgress.state === 'complete') continue;
    if (scope && !scope.has(topic.id)) continue;
    groups[(topicProgress.inProgress ? 0 : 2) + (topic.optional ? 1 : 0)]!.push(i);
  }
  const candidates = groups.reduce((sum, group) => sum + group.length, 0);

  const needed: number[][] = [];
  let taken = 0;
  for (const group of groups) {
    if (taken >= limit) break;
    if (group.length === 0) continue;
    needed.push(group);
    taken += group.length;
  }
  const sources = needed.flat();
  const counts = unlockCounts(index, incomplete, sources);
  const unlocksOf = new Map<number, number>();
  sources.forEach((position, k) => unlocksOf.set(position, counts[k]!));

  // Stable sort: equal unlocks keep file order.
  const ordered = needed.flatMap((group) => [...group].sort((a, b) => unlocksOf.get(b)! - unlocksOf.get(a)!));

  const suggestions = ordered.slice(0, limit).map((position) => suggestion(index, state, topics[position]!, unlocksOf.get(position)!));
  return { complete, goalComplete, candidates, suggestions };
}

function suggestion(index: CurriculumIndex, state: CurriculumState, topic: Topic, unlocks: number): Suggestion {
  const progress = state.topics.get(topic.id)!;
  const reasons: Reason[] = [];
  if (progress.inProgress) reasons.push({ kind: 'continues' });
  if (unlocks > 0) reasons.push({ kind: 'unlocks', count: unlocks });
  const prerequisites = topic.requiredTopics.map((id) => index.getTopic(id)).filter((t): t is Topic => t !== undefined);
  reasons.push(prerequisites.length > 0 ? { kind: 'prerequisites-done', topics: prerequisites } : { kind: 'no-prerequisites' });
  if (topic.optional) reasons.push({ kind: 'optional' });
  return {
    topic,
    section: index.sectionOf(topic),
    state: progress.inProgress ? 'in-progress' : 'available',
    unlocks,
    reasons,
    resources: remainingResources(state, topic),
  };
}

/** Topic progress by position: the state's own array when it matches the curriculum, else looked up by id. */
function progressInFileOrder(index: CurriculumIndex, state: CurriculumState): readonly (TopicProgress | undefined)[] {
  if (state.inFileOrder.length === index.topics.length) return state.inFileOrder;
  return index.topics.map((topic) => state.topics.get(topic.id));
}

/** Unresolved required resources in file order; for a topic with no required resources, its unresolved optional ones. */
export function remainingResources(state: CurriculumState, topic: Topic): Resource[] {
  const hasRequired = topic.resources.some((resource) => !resource.optional);
  const progress = state.topics.get(topic.id)?.resources;
  return topic.resources.filter((resource, i) => resource.optional !== hasRequired && !progress?.[i]?.resolved);
}

/**
 * For each topic id (unknown ids are left out): how many topics, optional ones too, other than itself and not
 * complete, require it directly or transitively (through any topics, complete or not).
 */
export function countUnlocks(curriculum: Curriculum, state: CurriculumState, ids: Iterable<string>): Map<string, number> {
  const index = buildCurriculumIndex(curriculum);
  const n = index.topics.length;
  const progress = progressInFileOrder(index, state);
  const incomplete = new Uint8Array(n);
  for (let i = 0; i < n; i++) if (!progress[i]?.complete) incomplete[i] = 1;
  const sources: number[] = [];
  const seen = new Set<number>();
  for (const id of ids) {
    const position = index.topicPosition.get(id);
    if (position !== undefined && !seen.has(position)) {
      seen.add(position);
      sources.push(position);
    }
  }
  const counts = unlockCounts(index, incomplete, sources);
  return new Map(sources.map((position, k) => [index.topics[position]!.id, counts[k]!]));
}

/** Bitset memory per pass, in 32-bit words (16 MiB); more target bits are done in several passes. */
const MAX_WORDS = 1 << 22;

/**
 * `counts[k]`: the number of incomplete topics (`incomplete[position]` set) other than `sources[k]` reachable
 * from it along "is required by" edges; sources and results by topic position. `maxWords` is for tests.
 *
 * Exact transitive counting has no linear algorithm; this one costs about edges × targets / 32 word
 * operations whatever the shape of the graph or the number of sources (4.7 M for a random 10,000-topic
 * curriculum with 1.5 requirements per topic). Every topic reachable from a source gets a row of bits (one
 * per incomplete reachable topic), filled in reverse topological order as the union of its dependents' rows
 * plus the dependents themselves; a source's count is the popcount of its row. Memory is capped by doing the
 * target bits in passes. (One walk per source is faster for a few sources, but costs sources × edges: 20
 * times the bitsets' time when thousands of candidates lead into one shared part of the graph.)
 */
export function unlockCounts(
  index: CurriculumIndex,
  incomplete: Uint8Array,
  sources: readonly number[],
  maxWords: number = MAX_WORDS,
): number[] {
  const counts: number[] = new Array<number>(sources.length).fill(0);
  if (sources.length === 0) return counts;
  const n = index.topics.length;
  const start = index.dependentsStart;
  const list = index.dependentsList;

  // Everything reachable from a source.
  const reachable = new Uint8Array(n);
  const stack: number[] = [];
  for (const source of sources) {
    if (!reachable[source]) {
      reachable[source] = 1;
      stack.push(source);
    }
  }
  while (stack.length > 0) {
    const v = stack.pop()!;
    for (let e = start[v]!; e < start[v + 1]!; e++) {
      const w = list[e]!;
      if (!reachable[w]) {
        reachable[w] = 1;
        stack.push(w);
      }
    }
  }
  // Rows in topological order (prerequisites first); target bits for the incomplete ones, numbered in the same
  // order. A topic's dependents come after it, so row r only ever holds bits of targets after row r: words
  // below `fromWord[r]` are zero and skipped (about half the work).
  const row = new Int32Array(n);
  const bit = new Int32Array(n).fill(-1);
  const order: number[] = [];
  const fromWordOf: number[] = [];
  let targets = 0;
  for (const v of index.topologicalOrder) {
    if (!reachable[v]) continue;
    row[v] = order.length;
    order.push(v);
    if (incomplete[v]) bit[v] = targets++;
    fromWordOf.push(targets >>> 5);
  }
  if (targets === 0) return counts;

  const m = order.length;
  const fromWord = Int32Array.from(fromWordOf);
  const totalWords = (targets + 31) >>> 5;
  const stride = Math.max(1, Math.min(totalWords, Math.floor(maxWords / m)));
  const rows = new Uint32Array(m * stride);
  for (let firstWord = 0; firstWord < totalWords; firstWord += stride) {
    const words = Math.min(stride, totalWords - firstWord);
    const low = firstWord * 32;
    const high = low + words * 32;
    if (firstWord > 0) rows.fill(0);
    for (let r = m - 1; r >= 0; r--) {
      const v = order[r]!;
      const skip = fromWord[r]! - firstWord;
      if (skip >= words) continue;
      const base = r * stride;
      const from = skip > 0 ? skip : 0;
      for (let e = start[v]!; e < start[v + 1]!; e++) {
        const w = list[e]!;
        const other = row[w]! * stride;
        for (let j = from; j < words; j++) rows[base + j]! |= rows[other + j]!;
        const b = bit[w]!;
        if (b >= low && b < high) {
          const relative = b - low;
          rows[base + (relative >>> 5)]! |= 1 << (relative & 31);
        }
      }
    }
    for (let k = 0; k < sources.length; k++) {
      const r = row[sources[k]!]!;
      const skip = fromWord[r]! - firstWord;
      if (skip >= words) continue;
      const base = r * stride;
      let count = 0;
      for (let j = skip > 0 ? skip : 0; j < words; j++) count += popcount(rows[base + j]!);
      counts[k]! += count;
    }
  }
  return counts;
}

function popcount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  x = (x + (x >>> 4)) & 0x0f0f0f0f;
  return Math.imul(x, 0x01010101) >>> 24;
}
