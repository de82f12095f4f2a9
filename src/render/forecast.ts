import { messages } from '../messages/index.js';
import type { Forecast } from '../plan/forecast.js';
import type { Style } from './style.js';

/** A forecast as `status` and `path` show it (and print with --json). */
export type ForecastView = Forecast & { remainingTopics: number };

/**
 * One line, in words that claim no more than the method can: "at your pace of 3 topics a week: about
 * 2027-02-10 (between 2027-01-20 and 2027-03-15)". Nothing when the goal is reached.
 */
export function forecastLine(view: ForecastView, style: Style): string | undefined {
  const { chalk } = style;
  const text = messages().status.forecast;
  switch (view.kind) {
    case 'complete':
      return undefined;
    case 'not-enough-history':
      return chalk.dim(text.notEnoughHistory({ days: view.historyDays }));
    case 'stalled':
      return chalk.dim(text.stalled({ weeks: view.weeks }));
    case 'forecast':
      return text.likely({ topics: view.topicsPerWeek, likely: chalk.bold(view.likely), range: chalk.dim(text.range({ earliest: view.earliest, latest: view.latest })) });
  }
}
