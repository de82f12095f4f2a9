import { messages } from '../messages/index.js';
import type { Style } from './style.js';
import { safeText } from './text.js';

export interface NoteView {
  id: number;
  item: string;
  /** Number of the item as `list` shows it; null when the item is no longer in the curriculum. */
  number: string | null;
  itemTitle: string | null;
  text: string;
  createdAt: string;
  updatedAt: string;
}

/**
 * `about` is the number of the item the notes are listed under: a note on another item (a topic's
 * resource) names it.
 */
export function formatNoteLines(notes: NoteView[], style: Style, indent = '', about?: string): string[] {
  const { chalk } = style;
  const text = messages().notes;
  const lines: string[] = [];
  for (const note of notes) {
    const edited = note.updatedAt !== note.createdAt ? text.edited : '';
    const on = about !== undefined && note.number !== about ? text.onItem({ item: note.number ?? note.item, title: safeText(note.itemTitle ?? '') }) : '';
    lines.push(`${indent}${chalk.yellow(`#${note.id}`)} ${chalk.dim(`${shortTime(note.createdAt)}${edited}`)}${on}`);
    for (const line of safeText(note.text, true).split('\n')) lines.push(`${indent}  ${line}`);
  }
  return lines;
}

export function renderNotes(notes: NoteView[], style: Style): string {
  const { chalk } = style;
  const text = messages().notes;
  if (notes.length === 0) return `${chalk.dim(text.nothingYet)}\n`;
  const lines: string[] = [];
  let lastItem: string | undefined;
  for (const note of notes) {
    // A note taken under an item's former id is listed with the item (same number).
    const item = note.number ?? `gone:${note.item}`;
    if (item !== lastItem) {
      if (lines.length > 0) lines.push('');
      const title = note.itemTitle ? `${note.number}  ${safeText(note.itemTitle)}` : `${safeText(note.item)} ${chalk.dim(text.noLongerInCurriculum)}`;
      lines.push(chalk.bold(title));
      lastItem = item;
    }
    lines.push(...formatNoteLines([note], style, '  '));
  }
  return `${lines.join('\n')}\n`;
}

/** `2026-11-29 10:04`, in UTC so output does not depend on where it runs. */
export function shortTime(iso: string): string {
  return iso.replace('T', ' ').slice(0, 16);
}
