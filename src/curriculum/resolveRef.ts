import { usageError, RoadmapError } from '../errors.js';
import { neutralizeControlCharacters } from '../controlCharacters.js';
import { messages } from '../messages/index.js';
import { editDistance } from './editDistance.js';
import { buildCurriculumIndex, itemById, itemFacts, type CurriculumIndex, type CurriculumItem } from './index.js';
import type { Curriculum } from './types.js';

export type ResolvedRef = CurriculumItem;

/** How many matches an ambiguous REF lists before "… and N more". */
const MAX_LISTED = 10;
/** How many "did you mean" suggestions an unknown REF gets. */
const MAX_SUGGESTIONS = 3;

const NUMBER = /^\d+(?:\.\d+){0,2}$/;

/**
 * Resolves what the user typed to one item, in the order of precedence of the REF contract:
 * 1. an id path: `SECTION`, `TOPIC` or `TOPIC/RESOURCE`, aliases of topics and resources accepted
 *    (an old topic id with a resource id or alias too);
 * 2. a number as `list` shows it: `2`, `2.3`, `2.3.1`;
 * 3. text: a case-insensitive substring of titles and ids. One match → it (an exact title or id match
 *    wins over mere substrings); several → a usage error listing them; none → a usage error with the
 *    closest ids and titles.
 * Throws a `RoadmapError` with exit code 2 (usage) for an unknown or ambiguous REF.
 */
export function resolveRef(curriculum: Curriculum, input: string): ResolvedRef {
  const index = buildCurriculumIndex(curriculum);
  const text = input.trim();
  if (text === '') throw usageError(messages().curriculum.refs.empty, [messages().curriculum.refs.emptyHint]);

  const byId = itemById(curriculum, text);
  if (byId) return byId;

  if (NUMBER.test(text)) return resolveNumber(index, text);

  return resolveText(index, text);
}

/**
 * Resolves every input, in order (duplicates kept: the caller decides what naming an item twice means).
 * If any is unknown or ambiguous, throws one usage error that reports all of them, so that a command
 * can record nothing unless every REF is good.
 */
export function resolveRefs(curriculum: Curriculum, inputs: readonly string[]): ResolvedRef[] {
  const resolved: ResolvedRef[] = [];
  const failures: RoadmapError[] = [];
  for (const input of inputs) {
    try {
      resolved.push(resolveRef(curriculum, input));
    } catch (error) {
      if (error instanceof RoadmapError) failures.push(error);
      else throw error;
    }
  }
  if (failures.length === 0) return resolved;
  if (failures.length === 1) throw failures[0]!;
  const lines: string[] = [];
  for (const failure of failures) {
    lines.push(failure.lines[0]!);
    for (const line of failure.lines.slice(1)) lines.push(`  ${line}`);
  }
  throw usageError(messages().curriculum.refs.someFailed({ failed: failures.length, total: inputs.length }), lines.map((line) => `  ${line}`));
}

function resolveNumber(index: CurriculumIndex, text: string): ResolvedRef {
  const item = index.itemAtNumber(text);
  if (item) return item;
  const parts = text.split('.').map((part) => Number.parseInt(part, 10));

  const sections = index.sections;
  const [s, t] = parts as [number, number?, number?];
  const section = sections[s - 1];
  const words = messages().curriculum.refs;
  let hint: string;
  if (!section || s < 1) {
    hint = sections.length === 1 ? words.onlySectionOne : words.sectionsNumbered({ count: sections.length });
  } else if (t !== undefined && (t < 1 || !section.topics[t - 1])) {
    const count = section.topics.length;
    hint = count === 0 ? words.sectionNoTopics({ section: s }) : count === 1 ? words.sectionOneTopic({ section: s }) : words.sectionTopics({ section: s, count });
  } else {
    const topic = section.topics[(t ?? 1) - 1]!;
    const count = topic.resources.length;
    const n = topic.number;
    hint = count === 0 ? words.topicNoResources({ topic: n }) : count === 1 ? words.topicOneResource({ topic: n }) : words.topicResources({ topic: n, count });
  }
  throw usageError(words.noNumber({ ref: text, hint }), [words.seeNumbers]);
}

interface Candidate {
  item: CurriculumItem;
  /** Lower-cased, NFKC-normalised strings the text is matched against. */
  keys: string[];
}

const candidateCache = new WeakMap<CurriculumIndex, Candidate[]>();

/** Every item with its folded title and id, in file order; built once per curriculum. */
function candidates(index: CurriculumIndex): Candidate[] {
  let list = candidateCache.get(index);
  if (!list) {
    list = [];
    for (const section of index.sections) {
      list.push({ item: { kind: 'section', section }, keys: [fold(section.title), fold(section.id)] });
      for (const topic of section.topics) {
        list.push({ item: { kind: 'topic', topic, section }, keys: [fold(topic.title), fold(topic.id)] });
        for (const resource of topic.resources) {
          list.push({ item: { kind: 'resource', resource, topic, section }, keys: [fold(resource.title), fold(resource.id)] });
        }
      }
    }
    candidateCache.set(index, list);
  }
  return list;
}

function resolveText(index: CurriculumIndex, text: string): ResolvedRef {
  const words = messages().curriculum.refs;
  const needle = fold(text);
  const matches: CurriculumItem[] = [];
  const exact: CurriculumItem[] = [];
  for (const { item, keys } of candidates(index)) {
    if (keys.some((key) => key.includes(needle))) {
      matches.push(item);
      if (keys.some((key) => key === needle)) exact.push(item);
    }
  }
  if (matches.length === 1) return matches[0]!;
  if (exact.length === 1) return exact[0]!;
  if (matches.length > 1) {
    const listed = matches.slice(0, MAX_LISTED);
    const lines = listLines(listed);
    if (matches.length > listed.length) lines.push(`  ${words.andMore({ count: matches.length - listed.length })}`);
    lines.push(words.pickOne);
    throw usageError(words.matchesMany({ text: neutralizeControlCharacters(text), count: matches.length }), lines);
  }
  const suggestions = closest(index, needle);
  const lines = suggestions.length > 0 ? [words.didYouMean, ...listLines(suggestions)] : [words.seeEveryItem];
  throw usageError(words.noMatch({ text: neutralizeControlCharacters(text) }), lines);
}

/** Items whose id or title is closest to `needle` by edit distance, best first, at most MAX_SUGGESTIONS. */
function closest(index: CurriculumIndex, needle: string): CurriculumItem[] {
  const length = Array.from(needle).length;
  const limit = Math.max(2, Math.ceil(length * 0.4));
  const scored: { item: CurriculumItem; distance: number; order: number }[] = [];
  let order = 0;
  for (const { item, keys } of candidates(index)) {
    let best = limit + 1;
    for (const key of keys) best = Math.min(best, editDistance(needle, key, Math.min(best, limit)));
    if (best <= limit) scored.push({ item, distance: best, order });
    order++;
  }
  scored.sort((a, b) => a.distance - b.distance || a.order - b.order);
  return scored.slice(0, MAX_SUGGESTIONS).map((entry) => entry.item);
}

function listLines(items: CurriculumItem[]): string[] {
  const facts = items.map(itemFacts);
  const width = Math.max(...facts.map((fact) => fact.number.length));
  return facts.map((fact) => `  ${fact.number.padEnd(width)}  ${neutralizeControlCharacters(fact.title)} (${fact.id})`);
}

/** How REF text is compared: NFKC-normalised, lower-cased. */
export function fold(text: string): string {
  return text.normalize('NFKC').toLowerCase();
}

