import { RoadmapError } from '../errors.js';
import { fold, resolveRef } from './resolveRef.js';
import type { Curriculum } from './types.js';

/** A word the shell may put in place of the one being typed, with what it names. */
export interface Candidate {
  value: string;
  description?: string;
}

/** At most this many titles are offered, each checked to name its own item. */
const MAX_TITLES = 20;

const NUMBER_PREFIX = /^[\d.]*$/;

interface Named {
  id: string;
  number: string;
  title: string;
}

/**
 * The REFs that could complete `word`, in file order: numbers one level below what is typed (`1` → `1`,
 * `1.1`, `1.2`…), section and topic ids, `TOPIC/RESOURCE` ids once a `/` is typed. When none start with
 * the word, the titles that start with it (else contain it), in any case, so that `線性` completes to the
 * title `線性代數 Linear algebra`; a title is offered only if, typed in full, it names that very item.
 */
export function refCandidates(curriculum: Curriculum, word: string): Candidate[] {
  const needle = fold(word);
  const found: Candidate[] = [];
  if (NUMBER_PREFIX.test(word)) {
    for (const item of items(curriculum)) {
      if (numberMatches(item.number, word)) found.push({ value: item.number, description: item.title });
    }
  }
  const wantsResources = word.includes('/');
  for (const section of curriculum.sections) {
    if (!wantsResources && fold(section.id).startsWith(needle)) found.push({ value: section.id, description: section.title });
    for (const topic of section.topics) {
      if (!wantsResources) {
        if (fold(topic.id).startsWith(needle)) found.push({ value: topic.id, description: topic.title });
        continue;
      }
      for (const resource of topic.resources) {
        if (fold(resource.ref).startsWith(needle)) found.push({ value: resource.ref, description: resource.title });
      }
    }
  }
  if (found.length > 0 || needle === '') return found;
  return titleCandidates(curriculum, needle);
}

function titleCandidates(curriculum: Curriculum, needle: string): Candidate[] {
  const starting: Named[] = [];
  const containing: Named[] = [];
  for (const item of items(curriculum)) {
    const title = fold(item.title);
    if (title.startsWith(needle)) starting.push(item);
    else if (title.includes(needle)) containing.push(item);
  }
  const matches = starting.length > 0 ? starting : containing;
  const offered: Candidate[] = [];
  for (const item of matches) {
    if (offered.length === MAX_TITLES) break;
    if (namesItself(curriculum, item)) offered.push({ value: item.title, description: `${item.number} ${item.id}` });
  }
  return offered;
}

/** Whether the title, as a REF, resolves to the item it is the title of (not an id, a number or several items). */
function namesItself(curriculum: Curriculum, item: Named): boolean {
  try {
    const resolved = resolveRef(curriculum, item.title);
    return resolved.kind === 'resource' ? resolved.resource.number === item.number : (resolved.kind === 'topic' ? resolved.topic : resolved.section).number === item.number;
  } catch (error) {
    if (error instanceof RoadmapError) return false;
    throw error;
  }
}

/** Sections, topics and resources in file order; a resource by its `TOPIC/RESOURCE` id. */
function* items(curriculum: Curriculum): Generator<Named> {
  for (const section of curriculum.sections) {
    yield section;
    for (const topic of section.topics) {
      yield topic;
      for (const resource of topic.resources) yield { id: resource.ref, number: resource.number, title: resource.title };
    }
  }
}

/** `1` → `1`, `10`, `1.1`, `1.2`, not `10.1`: the numbers at the typed level, and the ones just below the typed one. */
function numberMatches(number: string, word: string): boolean {
  if (!number.startsWith(word)) return false;
  const level = dots(word);
  if (dots(number) === level) return true;
  return dots(number) === level + 1 && number.startsWith(`${word}.`);
}

function dots(text: string): number {
  let count = 0;
  for (const character of text) if (character === '.') count++;
  return count;
}
