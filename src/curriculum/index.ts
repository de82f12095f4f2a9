import type { Curriculum, Resource, Section, Topic } from './types.js';

/** One item of a curriculum, with what contains it. What a REF resolves to. */
export type CurriculumItem =
  | { kind: 'section'; section: Section }
  | { kind: 'topic'; topic: Topic; section: Section }
  | { kind: 'resource'; resource: Resource; topic: Topic; section: Section };

/**
 * Lookups over one curriculum, built once (see `buildCurriculumIndex`) and shared by every module that
 * needs them. Topics are identified by their position in file order (`topics[i]`); the prerequisite graph
 * is kept as compact adjacency arrays over those positions so the planning code can walk 10,000 topics
 * without allocating.
 */
export interface CurriculumIndex {
  readonly curriculum: Curriculum;
  readonly sections: readonly Section[];
  /** Every topic, in file order. */
  readonly topics: readonly Topic[];
  /** Every resource, in file order. */
  readonly resources: readonly Resource[];
  /** Live topic id → position in `topics`. */
  readonly topicPosition: ReadonlyMap<string, number>;
  readonly sectionById: ReadonlyMap<string, Section>;
  /**
   * The prerequisite graph in CSR form over topic positions. Topic `i` requires
   * `requiresList[requiresStart[i] .. requiresStart[i + 1])` (its `requiredTopics`, ids unknown to the
   * curriculum dropped); topic `i` is required by `dependentsList[dependentsStart[i] .. dependentsStart[i + 1])`.
   */
  readonly requiresStart: Int32Array;
  readonly requiresList: Int32Array;
  readonly dependentsStart: Int32Array;
  readonly dependentsList: Int32Array;
  /** Topic positions, every topic after all the topics it requires (prerequisites first). */
  readonly topologicalOrder: Int32Array;
  /** A topic by its live id. */
  getTopic(id: string): Topic | undefined;
  /** A topic by its live id or one of its former ids (`aliases`); a live id wins over another topic's alias. */
  findTopic(idOrAlias: string): Topic | undefined;
  /** The item a number names as `list` shows it: `2`, `2.3`, `2.3.1` (leading zeros allowed). */
  itemAtNumber(number: string): CurriculumItem | undefined;
  sectionOf(topic: Topic | string): Section;
  topicOf(resource: Resource | string): Topic;
  /** A resource of `topic` by its id or one of its aliases. */
  findResource(topic: Topic, idOrAlias: string): Resource | undefined;
}

const cache = new WeakMap<Curriculum, CurriculumIndex>();

/**
 * The index of `curriculum`, built on first use and memoised per curriculum object (a curriculum is
 * treated as immutable once built). Linear in the size of the curriculum.
 */
export function buildCurriculumIndex(curriculum: Curriculum): CurriculumIndex {
  let index = cache.get(curriculum);
  if (!index) {
    index = new Index(curriculum);
    cache.set(curriculum, index);
  }
  return index;
}

/**
 * What every planning command needs (topics, their positions, the prerequisite graph) is built at once; the
 * lookups of resources (by key, with their aliases) on first use of any of them, and topics' former ids on
 * first use of those, so `next` on 10,000 topics does not pay for 50,000 resource keys, nor `show 2.3` for any.
 */
class Index implements CurriculumIndex {
  readonly curriculum: Curriculum;
  readonly sections: readonly Section[];
  readonly topics: readonly Topic[];
  readonly topicPosition: ReadonlyMap<string, number>;
  readonly sectionById: ReadonlyMap<string, Section>;
  readonly requiresStart: Int32Array;
  readonly requiresList: Int32Array;
  readonly dependentsStart: Int32Array;
  readonly dependentsList: Int32Array;
  readonly topologicalOrder: Int32Array;

  private lookups: Lookups | undefined;
  private topicByAlias: Map<string, Topic> | undefined;

