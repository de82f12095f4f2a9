import { describe, expect, it } from 'vitest';
import type { Curriculum } from '../../src/curriculum/types.js';
import type { Status } from '../../src/model/progress.js';
import { goalTopicIds } from '../../src/plan/goal.js';
import { countUnlocks, suggestNext, type NextOptions } from '../../src/plan/next.js';
import { curriculumState, progressFigures } from '../../src/plan/state.js';
import { describeReason } from '../../src/render/reasons.js';
import { buildCurriculum, statuses } from './helpers/buildCurriculum.js';

function next(curriculum: Curriculum, progress: Record<string, Status> = {}, options: Partial<NextOptions> = {}) {
  const state = curriculumState(curriculum, statuses(progress));
  return suggestNext(curriculum, state, { limit: 100, ...options });
}
const ids = (result: ReturnType<typeof next>) => result.suggestions.map((s) => s.topic.id);

describe('suggestNext: candidates', () => {
  const curriculum = buildCurriculum([{ id: 's', topics: ['a', 'b < a', 'c', 'd < c'] }]);

  it('never suggests a blocked or complete topic', () => {
    expect(ids(next(curriculum))).toEqual(['a', 'c']);
    expect(ids(next(curriculum, { a: 'done' }))).toEqual(['c', 'b']); // c unlocks d
    expect(ids(next(curriculum, { a: 'done', b: 'started', d: 'started' }))).toEqual(['b', 'c']);
  });

  it('limit keeps the first N', () => {
    expect(ids(next(curriculum, {}, { limit: 1 }))).toEqual(['a']);
    expect(next(curriculum, {}, { limit: 0 }).suggestions).toEqual([]);
    expect(next(curriculum, {}, { limit: 1 }).candidates).toBe(2);
  });
});

describe('suggestNext: ordering (§6)', () => {
  it('1. in progress before not started, even optional and unlocking less', () => {
    const curriculum = buildCurriculum([{ id: 's', topics: ['a', 'b < a', 'c < a', 'x?', { id: 'y', resources: ['r1', 'r2'] }] }]);
    const result = next(curriculum, { x: 'started', 'y/r1': 'done' });
    expect(ids(result)).toEqual(['y', 'x', 'a']);
    expect(result.suggestions.map((s) => s.state)).toEqual(['in-progress', 'in-progress', 'available']);
  });

  it('2. non-optional before optional, even when the optional one unlocks more', () => {
    const curriculum = buildCurriculum([{ id: 's', topics: ['o?', 'p < o', 'q < o', 'plain'] }]);
    expect(ids(next(curriculum))).toEqual(['plain', 'o']);
  });

  it('3. unlocks, largest first', () => {
    const curriculum = buildCurriculum([{ id: 's', topics: ['few', 'many', 'f1 < few', 'm1 < many', 'm2 < many', 'm3 < m1'] }]);
    const result = next(curriculum);
    expect(ids(result)).toEqual(['many', 'few']);
    expect(result.suggestions.map((s) => s.unlocks)).toEqual([3, 1]);
  });

  it('3. unlocks count through complete topics, include optional ones, exclude complete ones and itself', () => {
    // c is complete (marked), so d is available; a still unlocks d and e through c.
    const curriculum = buildCurriculum([{ id: 's', topics: ['b', 'a', 'c < a', 'd < c', 'e? < d', 'f < b'] }]);
    const result = next(curriculum, { c: 'done' });
    expect(result.suggestions.map((s) => [s.topic.id, s.unlocks])).toEqual([
      ['a', 2],
      ['b', 1],
      ['d', 1],
    ]);
  });

  it('3. a topic reached along several paths counts once', () => {
    const curriculum = buildCurriculum([{ id: 's', topics: ['a', 'b < a', 'c < a', 'd < b c', 'z', 'z1 < z', 'z2 < z', 'z3 < z'] }]);
    expect(next(curriculum).suggestions.map((s) => [s.topic.id, s.unlocks])).toEqual([
      ['a', 3],
      ['z', 3],
    ]);
  });

  it('3. section requirements count as requiring each non-optional topic of the section', () => {
    const curriculum = buildCurriculum([
      { id: 's1', topics: ['a', 'b', 'o?'] },
      { id: 's2', topics: ['c', 'd < c', 'e < s1'] },
    ]);
    const result = next(curriculum);
    expect(result.suggestions.map((s) => [s.topic.id, s.unlocks])).toEqual([
      ['a', 1],
      ['b', 1],
      ['c', 1],
      ['o', 0],
    ]);
    expect(ids(next(curriculum, { a: 'done' }))).not.toContain('e');
    expect(ids(next(curriculum, { a: 'done', b: 'done' }))).toContain('e');
  });

  it('4. file order breaks ties (not ids)', () => {
    const curriculum = buildCurriculum([{ id: 's', topics: ['zeta', 'alpha', 'mid'] }, { id: 't', topics: ['aaa'] }]);
    expect(ids(next(curriculum))).toEqual(['zeta', 'alpha', 'mid', 'aaa']);
  });

  it('the rules apply in turn: in progress, then optional, then unlocks, then file order', () => {
    const curriculum = buildCurriculum([
      {
        id: 's',
        topics: ['n1', 'n2', 'n2a < n2', 'o1?', 'o2?', 'o2a < o2', 'p1', 'p2', 'p2a < p2', 'q1?', 'q2?', 'q2a < q2'],
      },
    ]);
    const result = next(curriculum, { p1: 'started', p2: 'started', q1: 'started', q2: 'started' });
    expect(ids(result)).toEqual(['p2', 'p1', 'q2', 'q1', 'n2', 'n1', 'o2', 'o1']);
  });
});

