/**
 * When the learner is likely to reach a goal at the pace they keep. The method, in the README's three
 * sentences: count the topics completed in each of the last 8 weeks (fewer when the history is shorter,
 * none under 2 weeks), weeks without activity included, and take their average as the pace. Divide what
 * remains by that pace, in topics weighted by their estimated minutes against those of the topics just
 * completed, when every one of them, on both sides, has an estimate (else in plain topics). The range is
 * an 80% band from how much the weekly counts vary, never taken as steadier than topics completed at
 * random (a Poisson count: variance at least the mean).
 */

import type { Curriculum } from '../curriculum/types.js';
import { localDayOf } from './activity.js';
import type { CurriculumState } from './state.js';

const DAY_MS = 86_400_000;
const WEEK_MS = 7 * DAY_MS;
/** The most weeks of history the pace is taken from: recent enough to be the pace kept now. */
const FORECAST_WEEKS = 8;
/** Below this many whole weeks of history there is no forecast. */
const MIN_HISTORY_WEEKS = 2;
/** The 90th percentile of the normal distribution: the band holds 80%. */
const Z_80 = 1.2816;

export interface ForecastInput {
  now: Date;
  /** The learner's time zone (activity.ts): the days counted active and the dates given are its days. */
  timeZone: string;
  /** When something was recorded (status changes, reviews, notes): the history starts at the first. */
  activity: readonly string[];
  /** Topics completed (done or skipped): when, and their estimated minutes (0 when any resource has none). */
  completions: readonly { at: string; minutes: number }[];
  /**
   * What is left of the goal: topics not complete, the minutes of their unresolved required resources, and
   * how many of those resources have no estimate.
   */
  remaining: { topics: number; minutes: number; unestimated: number };
}

export type Forecast =
  | { kind: 'complete' }
  | { kind: 'not-enough-history'; historyDays: number }
  /** No topic completed in the weeks looked at: no pace to go by. */
  | { kind: 'stalled'; weeks: number; activeDays: number }
  | {
      kind: 'forecast';
      /** Weeks of history the pace comes from. */
      weeks: number;
      /** Days, in those weeks, with anything recorded. */
      activeDays: number;
      /** Of those weeks, how many had anything recorded. */
      activeWeeks: number;
      topicsPerWeek: number;
      /** What remains, in topics of the length of those just completed (= remaining topics when unestimated). */
      remainingWork: number;
      /** YYYY-MM-DD, in the learner's time zone. */
      likely: string;
      earliest: string;
      latest: string;
    };

export function forecast(input: ForecastInput): Forecast {
  if (input.remaining.topics <= 0) return { kind: 'complete' };
  const now = input.now.getTime();
  let first = Infinity;
  for (const at of input.activity) first = Math.min(first, Date.parse(at));
  const historyMs = Number.isFinite(first) ? Math.max(0, now - first) : 0;
  const weeks = Math.min(FORECAST_WEEKS, Math.floor(historyMs / WEEK_MS));
  if (weeks < MIN_HISTORY_WEEKS) return { kind: 'not-enough-history', historyDays: Math.floor(historyMs / DAY_MS) };
  // The heat map and the streak count days where the learner lives; so do the active days and the dates here.
  const day = localDayOf(input.timeZone);

  // Week k (0 = the latest) is the 7 days up to now − 7k days.
  const start = now - weeks * WEEK_MS;
  const counts = new Array<number>(weeks).fill(0);
  let doneMinutes = 0;
  let allEstimated = true;
  for (const { at, minutes } of input.completions) {
    const time = Date.parse(at);
    if (time <= start || time > now) continue;
    counts[Math.min(weeks - 1, Math.floor((now - time) / WEEK_MS))]!++;
    doneMinutes += minutes;
    if (minutes <= 0) allEstimated = false;
  }
  const activeDaySet = new Set<string>();
  const activeWeekSet = new Set<number>();
  for (const at of input.activity) {
    const time = Date.parse(at);
    if (time <= start || time > now) continue;
    activeDaySet.add(day(time));
    activeWeekSet.add(Math.floor((now - time) / WEEK_MS));
  }
  const total = counts.reduce((sum, count) => sum + count, 0);
  if (total === 0) return { kind: 'stalled', weeks, activeDays: activeDaySet.size };

  const mean = total / weeks;
  const variance = counts.reduce((sum, count) => sum + (count - mean) ** 2, 0) / (weeks - 1);
  const spread = Math.max(variance, mean);
  // Weighting by length only when everything on both sides has an estimate: a partial one (a book without
  // minutes counted as nothing) would tilt the date more than the weighting helps.
  const weighted = allEstimated && input.remaining.unestimated === 0 && input.remaining.minutes > 0;
  const remainingWork = weighted ? input.remaining.minutes / (doneMinutes / total) : input.remaining.topics;
  const likelyWeeks = remainingWork / mean;
  const bandWeeks = (Z_80 * Math.sqrt(spread * likelyWeeks)) / mean;
  return {
    kind: 'forecast',
    weeks,
    activeDays: activeDaySet.size,
    activeWeeks: activeWeekSet.size,
    topicsPerWeek: Math.round(mean * 10) / 10,
    remainingWork: Math.round(remainingWork * 10) / 10,
    likely: day(now + likelyWeeks * WEEK_MS),
    earliest: day(now + Math.max(0, likelyWeeks - bandWeeks) * WEEK_MS),
    latest: day(now + (likelyWeeks + bandWeeks) * WEEK_MS),
  };
}

/**
 * What is left of the whole curriculum: its non-optional topics not complete, the minutes of their unresolved
 * required resources, and how many of those have no estimate.
 */
export function remainingWork(curriculum: Curriculum, state: CurriculumState): ForecastInput['remaining'] {
  let topics = 0;
  let minutes = 0;
  let unestimated = 0;
  for (const section of curriculum.sections) {
    for (const topic of section.topics) {
      const progress = state.topics.get(topic.id);
      if (topic.optional || progress?.complete) continue;
      topics++;
      topic.resources.forEach((resource, i) => {
        if (resource.optional || progress?.resources[i]?.resolved) return;
        if (resource.minutes === undefined) unestimated++;
        else minutes += resource.minutes;
      });
    }
  }
  return { topics, minutes, unestimated };
}
