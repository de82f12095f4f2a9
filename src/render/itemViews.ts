import type { Status } from '../model/progress.js';
import type { TopicState } from '../plan/state.js';
import { messages } from '../messages/index.js';
import { safeText } from './text.js';

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

/** `45 min`, `2 h`, `1.5 h`. */
export function formatMinutes(minutes: number): string {
  const words = messages().common;
  if (minutes < 60) return words.minutesShort({ minutes });
  const hours = minutes / 60;
  return words.hoursShort({ hours: Number.isInteger(hours) ? String(hours) : hours.toFixed(1) });
}

/** An effort in words, as the report writes it: `45 minutes`, `2 hours`, `3 h 20 min`. */
export function minutesInWords(minutes: number): string {
  const words = messages().common;
  if (minutes < 60) return words.minutes({ count: minutes });
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return rest === 0 ? words.hours({ count: hours }) : words.hoursAndMinutes({ hours, minutes: rest });
}

/** A resource kind in the learner's language; a kind the catalog does not know is shown as it is. */
export function resourceKindName(kind: string): string {
  const names: Record<string, string> = messages().common.resourceKind;
  return Object.hasOwn(names, kind) ? names[kind]! : kind;
}

/** A topic's state as the learner reads it. */
export function topicStateName(state: TopicState): string {
  return messages().common.topicState[state];
}

/** A recorded status in the words of the language in use; one this version does not know (from a newer database), as it is. */
export function statusName(status: string): string {
  const names: Record<string, string> = messages().common.status;
  return Object.hasOwn(names, status) ? names[status]! : safeText(status);
}

/** A resource's grey details after its title: `video · ≈ 45 min`, and `optional` when asked for and it is. */
export function resourceDetail(resource: { kind?: string | null; minutes?: number | null; optional?: boolean }, withOptional = false): string {
  const words = messages().common;
  return [
    resource.kind ? resourceKindName(resource.kind) : null,
    resource.minutes ? words.approximately({ effort: formatMinutes(resource.minutes) }) : null,
    withOptional && resource.optional ? words.optional : null,
  ]
    .filter(Boolean)
    .join(' · ');
}
