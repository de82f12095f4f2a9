import type { Curriculum, Resource, Section, Topic } from '../../../src/curriculum/types.js';
import type { Status, StatusRecord } from '../../../src/model/progress.js';

export interface ResourceSpec {
  id: string;
  title?: string;
  optional?: boolean;
  minutes?: number;
  aliases?: string[];
}

export interface TopicSpec {
  id: string;
  title?: string;
  requires?: string[];
  optional?: boolean;
  aliases?: string[];
  /** `'r'`, `'r?'` (optional) or a full spec. */
  resources?: (string | ResourceSpec)[];
}

export interface SectionSpec {
  id: string;
  title?: string;
  /** A topic as a spec, or as a string `'id'`, `'id?'` (optional), `'id < a b'` (requires a and b). */
  topics: (string | TopicSpec)[];
}

/**
 * A Curriculum built directly, as the loader would produce it (numbers, refs, `requiredTopics` with section
 * ids expanded to their non-optional topics), without YAML or validation.
 *
 *   buildCurriculum([{ id: 's1', topics: ['a', { id: 'b', requires: ['a'], resources: ['r1', 'r2?'] }] }])
 */
export function buildCurriculum(sections: SectionSpec[], id = 'test'): Curriculum {
  const built: Section[] = sections.map((sectionSpec, s) => ({
    id: sectionSpec.id,
    number: `${s + 1}`,
    title: sectionSpec.title ?? `Section ${sectionSpec.id}`,
    topics: sectionSpec.topics.map((topicInput, t) => {
      const spec = typeof topicInput === 'string' ? parseTopic(topicInput) : topicInput;
      const number = `${s + 1}.${t + 1}`;
      const topic: Topic = {
        id: spec.id,
        number,
        title: spec.title ?? `Topic ${spec.id}`,
        section: sectionSpec.id,
        requires: spec.requires ?? [],
        requiredTopics: [],
        optional: spec.optional ?? false,
        aliases: spec.aliases ?? [],
        resources: (spec.resources ?? []).map((resourceInput, r): Resource => {
          const resource = typeof resourceInput === 'string' ? parseResource(resourceInput) : resourceInput;
          const built: Resource = {
            id: resource.id,
            ref: `${spec.id}/${resource.id}`,
            number: `${number}.${r + 1}`,
            title: resource.title ?? `Resource ${resource.id}`,
            url: `https://example.com/${spec.id}/${resource.id}`,
            optional: resource.optional ?? false,
            aliases: resource.aliases ?? [],
          };
          if (resource.minutes !== undefined) built.minutes = resource.minutes;
          return built;
        }),
      };
      return topic;
    }),
  }));
  const byId = new Map(built.map((section) => [section.id, section]));
  for (const section of built) {
    for (const topic of section.topics) {
      const expanded: string[] = [];
      for (const required of topic.requires) {
        const requiredSection = byId.get(required);
        if (requiredSection) {
          for (const t of requiredSection.topics) if (!t.optional) expanded.push(t.id);
        } else expanded.push(required);
      }
      topic.requiredTopics = [...new Set(expanded)];
    }
  }
  return { schema: 1, id, title: `Curriculum ${id}`, sections: built };
}

function parseTopic(text: string): TopicSpec {
  const [head, tail] = text.split('<').map((part) => part.trim()) as [string, string?];
  const optional = head.endsWith('?');
  return { id: optional ? head.slice(0, -1) : head, optional, requires: tail ? tail.split(/\s+/).filter(Boolean) : [] };
}

function parseResource(text: string): ResourceSpec {
  return text.endsWith('?') ? { id: text.slice(0, -1), optional: true } : { id: text };
}

/** `statuses({ a: 'done', 'b/r1': 'skipped' })`: a status map as `resolveStatuses` returns it (missing = todo). */
export function statuses(entries: Record<string, Status>): Map<string, Status> {
  return new Map(Object.entries(entries));
}

/** `records({ a: ['done', '2026-01-01T00:00:00.000Z'] })`. */
export function records(entries: Record<string, [Status, string]>): Map<string, StatusRecord> {
  return new Map(Object.entries(entries).map(([key, [status, at]]) => [key, { status, at }]));
}

