import type { Status } from '../progress/types.js';
import { shortTime } from './notes.js';
import { paintStatusMark, type Style } from './style.js';
import { displayWidth, padEnd, safeText, truncate } from './text.js';

export interface EventView {
  at: string;
  /** The item key as stored: a topic id or `TOPIC/RESOURCE`. */
  ref: string;
  status: Status;
  previous: Status;
  /** Null when the item is no longer in the curriculum. */
  number: string | null;
  title: string | null;
}

export function renderLog(events: EventView[], style: Style): string {
  if (events.length === 0) return `${style.chalk.dim('No changes recorded yet. Mark something with: roadmap done REF')}\n`;
  return `${events.map((event) => formatEvent(event, style)).join('\n')}\n`;
}

export function formatEvent(event: EventView, style: Style, indent = ''): string {
  const { chalk } = style;
  const head = `${indent}${chalk.dim(shortTime(event.at))}  ${paintStatusMark(style, event.status)} ${padEnd(event.status, 8)}`;
  const room = style.width - displayWidth(head);
  if (!event.title) return `${head}${truncate(safeText(event.ref), room)} ${chalk.dim('(no longer in the curriculum)')}`;
  return `${head}${truncate(`${event.number}  ${safeText(event.title)}`, room)}`;
}
