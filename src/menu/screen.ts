import type { Terminal } from '../context.js';
import type { Curriculum, ResourceKind } from '../curriculum/types.js';
import { messages } from '../messages/index.js';
import { progressFigures, type CurriculumState } from '../plan/state.js';
import { resourceKindName } from '../render/itemViews.js';
import { makeStyle, type Style } from '../render/style.js';
import { displayWidth, padEnd, safeText, truncate } from '../render/text.js';
import type { Session } from '../session.js';
import { promptTheme } from './prompts.js';

/** What every screen draws with: the session's style, a finite width, the prompts' theme and the terminal. */
export interface Look {
  style: Style;
  width: number;
  theme: ReturnType<typeof promptTheme>;
  terminal: Terminal;
}

export function look(session: Session): Look {
  const width = Number.isFinite(session.terminal.width) ? session.terminal.width : 80;
  const style = makeStyle(session.terminal.colorLevel, width);
  return { style, width, theme: promptTheme(style), terminal: session.context.terminal() };
}

/**
 * The top of every screen: a blank line, the curriculum with its progress, then where the user is (`Browse › 1 Basics ›
 * 1.2 Linear algebra`). Curriculum text is sanitised, and lines are cut to the width so the prompt, which
 * redraws by counting lines, never wraps.
 */
export function header(view: Look, curriculum: Curriculum, state: CurriculumState, trail: string[]): string {
  const { chalk } = view.style;
  const figures = progressFigures(curriculum, state);
  const room = view.width - 1;
  const title = truncate(safeText(curriculum.title), Math.max(10, room - 48));
  const progress = `  ${messages().menu.progress({ topicsComplete: figures.topics.complete, topics: figures.topics.total, resourcesResolved: figures.resources.resolved, resources: figures.resources.total })}`;
  // The blank line parts the screen from what was printed before it (reports of what changed).
  return [
    '',
    chalk.bold(title) + chalk.dim(truncate(progress, room - displayWidth(title))),
    chalk.cyan(truncate(trail.map((part) => safeText(part)).join(' › '), room)),
  ].join('\n');
}

/**
 * Rows of a list as aligned columns: `number  title  detail`. Titles are padded by display width, so CJK
 * titles (two columns a character) line up with Latin ones; a title too long for the terminal is cut.
 */
export function alignedLabels(view: Look, rows: { number: string; mark?: string; title: string; detail?: string }[], indent = 2): string[] {
  const numberWidth = Math.max(0, ...rows.map((row) => displayWidth(row.number)));
  const detailWidth = Math.max(0, ...rows.map((row) => displayWidth(row.detail ?? '')));
  const markWidth = rows.some((row) => row.mark !== undefined) ? 2 : 0;
  // The prompt draws a cursor and a checkbox before each label: keep a few columns for them.
  const room = Math.max(10, view.width - indent - 4 - numberWidth - markWidth - 2 - (detailWidth ? detailWidth + 2 : 0));
  const titleWidth = Math.min(room, Math.max(0, ...rows.map((row) => displayWidth(safeText(row.title)))));
  return rows.map((row) => {
    const title = padEnd(truncate(safeText(row.title), titleWidth), titleWidth);
    const mark = row.mark !== undefined ? `${row.mark} ` : '';
    const detail = row.detail ? `  ${view.style.chalk.dim(row.detail)}` : '';
    return `${padEnd(row.number, numberWidth)}  ${mark}${title}${detail}`.trimEnd();
  });
}

/** A resource's kind in the language in use; the curriculum names it with an English word of a fixed list. */
export function kindName(kind: ResourceKind | undefined): string | null {
  return kind ? resourceKindName(kind) : null;
}

/** `1.2  Linear algebra`, sanitised: how an item is named in headers and messages. */
export function named(number: string, title: string): string {
  return `${number} ${safeText(title)}`;
}
