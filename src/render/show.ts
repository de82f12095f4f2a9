import type { Status } from '../model/progress.js';
import { formatMinutes, type Count, type ListResourceView, type ListTopicView } from './itemViews.js';
import { paintStatusMark, paintTopicMark, type Style } from './style.js';
import type { TopicState } from '../plan/state.js';
import { progressBar, safeText, truncate, wrap } from './text.js';
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

export function renderShow(view: ShowView, style: Style): string {
  const { chalk } = style;
  const lines: string[] = [];
  const field = (name: string, value: string) => lines.push(`${chalk.dim(name.padEnd(13))}${value}`);
  if (view.kind === 'section') {
    lines.push(chalk.bold(`${view.number}  ${safeText(view.title)}`));
    if (view.summary) lines.push(...wrap(safeText(view.summary, true), style.width, SUMMARY_INDENT));
    lines.push('');
    field('progress', `${progressBar(view.progress.done, view.progress.total)} ${view.progress.done}/${view.progress.total} resources`);
    lines.push('', chalk.bold('Topics'));
    for (const topic of view.topics) {
      lines.push(truncate(`  ${paintTopicMark(style, topic.state, topic.status === 'skipped')} ${topic.number}  ${safeText(topic.title)}`, style.width));
    }
  } else if (view.kind === 'topic') {
    lines.push(chalk.bold(`${view.number}  ${safeText(view.title)}`) + (view.optional ? chalk.dim('  (optional)') : ''));
    if (view.summary) lines.push(...wrap(safeText(view.summary, true), style.width, SUMMARY_INDENT));
    lines.push('');
    field('section', `${view.section.number}  ${safeText(view.section.title)}`);
    field('state', `${paintTopicMark(style, view.state, view.status === 'skipped')} ${view.state}${view.status !== 'todo' ? ` (marked ${view.status})` : ''}`);
    if (view.progress.total > 0) field('progress', `${progressBar(view.progress.done, view.progress.total)} ${view.progress.done}/${view.progress.total} resources`);
    lines.push('', chalk.bold('Prerequisites'));
    if (view.prerequisites.length === 0) lines.push(chalk.dim('  none: you can start right away'));
    for (const link of view.prerequisites) lines.push(`  ${link.complete ? chalk.green('✔ met    ') : chalk.yellow('✘ not met')}  ${link.number}  ${safeText(link.title)}`);
    if (view.unlocks.length > 0) {
      lines.push('', chalk.bold('Unlocks'));
      for (const link of view.unlocks) lines.push(`  ${link.number}  ${safeText(link.title)}`);
    }
    lines.push('', chalk.bold('Resources'));
    if (view.resources.length === 0) lines.push(chalk.dim('  none listed'));
    for (const resource of view.resources) {
      const tags = [resource.kind, resource.optional ? 'optional' : null].filter(Boolean).join(', ');
      lines.push(`  ${paintStatusMark(style, resource.status, resource.resolved)} ${resource.number}  ${safeText(resource.title)}${tags ? chalk.dim(`  ${tags}`) : ''}`);
      lines.push(chalk.dim(`         ${safeText(resource.url)}`));
    }
  } else {
    lines.push(chalk.bold(`${view.number}  ${safeText(view.title)}`) + (view.optional ? chalk.dim('  (optional)') : ''));
    lines.push('');
    field('url', chalk.underline(safeText(view.url)));
    field('topic', `${view.topic.number}  ${safeText(view.topic.title)}`);
    if (view.resourceKind) field('kind', view.resourceKind);
    if (view.minutes) field('effort', `≈ ${formatMinutes(view.minutes)}`);
    field('status', `${paintStatusMark(style, view.status, view.resolved)} ${view.status}${view.resolved && view.status === 'todo' ? ' (covered by its topic)' : ''}`);
  }
  lines.push('', chalk.bold('Notes'));
  if (view.notes.length === 0) lines.push(chalk.dim(`  none yet: roadmap note ${view.kind === 'resource' ? view.ref : view.id} "…"`));
  else lines.push(...formatNoteLines(view.notes, style, '  ', view.number));
  return `${lines.join('\n')}\n`;
}
