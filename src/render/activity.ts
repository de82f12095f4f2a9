import { messages } from '../messages/index.js';
import { calendar, shade, type Activity } from '../plan/activity.js';
import type { Style } from './style.js';
import { displayWidth, padEnd } from './text.js';

/** The terminal's shades, from no change to the busiest days: readable without colour. */
const SHADES = ['·', '░', '▒', '▓', '█'] as const;
/** Weeks before the current one that the terminal map shows: twelve columns in all. */
const TERMINAL_WEEKS = 11;

export function streakLine(activity: Activity): string {
  const { current, longest } = activity.streak;
  return messages().status.streak({ current, longest });
}

/**
 * The last twelve weeks as a map of shades, a column per week (Monday at the top) and a row per weekday;
 * green with colours on. The busiest day of those weeks has the darkest shade.
 */
export function renderHeatMapLines(activity: Activity, style: Style, indent = '  '): string[] {
  const weeks = calendar(activity.days, activity.today, TERMINAL_WEEKS);
  const busiest = Math.max(0, ...weeks.flat().map((day) => day.count));
  const { monday, wednesday, friday, sunday } = messages().status.weekdays;
  const weekdays = [monday, '', wednesday, '', friday, '', sunday];
  // A column wider than the widest label, so the map starts in one column on every row.
  const labelWidth = Math.max(...weekdays.map(displayWidth)) + 1;
  const rows: string[] = [];
  for (let weekday = 0; weekday < 7; weekday++) {
    const cells = weeks.map((week) => {
      const day = week[weekday];
      if (!day) return ' ';
      const level = shade(day.count, busiest);
      return level === 0 ? style.chalk.dim(SHADES[0]) : style.chalk.green(SHADES[level]);
    });
    rows.push(`${indent}${padEnd(weekdays[weekday]!, labelWidth)}${cells.join(' ')}`.trimEnd());
  }
  return rows;
}
