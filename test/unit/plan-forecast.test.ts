import { describe, expect, it } from 'vitest';
import { forecast, type ForecastInput } from '../../src/plan/forecast.js';

const DAY = 86_400_000;
const NOW = new Date('2026-03-01T12:00:00.000Z');
/** `days` days before NOW. */
const ago = (days: number) => new Date(NOW.getTime() - days * DAY).toISOString();

/** A history from `weekly` topic counts, the latest week first; each week's topics completed mid-week, a day apart. */
function history(weekly: number[], firstActivityDaysAgo = weekly.length * 7 + 3, minutes = 0): Pick<ForecastInput, 'activity' | 'completions'> {
  const completions = weekly.flatMap((count, week) => Array.from({ length: count }, (_, i) => ({ at: ago(week * 7 + 1 + (i % 6)), minutes })));
  return { activity: [ago(firstActivityDaysAgo), ...completions.map((completion) => completion.at)], completions };
}

const remaining = { topics: 30, minutes: 0, unestimated: 0 };

describe('the pace forecast', () => {
  it('steady: 3 topics a week for 8 weeks, 30 to go → about 10 weeks, within a band no narrower than chance allows', () => {
    const result = forecast({ now: NOW, timeZone: 'UTC', ...history([3, 3, 3, 3, 3, 3, 3, 3]), remaining });
    expect(result).toEqual({
      kind: 'forecast',
      weeks: 8,
      activeDays: 24,
      activeWeeks: 8,
      topicsPerWeek: 3,
      remainingWork: 30,
      likely: '2026-05-10',
      earliest: '2026-04-24',
      latest: '2026-05-26',
    });
  });

  it('bursty: the same 24 topics in two bursts → the same likely date, a much wider band', () => {
    const result = forecast({ now: NOW, timeZone: 'UTC', ...history([0, 12, 0, 0, 12, 0, 0, 0]), remaining });
    expect(result).toMatchObject({ kind: 'forecast', topicsPerWeek: 3, activeWeeks: 2, likely: '2026-05-10', earliest: '2026-03-18', latest: '2026-07-02' });
  });

  it('a long break: the weeks without activity count, so the pace is what is kept, not what is reached on good weeks', () => {
    const result = forecast({ now: NOW, timeZone: 'UTC', ...history([0, 0, 0, 0, 3, 3, 3, 3]), remaining });
    expect(result).toMatchObject({ kind: 'forecast', topicsPerWeek: 1.5, activeWeeks: 4, likely: '2026-07-19' });
    // A break as long as the whole window leaves no pace at all.
    expect(forecast({ now: NOW, timeZone: 'UTC', ...history([0, 0, 0, 0, 0, 0, 0, 0, 3, 3]), remaining })).toEqual({ kind: 'stalled', weeks: 8, activeDays: 0 });
  });

  it('makes no forecast from less than 2 weeks of history, nor for a goal already reached', () => {
    expect(forecast({ now: NOW, timeZone: 'UTC', ...history([5], 13), remaining })).toEqual({ kind: 'not-enough-history', historyDays: 13 });
    expect(forecast({ now: NOW, timeZone: 'UTC', activity: [], completions: [], remaining })).toEqual({ kind: 'not-enough-history', historyDays: 0 });
    expect(forecast({ now: NOW, timeZone: 'UTC', ...history([3, 3, 3]), remaining: { topics: 0, minutes: 0, unestimated: 0 } })).toEqual({ kind: 'complete' });
    expect(forecast({ now: NOW, timeZone: 'UTC', ...history([3, 3], 14), remaining })).toMatchObject({ kind: 'forecast', weeks: 2 });
  });

  it('weights what remains by its minutes against those of the topics just completed', () => {
    const longer = forecast({ now: NOW, timeZone: 'UTC', ...history([3, 3, 3, 3, 3, 3, 3, 3], undefined, 30), remaining: { topics: 30, minutes: 30 * 60, unestimated: 0 } });
    expect(longer).toMatchObject({ remainingWork: 60, likely: '2026-07-19' });
    // A resource left without an estimate would count as nothing: then topics are all there is to count.
    const partly = forecast({ now: NOW, timeZone: 'UTC', ...history([3, 3, 3, 3, 3, 3, 3, 3], undefined, 30), remaining: { topics: 30, minutes: 150, unestimated: 1 } });
    expect(partly).toMatchObject({ remainingWork: 30 });
    // Without estimates on either side, topics are all there is to count.
    expect(forecast({ now: NOW, timeZone: 'UTC', ...history([3, 3, 3, 3, 3, 3, 3, 3]), remaining: { topics: 30, minutes: 600, unestimated: 0 } })).toMatchObject({ remainingWork: 30 });
  });

  it("counts active days and gives dates in the learner's time zone, as the heat map does", () => {
    // 23:00 and 01:00 in Taipei (UTC+8) are two days there, one in UTC. 2 topics in 5 weeks leave the last one
    // 2.5 weeks ahead: 2026-03-18 at 18:00 UTC, already the 19th in Taipei.
    const now = new Date('2026-03-01T06:00:00.000Z');
    const input = (timeZone: string): ForecastInput => ({
      now,
      timeZone,
      activity: ['2026-01-20T09:00:00.000Z', '2026-02-20T15:00:00.000Z', '2026-02-20T17:00:00.000Z'],
      completions: [{ at: '2026-02-20T15:00:00.000Z', minutes: 0 }, { at: '2026-02-20T17:00:00.000Z', minutes: 0 }],
      remaining: { topics: 1, minutes: 0, unestimated: 0 },
    });
    const utc = forecast(input('UTC'));
    const taipei = forecast(input('Asia/Taipei'));
    expect(utc).toMatchObject({ kind: 'forecast', weeks: 5, activeDays: 1, likely: '2026-03-18' });
    expect(taipei).toMatchObject({ kind: 'forecast', weeks: 5, activeDays: 2, likely: '2026-03-19' });
  });
});
