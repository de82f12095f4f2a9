import { messages } from '../messages/index.js';
import { forecastLine, type ForecastView } from './forecast.js';
import { formatMinutes, type NextResourceView } from './itemViews.js';
import { paintTopicMark, type Style } from './style.js';
import type { TopicState } from '../plan/state.js';
import { displayWidth, safeText, truncate } from './text.js';

export interface PathView {
  curriculum: string;
  goal: string;
  complete: boolean;
  effort: { topics: number; resources: number; minutes: number; unestimated: number };
  steps: {
    topic: string;
    number: string;
    title: string;
    section: string;
    state: TopicState;
    goal: boolean;
    optional: boolean;
    minutes: number;
    unestimated: number;
    resources: NextResourceView[];
    optionalResources: number;
  }[];
  /** When the goal is likely reached, at the learner's pace. */
  forecast: ForecastView;
}

export function renderPath(view: PathView, style: Style): string {
  const { chalk } = style;
  const width = Number.isFinite(style.width) ? style.width : 100;
  const text = messages().path;
  if (view.complete) return `${chalk.green(text.complete({ goal: view.goal }))}\n`;
  const lines: string[] = [];
  lines.push(`${chalk.bold(text.toGo({ count: view.effort.topics }))}${chalk.dim(`  ·  ${effortText(view.effort.minutes, view.effort.unestimated, view.effort.resources)}`)}`);
  const forecast = forecastLine(view.forecast, style);
  if (forecast !== undefined) lines.push(forecast);
  view.steps.forEach((step, position) => {
    const effort = effortText(step.minutes, step.unestimated, step.resources.length);
    const head = `${String(position + 1).padStart(3)}. ${paintTopicMark(style, step.state)} `;
    const label = truncate(`${step.number}  ${safeText(step.title)}`, width - displayWidth(head) - displayWidth(effort) - 2);
    lines.push(`${head}${step.goal ? chalk.bold(label) : label}  ${chalk.dim(effort)}`);
    for (const resource of step.resources) {
      lines.push(chalk.dim(truncate(`        ${resource.number}  ${safeText(resource.title)}`, width)));
    }
  });
  return `${lines.join('\n')}\n`;
}

/** "≈ 6 h, 3 resources without estimate" */
export function effortText(minutes: number, unestimated: number, resources: number): string {
  const text = messages().path;
  if (resources === 0) return text.nothingLeft;
  const parts: string[] = [];
  if (minutes > 0) parts.push(messages().common.approximately({ effort: formatMinutes(minutes) }));
  if (unestimated > 0) parts.push(text.unestimated({ count: unestimated }));
  return parts.join(text.effortSeparator);
}
