import type { Status } from '../progress/types.js';
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
  unlockedTopics: ItemLabel[];
}

const VERB: Record<Status, string> = { done: 'done', started: 'started', skipped: 'skipped', todo: 'back to todo' };
const ALREADY: Record<Status, string> = { done: 'already done', started: 'already started', skipped: 'already skipped', todo: 'already todo' };

export function renderStatusChanges(view: StatusChangeView, style: Style): string {
  const { chalk } = style;
  const label = (item: ItemLabel) => `${item.number}  ${safeText(item.title)}`;
  const lines: string[] = [];
  const mark = view.status === 'done' ? chalk.green(STATUS_MARK.done) : view.status === 'skipped' ? chalk.yellow(STATUS_MARK.skipped) : view.status === 'started' ? chalk.cyan(STATUS_MARK.started) : STATUS_MARK.todo;
  for (const item of view.changed) lines.push(`${mark} ${VERB[view.status]}: ${label(item)}${chalk.dim(` (was ${item.previous})`)}`);
  for (const item of view.unchanged) lines.push(chalk.dim(`· ${ALREADY[view.status]}: ${label(item)}`));
  if (view.noteAdded) lines.push(chalk.dim('✎ note added'));
  for (const topic of view.completedTopics) if (!view.changed.some((c) => c.item === topic.item)) lines.push(chalk.green(`★ topic complete: ${label(topic)}`));
  for (const topic of view.unlockedTopics) lines.push(chalk.cyan(`→ unlocked: ${label(topic)}`));
  if (view.changed.length === 0 && view.status !== 'todo') lines.push(chalk.dim('nothing recorded'));
  return `${lines.join('\n')}\n`;
}
