import { itemById, itemFacts } from '../curriculum/index.js';
import type { Curriculum } from '../curriculum/types.js';
import type { NoteEvent, ProgressEvent, ReviewEvent } from '../model/progress.js';
import type { EventView, LogEntryView, NoteEventView, ReviewEventView } from '../render/log.js';

/**
 * An event as log and status show it: the item's number and title as the curriculum has them now (also
 * after a rename the curriculum records in `aliases`).
 */
export function eventView(curriculum: Curriculum, event: ProgressEvent): EventView {
  return { kind: 'status-changed', at: event.at, ref: event.item, status: event.status, previous: event.previous, ...itemNamed(curriculum, event.item) };
}

export function noteEventView(curriculum: Curriculum, event: NoteEvent): NoteEventView {
  return { kind: `note-${event.kind}`, at: event.at, ref: event.item, note: event.note, ...itemNamed(curriculum, event.item) };
}

export function reviewEventView(curriculum: Curriculum, event: ReviewEvent): ReviewEventView {
  return { kind: 'reviewed', at: event.at, ref: event.item, hard: event.hard, ...itemNamed(curriculum, event.item) };
}

function itemNamed(curriculum: Curriculum, key: string): { number: string | null; title: string | null } {
  const found = itemById(curriculum, key);
  const item = found && itemFacts(found);
  return { number: item?.number ?? null, title: item?.title ?? null };
}

/**
 * Status changes, note changes and reviews, each already in time order, as one history. At the same instant a
 * status change comes first: `done 1.2 --note …` marks, then notes.
 */
export function inTimeOrder(changes: EventView[], notes: NoteEventView[], reviews: ReviewEventView[]): LogEntryView[] {
  return mergeByTime(mergeByTime<LogEntryView>(changes, notes), reviews);
}

/** Two lists already in time order as one; at the same instant, `first`'s entries come first. */
function mergeByTime<T extends { at: string }>(first: T[], second: T[]): T[] {
  const entries: T[] = [];
  let n = 0;
  for (const entry of first) {
    while (n < second.length && second[n]!.at < entry.at) entries.push(second[n++]!);
    entries.push(entry);
  }
  return entries.concat(second.slice(n));
}
