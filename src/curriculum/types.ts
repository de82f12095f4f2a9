/** The curriculum model: what a validated YAML file becomes. Plain data, JSON-serialisable (it is cached as JSON). */

export const RESOURCE_KINDS = ['book', 'article', 'video', 'course', 'notebook', 'paper', 'tool', 'website'] as const;
export type ResourceKind = (typeof RESOURCE_KINDS)[number];

export interface Resource {
  id: string;
  /** `TOPIC/RESOURCE`, the key progress is stored under. */
  ref: string;
  /** `2.3.1`: section, topic, resource, counted from 1 in file order. */
  number: string;
  title: string;
  url: string;
  kind?: ResourceKind;
  optional: boolean;
  minutes?: number;
  aliases: string[];
}

export interface Topic {
  id: string;
  number: string;
  title: string;
  summary?: string;
  /** Id of the section the topic is in. */
  section: string;
  /** As written: topic ids or section ids. */
  requires: string[];
  /** `requires` with section ids expanded to their non-optional topics, deduplicated, in order. */
  requiredTopics: string[];
  optional: boolean;
  aliases: string[];
  resources: Resource[];
}

export interface Section {
  id: string;
  number: string;
  title: string;
  summary?: string;
  topics: Topic[];
}

export interface Curriculum {
  schema: 1;
  id: string;
  title: string;
  language?: string;
  description?: string;
  sections: Section[];
}

/** One problem found in a curriculum file, placed where the user should look. Lines and columns count from 1. */
export interface Problem {
  file: string;
  line: number;
  column: number;
  message: string;
}

export interface ParseResult {
  /** Null when there is any problem: an invalid curriculum is never used. */
  curriculum: Curriculum | null;
  problems: Problem[];
  warnings: Problem[];
}
