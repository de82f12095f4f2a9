import type { Status } from '../model/progress.js';
import { STATUS_MARK, type Style } from './style.js';
import { safeText } from './text.js';

export interface ItemLabel {
  item: string;
  number: string;
  title: string;
}

export interface StatusChangeView {
  status: Status;
  changed: (ItemLabel & { previous: Status })[];
  unchanged: ItemLabel[];
  noteAdded: boolean;
  completedTopics: ItemLabel[];
  /** Topics complete before the change and not after it. */
  reopenedTopics: ItemLabel[];
  unlockedTopics: ItemLabel[];
  /** Resources `undo` left alone because they are resolved through their topic, which is marked. */
  resolvedThroughTopic: (ItemLabel & { topic: ItemLabel; topicStatus: Status })[];
  /** Topics this `done` completed while some of their prerequisites are not complete: a warning. */
  prerequisitesUnmet: (ItemLabel & { unmet: ItemLabel[] })[];
}

/** A view of nothing but `status` changed: callers fill in what did. */
export function emptyStatusChangeView(status: Status): StatusChangeView {
  return { status, changed: [], unchanged: [], noteAdded: false, completedTopics: [], reopenedTopics: [], unlockedTopics: [], resolvedThroughTopic: [], prerequisitesUnmet: [] };
}

const VERB: Record<Status, string> = { done: 'done', started: 'started', skipped: 'skipped', todo: 'back to todo' };
const ALREADY: Record<Status, string> = { done: 'already done', started: 'already started', skipped: 'already skipped', todo: 'already todo' };

const label = (item: ItemLabel) => `${item.number}  ${safeText(item.title)}`;

/** What changed, for stdout. The warnings of `prerequisiteWarnings` are not part of it. */
export function renderStatusChanges(view: StatusChangeView, style: Style): string {
  const { chalk } = style;
  const lines: string[] = [];
  const mark = view.status === 'done' ? chalk.green(STATUS_MARK.done) : view.status === 'skipped' ? chalk.yellow(STATUS_MARK.skipped) : view.status === 'started' ? chalk.cyan(STATUS_MARK.started) : STATUS_MARK.todo;
  for (const item of view.changed) lines.push(`${mark} ${VERB[view.status]}: ${label(item)}${chalk.dim(` (was ${item.previous})`)}`);
  for (const item of view.unchanged) lines.push(chalk.dim(`· ${ALREADY[view.status]}: ${label(item)}`));
  for (const item of view.resolvedThroughTopic) {
    const how = `its topic ${item.topic.number} is marked ${item.topicStatus} (roadmap undo ${item.topic.number} reopens it)`;
    lines.push(chalk.yellow(`· ${label(item)} stays resolved: ${how}`));
  }
  if (view.noteAdded) lines.push(chalk.dim('✎ note added'));
  for (const topic of view.completedTopics) if (!view.changed.some((c) => c.item === topic.item)) lines.push(chalk.green(`★ topic complete: ${label(topic)}`));
  for (const topic of view.reopenedTopics) if (!view.changed.some((c) => c.item === topic.item)) lines.push(`↺ no longer complete: ${label(topic)}`);
  for (const topic of view.unlockedTopics) lines.push(chalk.cyan(`→ unlocked: ${label(topic)}`));
  if (view.changed.length === 0 && view.status !== 'todo') lines.push(chalk.dim('nothing recorded'));
  return `${lines.join('\n')}\n`;
}

/** One line a topic that was done before its prerequisites, for stderr: recorded all the same. */
export function prerequisiteWarnings(view: StatusChangeView, style: Style): string[] {
  return view.prerequisitesUnmet.map((topic) =>
    style.chalk.yellow(`warning: ${label(topic)} is done before its prerequisites: ${topic.unmet.map(label).join(', ')}`),
  );
}
