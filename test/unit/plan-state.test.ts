import { describe, expect, it } from 'vitest';
import { curriculumState, progressFigures } from '../../src/plan/state.js';
import { buildCurriculum, statuses } from './helpers/buildCurriculum.js';

const curriculum = buildCurriculum([
  {
    id: 's1',
    topics: [
      { id: 'a', resources: ['r1', 'r2', 'x?'] },
      { id: 'b', requires: ['a'], resources: ['r1'] },
      { id: 'only-optional', resources: ['x?', 'y?'] },
      { id: 'empty' },
    ],
  },
  {
    id: 's2',
    topics: [
      { id: 'opt', optional: true, resources: ['r1'] },
      { id: 'needs-opt', requires: ['opt'], resources: ['r1'] },
      { id: 'needs-s1', requires: ['s1'], resources: ['r1'] },
    ],
  },
]);

describe('curriculumState: resources (§3)', () => {
  it('a resource is resolved when done or skipped', () => {
    const state = curriculumState(curriculum, statuses({ 'a/r1': 'done', 'a/r2': 'skipped', 'a/x': 'started' }));
    expect(state.resources.get('a/r1')).toEqual({ status: 'done', resolved: true });
    expect(state.resources.get('a/r2')).toEqual({ status: 'skipped', resolved: true });
    expect(state.resources.get('a/x')).toEqual({ status: 'started', resolved: false });
  });

  it('a resource is resolved when its topic is done or skipped', () => {
    const state = curriculumState(curriculum, statuses({ a: 'done', b: 'skipped' }));
    expect(state.resources.get('a/r1')).toEqual({ status: 'todo', resolved: true });
    expect(state.resources.get('a/x')).toEqual({ status: 'todo', resolved: true });
    expect(state.resources.get('b/r1')).toEqual({ status: 'todo', resolved: true });
  });

  it('per-topic resource progress is aligned with topic.resources', () => {
    const state = curriculumState(curriculum, statuses({ 'a/r2': 'done' }));
    expect(state.topics.get('a')!.resources.map((r) => r.status)).toEqual(['todo', 'done', 'todo']);
  });
});

describe('curriculumState: topics (§3)', () => {
  it('a topic marked done or skipped is complete', () => {
    const state = curriculumState(curriculum, statuses({ a: 'done', empty: 'skipped' }));
    expect(state.topics.get('a')).toMatchObject({ complete: true, state: 'complete', inProgress: false });
    expect(state.topics.get('empty')).toMatchObject({ complete: true, state: 'complete' });
  });

  it('a topic is complete when all its required resources are resolved (optional ones do not matter)', () => {
    const state = curriculumState(curriculum, statuses({ 'a/r1': 'done', 'a/r2': 'skipped' }));
    expect(state.topics.get('a')).toMatchObject({ status: 'todo', complete: true, state: 'complete' });
  });

  it('a topic with some required resources unresolved is in progress, not complete', () => {
    const state = curriculumState(curriculum, statuses({ 'a/r1': 'done' }));
    expect(state.topics.get('a')).toMatchObject({ complete: false, inProgress: true, state: 'in-progress' });
  });

  it('a topic with only optional resources is never complete by its resources', () => {
    const state = curriculumState(curriculum, statuses({ 'only-optional/x': 'done', 'only-optional/y': 'done' }));
    expect(state.topics.get('only-optional')).toMatchObject({ complete: false, inProgress: true, state: 'in-progress' });
  });

  it('a topic with no resources is complete only when marked', () => {
    expect(curriculumState(curriculum, statuses({})).topics.get('empty')).toMatchObject({ complete: false, state: 'available' });
  });

  it('started topic, or a started optional resource, makes it in progress', () => {
    const state = curriculumState(curriculum, statuses({ a: 'started', 'only-optional/x': 'started' }));
    expect(state.topics.get('a')).toMatchObject({ inProgress: true, state: 'in-progress' });
    expect(state.topics.get('only-optional')).toMatchObject({ inProgress: true, state: 'in-progress' });
  });

  it('a topic is blocked while a topic it requires is not complete, and lists those', () => {
    const state = curriculumState(curriculum, statuses({ 'b/r1': 'started' }));
    expect(state.topics.get('b')).toMatchObject({ blockedBy: ['a'], state: 'blocked', inProgress: true });
  });

  it('requiring an optional topic blocks like any requirement', () => {
    const before = curriculumState(curriculum, statuses({}));
    expect(before.topics.get('needs-opt')).toMatchObject({ blockedBy: ['opt'], state: 'blocked' });
    const after = curriculumState(curriculum, statuses({ opt: 'skipped' }));
    expect(after.topics.get('needs-opt')).toMatchObject({ blockedBy: [], state: 'available' });
  });

  it('requiring a section means its non-optional topics', () => {
    const some = curriculumState(curriculum, statuses({ a: 'done', b: 'done', 'only-optional': 'done' }));
    expect(some.topics.get('needs-s1')).toMatchObject({ blockedBy: ['empty'], state: 'blocked' });
    const all = curriculumState(curriculum, statuses({ a: 'done', b: 'done', 'only-optional': 'done', empty: 'done' }));
    expect(all.topics.get('needs-s1')!.state).toBe('available');
  });

  it('complete wins over blocked: state is the first that holds', () => {
    const state = curriculumState(curriculum, statuses({ b: 'done' }));
    expect(state.topics.get('b')).toMatchObject({ complete: true, blockedBy: ['a'], state: 'complete' });
  });

  it('blocked wins over in progress', () => {
    const state = curriculumState(curriculum, statuses({ b: 'started' }));
    expect(state.topics.get('b')).toMatchObject({ inProgress: true, state: 'blocked' });
  });
});

