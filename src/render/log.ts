import { messages } from '../messages/index.js';
import type { NoteEventKind, Status } from '../model/progress.js';
import { statusName } from './itemViews.js';
import { shortTime } from './notes.js';
import { paintStatusMark, type Style } from './style.js';
import { displayWidth, padEnd, safeText, truncate } from './text.js';

/** A status change, as log and status show it. */
export interface EventView {
  kind: 'status-changed';
  at: string;
  /** The item key as stored: a topic id or `TOPIC/RESOURCE`. */
  ref: string;
  status: Status;
  previous: Status;
  /** Null when the item is no longer in the curriculum. */
  number: string | null;
  title: string | null;
}

/** A note added, edited or deleted. Its text is not part of the history: `notes` shows the live ones. */
export interface NoteEventView {
  kind: `note-${NoteEventKind}`;
  at: string;
  /** The key of the item the note is on, as stored. */
  ref: string;
  /** The note's id, as `notes` shows it. */
  note: number;
  number: string | null;
  title: string | null;
}

/** A review of a complete topic (`roadmap reviewed`): it changed no status. */
export interface ReviewEventView {
  kind: 'reviewed';
  at: string;
  /** The topic id, as stored. */
  ref: string;
  hard: boolean;
  number: string | null;
  title: string | null;
}

/** One line of `log`: the whole history, status changes, notes and reviews, oldest first. */
export type LogEntryView = EventView | NoteEventView | ReviewEventView;

export function renderLog(entries: LogEntryView[], style: Style): string {
  if (entries.length === 0) return `${style.chalk.dim(messages().log.nothingYet)}\n`;
  const line = (entry: LogEntryView) =>
    entry.kind === 'status-changed' ? formatEvent(entry, style) : entry.kind === 'reviewed' ? formatReviewEvent(entry, style) : formatNoteEvent(entry, style);
  return `${entries.map(line).join('\n')}\n`;
}

export function formatEvent(event: EventView, style: Style, indent = ''): string {
  const head = `${indent}${style.chalk.dim(shortTime(event.at))}  ${paintStatusMark(style, event.status)} ${statusColumn(statusName(event.status))}`;
  return `${head}${itemLabel(event, style, style.width - displayWidth(head))}`;
}

/**
 * The word after an entry's mark, in a column of 8 so titles line up; a word that fills it is followed by
 * a space, so the title starts a column later rather than touching it.
 */
function statusColumn(word: string): string {
  return displayWidth(word) >= STATUS_COLUMN ? `${word} ` : padEnd(word, STATUS_COLUMN);
}

const STATUS_COLUMN = 8;

/** `2026-11-29 10:04  ✎ edited  1.2  Linear algebra  note #3`, in the columns of a status change. */
function formatNoteEvent(event: NoteEventView, style: Style, indent = ''): string {
  const { chalk } = style;
  const text = messages().log;
  const word = text.noteChanges[event.kind];
  const head = `${indent}${chalk.dim(shortTime(event.at))}  ${chalk.yellow('✎')} ${statusColumn(word)}`;
  const tail = `  ${text.noteNumber({ id: event.note })}`;
  return `${head}${itemLabel(event, style, style.width - displayWidth(head) - displayWidth(tail))}${chalk.dim(tail)}`;
}

/** `2026-11-29 10:04  ↻ reviewed  1.2  Linear algebra  (hard)` */
function formatReviewEvent(event: ReviewEventView, style: Style, indent = ''): string {
  const { chalk } = style;
  const text = messages().log;
  const head = `${indent}${chalk.dim(shortTime(event.at))}  ${chalk.cyan('↻')} ${statusColumn(text.reviewed)}`;
  const tail = event.hard ? `  ${text.hard}` : '';
  return `${head}${itemLabel(event, style, style.width - displayWidth(head) - displayWidth(tail))}${chalk.dim(tail)}`;
}

function itemLabel(entry: LogEntryView, style: Style, room: number): string {
  if (!entry.title) return `${truncate(safeText(entry.ref), room)} ${style.chalk.dim(messages().log.noLongerInCurriculum)}`;
  return truncate(`${entry.number}  ${safeText(entry.title)}`, room);
}
