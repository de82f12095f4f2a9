/** Where ids point, and what a topic's `requires` means once section ids are expanded. */

import type { Located, OutlineSection, OutlineTopic } from './outline.js';

export interface IdIndex {
  /** The first section or topic with each id (a later one with the same id is a duplicate). */
  sections: Map<string, OutlineSection>;
  topics: Map<string, OutlineTopic>;
  /** Non-optional topics of each section, computed once. */
  requiredTopicsOf: Map<OutlineSection, OutlineTopic[]>;
}

export interface RequirementEdge {
  from: OutlineTopic;
  to: OutlineTopic;
  /** The `requires` entry the edge comes from. */
  entry: Located<string>;
  /** Set when the entry names a section and the edge goes to one of its topics. */
  viaSection?: string;
}

export function indexIds(sections: OutlineSection[]): IdIndex {
  const index: IdIndex = { sections: new Map(), topics: new Map(), requiredTopicsOf: new Map() };
  const claimed = new Set<string>();
  for (const section of sections) {
    if (section.id && !claimed.has(section.id.value)) {
      claimed.add(section.id.value);
      index.sections.set(section.id.value, section);
    }
    for (const topic of section.topics) {
      if (topic.id && !claimed.has(topic.id.value)) {
        claimed.add(topic.id.value);
        index.topics.set(topic.id.value, topic);
      }
    }
    index.requiredTopicsOf.set(section, section.topics.filter((topic) => !topic.optional && topic.id !== undefined));
  }
  return index;
}

/**
 * The topics a topic requires, one edge per (entry, topic), in the order written. Entries that name
 * nothing, or the topic's own section, give no edge: they are reported as problems instead.
 */
export function requirementEdges(topic: OutlineTopic, index: IdIndex): RequirementEdge[] {
  const edges: RequirementEdge[] = [];
  for (const entry of topic.requires) {
    const required = index.topics.get(entry.value);
    if (required) {
      edges.push({ from: topic, to: required, entry });
      continue;
    }
    const section = index.sections.get(entry.value);
    if (!section || section === topic.section) continue;
    for (const member of index.requiredTopicsOf.get(section) ?? []) edges.push({ from: topic, to: member, entry, viaSection: entry.value });
  }
  return edges;
}

/** `requiredTopics` of the model: the ids of the required topics, without repeats, in order. */
export function requiredTopicIds(topic: OutlineTopic, index: IdIndex): string[] {
  const ids = new Set<string>();
  for (const edge of requirementEdges(topic, index)) if (edge.to.id) ids.add(edge.to.id.value);
  return [...ids];
}
