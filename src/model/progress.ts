/**
 * The words of the progress model: what a status is, what an event and a note hold. Shared by the pure
 * core, the store and the renderers; it knows nothing of how they are kept.
 */
export const STATUSES = ['todo', 'started', 'done', 'skipped'] as const;
export type Status = (typeof STATUSES)[number];

/** The latest status recorded for one item key, as the store holds it. */
export interface StatusRecord {
  status: Status;
  /** ISO 8601 UTC, e.g. 2026-11-29T10:00:00.000Z */
  at: string;
}

export interface ProgressEvent {
  /** Local sequence number: orders events within this database. */
  id: number;
  /** Stable across machines: import merges on it. */
  uid: string;
  curriculum: string;
  /** Section id, topic id or `TOPIC/RESOURCE`. */
  item: string;
  status: Status;
  previous: Status;
  at: string;
}

export interface Note {
  /** Short local id the user types (`notes --edit 3`). */
  id: number;
  uid: string;
  curriculum: string;
  item: string;
  text: string;
  createdAt: string;
  updatedAt: string;
}

export type NoteEventKind = 'added' | 'edited' | 'deleted';

/** A note added, edited or deleted: what `log` shows of notes (never their text). */
export interface NoteEvent {
  /** The note's local id. */
  note: number;
  uid: string;
  curriculum: string;
  item: string;
  kind: NoteEventKind;
  at: string;
}

/**
 * A topic reviewed after it was complete (`roadmap reviewed`). Its own kind of event: it never changes a
 * status, only when the topic is due for review next (src/plan/review.ts).
 */
export interface ReviewEvent {
  /** Local sequence number. */
  id: number;
  /** Stable across machines: import and sync merge on it. */
  uid: string;
  curriculum: string;
  /** The topic id. */
  item: string;
  /** The learner found it hard: the ladder starts again from its first step. */
  hard: boolean;
  at: string;
}
