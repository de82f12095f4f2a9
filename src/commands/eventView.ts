import { itemById, itemFacts } from '../curriculum/index.js';
import type { Curriculum } from '../curriculum/types.js';
import type { NoteEvent, ProgressEvent } from '../model/progress.js';
import type { EventView, LogEntryView, NoteEventView } from '../render/log.js';

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

function itemNamed(curriculum: Curriculum, key: string): { number: string | null; title: string | null } {
  const found = itemById(curriculum, key);
  const item = found && itemFacts(found);
  return { number: item?.number ?? null, title: item?.title ?? null };
}

/**
 * Status changes and note changes, each already in time order, as one history. At the same instant a
 * status change comes first: `done 1.2 --note …` marks, then notes.
 */
export function inTimeOrder(changes: EventView[], notes: NoteEventView[]): LogEntryView[] {
  const entries: LogEntryView[] = [];
  let n = 0;
  for (const change of changes) {
    while (n < notes.length && notes[n]!.at < change.at) entries.push(notes[n++]!);
    entries.push(change);
  }
  return entries.concat(notes.slice(n));
}
