import type { TopicState } from '../plan/state.js';
import type { Status } from '../model/progress.js';

type Paint = (text: string) => string;

/** The styles roadmap draws with: a part of chalk's interface. */
export interface Painter {
  bold: Paint & { cyan: Paint };
  dim: Paint;
  green: Paint;
  red: Paint;
  yellow: Paint;
  cyan: Paint & { bold: Paint };
  underline: Paint;
}

/** Colors and marks, one place, so every command speaks the same visual language. */
export interface Style {
  chalk: Painter;
  width: number;
}

const unchanged: Paint = (text) => text;

/** Without colors nothing is painted, and chalk is not even loaded. */
const PLAIN: Painter = {
  bold: Object.assign((text: string) => text, { cyan: unchanged }),
  dim: unchanged,
  green: unchanged,
  red: unchanged,
  yellow: unchanged,
  cyan: Object.assign((text: string) => text, { bold: unchanged }),
  underline: unchanged,
};

export function makeStyle(colorLevel: 0 | 1 | 2 | 3, width: number): Style {
  return { chalk: colorLevel === 0 ? PLAIN : colored(colorLevel), width };
}

/**
 * chalk, loaded only with colors on: when loaded it detects color support (tty.isatty), which brings in
 * Node's socket and stream modules; roadmap decides colors itself and never reads that answer. `require`,
 * because a static import is evaluated at start-up; the bundle (CommonJS) and the test runner provide it.
 */
function colored(level: 1 | 2 | 3): Painter {
  const { Chalk } = require('chalk') as typeof import('chalk');
  return new Chalk({ level });
}

export const TOPIC_MARK: Record<TopicState, string> = {
  complete: '✔',
  'in-progress': '◐',
  available: '○',
  blocked: '⊘',
};

export const STATUS_MARK: Record<Status, string> = {
  done: '✔',
  skipped: '↷',
  started: '◐',
  todo: '○',
};

export function paintTopicMark(style: Style, state: TopicState, skipped = false): string {
  const { chalk } = style;
  if (state === 'complete') return skipped ? chalk.yellow(STATUS_MARK.skipped) : chalk.green(TOPIC_MARK.complete);
  if (state === 'in-progress') return chalk.cyan(TOPIC_MARK['in-progress']);
  if (state === 'blocked') return chalk.dim(TOPIC_MARK.blocked);
  return TOPIC_MARK.available;
}

export function paintStatusMark(style: Style, status: Status, resolvedByTopic = false): string {
  const { chalk } = style;
  if (status === 'done' || (resolvedByTopic && status === 'todo')) return chalk.green(STATUS_MARK.done);
  if (status === 'skipped') return chalk.yellow(STATUS_MARK.skipped);
  if (status === 'started') return chalk.cyan(STATUS_MARK.started);
  return STATUS_MARK.todo;
}
