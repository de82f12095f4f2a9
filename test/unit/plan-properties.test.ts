import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Curriculum, Topic } from '../../src/curriculum/types.js';
import { goalTopicIds } from '../../src/plan/goal.js';
import { suggestNext, unlockCounts } from '../../src/plan/next.js';
import { buildCurriculumIndex } from '../../src/curriculum/index.js';
import { planPath } from '../../src/plan/path.js';
import { curriculumState, progressFigures, type CurriculumState } from '../../src/plan/state.js';
import { randomCurriculum, randomStatuses } from './helpers/buildCurriculum.js';

/** A random curriculum and random progress, from a few numbers fast-check shrinks well. */
const world = fc
  .record({
    seed: fc.integer({ min: 0, max: 2 ** 31 - 1 }),
    topics: fc.integer({ min: 1, max: 45 }),
    sections: fc.integer({ min: 1, max: 5 }),
    maxRequires: fc.integer({ min: 0, max: 4 }),
    progressRate: fc.double({ min: 0, max: 0.9, noNaN: true }),
    earlierInFile: fc.boolean(),
  })
  .map((p) => {
    const curriculum = randomCurriculum({
      topics: p.topics,
      seed: p.seed,
      sections: p.sections,
      maxRequires: p.maxRequires,
      requiresEarlierInFile: p.earlierInFile,
      sectionRequireRate: 0.15,
      optionalTopicRate: 0.2,
      optionalResourceRate: 0.3,
    });
    const state = curriculumState(curriculum, randomStatuses(curriculum, p.seed, p.progressRate));
    return { curriculum, state, seed: p.seed };
  });

const topicsOf = (curriculum: Curriculum): Topic[] => curriculum.sections.flatMap((s) => s.topics);

/** Unlocks as the contract words it, computed the slow obvious way. */
function naiveUnlocks(curriculum: Curriculum, state: CurriculumState, id: string): number {
  const dependents = new Map<string, string[]>();
  for (const topic of topicsOf(curriculum)) {
    for (const required of topic.requiredTopics) dependents.set(required, [...(dependents.get(required) ?? []), topic.id]);
  }
  const seen = new Set<string>([id]);
  const queue = [id];
  while (queue.length > 0) {
    for (const next of dependents.get(queue.shift()!) ?? []) {
      if (!seen.has(next)) {
        seen.add(next);
        queue.push(next);
      }
    }
  }
  seen.delete(id);
  return [...seen].filter((t) => !state.topics.get(t)!.complete).length;
}

const RUNS = { numRuns: 300 };

describe('next: properties over random curricula and progress', () => {
  it('never suggests a blocked or complete topic; suggests exactly the candidates, sorted per §6', () => {
    fc.assert(
      fc.property(world, ({ curriculum, state }) => {
        const topics = topicsOf(curriculum);
        const position = new Map(topics.map((t, i) => [t.id, i]));
        const result = suggestNext(curriculum, state, { limit: Number.POSITIVE_INFINITY });
        const candidates = topics.filter((t) => !state.topics.get(t.id)!.complete && state.topics.get(t.id)!.blockedBy.length === 0);
        expect(result.suggestions.map((s) => s.topic.id).sort()).toEqual(candidates.map((t) => t.id).sort());
        expect(result.candidates).toBe(candidates.length);
        for (const s of result.suggestions) {
          const progress = state.topics.get(s.topic.id)!;
          expect(progress.complete).toBe(false);
          expect(progress.state).not.toBe('blocked');
          expect(s.state).toBe(progress.state);
          expect(s.unlocks).toBe(naiveUnlocks(curriculum, state, s.topic.id));
        }
        const key = (s: (typeof result.suggestions)[number]) => [s.state === 'in-progress' ? 0 : 1, s.topic.optional ? 1 : 0, -s.unlocks, position.get(s.topic.id)!];
        for (let i = 1; i < result.suggestions.length; i++) {
          const a = key(result.suggestions[i - 1]!);
          const b = key(result.suggestions[i]!);
          const order = a.findIndex((v, k) => v !== b[k]);
          expect(order).toBeGreaterThanOrEqual(0);
          expect(a[order]!).toBeLessThan(b[order]!);
        }
      }),
      RUNS,
    );
  });

  it('a limit gives a prefix of the full order', () => {
    fc.assert(
      fc.property(world, fc.integer({ min: 0, max: 6 }), ({ curriculum, state }, limit) => {
        const all = suggestNext(curriculum, state, { limit: Number.POSITIVE_INFINITY }).suggestions;
        const some = suggestNext(curriculum, state, { limit }).suggestions;
        expect(some.map((s) => [s.topic.id, s.unlocks])).toEqual(all.slice(0, limit).map((s) => [s.topic.id, s.unlocks]));
      }),
      RUNS,
    );
  });

  it('complete iff every topic is complete; then nothing is suggested', () => {
    fc.assert(
      fc.property(world, ({ curriculum, state }) => {
        const result = suggestNext(curriculum, state, { limit: 3 });
        const allComplete = topicsOf(curriculum).every((t) => state.topics.get(t.id)!.complete);
        expect(result.complete).toBe(allComplete);
        if (allComplete) expect(result.suggestions).toEqual([]);
        else expect(result.suggestions.length).toBeGreaterThan(0);
      }),
      RUNS,
    );
  });

  it('under a goal: only goal topics (with their requirements), unlocks counted over the whole curriculum', () => {
    fc.assert(
      fc.property(world, fc.nat(), ({ curriculum, state }, pick) => {
        const topics = topicsOf(curriculum);
        const target = pick % 3 === 0 ? curriculum.sections[pick % curriculum.sections.length]!.id : topics[pick % topics.length]!.id;
        const goal = goalTopicIds(curriculum, target);
        const result = suggestNext(curriculum, state, { limit: Number.POSITIVE_INFINITY, goalTopics: goal });
        const goalIncomplete = [...goal].filter((id) => !state.topics.get(id)!.complete);
        expect(result.goalComplete).toBe(goalIncomplete.length === 0);
        if (result.complete || result.goalComplete) expect(result.suggestions).toEqual([]);
        else expect(result.suggestions.length).toBeGreaterThan(0);
        for (const s of result.suggestions) {
          expect(goal.has(s.topic.id)).toBe(true);
          expect(s.unlocks).toBe(naiveUnlocks(curriculum, state, s.topic.id));
        }
        // The order within the goal is the order of the whole list, filtered.
        const whole = suggestNext(curriculum, state, { limit: Number.POSITIVE_INFINITY }).suggestions.map((s) => s.topic.id);
        expect(result.suggestions.map((s) => s.topic.id)).toEqual(whole.filter((id) => goal.has(id)));
      }),
      RUNS,
    );
  });
});

