import type { Status } from '../model/progress.js';
import type { TopicState } from '../plan/state.js';
import { plural } from './text.js';

/** What list, show, next and path share: how a topic and a resource are shown, and an effort in words. */

export interface Count {
  done: number;
  total: number;
}

/** A resource as next, list and path show it (built by src/commands/resourceLink.ts). */
export interface NextResourceView {
  ref: string;
  number: string;
  title: string;
  url: string;
  kind: string | null;
  minutes: number | null;
  optional: boolean;
}

export interface ListResourceView extends NextResourceView {
  status: Status;
  resolved: boolean;
}

export interface ListTopicView {
  id: string;
  number: string;
  title: string;
  state: TopicState;
  status: Status;
  optional: boolean;
  requires: string[];
  /** Numbers of the required topics not yet complete. */
  blockedBy: string[];
  progress: Count;
  resources: ListResourceView[];
}

export function formatMinutes(minutes: number): string {
  if (minutes < 60) return `${minutes} min`;
  const hours = minutes / 60;
  return `${Number.isInteger(hours) ? hours : hours.toFixed(1)} h`;
}

/** An effort in words, as the report writes it: `45 minutes`, `2 hours`, `3 h 20 min`. */
export function minutesInWords(minutes: number): string {
  if (minutes < 60) return plural(minutes, 'minute');
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return rest === 0 ? plural(hours, 'hour') : `${hours} h ${rest} min`;
}

/** A resource's grey details after its title: `video · ≈ 45 min`, and `optional` when asked for and it is. */
export function resourceDetail(resource: { kind?: string | null; minutes?: number | null; optional?: boolean }, withOptional = false): string {
  return [resource.kind, resource.minutes ? `≈ ${formatMinutes(resource.minutes)}` : null, withOptional && resource.optional ? 'optional' : null]
    .filter(Boolean)
    .join(' · ');
}
