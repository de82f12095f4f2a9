import type { Status } from '../model/progress.js';
import type { TopicState } from '../plan/state.js';

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
