import { buildCurriculumIndex } from '../curriculum/index.js';
import type { Curriculum, Section } from '../curriculum/types.js';
import type { Status } from '../model/progress.js';

/** The first that holds, in this order. */
export type TopicState = 'complete' | 'blocked' | 'in-progress' | 'available';

export interface ResourceProgress {
  status: Status;
  /** Done or skipped, or its topic is done or skipped. */
  resolved: boolean;
}

export interface TopicProgress {
  status: Status;
  /** Marked done or skipped, or it has ≥ 1 required resource and every required resource is resolved. */
  complete: boolean;
  /** Not complete, and it or any of its resources (optional ones too) is started, done or skipped. */
  inProgress: boolean;
  /** The ids of the topics it requires (`requiredTopics`) that are not complete, in order. */
  blockedBy: readonly string[];
  state: TopicState;
  /** The progress of each of its resources, aligned with `topic.resources` (file order). */
  resources: readonly ResourceProgress[];
}

export interface CurriculumState {
  /** By topic id. */
  readonly topics: ReadonlyMap<string, TopicProgress>;
  /** The same, in file order (aligned with `buildCurriculumIndex(curriculum).topics`). */
  readonly inFileOrder: readonly TopicProgress[];
  /**
   * By resource ref (`TOPIC/RESOURCE`). Built on first use: code that walks topics should prefer
   * `topics.get(id).resources[i]`, which costs no map of 50,000 keys.
   */
  readonly resources: ReadonlyMap<string, ResourceProgress>;
}

/** Done or skipped: what resolves an item (a topic so marked resolves its resources too). */
export const isResolvedStatus = (status: Status) => status === 'done' || status === 'skipped';

/** The eight possible resource progress values, shared (frozen) rather than allocated per resource. */
const RESOURCE_PROGRESS = Object.fromEntries(
  (['todo', 'started', 'done', 'skipped'] as const).map((status) => [
    status,
    [Object.freeze({ status, resolved: false }), Object.freeze({ status, resolved: true })],
  ]),
) as Record<Status, [ResourceProgress, ResourceProgress]>;

/** Resource progress of a topic none of whose resources has a record, shared per length. */
const UNTOUCHED: [ResourceProgress[][], ResourceProgress[][]] = [[], []];
function untouched(length: number, topicResolved: boolean): readonly ResourceProgress[] {
  const cache = UNTOUCHED[topicResolved ? 1 : 0];
  return (cache[length] ??= Object.freeze(new Array<ResourceProgress>(length).fill(RESOURCE_PROGRESS.todo[topicResolved ? 1 : 0])) as ResourceProgress[]);
}
const NOT_BLOCKED: readonly string[] = Object.freeze([]);

/** Above this many resources, a topic's resources are found by a map rather than a scan. */
const SCAN_UP_TO = 16;

/**
 * Derives the state of every topic and resource from their statuses (as `resolveStatuses` gives them:
 * by live key; a missing key is `todo`; keys that are no live topic or resource are ignored).
 * Linear in the size of the curriculum plus the number of statuses; only the statuses are looked up, so a
 * curriculum with little progress costs little more than its topics.
 */
export function curriculumState(curriculum: Curriculum, statuses: ReadonlyMap<string, Status>): CurriculumState {
  const index = buildCurriculumIndex(curriculum);
  const all = index.topics;
  const n = all.length;

  // Statuses by topic position, and by resource position within its topic (only topics that have any).
  const topicStatus = new Array<Status>(n).fill('todo');
  const resourceStatus = new Array<Status[] | undefined>(n);
  const bigTopics = new Map<number, Map<string, number>>();
  for (const [key, status] of statuses) {
    if (status === 'todo') continue;
    const slash = key.indexOf('/');
    if (slash < 0) {
      const position = index.topicPosition.get(key);
      if (position !== undefined) topicStatus[position] = status;
      continue;
    }
    const position = index.topicPosition.get(key.slice(0, slash));
    if (position === undefined) continue;
    const resources = all[position]!.resources;
    let i: number | undefined;
    if (resources.length <= SCAN_UP_TO) {
      for (let k = 0; k < resources.length; k++) {
        if (resources[k]!.ref === key) {
          i = k;
          break;
        }
      }
    } else {
      let byRef = bigTopics.get(position);
      if (!byRef) bigTopics.set(position, (byRef = new Map(resources.map((resource, k) => [resource.ref, k]))));
      i = byRef.get(key);
    }
    if (i === undefined) continue;
    (resourceStatus[position] ??= new Array<Status>(resources.length).fill('todo'))[i] = status;
  }

  const topics = new Map<string, TopicProgress>();
  const progressAt = new Array<TopicProgress>(n);
  for (let p = 0; p < n; p++) {
    const topic = all[p]!;
    const status = topicStatus[p]!;
    const topicResolved = isResolvedStatus(status);
    const recorded = resourceStatus[p];
    let complete = topicResolved;
    let touched = status !== 'todo';
    let resources: readonly ResourceProgress[];
    if (!recorded) {
      resources = untouched(topic.resources.length, topicResolved);
    } else {
      let required = 0;
      let requiredResolved = 0;
      const list = new Array<ResourceProgress>(recorded.length);
      for (let i = 0; i < recorded.length; i++) {
        const resourceStatus = recorded[i]!;
        const resolved = topicResolved || isResolvedStatus(resourceStatus);
        list[i] = RESOURCE_PROGRESS[resourceStatus][resolved ? 1 : 0];
        if (resourceStatus !== 'todo') touched = true;
        if (!topic.resources[i]!.optional) {
          required++;
          if (resolved) requiredResolved++;
        }
      }
      resources = list;
      complete = topicResolved || (required > 0 && requiredResolved === required);
    }
    const progress: TopicProgress = { status, complete, inProgress: !complete && touched, blockedBy: NOT_BLOCKED, state: 'available', resources };
    progressAt[p] = progress;
    topics.set(topic.id, progress);
  }

  const { requiresStart, requiresList } = index;
  for (let p = 0; p < n; p++) {
    const progress = progressAt[p]!;
    let blockedBy: string[] | undefined;
    for (let k = requiresStart[p]!; k < requiresStart[p + 1]!; k++) {
      const q = requiresList[k]!;
      if (!progressAt[q]!.complete) (blockedBy ??= []).push(all[q]!.id);
    }
    if (blockedBy) progress.blockedBy = blockedBy;
    progress.state = progress.complete ? 'complete' : blockedBy ? 'blocked' : progress.inProgress ? 'in-progress' : 'available';
  }

  let resourcesByRef: Map<string, ResourceProgress> | undefined;
  return {
    topics,
    inFileOrder: progressAt,
    get resources() {
      if (!resourcesByRef) {
        resourcesByRef = new Map();
        for (let p = 0; p < n; p++) {
          const progress = progressAt[p]!.resources;
          all[p]!.resources.forEach((resource, i) => resourcesByRef!.set(resource.ref, progress[i]!));
        }
      }
      return resourcesByRef;
    },
  };
}