  constructor(curriculum: Curriculum) {
    this.curriculum = curriculum;
    this.sections = curriculum.sections;
    const topics: Topic[] = [];
    const topicPosition = new Map<string, number>();
    const sectionById = new Map<string, Section>();
    for (const section of curriculum.sections) {
      sectionById.set(section.id, section);
      for (const topic of section.topics) {
        topicPosition.set(topic.id, topics.length);
        topics.push(topic);
      }
    }
    this.topics = topics;
    this.topicPosition = topicPosition;
    this.sectionById = sectionById;

    const n = topics.length;
    const requiresStart = new Int32Array(n + 1);
    const requiresBuffer: number[] = [];
    const dependentCount = new Int32Array(n);
    for (let i = 0; i < n; i++) {
      requiresStart[i] = requiresBuffer.length;
      for (const id of topics[i]!.requiredTopics) {
        const position = topicPosition.get(id);
        if (position === undefined || position === i) continue;
        requiresBuffer.push(position);
        dependentCount[position]!++;
      }
    }
    requiresStart[n] = requiresBuffer.length;
    const requiresList = Int32Array.from(requiresBuffer);

    const dependentsStart = new Int32Array(n + 1);
    for (let i = 0; i < n; i++) dependentsStart[i + 1] = dependentsStart[i]! + dependentCount[i]!;
    const dependentsList = new Int32Array(requiresList.length);
    const fill = dependentsStart.slice(0, n);
    for (let i = 0; i < n; i++) {
      for (let k = requiresStart[i]!; k < requiresStart[i + 1]!; k++) {
        const prerequisite = requiresList[k]!;
        dependentsList[fill[prerequisite]!++] = i;
      }
    }
    this.requiresStart = requiresStart;
    this.requiresList = requiresList;
    this.dependentsStart = dependentsStart;
    this.dependentsList = dependentsList;
    this.topologicalOrder = topologicalSort(n, requiresStart, dependentsStart, dependentsList);
  }

  get resources(): readonly Resource[] {
    return this.lookup().resources;
  }

  getTopic(id: string): Topic | undefined {
    const position = this.topicPosition.get(id);
    return position === undefined ? undefined : this.topics[position];
  }

  findTopic(idOrAlias: string): Topic | undefined {
    return this.getTopic(idOrAlias) ?? (this.topicByAlias ??= aliasesOf(this.topics)).get(idOrAlias);
  }

  /**
   * Numbers are positions (src/curriculum/buildModel.ts and course.ts number sections, topics and resources
   * from 1 in file order), so a number is three array lookups, not a map of every item.
   */
  itemAtNumber(number: string): CurriculumItem | undefined {
    const [s, t, r] = number.split('.').map((part) => Number.parseInt(part, 10) - 1) as [number, number?, number?];
    const section = this.sections[s];
    if (!section || t === undefined) return section && { kind: 'section', section };
    const topic = section.topics[t];
    if (!topic || r === undefined) return topic && { kind: 'topic', topic, section };
    const resource = topic.resources[r];
    return resource && { kind: 'resource', resource, topic, section };
  }

  sectionOf(topic: Topic | string): Section {
    const sectionId = typeof topic === 'string' ? this.findTopic(topic)?.section : topic.section;
    const section = sectionId === undefined ? undefined : this.sectionById.get(sectionId);
    if (!section) throw new Error(`no section for topic ${typeof topic === 'string' ? topic : topic.id}`);
    return section;
  }

  topicOf(resource: Resource | string): Topic {
    const ref = typeof resource === 'string' ? resource : resource.ref;
    const topic = this.lookup().topicOfRef.get(ref);
    if (!topic) throw new Error(`no topic for resource ${ref}`);
    return topic;
  }

  findResource(topic: Topic, idOrAlias: string): Resource | undefined {
    return this.lookup().resourceByKey.get(`${topic.id}/${idOrAlias}`);
  }

  private lookup(): Lookups {
    this.lookups ??= buildLookups(this.curriculum, this.topics);
    return this.lookups;
  }
}

interface Lookups {
  resources: Resource[];
  /** `LIVE_TOPIC_ID/RESOURCE_ID_OR_ALIAS` → resource. */
  resourceByKey: Map<string, Resource>;
  topicOfRef: Map<string, Topic>;
}

/** Topics by their former ids; the first topic to claim an alias keeps it (a live id is looked up first). */
function aliasesOf(topics: readonly Topic[]): Map<string, Topic> {
  const byAlias = new Map<string, Topic>();
  for (const topic of topics) for (const alias of topic.aliases) if (!byAlias.has(alias)) byAlias.set(alias, topic);
  return byAlias;
}

