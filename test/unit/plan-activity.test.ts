import { afterEach, describe, expect, it, vi } from 'vitest';
import { activity, addDays, calendar, dailyCounts, knownTimeZone, localDayOf, PROCESS_LOCAL_TIME, shade, streaks, timeZoneName } from '../../src/plan/activity.js';

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('dailyCounts: the local day of each change', () => {
  it('puts one instant on different days in different zones', () => {
    const instant = '2026-11-29T23:30:00.000Z';
    expect(dailyCounts([instant], 'UTC')).toEqual([{ date: '2026-11-29', count: 1 }]);
    expect(dailyCounts([instant], 'Asia/Tokyo')).toEqual([{ date: '2026-11-30', count: 1 }]);
    expect(dailyCounts(['2026-11-29T03:00:00.000Z'], 'America/Los_Angeles')).toEqual([{ date: '2026-11-28', count: 1 }]);
    // A zone with a quarter-hour offset (UTC+5:45): 18:14 UTC is 23:59 there, 18:15 is the next day.
    expect(dailyCounts(['2026-11-29T18:14:00.000Z', '2026-11-29T18:15:00.000Z'], 'Asia/Kathmandu')).toEqual([
      { date: '2026-11-29', count: 1 },
      { date: '2026-11-30', count: 1 },
    ]);
  });

  it('depends on the zone passed in, not on the process TZ', () => {
    vi.stubEnv('TZ', 'Pacific/Kiritimati');
    expect(dailyCounts(['2026-06-01T12:00:00.000Z'], 'America/New_York')).toEqual([{ date: '2026-06-01', count: 1 }]);
    vi.stubEnv('TZ', 'Etc/GMT+12');
    expect(dailyCounts(['2026-06-01T12:00:00.000Z'], 'America/New_York')).toEqual([{ date: '2026-06-01', count: 1 }]);
  });

  it('counts the changes of one local day together across a DST change, oldest day first', () => {
    // Europe/Paris goes from +01:00 to +02:00 at 01:00 UTC on 29 March 2026: that local day has 23 hours.
    const instants = ['2026-03-29T22:30:00.000Z', '2026-03-28T23:30:00.000Z', '2026-03-29T21:59:00.000Z', '2026-03-28T22:59:00.000Z'];
    expect(dailyCounts(instants, 'Europe/Paris')).toEqual([
      { date: '2026-03-28', count: 1 },
      { date: '2026-03-29', count: 2 },
      { date: '2026-03-30', count: 1 },
    ]);
    // And back at 01:00 UTC on 25 October 2026: a 25-hour day, 22:00 UTC the evening before to 23:00 UTC.
    expect(dailyCounts(['2026-10-24T22:00:00.000Z', '2026-10-25T22:59:00.000Z', '2026-10-25T23:00:00.000Z'], 'Europe/Paris')).toEqual([
      { date: '2026-10-25', count: 2 },
      { date: '2026-10-26', count: 1 },
    ]);
  });

  it('is empty for no changes', () => {
    expect(dailyCounts([], 'UTC')).toEqual([]);
  });
});

