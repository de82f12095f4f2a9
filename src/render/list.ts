import { listInText, messages } from '../messages/index.js';
import { resourceKindName, type Count, type ListTopicView } from './itemViews.js';
import { paintStatusMark, paintTopicMark, type Style } from './style.js';
import { displayWidth, padEnd, percent, progressBar, safeText, truncate } from './text.js';

export interface ListSectionView {
  id: string;
  number: string;
  title: string;
  progress: Count;
  topics: ListTopicView[];
}

export interface ListView {
  curriculum: { id: string; title: string };
  progress: { topics: Count; resources: Count };
  sections: ListSectionView[];
}

const RIGHT_COLUMN = 18; // "██████████ 12/40" plus a gap

export function renderList(view: ListView, style: Style): string {
  const { chalk } = style;
  const width = Number.isFinite(style.width) ? Math.max(style.width, 40) : 80;
  const room = width - RIGHT_COLUMN;
  const lines: string[] = [];
  const text = messages().list;
  const { optional } = messages().common;
  const { topics, resources } = view.progress;
  const summary = text.figures({
    topicsDone: topics.done,
    topicsTotal: topics.total,
    resourcesDone: resources.done,
    resourcesTotal: resources.total,
    percent: percent(resources.done, resources.total),
  });
  const [heading, figures] = fit('', safeText(view.curriculum.title), `  ${summary}`, width);
  lines.push(chalk.bold(heading) + chalk.dim(figures));
  for (const section of view.sections) {
    lines.push('');
    const [title] = fit(`${section.number}  `, safeText(section.title), '', room);
    lines.push(withRight(`${section.number}  ${chalk.bold(title)}`, room, bar(section.progress, style)));
    for (const topic of section.topics) {
      const mark = paintTopicMark(style, topic.state, topic.status === 'skipped');
      const tags: string[] = [];
      if (topic.optional) tags.push(optional);
      if (topic.state === 'blocked' && topic.blockedBy.length > 0) tags.push(text.needs({ numbers: listInText(topic.blockedBy) }));
      const prefix = `  ${mark} ${topic.number}  `;
      const [topicTitle, note] = fit(prefix, safeText(topic.title), tags.length > 0 ? `  ${text.notes({ notes: tags.join(text.noteSeparator) })}` : '', room);
      const titleText = topic.state === 'blocked' ? chalk.dim(topicTitle) : topicTitle;
      const right = topic.progress.total > 0 ? bar(topic.progress, style) : '';
      lines.push(withRight(prefix + titleText + chalk.dim(note), room, right));
      for (const resource of topic.resources) {
        const resourceMark = paintStatusMark(style, resource.status, resource.resolved);
        const kind = listInText([resource.kind && resourceKindName(resource.kind), resource.optional && optional]);
        const resourcePrefix = `      ${resourceMark} ${resource.number}  `;
        // The kind tag is short and worth keeping: the title gives way to it.
        const tail = kind ? `  ${kind}` : '';
        const resourceTitle = truncate(safeText(resource.title), width - displayWidth(resourcePrefix) - displayWidth(tail));
        lines.push(resourcePrefix + (resource.optional ? chalk.dim(resourceTitle) : resourceTitle) + chalk.dim(tail));
      }
    }
  }
  return `${lines.join('\n')}\n`;
}

function bar(count: Count, style: Style): string {
  const { chalk } = style;
  const filled = progressBar(count.done, count.total);
  return `${count.done === count.total && count.total > 0 ? chalk.green(filled) : chalk.cyan(filled)} ${count.done}/${count.total}`;
}

/**
 * Fits a title and the note after it into `room` columns after `prefix`: the note gives way first,
 * then the title is cut with `…`.
 */
function fit(prefix: string, title: string, note: string, room: number): [string, string] {
  const available = room - displayWidth(prefix);
  if (displayWidth(title) >= available) return [truncate(title, available), ''];
  return [title, truncate(note, available - displayWidth(title))];
}

function withRight(left: string, room: number, right: string): string {
  return right ? `${padEnd(left, room)}  ${right}` : left;
}
