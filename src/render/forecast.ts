import type { Forecast } from '../plan/forecast.js';
import type { Style } from './style.js';
import { plural } from './text.js';

/** A forecast as `status` and `path` show it (and print with --json). */
export type ForecastView = Forecast & { remainingTopics: number };

/**
 * One line, in words that claim no more than the method can: "at your pace of 3 topics a week: about
 * 2027-02-10 (between 2027-01-20 and 2027-03-15)". Nothing when the goal is reached.
 */
export function forecastLine(view: ForecastView, style: Style): string | undefined {
  const { chalk } = style;
  switch (view.kind) {
    case 'complete':
      return undefined;
    case 'not-enough-history':
      return chalk.dim(`Forecast: not enough history yet (${plural(view.historyDays, 'day')}; it takes 2 weeks)`);
    case 'stalled':
      return chalk.dim(`Forecast: no topic completed in the last ${plural(view.weeks, 'week')}, so no date to give`);
    case 'forecast':
      return `At your pace of ${plural(view.topicsPerWeek, 'topic')} a week: about ${chalk.bold(view.likely)} ${chalk.dim(`(between ${view.earliest} and ${view.latest})`)}`;
  }
}
