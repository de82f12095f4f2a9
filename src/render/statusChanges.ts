import { listInText, messages } from '../messages/index.js';
import type { Status } from '../model/progress.js';
import { statusName } from './itemViews.js';
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

const label = (item: ItemLabel) => `${item.number}  ${safeText(item.title)}`;

/** What changed, for stdout. The warnings of `prerequisiteWarnings` are not part of it. */
export function renderStatusChanges(view: StatusChangeView, style: Style): string {
  const { chalk } = style;
  const text = messages().record;
  const lines: string[] = [];
  const mark = view.status === 'done' ? chalk.green(STATUS_MARK.done) : view.status === 'skipped' ? chalk.yellow(STATUS_MARK.skipped) : view.status === 'started' ? chalk.cyan(STATUS_MARK.started) : STATUS_MARK.todo;
  for (const item of view.changed) {
    lines.push(`${mark} ${text.line({ what: text.changed[view.status], item: label(item) })}${chalk.dim(text.was({ previous: statusName(item.previous) }))}`);
  }
  for (const item of view.unchanged) lines.push(chalk.dim(`· ${text.line({ what: text.already[view.status], item: label(item) })}`));
  for (const item of view.resolvedThroughTopic) {
    lines.push(chalk.yellow(`· ${text.staysResolved({ item: label(item), topic: item.topic.number, status: statusName(item.topicStatus) })}`));
  }
  if (view.noteAdded) lines.push(chalk.dim(text.noteAdded));
  for (const topic of view.completedTopics) if (!view.changed.some((c) => c.item === topic.item)) lines.push(chalk.green(text.topicComplete({ item: label(topic) })));
  for (const topic of view.reopenedTopics) if (!view.changed.some((c) => c.item === topic.item)) lines.push(text.noLongerComplete({ item: label(topic) }));
  for (const topic of view.unlockedTopics) lines.push(chalk.cyan(text.unlocked({ item: label(topic) })));
  if (view.changed.length === 0 && view.status !== 'todo') lines.push(chalk.dim(text.nothingRecorded));
  return `${lines.join('\n')}\n`;
}

/** One line a topic that was done before its prerequisites, for stderr: recorded all the same. */
export function prerequisiteWarnings(view: StatusChangeView, style: Style): string[] {
  return view.prerequisitesUnmet.map((topic) =>
    style.chalk.yellow(messages().record.prerequisitesUnmet({ item: label(topic), prerequisites: listInText(topic.unmet.map(label)) })),
  );
}