describe('streaks', () => {
  const days = (...dates: string[]) => dates.map((date) => ({ date, count: 1 }));

  it('is zero for an empty history', () => {
    expect(streaks([], '2026-11-29')).toEqual({ current: 0, longest: 0 });
  });

  it('is one for one change today, and still one the day after; broken after a day off', () => {
    expect(streaks(days('2026-11-29'), '2026-11-29')).toEqual({ current: 1, longest: 1 });
    expect(streaks(days('2026-11-29'), '2026-11-30')).toEqual({ current: 1, longest: 1 });
    expect(streaks(days('2026-11-29'), '2026-12-01')).toEqual({ current: 0, longest: 1 });
  });

  it('finds the longest run, across months and a leap day', () => {
    const history = days('2028-02-27', '2028-02-28', '2028-02-29', '2028-03-01', '2028-03-05', '2028-03-06');
    expect(streaks(history, '2028-03-06')).toEqual({ current: 2, longest: 4 });
  });

  it('counts calendar days through a DST change (a 23-hour and a 25-hour local day)', () => {
    const march = ['2026-03-28T10:00:00.000Z', '2026-03-29T10:00:00.000Z', '2026-03-30T10:00:00.000Z'];
    const now = new Date('2026-03-30T21:00:00.000Z');
    expect(activity(march, 'Europe/Paris', now).streak).toEqual({ current: 3, longest: 3 });
    const october = ['2026-10-24T21:30:00.000Z', '2026-10-25T22:30:00.000Z'];
    expect(activity(october, 'Europe/Paris', new Date('2026-10-26T08:00:00.000Z'))).toMatchObject({
      today: '2026-10-26',
      streak: { current: 2, longest: 2 },
      days: [
        { date: '2026-10-24', count: 1 },
        { date: '2026-10-25', count: 1 },
      ],
    });
  });

  it('sees today in the learner\'s zone: late evening in Los Angeles is already tomorrow in UTC', () => {
    const instants = ['2026-11-28T18:00:00.000Z', '2026-11-30T04:00:00.000Z'];
    const now = new Date('2026-11-30T05:00:00.000Z');
    expect(activity(instants, 'America/Los_Angeles', now)).toMatchObject({ today: '2026-11-29', streak: { current: 2, longest: 2 } });
    expect(activity(instants, 'UTC', now)).toMatchObject({ today: '2026-11-30', streak: { current: 1, longest: 1 } });
  });

  it('ignores days after today (a clock set back)', () => {
    expect(streaks(days('2026-11-29', '2026-11-30'), '2026-11-29')).toEqual({ current: 1, longest: 1 });
  });
});

describe('calendar', () => {
  it('covers 52 weeks back in whole weeks from Monday, 365 to 371 days ending today', () => {
    for (let offset = 0; offset < 7; offset++) {
      const today = addDays('2026-11-23', offset); // a Monday, then each day of that week
      const weeks = calendar([], today, 52);
      const cells = weeks.flat();
      expect(cells.length).toBe(365 + offset);
      expect(cells.at(-1)!.date).toBe(today);
      expect(new Date(`${cells[0]!.date}T00:00:00Z`).getUTCDay()).toBe(1);
      expect(weeks.length).toBe(53);
    }
  });

  it('carries the counts of the days it covers', () => {
    const weeks = calendar([{ date: '2026-11-28', count: 3 }, { date: '2020-01-01', count: 9 }], '2026-11-29', 11);
    expect(weeks.length).toBe(12);
    expect(weeks.flat().filter((day) => day.count > 0)).toEqual([{ date: '2026-11-28', count: 3 }]);
  });
});

describe('shade and knownTimeZone', () => {
  it('shades in quarters of the busiest day', () => {
    expect([0, 1, 2, 3, 4, 8].map((count) => shade(count, 8))).toEqual([0, 1, 1, 2, 2, 4]);
    expect(shade(0, 0)).toBe(0);
  });

  it('knows IANA zones and refuses the rest', () => {
    expect(knownTimeZone('Asia/Tokyo')).toBe('Asia/Tokyo');
    expect(knownTimeZone('Not/AZone')).toBeUndefined();
    expect(knownTimeZone('')).toBeUndefined();
  });
});

describe("the process's own local time", () => {
  it('gives the same local days as the zone Intl names for it', () => {
    const named = localDayOf(timeZoneName(PROCESS_LOCAL_TIME));
    const local = localDayOf(PROCESS_LOCAL_TIME);
    for (let time = Date.UTC(2026, 0, 1); time < Date.UTC(2027, 0, 1); time += 37 * 60 * 1000) {
      expect(local(new Date(time))).toBe(named(new Date(time)));
    }
    expect(timeZoneName('Asia/Taipei')).toBe('Asia/Taipei');
  });
});