describe('unlock counts agree with the naive count', () => {
  it('bitsets in one pass and in many passes', () => {
    fc.assert(
      fc.property(world, fc.integer({ min: 1, max: 4 }), ({ curriculum, state }, maxWords) => {
        const index = buildCurriculumIndex(curriculum);
        const incomplete = Uint8Array.from(index.topics, (t) => (state.topics.get(t.id)!.complete ? 0 : 1));
        const sources = index.topics.map((_, i) => i).filter((i) => i % 2 === 0 || !incomplete[i]);
        const expected = sources.map((i) => naiveUnlocks(curriculum, state, index.topics[i]!.id));
        expect(unlockCounts(index, incomplete, sources)).toEqual(expected);
        // A tiny memory cap forces one word (32 targets) or a few per pass.
        expect(unlockCounts(index, incomplete, sources, maxWords)).toEqual(expected);
      }),
      RUNS,
    );
  });
});

describe('path: properties', () => {
  it('is a topological order of exactly the incomplete topics of the goal set, ties in file order', () => {
    fc.assert(
      fc.property(world, fc.nat(), ({ curriculum, state }, pick) => {
        const topics = topicsOf(curriculum);
        const target = pick % 4 === 0 ? curriculum.sections[pick % curriculum.sections.length]!.id : topics[pick % topics.length]!.id;
        const goal = goalTopicIds(curriculum, target);
        const plan = planPath(curriculum, state, goalTopicIds(curriculum, target));
        const ids = plan.steps.map((s) => s.topic.id);
        expect([...ids].sort()).toEqual([...goal].filter((id) => !state.topics.get(id)!.complete).sort());
        expect(new Set(ids).size).toBe(ids.length);
        const at = new Map(ids.map((id, i) => [id, i]));
        for (const step of plan.steps) {
          for (const required of step.topic.requiredTopics) {
            if (at.has(required)) expect(at.get(required)!).toBeLessThan(at.get(step.topic.id)!);
            else expect(state.topics.get(required)!.complete).toBe(true);
          }
        }
        expect(plan.complete).toBe(ids.length === 0);
        // Every topic placed was the first in file order among those ready at that point.
        const position = new Map(topics.map((t, i) => [t.id, i]));
        const placed = new Set<string>();
        for (const step of plan.steps) {
          const ready = ids.filter(
            (id) => !placed.has(id) && topics[position.get(id)!]!.requiredTopics.every((r) => placed.has(r) || !at.has(r)),
          );
          expect(step.topic.id).toBe(ready.sort((a, b) => position.get(a)! - position.get(b)!)[0]);
          placed.add(step.topic.id);
        }
      }),
      RUNS,
    );
  });
});

describe('figures: properties', () => {
  it('done and skipped add up; totals exclude optional items', () => {
    fc.assert(
      fc.property(world, ({ curriculum, state }) => {
        const figures = progressFigures(curriculum, state);
        expect(figures.topics.done + figures.topics.skipped).toBe(figures.topics.complete);
        expect(figures.resources.done + figures.resources.skipped).toBe(figures.resources.resolved);
        const counted = topicsOf(curriculum).filter((t) => !t.optional);
        expect(figures.topics.total).toBe(counted.length);
        expect(figures.topics.complete).toBe(counted.filter((t) => state.topics.get(t.id)!.complete).length);
        expect(figures.resources.total).toBe(counted.flatMap((t) => t.resources.filter((r) => !r.optional)).length);
        expect(figures.sections.reduce((sum, s) => sum + s.resources.resolved, 0)).toBe(figures.resources.resolved);
      }),
      RUNS,
    );
  });
});
