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
  /**
   * In a whole course (a curriculum made of parts): the id of the part the section comes from. Progress and
   * notes on the section and everything in it are stored under that id, so they are the same in both views.
   */
  part?: string;
}

/** One part of a whole course, as the course lists it. */
export interface CoursePart {
  /** The part's own curriculum id: what its progress is stored under. */
  id: string;
  title: string;
  language?: string;
  /** Ids of the part's sections, in order. */
  sections: string[];
}

export interface Curriculum {
  schema: 1;
  id: string;
  title: string;
  language?: string;
  description?: string;
  /** Every section, numbered on from one part to the next in a whole course. */
  sections: Section[];
  /** Only in a whole course: its parts, in order. */
  parts?: CoursePart[];
}

/** Text from a file with the place it was written. */
export interface PlacedText {
  value: string;
  line: number;
  column: number;
}

/** What a whole course's file says: its parts (ids or paths, as written) and the requirements it adds across them. */
export interface CourseOutline {
  id: string;
  title: string;
  language?: string;
  description?: string;
  parts: PlacedText[];
  /** A topic or section id, and the topic or section ids it requires. */
  requires: { item: PlacedText; required: PlacedText[] }[];
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
  /**
   * A file that lists `parts` instead of `sections` (a whole course): what it says, for the loader to find
   * the parts and build the course (see course.ts). Set only when the file itself has no problem.
   */
  course?: CourseOutline;
  problems: Problem[];
  warnings: Problem[];
}
