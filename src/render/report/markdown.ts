import { neutralizeLines, neutralizeOneLine } from '../../controlCharacters.js';
import type { GraphView } from '../../plan/graphView.js';
import { renderMermaid } from '../graph.js';
import { minutesInWords } from '../itemViews.js';
import { plural } from '../text.js';
import type { ReportResource, ReportTopic, ReportView } from './view.js';

/**
 * Curriculum or note text as Markdown that shows as written: every character Markdown or HTML gives a
 * meaning to inline is backslash-escaped, and control characters are neutralised.
 */
function markdownText(text: string, keepNewlines = false): string {
  return (keepNewlines ? neutralizeLines(text) : neutralizeOneLine(text)).replace(/[\\`*_{}[\]()<>!|~&#]/g, (c) => `\\${c}`);
}

/**
 * The progress report as GitHub-flavoured Markdown: totals and streak first, the graph as a Mermaid block,
 * then each section as a heading over a checklist of its topics, their resources nested under them.
 */
export function renderMarkdownReport(view: ReportView, graph: GraphView): string {
  const titles = new Map(view.sections.flatMap((section) => section.topics.map((topic) => [topic.id, `${topic.number} ${topic.title}`] as const)));
  const lines = [
    `# ${markdownText(view.title)}: progress`,
    '',
    `Progress report of ${view.date} (\`${view.curriculum.replace(/`/g, '')}\`)`,
    '',
    `- **Topics:** ${view.topics.complete}/${view.topics.total} complete`,
    `- **Resources:** ${view.resources.resolved}/${view.resources.total} resolved`,
    `- **Time left:** ${view.minutesLeft > 0 || view.unestimated === 0 ? `about ${minutesInWords(view.minutesLeft)}` : 'not estimated'}${view.unestimated > 0 ? ` (${plural(view.unestimated, 'resource')} without an estimate)` : ''}`,
    `- **Streak:** ${plural(view.activity.streak.current, 'day')} (longest ${plural(view.activity.streak.longest, 'day')})`,
  ];
  if (view.next.length > 0) lines.push(`- **Next:** ${view.next.map((id) => markdownText(titles.get(id) ?? id)).join(' · ')}`);
  lines.push('', '```mermaid', renderMermaid(graph).trimEnd(), '```');
  for (const section of view.sections) {
    const { topics, resources } = section.counts;
    lines.push('', `## ${markdownText(section.number)} ${markdownText(section.title)}`, '');
    lines.push(`${topics.complete}/${topics.total} topics, ${resources.resolved}/${resources.total} resources`, '');
    for (const note of section.notes) lines.push(...quote(note, ''), '');
    for (const topic of section.topics) lines.push(...topicLines(topic));
  }
  return `${lines.join('\n')}\n`;
}

function topicLines(topic: ReportTopic): string[] {
  const checked = topic.state === 'complete' ? 'x' : ' ';
  const notes = [topic.optional ? 'optional' : '', topic.state === 'complete' ? (topic.status === 'skipped' ? 'skipped' : '') : topic.state.replace('-', ' ')].filter(Boolean);
  const lines = [`- [${checked}] **${markdownText(topic.number)} ${markdownText(topic.title)}**${notes.length > 0 ? ` (${notes.join(', ')})` : ''}`];
  for (const note of topic.notes) lines.push(...quote(note, '  '));
  for (const resource of topic.resources) lines.push(...resourceLines(resource));
  return lines;
}

function resourceLines(resource: ReportResource): string[] {
  const title = `${markdownText(resource.number)} ${/^https?:\/\/[^\s()<>]+$/i.test(resource.url) ? `[${markdownText(resource.title)}](<${resource.url}>)` : markdownText(resource.title)}`;
  const notes = [resource.optional ? 'optional' : '', resource.status === 'skipped' ? 'skipped' : resource.status === 'started' ? 'started' : ''].filter(Boolean);
  const lines = [`  - [${resource.resolved ? 'x' : ' '}] ${title}${notes.length > 0 ? ` (${notes.join(', ')})` : ''}`];
  for (const note of resource.notes) lines.push(...quote(note, '    '));
  return lines;
}

/** A note as a block quote inside its list item. */
function quote(text: string, indent: string): string[] {
  return markdownText(text, true)
    .split('\n')
    .map((line) => `${indent}> ${line}`.trimEnd());
}
