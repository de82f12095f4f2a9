import { messages } from '../messages/index.js';
import type { Activity } from '../plan/activity.js';
import type { ProgressCounts, SectionProgressFigures } from '../plan/state.js';
import { renderHeatMapLines, streakLine } from './activity.js';
import { forecastLine, type ForecastView } from './forecast.js';
import { formatEvent, type EventView } from './log.js';
import { reviewsDueLine } from './review.js';
import type { Style } from './style.js';
import { displayWidth, padEnd, padStart, percent, progressBar, safeText, truncate } from './text.js';

export interface StatusView extends ProgressCounts {
  curriculum: string;
  title: string;
  sections: SectionProgressFigures[];
  recent: EventView[];
  /** Changes per local day and the streaks (`status --json`: the figures; the terminal: the last 12 weeks). */
  activity: Activity;
  /** Topics due for review now (`roadmap review`). */
  reviewsDue: number;
  /** When the whole curriculum is likely done, at the learner's pace. */
  forecast: ForecastView;
}

export function renderStatus(view: StatusView, style: Style): string {
  const { chalk } = style;
  const text = messages().status;
  const lines: string[] = [chalk.bold(safeText(view.title)), ''];
  const split = (done: number, skipped: number) => chalk.dim(text.doneAndSkipped({ done, skipped }));
  // The labels of the two totals share a column, as wide as the wider label needs (11 in English).
  const labelWidth = Math.max(11, displayWidth(text.topics) + 2, displayWidth(text.resources) + 2);
  lines.push(`${padEnd(text.topics, labelWidth)}${bar(view.topics.complete, view.topics.total, style)} ${padStart(`${view.topics.complete}/${view.topics.total}`, 7)}  ${percent(view.topics.complete, view.topics.total).padStart(4)}  ${split(view.topics.done, view.topics.skipped)}`);
  lines.push(`${padEnd(text.resources, labelWidth)}${bar(view.resources.resolved, view.resources.total, style)} ${padStart(`${view.resources.resolved}/${view.resources.total}`, 7)}  ${percent(view.resources.resolved, view.resources.total).padStart(4)}  ${split(view.resources.done, view.resources.skipped)}`);
  lines.push(...rhythmLines(view, style));
  lines.push('', chalk.bold(text.sections));
  const width = Number.isFinite(style.width) ? style.width : 100;
  const titleRoom = Math.max(12, Math.min(32, width - 44));
  // Numbers right-aligned, so titles start in one column also past section 9.
  const numberWidth = Math.max(0, ...view.sections.map((section) => section.number.length));
  for (const section of view.sections) {
    const title = padEnd(truncate(`${section.number.padStart(numberWidth)}  ${safeText(section.title)}`, titleRoom), titleRoom);
    const figures = text.sectionFigures({
      topics: padStart(`${section.topics.complete}/${section.topics.total}`, 5),
      resources: padStart(`${section.resources.resolved}/${section.resources.total}`, 6),
    });
    lines.push(`  ${title}  ${bar(section.resources.resolved, section.resources.total, style)} ${figures}`);
  }
  lines.push('', `${chalk.bold(text.activity)}  ${streakLine(view.activity)}`, ...renderHeatMapLines(view.activity, style));
  lines.push('', chalk.bold(text.recentActivity));
  if (view.recent.length === 0) lines.push(chalk.dim(`  ${text.nothingYet}`));
  for (const event of view.recent) lines.push(formatEvent(event, style, '  '));
  return `${lines.join('\n')}\n`;
}

/** Reviews due and the forecast, under the totals; either may be absent. */
function rhythmLines(view: StatusView, style: Style): string[] {
  const lines = [forecastLine(view.forecast, style), reviewsDueLine(view.reviewsDue, style)].filter((line): line is string => line !== undefined);
  return lines.length > 0 ? ['', ...lines] : [];
}

function bar(done: number, total: number, style: Style): string {
  const text = progressBar(done, total);
  return done === total && total > 0 ? style.chalk.green(text) : style.chalk.cyan(text);
}