describe('suggestNext: goal', () => {
  const curriculum = buildCurriculum([
    { id: 's1', topics: ['b', 'a', 'c < a', 'd < c', 'e? < d', 'f < b'] },
    { id: 's2', topics: ['g', 'h? < g', 'i'] },
  ]);

  it('keeps only the goal topics and what they require, transitively', () => {
    expect(ids(next(curriculum, {}, { goalTopics: ['d'] }))).toEqual(['a']);
    expect(ids(next(curriculum, { a: 'done' }, { goalTopics: new Set(['d']) }))).toEqual(['c']);
    expect(ids(next(curriculum, {}, { goalTopics: goalTopicIds(curriculum, 'f') }))).toEqual(['b']);
  });

  it('counts unlocks over the whole curriculum, also under a goal', () => {
    const result = next(curriculum, {}, { goalTopics: ['c'] });
    expect(result.suggestions.map((s) => [s.topic.id, s.unlocks])).toEqual([['a', 3]]);
  });

  it('a goal section keeps all its topics, optional ones too', () => {
    const goal = goalTopicIds(curriculum, 's2');
    expect([...goal]).toEqual(['g', 'h', 'i']);
    expect(ids(next(curriculum, { g: 'done' }, { goalTopics: goal }))).toEqual(['i', 'h']);
  });

  it('a resource goal means its topic', () => {
    const withResources = buildCurriculum([{ id: 's', topics: ['a', { id: 'b', requires: ['a'], resources: ['r'] }, 'c'] }]);
    expect([...goalTopicIds(withResources, 'b/r')]).toEqual(['a', 'b']);
  });

  it('goalComplete when the goal is done but the curriculum is not; then no suggestions', () => {
    const result = next(curriculum, { b: 'done', f: 'done' }, { goalTopics: ['f'] });
    expect(result).toMatchObject({ complete: false, goalComplete: true, suggestions: [] });
    expect(next(curriculum, { b: 'done' }, { goalTopics: ['f'] }).goalComplete).toBe(false);
    expect(next(curriculum, { b: 'done', f: 'done' }).goalComplete).toBe(false);
  });
});

describe('suggestNext: complete', () => {
  const curriculum = buildCurriculum([{ id: 's', topics: ['a', 'b?', { id: 'c', resources: ['r'] }] }]);

  it('is complete when every topic, optional ones too, is complete; then no suggestions', () => {
    expect(next(curriculum, { a: 'done', b: 'skipped', 'c/r': 'done' })).toMatchObject({ complete: true, suggestions: [] });
    expect(next(curriculum, { a: 'done', b: 'skipped', 'c/r': 'done' }, { goalTopics: ['a'] })).toMatchObject({
      complete: true,
      goalComplete: true,
      suggestions: [],
    });
  });

  it('an incomplete optional topic keeps it from being complete', () => {
    const result = next(curriculum, { a: 'done', 'c/r': 'done' });
    expect(result.complete).toBe(false);
    expect(ids(result)).toEqual(['b']);
  });

  it('an empty curriculum is complete', () => {
    expect(next(buildCurriculum([{ id: 's', topics: [] }]))).toMatchObject({ complete: true, suggestions: [] });
  });
});