export interface ProgressCounts {
  /** Non-optional topics. `done + skipped === complete`. */
  topics: { total: number; complete: number; done: number; skipped: number };
  /** Non-optional resources of non-optional topics. `done + skipped === resolved`. */
  resources: { total: number; resolved: number; done: number; skipped: number };
}

export interface SectionProgressFigures extends ProgressCounts {
  id: string;
  number: string;
  title: string;
}

export interface ProgressFigures extends ProgressCounts {
  sections: SectionProgressFigures[];
}

/**
 * Progress figures, overall and per section. They count only non-optional topics, and the non-optional
 * resources of non-optional topics; optional items are counted in neither.
 *
 * Done and skipped are shown apart so that a skip never passes for learning. What the user marked on the
 * item itself decides; only an item completed through something else borrows that:
 * - a topic marked skipped is "skipped", marked done is "done"; a topic complete through its resources is
 *   "done" when at least one of its required resources was marked done, "skipped" when all were skipped;
 * - a resource marked done is "done", marked skipped is "skipped"; a resource resolved only through its
 *   topic counts as its topic was marked (done or skipped).
 * So `done + skipped` always equals `complete` (topics) and `resolved` (resources).
 */
export function progressFigures(curriculum: Curriculum, state: CurriculumState): ProgressFigures {
  const overall = emptyCounts();
  const sections: SectionProgressFigures[] = [];
  for (const section of curriculum.sections) {
    const counts = sectionCounts(section, state);
    sections.push({ id: section.id, number: section.number, title: section.title, ...counts });
    overall.topics.total += counts.topics.total;
    overall.topics.complete += counts.topics.complete;
    overall.topics.done += counts.topics.done;
    overall.topics.skipped += counts.topics.skipped;
    overall.resources.total += counts.resources.total;
    overall.resources.resolved += counts.resources.resolved;
    overall.resources.done += counts.resources.done;
    overall.resources.skipped += counts.resources.skipped;
  }
  return { ...overall, sections };
}

function emptyCounts(): ProgressCounts {
  return { topics: { total: 0, complete: 0, done: 0, skipped: 0 }, resources: { total: 0, resolved: 0, done: 0, skipped: 0 } };
}

function sectionCounts(section: Section, state: CurriculumState): ProgressCounts {
  const counts = emptyCounts();
  for (const topic of section.topics) {
    if (topic.optional) continue;
    const progress = state.topics.get(topic.id);
    const topicStatus = progress?.status ?? 'todo';
    counts.topics.total++;
    let anyResourceDone = false;
    topic.resources.forEach((resource, i) => {
      if (resource.optional) return;
      const resourceProgress = progress?.resources[i];
      counts.resources.total++;
      if (!resourceProgress?.resolved) return;
      counts.resources.resolved++;
      const marked = resourceProgress.status === 'done' || resourceProgress.status === 'skipped' ? resourceProgress.status : topicStatus;
      if (marked === 'skipped') counts.resources.skipped++;
      else counts.resources.done++;
      if (resourceProgress.status === 'done') anyResourceDone = true;
    });
    if (progress?.complete) {
      counts.topics.complete++;
      const skipped = topicStatus === 'skipped' || (topicStatus !== 'done' && !anyResourceDone);
      if (skipped) counts.topics.skipped++;
      else counts.topics.done++;
    }
  }
  return counts;
}
