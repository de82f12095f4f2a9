import { describe, expect, it } from 'vitest';
import { buildCurriculumIndex } from '../../src/curriculum/index.js';
import { suggestNext, unlockCounts } from '../../src/plan/next.js';
import { planPath } from '../../src/plan/path.js';
import { curriculumState, progressFigures } from '../../src/plan/state.js';
import { randomCurriculum, randomStatuses } from './helpers/buildCurriculum.js';

// 10,000 topics, each requiring 0–3 earlier topics: the shape the planning code is measured on (see next.ts).
// Not a timing test (budgets are benchmarks); the bound only catches a blow-up.
describe('planning at scale', () => {
  for (const [label, rate] of [
    ['no progress', 0],
    ['30% progress', 0.3],
  ] as const) {
    it(`10,000 topics, ${label}: state + next, with the same counts as bitsets one word at a time`, () => {
      const curriculum = randomCurriculum({ topics: 10_000, seed: 42, sections: 100, maxResources: 5, requiresEarlierInFile: true, sectionRequireRate: 0 });
      const statuses = randomStatuses(curriculum, 7, rate);
      const start = performance.now();
      const state = curriculumState(curriculum, statuses);
      const result = suggestNext(curriculum, state, { limit: 3 });
      const elapsed = performance.now() - start;
      expect(elapsed).toBeLessThan(5_000);
      expect(result.suggestions).toHaveLength(3);
      expect(result.candidates).toBeGreaterThan(1_000);

      const index = buildCurriculumIndex(curriculum);
      const incomplete = Uint8Array.from(index.topics, (t) => (state.topics.get(t.id)!.complete ? 0 : 1));
      const top = result.suggestions.map((s) => index.topicPosition.get(s.topic.id)!);
      expect(unlockCounts(index, incomplete, top, 1)).toEqual(
        result.suggestions.map((s) => s.unlocks),
      );
      const figures = progressFigures(curriculum, state);
      expect(figures.sections).toHaveLength(100);
      // The path to the last topic not yet complete (the one deepest in the file) ends with that topic.
      const target = index.topics.findLast((topic) => !state.topics.get(topic.id)!.complete)!.id;
      expect(index.topicPosition.get(target)).toBeGreaterThan(9_000);
      const path = planPath(curriculum, state, [target]);
      expect(path.steps.at(-1)!.topic.id).toBe(target);
    });
  }
});