describe('suggestNext: reasons and resources', () => {
  const curriculum = buildCurriculum([
    {
      id: 's',
      topics: [
        { id: 'base', title: '線性代數' },
        { id: 'calc', title: '微積分' },
        { id: 'ml', requires: ['base', 'calc'], resources: ['r1', 'x?', 'r2', 'r3'] },
        { id: 'deep', requires: ['ml'] },
        { id: 'extra', optional: true, resources: ['o1?', 'o2?'] },
      ],
    },
  ]);

  it('says why, as data and in words', () => {
    const result = next(curriculum, { base: 'done', calc: 'done', 'ml/r2': 'done' });
    const ml = result.suggestions[0]!;
    expect(ml.topic.id).toBe('ml');
    expect(ml.reasons.map((r) => r.kind)).toEqual(['continues', 'unlocks', 'prerequisites-done']);
    expect(ml.reasons.map(describeReason)).toEqual(['continues what you started', 'unlocks 1 topic', 'all prerequisites done: 線性代數, 微積分']);
    const extra = result.suggestions[1]!;
    expect(extra.reasons.map(describeReason)).toEqual(['needs nothing first', 'optional']);
  });

  it('lists unresolved required resources in file order', () => {
    const ml = next(curriculum, { base: 'done', calc: 'done', 'ml/r2': 'done' }).suggestions[0]!;
    expect(ml.resources.map((r) => r.ref)).toEqual(['ml/r1', 'ml/r3']);
  });

  it('for a topic with no required resources, its unresolved optional ones', () => {
    const extra = next(curriculum, { 'extra/o1': 'done' }).suggestions.find((s) => s.topic.id === 'extra')!;
    expect(extra.resources.map((r) => r.ref)).toEqual(['extra/o2']);
  });

  it('describes unlock counts in the plural', () => {
    expect(describeReason({ kind: 'unlocks', count: 4 })).toBe('unlocks 4 topics');
    expect(describeReason({ kind: 'no-prerequisites' })).toBe('needs nothing first');
  });
});

describe('countUnlocks', () => {
  it('counts a topic the same alone as among all the others', () => {
    // Alone, only what it reaches gets rows of bits; among all, every topic does.
    const topics = Array.from({ length: 60 }, (_, i) => (i < 5 ? `t${i}` : `t${i} < t${i % 5} t${Math.floor(i / 2)}`));
    const curriculum = buildCurriculum([{ id: 's', topics }]);
    const state = curriculumState(curriculum, statuses({ t3: 'done', t10: 'done', t31: 'done' }));
    const all = countUnlocks(curriculum, state, topics.map((_, i) => `t${i}`));
    for (let i = 0; i < 60; i++) {
      const one = countUnlocks(curriculum, state, [`t${i}`]).get(`t${i}`);
      expect(all.get(`t${i}`)).toBe(one);
    }
    expect(all.get('t0')).toBeGreaterThan(0);
  });
});

describe('the sample fixture, built by hand', () => {
  const sample = buildCurriculum([
    {
      id: 'basics',
      topics: [
        { id: 'intro', resources: ['welcome', 'history?'] },
        { id: 'algebra', aliases: ['linalg'], resources: ['book', 'videos', 'extra?'] },
        { id: 'calculus', resources: ['course'] },
      ],
    },
    {
      id: 'models',
      topics: [
        { id: 'neural-nets', requires: ['basics'], resources: ['nn-video', 'nn-book'] },
        { id: 'extras', optional: true, requires: ['algebra'], resources: ['bonus'] },
      ],
    },
    { id: 'apps', topics: [{ id: 'nlp', requires: ['neural-nets'], resources: ['spacy', 'kaggle?'] }, { id: 'reading', requires: ['intro'] }] },
  ]);

  it('counts 6 topics and 7 resources, as the fixture says', () => {
    const figures = progressFigures(sample, curriculumState(sample, statuses({})));
    expect([figures.topics.total, figures.resources.total]).toEqual([6, 7]);
  });

  it('suggests the basics, the most unlocking first', () => {
    expect(next(sample).suggestions.map((s) => [s.topic.id, s.unlocks])).toEqual([
      ['intro', 3],
      ['algebra', 3],
      ['calculus', 2],
    ]);
  });

  it('then what was started, then what opened up', () => {
    const result = next(sample, { intro: 'done', 'algebra/book': 'done' });
    expect(result.suggestions.map((s) => [s.topic.id, s.state])).toEqual([
      ['algebra', 'in-progress'],
      ['calculus', 'available'],
      ['reading', 'available'],
    ]);
    expect(result.suggestions[0]!.resources.map((r) => r.id)).toEqual(['videos']);
  });
});
