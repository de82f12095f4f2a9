/**
 * A whole course: several curricula (its parts) followed as one. Pure: the loader finds and validates the
 * parts, this puts them together.
 *
 * - Sections are the parts' sections in order, numbered on from one part to the next: part 1 keeps 1–4,
 *   part 2 starts at 5. So part 1's numbers mean the same in the course as on their own, and `2.3` names
 *   one thing in either view.
 * - Every section keeps its part's id (`Section.part`): progress and notes are stored under the part's id,
 *   never the course's, so what was recorded on a part shows in the course and the other way round.
 * - The course's `requires` adds prerequisites across parts. A section id on the left stands for the
 *   section's first topics (those that need nothing else in the section): everything else in the section
 *   comes after them anyway. A section id on the right means its non-optional topics, as in a part.
 */

import { messages } from '../messages/index.js';
import { didYouMean, quote } from './describe.js';
import type { CourseOutline, Curriculum, PlacedText, Problem, Section, Topic } from './types.js';

export interface CoursePartInput {
  /** Where the course lists the part. */
  entry: PlacedText;
  curriculum: Curriculum;
}

export interface CourseBuild {
  curriculum: Curriculum | null;
  problems: Problem[];
}

export function buildCourse(outline: CourseOutline, parts: readonly CoursePartInput[], file: string): CourseBuild {
  const problems: Problem[] = [];
  const report = (at: PlacedText, message: string) => problems.push({ file, line: at.line, column: at.column, message });
  const words = messages().curriculum.course;

  /** Section and topic ids → the part that has them; aliases too, since progress may be stored under them. */
  const owner = new Map<string, string>();
  const partIds = new Set<string>();
  for (const { entry, curriculum } of parts) {
    if (curriculum.parts) {
      report(entry, words.partIsCourse({ part: quote(entry.value) }));
      continue;
    }
    if (curriculum.id === outline.id) report(entry, words.partHasCourseId({ part: quote(entry.value), id: quote(outline.id) }));
    if (partIds.has(curriculum.id)) report(entry, words.partHasEarlierId({ part: quote(entry.value), id: quote(curriculum.id) }));
    partIds.add(curriculum.id);
    for (const id of namesOf(curriculum)) {
      const earlier = owner.get(id);
      if (earlier !== undefined && earlier !== curriculum.id) {
        report(entry, words.idInTwoParts({ id: quote(id), part: quote(curriculum.id), earlier: quote(earlier) }));
      } else owner.set(id, curriculum.id);
    }
  }
  if (problems.length > 0) return { curriculum: null, problems };

  const sections = renumber(parts.map((part) => part.curriculum));
  const topics = new Map<string, Topic>();
  const sectionById = new Map<string, Section>();
  for (const section of sections) {
    sectionById.set(section.id, section);
    for (const topic of section.topics) topics.set(topic.id, topic);
  }
  const knownIds = [...sectionById.keys(), ...topics.keys()];
  const unknown = (at: PlacedText, place: string) => report(at, words.unknownId({ place, id: quote(at.value), hint: didYouMean(at.value, knownIds) }));

  for (const { item, required } of outline.requires) {
    const dependentSection = sectionById.get(item.value);
    const dependentTopic = topics.get(item.value);
    if (!dependentSection && !dependentTopic) {
      unknown(item, 'requires:');
      continue;
    }
    const dependents = dependentTopic ? [dependentTopic] : firstTopics(dependentSection!);
    const ownSection = dependentTopic?.section ?? dependentSection!.id;
    for (const entry of required) {
      const requiredSection = sectionById.get(entry.value);
      const requiredTopic = topics.get(entry.value);
      if (!requiredSection && !requiredTopic) {
        unknown(entry, `${item.value} requires`);
        continue;
      }
      if (entry.value === item.value || entry.value === ownSection || (requiredTopic && requiredTopic.section === ownSection && dependentSection)) {
        report(entry, words.requiresItself({ item: quote(item.value), required: quote(entry.value) }));
        continue;
      }
      const targets = requiredTopic ? [requiredTopic] : requiredSection!.topics.filter((topic) => !topic.optional);
      for (const dependent of dependents) {
        const cycle = targets.map((target) => pathBetween(topics, target, dependent)).find((path) => path !== undefined);
        if (cycle) {
          report(entry, messages().curriculum.semantic.cycle({ path: [dependent.id, ...cycle].join(' → '), notes: '' }));
          break;
        }
        if (!dependent.requires.includes(entry.value)) dependent.requires.push(entry.value);
        for (const target of targets) if (!dependent.requiredTopics.includes(target.id)) dependent.requiredTopics.push(target.id);
      }
    }
  }
  if (problems.length > 0) return { curriculum: null, problems };

  return {
    curriculum: {
      schema: 1,
      id: outline.id,
      title: outline.title,
      ...(outline.language !== undefined && { language: outline.language }),
      ...(outline.description !== undefined && { description: outline.description }),
      sections,
      parts: parts.map(({ curriculum }) => ({
        id: curriculum.id,
        title: curriculum.title,
        ...(curriculum.language !== undefined && { language: curriculum.language }),
        sections: curriculum.sections.map((section) => section.id),
      })),
    },
    problems,
  };
}

/** Every id a part answers to: section and topic ids, and topic aliases. */
function namesOf(curriculum: Curriculum): Set<string> {
  const names = new Set<string>();
  for (const section of curriculum.sections) {
    names.add(section.id);
    for (const topic of section.topics) {
      names.add(topic.id);
      for (const alias of topic.aliases) names.add(alias);
    }
  }
  return names;
}

/** The parts' sections, copied (the parts stay as they were) with numbers running on and their part's id. */
function renumber(curricula: readonly Curriculum[]): Section[] {
  const sections: Section[] = [];
  for (const curriculum of curricula) {
    for (const section of curriculum.sections) {
      const number = String(sections.length + 1);
      sections.push({
        ...section,
        number,
        part: curriculum.id,
        topics: section.topics.map((topic, t) => {
          const topicNumber = `${number}.${t + 1}`;
          return {
            ...topic,
            number: topicNumber,
            requires: [...topic.requires],
            requiredTopics: [...topic.requiredTopics],
            resources: topic.resources.map((resource, r) => ({ ...resource, number: `${topicNumber}.${r + 1}` })),
          };
        }),
      });
    }
  }
  return sections;
}

/** The topics of a section that require nothing else in it: where a learner enters the section. */
function firstTopics(section: Section): Topic[] {
  const inSection = new Set(section.topics.map((topic) => topic.id));
  return section.topics.filter((topic) => !topic.requiredTopics.some((id) => inSection.has(id)));
}

/** The ids on a requirement path from `from` to `to` (both included), or undefined when `from` does not need `to`. */
function pathBetween(topics: ReadonlyMap<string, Topic>, from: Topic, to: Topic): string[] | undefined {
  const cameFrom = new Map<string, string | null>([[from.id, null]]);
  const queue = [from.id];
  for (let head = 0; head < queue.length; head++) {
    const id = queue[head]!;
    if (id === to.id) {
      const path: string[] = [];
      for (let step: string | null = id; step !== null; step = cameFrom.get(step) ?? null) path.unshift(step);
      return path;
    }
    for (const next of topics.get(id)?.requiredTopics ?? []) {
      if (!cameFrom.has(next)) {
        cameFrom.set(next, id);
        queue.push(next);
      }
    }
  }
  return undefined;
}