describe('progressFigures', () => {
  it('counts only non-optional topics and the non-optional resources of non-optional topics', () => {
    const figures = progressFigures(curriculum, curriculumState(curriculum, statuses({ opt: 'done', 'opt/r1': 'done', 'a/x': 'done' })));
    // non-optional topics: a, b, only-optional, empty, needs-opt, needs-s1
    expect(figures.topics).toEqual({ total: 6, complete: 0, done: 0, skipped: 0 });
    // required resources of those: a/r1, a/r2, b/r1, needs-opt/r1, needs-s1/r1
    expect(figures.resources).toEqual({ total: 5, resolved: 0, done: 0, skipped: 0 });
    expect(figures.sections.map((s) => [s.id, s.number, s.title, s.topics.total, s.resources.total])).toEqual([
      ['s1', '1', 'Section s1', 4, 3],
      ['s2', '2', 'Section s2', 2, 2],
    ]);
  });

  it('shows done and skipped apart, and they add up', () => {
    const state = curriculumState(
      curriculum,
      statuses({
        a: 'skipped', // topic skipped: skipped, and both its resources too
        'a/r1': 'done', // ... except what was itself done
        'b/r1': 'skipped', // complete through a skipped resource only: skipped
        empty: 'done',
        'needs-s1/r1': 'done', // complete through a done resource: done
      }),
    );
    const figures = progressFigures(curriculum, state);
    expect(figures.topics).toEqual({ total: 6, complete: 4, done: 2, skipped: 2 });
    expect(figures.resources).toEqual({ total: 5, resolved: 4, done: 2, skipped: 2 });
    expect(figures.sections[0]!.topics).toEqual({ total: 4, complete: 3, done: 1, skipped: 2 });
    expect(figures.sections[1]!.resources).toEqual({ total: 2, resolved: 1, done: 1, skipped: 0 });
  });

  it('a resource resolved through its done topic counts as done', () => {
    const figures = progressFigures(curriculum, curriculumState(curriculum, statuses({ a: 'done' })));
    expect(figures.resources).toMatchObject({ resolved: 2, done: 2, skipped: 0 });
    expect(figures.topics).toMatchObject({ complete: 1, done: 1, skipped: 0 });
  });
});
