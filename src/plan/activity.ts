/**
 * How steady the learner has been: changes per calendar day and the streaks of study days, in the learner's
 * own time zone (a change at 23:30 in Tokyo belongs to that Tokyo day, whatever UTC says). Pure: the
 * instants, the zone and "now" are passed in.
 */

/** A calendar day, `YYYY-MM-DD`. */
export type Day = string;

export interface DayCount {
  date: Day;
  count: number;
}

export interface Streak {
  /**
   * Consecutive study days ending today, or ending yesterday while today has none yet (the streak is still
   * alive until the day is over); 0 otherwise.
   */
  current: number;
  longest: number;
}

export interface Activity {
  timeZone: string;
  today: Day;
  streak: Streak;
  /** The days with at least one change, oldest first. */
  days: DayCount[];
}

/**
 * Every zone's offset from UTC is a whole number of quarter hours, so a local day starts at a quarter-hour
 * boundary in UTC: instants in the same UTC quarter hour share their local day, and one formatting per
 * quarter hour serves them all.
 */
const QUARTER_HOUR_MS = 15 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The time zone of the process itself (the system's, or $TZ as Node reads it), taken from `Date`'s local
 * fields. Asking `Intl` for a zone loads its time-zone data, about 20 ms of a command's start; the
 * process's own local time costs a fraction of a millisecond, and is what a learner with no $TZ has.
 */
export const PROCESS_LOCAL_TIME = 'local';

/** The zone's name as people read it: a `PROCESS_LOCAL_TIME` zone asks `Intl` for the system's (slow: only for output that shows it). */
export function timeZoneName(timeZone: string): string {
  return timeZone === PROCESS_LOCAL_TIME ? new Intl.DateTimeFormat().resolvedOptions().timeZone : timeZone;
}

/** `zone` when the runtime knows it as a time zone, else undefined (a POSIX TZ string, a typo). */
export function knownTimeZone(zone: string | undefined): string | undefined {
  if (!zone) return undefined;
  try {
    return new Intl.DateTimeFormat('en-US', { timeZone: zone }).resolvedOptions().timeZone;
  } catch {
    return undefined;
  }
}

/**
 * A function from an instant (a Date, an ISO string or milliseconds since the epoch) to its local calendar
 * day in `timeZone`, worked out once per quarter hour: a history of 100,000 instants spans far fewer.
 */
export function localDayOf(timeZone: string): (instant: Date | string | number) => Day {
  const dayAt = timeZone === PROCESS_LOCAL_TIME ? processLocalDay : zoneDay(timeZone);
  const byQuarter = new Map<number, Day>();
  return (instant) => {
    const time = typeof instant === 'number' ? instant : typeof instant === 'string' ? Date.parse(instant) : instant.getTime();
    const quarter = Math.floor(time / QUARTER_HOUR_MS);
    let day = byQuarter.get(quarter);
    if (day === undefined) {
      day = dayAt(time);
      byQuarter.set(quarter, day);
    }
    return day;
  };
}

function processLocalDay(time: number): Day {
  const date = new Date(time);
  return `${String(date.getFullYear()).padStart(4, '0')}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
}

function zoneDay(timeZone: string): (time: number) => Day {
  const format = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hourCycle: 'h23' });
  return (time) => {
    const parts: Record<string, string> = {};
    for (const part of format.formatToParts(time)) parts[part.type] = part.value;
    return `${parts.year!.padStart(4, '0')}-${parts.month}-${parts.day}`;
  };
}

/** How many instants fall on each local day, for the days that have any, oldest first. */
export function dailyCounts(instants: Iterable<Date | string>, timeZone: string): DayCount[] {
  const dayOf = localDayOf(timeZone);
  const counts = new Map<Day, number>();
  for (const instant of instants) {
    const day = dayOf(instant);
    counts.set(day, (counts.get(day) ?? 0) + 1);
  }
  return [...counts].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([date, count]) => ({ date, count }));
}

/**
 * The day `offset` days after `day` (before, when negative). Calendar arithmetic on the date alone, in
 * UTC, so a daylight-saving change (a 23- or 25-hour local day) never skips or repeats a day.
 */
export function addDays(day: Day, offset: number): Day {
  return new Date(Date.parse(`${day}T00:00:00Z`) + offset * DAY_MS).toISOString().slice(0, 10);
}

/** 0 for Monday … 6 for Sunday. */
function weekdayOf(day: Day): number {
  return (new Date(Date.parse(`${day}T00:00:00Z`)).getUTCDay() + 6) % 7;
}

/** The current and longest streaks of study days (days with at least one change), seen from `today`. */
export function streaks(days: readonly DayCount[], today: Day): Streak {
  const studied = new Set(days.filter((day) => day.count > 0 && day.date <= today).map((day) => day.date));
  let longest = 0;
  for (const day of studied) {
    if (studied.has(addDays(day, -1))) continue;
    let length = 1;
    while (studied.has(addDays(day, length))) length++;
    longest = Math.max(longest, length);
  }
  let current = 0;
  let day = studied.has(today) ? today : addDays(today, -1);
  while (studied.has(day)) {
    current++;
    day = addDays(day, -1);
  }
  return { current, longest };
}

/** Counts per day, today and the streaks, for changes at `instants`, seen at `now` in `timeZone`. */
export function activity(instants: Iterable<Date | string>, timeZone: string, now: Date): Activity {
  const days = dailyCounts(instants, timeZone);
  const today = localDayOf(timeZone)(now);
  return { timeZone, today, streak: streaks(days, today), days };
}

/**
 * The calendar of a heat map: whole weeks (Monday first) from the week of the day `weeks` weeks before
 * `today` through today's week, each day with its count (days after today are left out). `weeks` 52 gives
 * 365 to 371 days: a full year back, and the week it starts in.
 */
export function calendar(days: readonly DayCount[], today: Day, weeks: number): DayCount[][] {
  const counts = new Map(days.map((day) => [day.date, day.count]));
  const first = addDays(today, -7 * weeks);
  let start = addDays(first, -weekdayOf(first));
  const columns: DayCount[][] = [];
  while (start <= today) {
    const week: DayCount[] = [];
    for (let i = 0; i < 7; i++) {
      const date = addDays(start, i);
      if (date > today) break;
      week.push({ date, count: counts.get(date) ?? 0 });
    }
    columns.push(week);
    start = addDays(start, 7);
  }
  return columns;
}

/** A count as one of five shades, 0 for none and 1–4 in quarters of the busiest day's count. */
export function shade(count: number, busiest: number): 0 | 1 | 2 | 3 | 4 {
  if (count <= 0 || busiest <= 0) return 0;
  return Math.min(4, Math.max(1, Math.ceil((count / busiest) * 4))) as 1 | 2 | 3 | 4;
}
