import { itemById, itemKey } from '../curriculum/index.js';
import { progressCurricula } from '../curriculum/progressHome.js';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { usageError } from '../errors.js';
import { messages } from '../messages/index.js';
import { replaceFile } from '../files/replaceFile.js';
import { wouldReplaceFile } from '../files/wouldReplaceFile.js';
import { graphView } from '../plan/graphView.js';
import { remainingWork } from '../plan/forecast.js';
import { suggestNext } from '../plan/next.js';
import { progressFigures } from '../plan/state.js';
import type { ProgressStore } from '../progress/store.js';
import type { ReportSection, ReportView } from '../render/report/view.js';
import { safeText } from '../render/text.js';
import type { ProgressSnapshot, Session } from '../session.js';
import { activity as activityAt } from '../plan/activity.js';
import { launchOpener } from './opener.js';
import { helpText, type CommandSpec } from './spec.js';

const FORMATS = ['html', 'md'] as const;
type Format = (typeof FORMATS)[number];
const NEXT_SUGGESTIONS = 3;

export const reportCommand: CommandSpec = {
  name: 'report',
  get summary() { return helpText().report.summary; },
  get details() { return helpText().report.details; },
  options: [
    { flags: '-o, --output <file>', get description() { return helpText().report.options.output; }, values: 'file' },
    { flags: '--format <format>', get description() { return helpText().report.options.format; }, defaultValue: 'html', values: FORMATS },
    { flags: '--open', get description() { return helpText().report.options.open; } },
    { flags: '--force', get description() { return helpText().report.options.force; } },
  ],
  examples: ['roadmap report', 'roadmap report --open', 'roadmap report --format md -o progress.md', 'roadmap report --format md -o - | pbcopy'],
  async run(session, _args, options) {
    const format = options.format as string;
    if (!(FORMATS as readonly string[]).includes(format)) throw usageError(messages().report.formatUnknown({ format: safeText(format) }));
    const output = (options.output as string | undefined) ?? `roadmap-report.${format}`;
    const toStdout = output === '-';
    if (toStdout && options.open) throw usageError(messages().report.openNeedsFile);
    const target = resolve(session.context.cwd, output);
    if (!toStdout && !options.force && wouldReplaceFile(target)) {
      throw usageError(messages().report.fileExists({ output: safeText(output), target: safeText(target) }));
    }
    const text = await renderReport(session, format as Format);
    if (toStdout) {
      session.print(text);
      return;
    }
    replaceFile(target, text, output);
    session.print(messages().report.wrote({ file: safeText(target) }));
    if (options.open) await launchOpener(session.context, pathToFileURL(target).href);
  },
};

async function renderReport(session: Session, format: Format): Promise<string> {
  const snapshot = await session.snapshot();
  const store = session.readStore();
  const view = buildReportView(snapshot, store, session.timeZone(), session.now());
  const graph = graphView(snapshot.curriculum, snapshot.state);
  if (format === 'md') {
    const { renderMarkdownReport } = await import('../render/report/markdown.js');
    return renderMarkdownReport(view, graph);
  }
  const { renderClusteredDot } = await import('../render/graph.js');
  const { renderHtmlReport, TOPIC_ANCHOR_PREFIX } = await import('../render/report/html.js');
  const dot = renderClusteredDot(graph, {
    clusters: view.sections.map((section) => ({ id: section.id, label: `${section.number}  ${section.title}`, nodeIds: section.topics.map((topic) => topic.id) })),
    marked: new Set(view.next),
    anchorPrefix: TOPIC_ANCHOR_PREFIX,
    labelColumns: 22,
  });
  // Graphviz compiled to WebAssembly, inside the package: the layout runs here, offline, and only for this command.
  const { instance } = await import('@viz-js/viz');
  const svg = (await instance()).renderString(dot, { format: 'svg' });
  return renderHtmlReport(view, svg);
}

function buildReportView({ curriculum, state }: ProgressSnapshot, store: ProgressStore | null, timeZone: string, now: Date): ReportView {
  const figures = progressFigures(curriculum, state);
  const notes = new Map<string, string[]>();
  for (const note of store ? store.notes(progressCurricula(curriculum)) : []) {
    // Under the item's live key: a note taken before a rename is stored under the former id.
    const item = itemById(curriculum, note.item);
    const key = item ? itemKey(item) : note.item;
    const list = notes.get(key) ?? [];
    list.push(note.text);
    notes.set(key, list);
  }
  const sections: ReportSection[] = curriculum.sections.map((section, i) => ({
    id: section.id,
    number: section.number,
    title: section.title,
    counts: { topics: figures.sections[i]!.topics, resources: figures.sections[i]!.resources },
    notes: notes.get(section.id) ?? [],
    topics: section.topics.map((topic) => {
      const progress = state.topics.get(topic.id)!;
      return {
        id: topic.id,
        number: topic.number,
        title: topic.title,
        state: progress.state,
        status: progress.status,
        optional: topic.optional,
        notes: notes.get(topic.id) ?? [],
        resources: topic.resources.map((resource, r) => {
          const resourceProgress = progress.resources[r]!;
          return {
            number: resource.number,
            title: resource.title,
            url: resource.url,
            status: resourceProgress.status,
            resolved: resourceProgress.resolved,
            optional: resource.optional,
            ...(resource.minutes === undefined ? {} : { minutes: resource.minutes }),
            notes: notes.get(resource.ref) ?? [],
          };
        }),
      };
    }),
  }));
  const activity = activityAt(store?.activityInstants(progressCurricula(curriculum)) ?? [], timeZone, now);
  const left = remainingWork(curriculum, state);
  return {
    curriculum: curriculum.id,
    title: curriculum.title,
    ...(curriculum.language ? { language: curriculum.language } : {}),
    date: activity.today,
    topics: figures.topics,
    resources: figures.resources,
    minutesLeft: left.minutes,
    unestimated: left.unestimated,
    sections,
    activity,
    next: suggestNext(curriculum, state, { limit: NEXT_SUGGESTIONS }).suggestions.map((suggestion) => suggestion.topic.id),
  };
}