function buildLookups(curriculum: Curriculum, topics: readonly Topic[]): Lookups {
  const resources: Resource[] = [];
  const resourceByKey = new Map<string, Resource>();
  const topicOfRef = new Map<string, Topic>();
  for (const section of curriculum.sections) {
    for (const topic of section.topics) {
      for (const resource of topic.resources) {
        resources.push(resource);
        topicOfRef.set(resource.ref, topic);
        resourceByKey.set(resource.ref, resource);
      }
    }
  }
  // Aliases after every live id, so that a live id always wins.
  for (const topic of topics) {
    for (const resource of topic.resources) {
      for (const alias of resource.aliases) {
        const key = `${topic.id}/${alias}`;
        if (!resourceByKey.has(key)) resourceByKey.set(key, resource);
      }
    }
  }
  return { resources, resourceByKey, topicOfRef };
}

/** Kahn's algorithm. Topics on a cycle (only in a curriculum that skipped validation) come last, in file order. */
function topologicalSort(n: number, requiresStart: Int32Array, dependentsStart: Int32Array, dependentsList: Int32Array): Int32Array {
  const order = new Int32Array(n);
  const waiting = new Int32Array(n);
  let tail = 0;
  for (let i = 0; i < n; i++) {
    waiting[i] = requiresStart[i + 1]! - requiresStart[i]!;
    if (waiting[i] === 0) order[tail++] = i;
  }
  for (let head = 0; head < tail; head++) {
    const v = order[head]!;
    for (let k = dependentsStart[v]!; k < dependentsStart[v + 1]!; k++) {
      const w = dependentsList[k]!;
      if (--waiting[w]! === 0) order[tail++] = w;
    }
  }
  if (tail < n) for (let i = 0; i < n; i++) if (waiting[i]! > 0) order[tail++] = i;
  return order;
}

/** The key progress and notes are stored under: a section or topic id, or a resource's `TOPIC/RESOURCE`. */
export function itemKey(item: CurriculumItem): string {
  switch (item.kind) {
    case 'section':
      return item.section.id;
    case 'topic':
      return item.topic.id;
    case 'resource':
      return item.resource.ref;
  }
}

/**
 * The item an id path names: `SECTION`, `TOPIC` or `TOPIC/RESOURCE`, where a topic or resource may also be
 * named by a former id the curriculum keeps in `aliases` (so progress, notes and history follow a rename).
 * Live ids win over aliases. The one lookup behind REFs written as ids and keys stored in the database.
 */
export function itemById(curriculum: Curriculum, path: string): CurriculumItem | undefined {
  const index = buildCurriculumIndex(curriculum);
  // Live ids through the topic's position, not the maps of every resource: describing a few events
  // (status, log) should not cost building lookups of 50,000 resources. Former ids only when that fails.
  const slash = path.indexOf('/');
  const topicId = slash < 0 ? path : path.slice(0, slash);
  const live = index.getTopic(topicId);
  if (!live && slash < 0) {
    const section = index.sectionById.get(path);
    if (section) return { kind: 'section', section };
  }
  const topic = live ?? index.findTopic(topicId);
  if (!topic) return undefined;
  if (slash < 0) return { kind: 'topic', topic, section: index.sectionOf(topic) };
  const resourceId = path.slice(slash + 1);
  if (resourceId.includes('/')) return undefined;
  const resource = topic.resources.find((candidate) => candidate.id === resourceId) ?? index.findResource(topic, resourceId);
  return resource ? { kind: 'resource', resource, topic, section: index.sectionOf(topic) } : undefined;
}

/** Whether `item` is `container` or inside it (a topic of a section, a resource of a topic or section). */
export function isWithin(item: CurriculumItem, container: CurriculumItem): boolean {
  switch (container.kind) {
    case 'section':
      return item.section === container.section;
    case 'topic':
      return item.kind !== 'section' && item.topic === container.topic;
    case 'resource':
      return item.kind === 'resource' && item.resource === container.resource;
  }
}

/** `2.3  Title` style facts about an item, whatever its kind. */
export function itemFacts(item: CurriculumItem): { number: string; title: string; id: string } {
  switch (item.kind) {
    case 'section':
      return { number: item.section.number, title: item.section.title, id: item.section.id };
    case 'topic':
      return { number: item.topic.number, title: item.topic.title, id: item.topic.id };
    case 'resource':
      return { number: item.resource.number, title: item.resource.title, id: item.resource.ref };
  }
}
