import { safeText } from '../text.js';
import type { GraphView } from '../../plan/graphView.js';
import { renderMermaid } from '../graph.js';
import { listInText, messages } from '../../messages/index.js';
import { minutesInWords, statusName } from '../itemViews.js';
import type { ReportResource, ReportTopic, ReportView } from './view.js';

/**
 * Curriculum or note text as Markdown that shows as written: every character Markdown or HTML gives a
 * meaning to inline is backslash-escaped, and control characters are neutralised.
 */
function markdownText(text: string, keepNewlines = false): string {
  return safeText(text, keepNewlines).replace(/[\\`*_{}[\]()<>!|~&#]/g, (c) => `\\${c}`);
}

/**
 * The progress report as GitHub-flavoured Markdown: totals and streak first, the graph as a Mermaid block,
 * then each section as a heading over a checklist of its topics, their resources nested under them.
 */
export function renderMarkdownReport(view: ReportView, graph: GraphView): string {
  const titles = new Map(view.sections.flatMap((section) => section.topics.map((topic) => [topic.id, `${topic.number} ${topic.title}`] as const)));
  const words = messages().report;
  const left = view.minutesLeft > 0 || view.unestimated === 0 ? words.totals.about({ time: minutesInWords(view.minutesLeft) }) : words.totals.notEstimated;
  const unestimated = view.unestimated > 0 ? `${words.asideGap}${words.aside({ text: words.withoutEstimate({ count: view.unestimated }) })}` : '';
  const lines = [
    `# ${words.title({ title: markdownText(view.title) })}`,
    '',
    words.markdown.subtitle({ date: view.date, curriculum: `\`${view.curriculum.replace(/`/g, '')}\`` }),
    '',
    `- ${words.markdown.topics({ complete: view.topics.complete, total: view.topics.total })}`,
    `- ${words.markdown.resources({ resolved: view.resources.resolved, total: view.resources.total })}`,
    `- ${words.markdown.timeLeft({ left })}${unestimated}`,
    `- ${words.markdown.streak({ current: view.activity.streak.current, longest: view.activity.streak.longest })}`,
  ];
  if (view.next.length > 0) lines.push(`- ${words.markdown.next({ topics: view.next.map((id) => markdownText(titles.get(id) ?? id)).join(' · ') })}`);
  lines.push('', '```mermaid', renderMermaid(graph).trimEnd(), '```');
  for (const section of view.sections) {
    const { topics, resources } = section.counts;
    lines.push('', `## ${markdownText(section.number)} ${markdownText(section.title)}`, '');
    lines.push(words.markdown.sectionCounts({ topicsComplete: topics.complete, topics: topics.total, resourcesResolved: resources.resolved, resources: resources.total }), '');
    for (const note of section.notes) lines.push(...quote(note, ''), '');
    for (const topic of section.topics) lines.push(...topicLines(topic));
  }
  return `${lines.join('\n')}\n`;
}

/** What follows a title: ` (optional, blocked)`, or nothing. */
function remarks(words: string[]): string {
  const shown = listInText(words);
  return shown ? `${messages().report.asideGap}${messages().report.aside({ text: shown })}` : '';
}

function topicLines(topic: ReportTopic): string[] {
  const words = messages().report;
  const checked = topic.state === 'complete' ? 'x' : ' ';
  // A complete topic goes without saying (its box is ticked), unless it was skipped.
  const state = topic.state !== 'complete' ? words.states[topic.state] : topic.status === 'skipped' ? statusName('skipped') : '';
  const lines = [`- [${checked}] **${markdownText(topic.number)} ${markdownText(topic.title)}**${remarks([topic.optional ? messages().common.optional : '', state])}`];
  for (const note of topic.notes) lines.push(...quote(note, '  '));
  for (const resource of topic.resources) lines.push(...resourceLines(resource));
  return lines;
}

function resourceLines(resource: ReportResource): string[] {
  const title = `${markdownText(resource.number)} ${/^https?:\/\/[^\s()<>]+$/i.test(resource.url) ? `[${markdownText(resource.title)}](<${resource.url}>)` : markdownText(resource.title)}`;
  const status = resource.status === 'skipped' || resource.status === 'started' ? statusName(resource.status) : '';
  const lines = [`  - [${resource.resolved ? 'x' : ' '}] ${title}${remarks([resource.optional ? messages().common.optional : '', status])}`];
  for (const note of resource.notes) lines.push(...quote(note, '    '));
  return lines;
}

/** A note as a block quote inside its list item. */
function quote(text: string, indent: string): string[] {
  return markdownText(text, true)
    .split('\n')
    .map((line) => `${indent}> ${line}`.trimEnd());
}
