import { describe, expect, it } from 'vitest';
import type { ReviewEvent, Status, StatusRecord } from '../../src/model/progress.js';
import { topicCompletions } from '../../src/plan/completion.js';
import { REVIEW_LADDER_DAYS, dueReviews, reviewSchedules } from '../../src/plan/review.js';
import { curriculumState } from '../../src/plan/state.js';
import { resolveStatuses } from '../../src/plan/statuses.js';
import { buildCurriculum } from './helpers/buildCurriculum.js';

const curriculum = buildCurriculum([
  {
    id: 's1',
    topics: [
      { id: 'a', resources: [{ id: 'r1', minutes: 30 }, { id: 'r2', minutes: 60 }] },
      { id: 'b', resources: ['r1'] },
      { id: 'c', resources: ['r1'] },
    ],
  },
]);
curriculum.sections[0]!.topics[1]!.aliases = ['old-b'];

const DAY = 86_400_000;
const T0 = Date.parse('2026-01-01T10:00:00.000Z');
const at = (days: number) => new Date(T0 + days * DAY).toISOString();

function schedules(records: Record<string, [Status, number]>, reviews: [string, number, boolean?][] = []) {
  const recordMap = new Map<string, StatusRecord>(Object.entries(records).map(([key, [status, days]]) => [key, { status, at: at(days) }]));
  const state = curriculumState(curriculum, resolveStatuses(curriculum, recordMap));
  const events: ReviewEvent[] = reviews.map(([item, days, hard], index) => ({ id: index + 1, uid: `u${index}`, curriculum: 'test', item, hard: hard ?? false, at: at(days) }));
  return reviewSchedules(curriculum, topicCompletions(curriculum, state, recordMap), events);
}

const due = (list: ReturnType<typeof schedules>) => list.map((schedule) => [schedule.completion.topic.id, (Date.parse(schedule.dueAt) - T0) / DAY]);

describe('the review schedule', () => {
  it('climbs the ladder 2, 7, 21, 60, 150 days from the completion, then from each review, and stays on the top rung', () => {
    expect(REVIEW_LADDER_DAYS).toEqual([2, 7, 21, 60, 150]);
    expect(due(schedules({ a: ['done', 0] }))).toEqual([['a', 2]]);
    expect(due(schedules({ a: ['done', 0] }, [['a', 3]]))).toEqual([['a', 10]]);
    expect(due(schedules({ a: ['done', 0] }, [['a', 3], ['a', 10]]))).toEqual([['a', 31]]);
    expect(due(schedules({ a: ['done', 0] }, [['a', 3], ['a', 10], ['a', 31], ['a', 91]]))).toEqual([['a', 241]]);
    expect(due(schedules({ a: ['done', 0] }, [['a', 3], ['a', 10], ['a', 31], ['a', 91], ['a', 241]]))).toEqual([['a', 391]]);
  });

  it('starts again at 2 days after a hard review', () => {
    expect(due(schedules({ a: ['done', 0] }, [['a', 3], ['a', 10, true]]))).toEqual([['a', 12]]);
    expect(due(schedules({ a: ['done', 0] }, [['a', 3], ['a', 10, true], ['a', 12]]))).toEqual([['a', 19]]);
  });

  it('dates a topic complete through its resources from the last of them; skipped topics are never due', () => {
    expect(due(schedules({ 'a/r1': ['done', 1], 'a/r2': ['done', 4], b: ['skipped', 0], 'c/r1': ['skipped', 0] }))).toEqual([['a', 6]]);
  });

  it('has no schedule once undone, and starts over when redone, earlier reviews forgotten', () => {
    expect(schedules({ a: ['todo', 5] }, [['a', 3]])).toEqual([]);
    const redone = schedules({ a: ['done', 20] }, [['a', 3], ['a', 10]]);
    expect(due(redone)).toEqual([['a', 22]]);
    expect(redone[0]!.reviews).toBe(0);
  });

  it('counts reviews recorded under a former id of the topic', () => {
    expect(due(schedules({ b: ['done', 0] }, [['old-b', 3]]))).toEqual([['b', 10]]);
  });

  it('lists what is due now, the longest overdue first', () => {
    const all = schedules({ a: ['done', 5], b: ['done', 0], c: ['done', 9] }, [['c', 10]]);
    expect(due(dueReviews(all, new Date(at(7))))).toEqual([
      ['b', 2],
      ['a', 7],
    ]);
    expect(dueReviews(all, new Date(at(1)))).toEqual([]);
  });
});
