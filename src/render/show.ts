import { listInText, messages } from '../messages/index.js';
import type { Status } from '../model/progress.js';
import { formatMinutes, resourceKindName, statusName, topicStateName, type Count, type ListResourceView, type ListTopicView } from './itemViews.js';
import { paintStatusMark, paintTopicMark, type Style } from './style.js';
import type { TopicState } from '../plan/state.js';
import { displayWidth, padEnd, progressBar, safeText, truncate } from './text.js';
import { wrap } from './wrapLine.js';
import { formatNoteLines, type NoteView } from './notes.js';

export interface TopicLink {
  id: string;
  number: string;
  title: string;
  complete: boolean;
}

export type ShowView =
  | {
      kind: 'section';
      id: string;
      number: string;
      title: string;
      summary: string | null;
      progress: Count;
      topics: ListTopicView[];
      notes: NoteView[];
    }
  | {
      kind: 'topic';
      id: string;
      number: string;
      title: string;
      summary: string | null;
      section: { id: string; number: string; title: string };
      optional: boolean;
      status: Status;
      state: TopicState;
      progress: Count;
      prerequisites: TopicLink[];
      unlocks: TopicLink[];
      resources: ListResourceView[];
      notes: NoteView[];
    }
  | {
      kind: 'resource';
      ref: string;
      number: string;
      title: string;
      url: string;
      resourceKind: string | null;
      optional: boolean;
      minutes: number | null;
      status: Status;
      resolved: boolean;
      topic: { id: string; number: string; title: string };
      notes: NoteView[];
    };

/** A summary's lines (a YAML block scalar keeps its own) sit under the title, indented, wrapped to the terminal. */
const SUMMARY_INDENT = '  ';

/** Columns of the field names' column. */
const FIELD_COLUMNS = 13;

export function renderShow(view: ShowView, style: Style): string {
  const { chalk } = style;
  const lines: string[] = [];
  const text = messages().show;
  const { optional } = messages().common;
  const field = (name: keyof typeof text.field, value: string) => lines.push(`${chalk.dim(padEnd(text.field[name], FIELD_COLUMNS))}${value}`);
  const progress = (count: Count) => `${progressBar(count.done, count.total)} ${text.resourcesDone(count)}`;
  if (view.kind === 'section') {
    lines.push(chalk.bold(`${view.number}  ${safeText(view.title)}`));
    if (view.summary) lines.push(...wrap(safeText(view.summary, true), style.width, SUMMARY_INDENT));
    lines.push('');
    field('progress', progress(view.progress));
    lines.push('', chalk.bold(text.topics));
    for (const topic of view.topics) {
      lines.push(truncate(`  ${paintTopicMark(style, topic.state, topic.status === 'skipped')} ${topic.number}  ${safeText(topic.title)}`, style.width));
    }
  } else if (view.kind === 'topic') {
    lines.push(chalk.bold(`${view.number}  ${safeText(view.title)}`) + (view.optional ? chalk.dim(`  ${text.optionalTag}`) : ''));
    if (view.summary) lines.push(...wrap(safeText(view.summary, true), style.width, SUMMARY_INDENT));
    lines.push('');
    field('section', `${view.section.number}  ${safeText(view.section.title)}`);
    const state = topicStateName(view.state);
    field('state', `${paintTopicMark(style, view.state, view.status === 'skipped')} ${view.status !== 'todo' ? text.stateMarked({ state, status: statusName(view.status) }) : state}`);
    if (view.progress.total > 0) field('progress', progress(view.progress));
    lines.push('', chalk.bold(text.prerequisites));
    if (view.prerequisites.length === 0) lines.push(chalk.dim(`  ${text.noPrerequisites}`));
    const metColumns = Math.max(displayWidth(text.met), displayWidth(text.notMet));
    for (const link of view.prerequisites) {
      const mark = link.complete ? chalk.green(`✔ ${padEnd(text.met, metColumns)}`) : chalk.yellow(`✘ ${padEnd(text.notMet, metColumns)}`);
      lines.push(`  ${mark}  ${link.number}  ${safeText(link.title)}`);
    }
    if (view.unlocks.length > 0) {
      lines.push('', chalk.bold(text.unlocks));
      for (const link of view.unlocks) lines.push(`  ${link.number}  ${safeText(link.title)}`);
    }
    lines.push('', chalk.bold(text.resources));
    if (view.resources.length === 0) lines.push(chalk.dim(`  ${text.noResources}`));
    for (const resource of view.resources) {
      const tags = listInText([resource.kind && resourceKindName(resource.kind), resource.optional && optional]);
      lines.push(`  ${paintStatusMark(style, resource.status, resource.resolved)} ${resource.number}  ${safeText(resource.title)}${tags ? chalk.dim(`  ${tags}`) : ''}`);
      lines.push(chalk.dim(`         ${safeText(resource.url)}`));
    }
  } else {
    lines.push(chalk.bold(`${view.number}  ${safeText(view.title)}`) + (view.optional ? chalk.dim(`  ${text.optionalTag}`) : ''));
    lines.push('');
    field('url', chalk.underline(safeText(view.url)));
    field('topic', `${view.topic.number}  ${safeText(view.topic.title)}`);
    if (view.resourceKind) field('kind', resourceKindName(view.resourceKind));
    if (view.minutes) field('effort', messages().common.approximately({ effort: formatMinutes(view.minutes) }));
    const status = statusName(view.status);
    field('status', `${paintStatusMark(style, view.status, view.resolved)} ${view.resolved && view.status === 'todo' ? text.coveredByTopic({ status }) : status}`);
  }
  lines.push('', chalk.bold(text.notes));
  if (view.notes.length === 0) lines.push(chalk.dim(`  ${text.noNotes({ command: `roadmap note ${view.kind === 'resource' ? view.ref : view.id} "…"` })}`));
  else lines.push(...formatNoteLines(view.notes, style, '  ', view.number));
  return `${lines.join('\n')}\n`;
}