/** A small deterministic PRNG (mulberry32): the same seed gives the same curriculum. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface RandomCurriculumOptions {
  topics: number;
  seed: number;
  sections?: number;
  /** Each topic requires 0…maxRequires topics placed earlier in a random "rank" order (not file order). */
  maxRequires?: number;
  /** Ranks follow file order (every requirement points to an earlier topic in the file). */
  requiresEarlierInFile?: boolean;
  maxResources?: number;
  optionalTopicRate?: number;
  optionalResourceRate?: number;
  /** Chance that a topic also requires a whole section, when that keeps the graph acyclic. */
  sectionRequireRate?: number;
}

/** A random acyclic curriculum. */
export function randomCurriculum(options: RandomCurriculumOptions): Curriculum {
  const random = prng(options.seed);
  const n = options.topics;
  const sectionCount = Math.max(1, Math.min(options.sections ?? Math.ceil(n / 8), n));
  const maxRequires = options.maxRequires ?? 3;
  const maxResources = options.maxResources ?? 3;
  const pick = (k: number) => Math.floor(random() * k);

  // rank[i]: topic i may only require topics of lower rank, so the graph is acyclic.
  const rank = Array.from({ length: n }, (_, i) => i);
  if (!options.requiresEarlierInFile) {
    for (let i = n - 1; i > 0; i--) {
      const j = pick(i + 1);
      [rank[i], rank[j]] = [rank[j]!, rank[i]!];
    }
  }
  const byRank = new Array<number>(n);
  rank.forEach((r, i) => (byRank[r] = i));

  const sectionOfTopic = Array.from({ length: n }, (_, i) => Math.min(sectionCount - 1, Math.floor((i * sectionCount) / n)));
  const optional = Array.from({ length: n }, () => random() < (options.optionalTopicRate ?? 0.15));
  const specs: TopicSpec[] = Array.from({ length: n }, (_, i) => {
    const requires = new Set<string>();
    const r = rank[i]!;
    const count = r === 0 ? 0 : pick(maxRequires + 1);
    for (let k = 0; k < count; k++) requires.add(`t${byRank[pick(r)]!}`);
    if (random() < (options.sectionRequireRate ?? 0.05)) {
      const s = pick(sectionCount);
      const members = sectionOfTopic.flatMap((sec, j) => (sec === s && !optional[j] ? [j] : []));
      if (s !== sectionOfTopic[i] && members.every((j) => rank[j]! < r)) requires.add(`s${s}`);
    }
    const resources: ResourceSpec[] = Array.from({ length: pick(maxResources + 1) }, (_, k) => {
      const resource: ResourceSpec = { id: `r${k}`, optional: random() < (options.optionalResourceRate ?? 0.2) };
      if (random() < 0.7) resource.minutes = 5 + pick(120);
      return resource;
    });
    return { id: `t${i}`, title: `Topic ${i}`, requires: [...requires], optional: optional[i]!, resources };
  });
  return buildCurriculum(
    Array.from({ length: sectionCount }, (_, s) => ({
      id: `s${s}`,
      topics: specs.filter((_, i) => sectionOfTopic[i] === s),
    })),
    `random-${options.seed}`,
  );
}

const STATUS_CHOICES: Status[] = ['todo', 'started', 'done', 'skipped'];

/** Random statuses for the topics and resources of `curriculum`; `rate` = chance an item is not todo. */
export function randomStatuses(curriculum: Curriculum, seed: number, rate = 0.3): Map<string, Status> {
  const random = prng(seed ^ 0x9e3779b9);
  const out = new Map<string, Status>();
  const draw = (): Status => (random() < rate ? STATUS_CHOICES[1 + Math.floor(random() * 3)]! : 'todo');
  for (const section of curriculum.sections) {
    for (const topic of section.topics) {
      const status = draw();
      if (status !== 'todo') out.set(topic.id, status);
      for (const resource of topic.resources) {
        const resourceStatus = draw();
        if (resourceStatus !== 'todo') out.set(resource.ref, resourceStatus);
      }
    }
  }
  return out;
}
