import { messages } from '../../messages/index.js';
import { calendar, shade, type Activity } from '../../plan/activity.js';

const CELL = 11;
const GAP = 2;
const STEP = CELL + GAP;
const LEFT = 26;
const TOP = 14;
const WEEKS = 52;

/** The rows that are labelled, Monday being row 0. */
function weekdayLabels(): [number, string][] {
  const words = messages().status.weekdays;
  return [
    [0, words.monday],
    [2, words.wednesday],
    [4, words.friday],
  ];
}

function monthNames(): string[] {
  const { months } = messages().report.heatMap;
  return [months.january, months.february, months.march, months.april, months.may, months.june, months.july, months.august, months.september, months.october, months.november, months.december];
}

/**
 * The last 52 weeks as an SVG grid, a column per week (Monday at the top), a cell per day shaded by its
 * count (`l0`…`l4`, coloured by the page's CSS); it scales with the page's width.
 */
export function renderHeatMap(activity: Activity): string {
  const weeks = calendar(activity.days, activity.today, WEEKS);
  const busiest = Math.max(0, ...weeks.flat().map((day) => day.count));
  const width = LEFT + weeks.length * STEP;
  const height = TOP + 7 * STEP;
  const words = messages().report.heatMap;
  const months = monthNames();
  const parts: string[] = [];
  let lastLabel = -3;
  weeks.forEach((week, column) => {
    const x = LEFT + column * STEP;
    const month = week[0]!.date.slice(5, 7);
    const starts = column === 0 ? week[0]!.date.slice(8) <= '07' : month !== weeks[column - 1]![0]!.date.slice(5, 7);
    if (starts && column - lastLabel >= 3) {
      parts.push(`<text class="label" x="${x}" y="${TOP - 4}">${months[Number(month) - 1]}</text>`);
      lastLabel = column;
    }
    week.forEach((day, row) => {
      const label = words.day({ date: day.date, count: day.count });
      parts.push(
        `<rect class="day l${shade(day.count, busiest)}" x="${x}" y="${TOP + row * STEP}" width="${CELL}" height="${CELL}" rx="2" role="img" aria-label="${label}" data-date="${day.date}" data-count="${day.count}"><title>${label}</title></rect>`,
      );
    });
  });
  for (const [row, name] of weekdayLabels()) parts.push(`<text class="label" x="0" y="${TOP + row * STEP + CELL - 2}">${name}</text>`);
  return `<svg class="heatmap" viewBox="0 0 ${width} ${height}" role="group" aria-label="${words.label}">${parts.join('')}</svg>`;
}
