import { describe, expect, it } from 'vitest';
import { orphanRecords, resolveRecords, resolveStatuses } from '../../src/plan/statuses.js';
import { buildCurriculum, records } from './helpers/buildCurriculum.js';

const curriculum = buildCurriculum([
  {
    id: 'math',
    topics: [
      { id: 'linear-algebra', aliases: ['linalg', 'la'], resources: [{ id: 'book', aliases: ['old-book'] }, 'video'] },
      { id: 'calculus', resources: ['course'] },
    ],
  },
]);

const T1 = '2026-01-01T10:00:00.000Z';
const T2 = '2026-01-02T10:00:00.000Z';
const T3 = '2026-01-03T10:00:00.000Z';

describe('resolveStatuses', () => {
  it('gives todo for items without a record, and maps live keys', () => {
    const result = resolveStatuses(curriculum, records({ calculus: ['done', T1], 'calculus/course': ['started', T1] }));
    expect(result.get('calculus')).toBe('done');
    expect(result.get('calculus/course')).toBe('started');
    expect(result.get('linear-algebra')).toBe('todo');
    expect(result.get('linear-algebra/book')).toBe('todo');
    expect(result.get('math')).toBe('todo');
  });

  it('holds only items that have a record', () => {
    const result = resolveStatuses(curriculum, records({ calculus: ['done', T1], gone: ['done', T1] }));
    expect([...result.keys()]).toEqual(['calculus']);
  });

  it('follows a rename: progress under a topic alias counts for the live topic', () => {
    expect(resolveStatuses(curriculum, records({ linalg: ['done', T1] })).get('linear-algebra')).toBe('done');
  });

  it('a renamed topic carries its resources progress (old topic id / resource id, and resource aliases)', () => {
    const result = resolveStatuses(curriculum, records({ 'linalg/video': ['done', T1], 'la/old-book': ['skipped', T1] }));
    expect(result.get('linear-algebra/video')).toBe('done');
    expect(result.get('linear-algebra/book')).toBe('skipped');
  });

  it('a renamed resource under the live topic id', () => {
    expect(resolveStatuses(curriculum, records({ 'linear-algebra/old-book': ['done', T1] })).get('linear-algebra/book')).toBe('done');
  });

  it('among candidates, the latest record wins', () => {
    const result = resolveStatuses(
      curriculum,
      records({
        'linear-algebra': ['started', T1],
        linalg: ['done', T3],
        la: ['todo', T2],
        'linear-algebra/book': ['done', T3],
        'linalg/old-book': ['todo', T2],
      }),
    );
    expect(result.get('linear-algebra')).toBe('done');
    expect(result.get('linear-algebra/book')).toBe('done');
  });

  it('on a tie, the live key wins', () => {
    const result = resolveStatuses(curriculum, records({ linalg: ['done', T1], 'linear-algebra': ['started', T1], 'la/book': ['done', T2], 'linear-algebra/book': ['skipped', T2] }));
    expect(result.get('linear-algebra')).toBe('started');
    expect(result.get('linear-algebra/book')).toBe('skipped');
  });

  it('compares instants, not strings, when they are written differently', () => {
    const result = resolveStatuses(curriculum, records({ linalg: ['done', '2026-01-01T10:00:01Z'], 'linear-algebra': ['started', '2026-01-01T10:00:00.500Z'] }));
    expect(result.get('linear-algebra')).toBe('done');
  });

  it('resolveRecords keeps the winning record with its time', () => {
    expect(resolveRecords(curriculum, records({ la: ['done', T2], linalg: ['started', T1] })).get('linear-algebra')).toEqual({ status: 'done', at: T2 });
  });
});

describe('orphanRecords', () => {
  it('lists record keys that match no live item or alias, sorted', () => {
    const stored = records({
      math: ['done', T1],
      'linear-algebra': ['done', T1],
      linalg: ['done', T1],
      'la/old-book': ['done', T1],
      'calculus/course': ['done', T1],
      'calculus/gone': ['done', T1],
      zeta: ['done', T1],
      'linear-algebra/missing': ['done', T1],
      'nope/book': ['done', T1],
    });
    expect(orphanRecords(curriculum, stored)).toEqual(['calculus/gone', 'linear-algebra/missing', 'nope/book', 'zeta']);
  });

  it('accepts plain keys too', () => {
    expect(orphanRecords(curriculum, ['calculus', 'x'])).toEqual(['x']);
  });
});
