import { describe, expect, it } from 'vitest';
import { resolveRef } from '../../src/curriculum/resolveRef.js';
import type { Status } from '../../src/model/progress.js';
import { goalOwnTopicIds, goalTopicIds, requirementClosure } from '../../src/plan/goal.js';
import { planPath } from '../../src/plan/path.js';
import { curriculumState } from '../../src/plan/state.js';
import { buildCurriculum, statuses } from './helpers/buildCurriculum.js';

const curriculum = buildCurriculum([
  {
    id: 's1',
    topics: [
      // file order is not a topological order: goal comes first and requires later topics
      { id: 'goal', requires: ['mid', 'side'], resources: [{ id: 'g1', minutes: 30 }, 'g2', { id: 'g3', optional: true, minutes: 99 }] },
      { id: 'mid', requires: ['base'], resources: [{ id: 'm1', minutes: 45 }, { id: 'm2', minutes: 15 }] },
      { id: 'side', resources: [{ id: 's1', minutes: 10 }] },
      { id: 'base' },
      { id: 'unrelated', resources: [{ id: 'u1', minutes: 1000 }] },
    ],
  },
  { id: 's2', topics: ['after < goal', 'opt? < base'] },
]);

function path(progress: Record<string, Status>, goal: string) {
  return planPath(curriculum, curriculumState(curriculum, statuses(progress)), resolveRef(curriculum, goal));
}

describe('planPath', () => {
  it('orders the remaining topics so every prerequisite comes first, ties in file order, goal included', () => {
    const plan = path({}, 'goal');
    expect(plan.steps.map((s) => s.topic.id)).toEqual(['side', 'base', 'mid', 'goal']);
    expect(plan.steps.map((s) => s.goal)).toEqual([false, false, false, true]);
    expect(plan.steps.map((s) => s.state)).toEqual(['available', 'available', 'blocked', 'blocked']);
    expect(plan.goalTopics).toEqual(['goal']);
  });

  it('leaves out complete topics and resolved resources', () => {
    const plan = path({ base: 'done', 'mid/m1': 'done', side: 'skipped' }, 'goal');
    expect(plan.steps.map((s) => s.topic.id)).toEqual(['mid', 'goal']);
    expect(plan.steps[0]!.resources.map((r) => r.ref)).toEqual(['mid/m2']);
  });

  it('counts effort: minutes of remaining required resources, and those without an estimate', () => {
    const plan = path({ 'mid/m1': 'done' }, 'goal');
    const goal = plan.steps.at(-1)!;
    expect(goal.resources.map((r) => r.ref)).toEqual(['goal/g1', 'goal/g2']);
    expect(goal.optionalResources.map((r) => r.ref)).toEqual(['goal/g3']);
    expect([goal.minutes, goal.unestimated]).toEqual([30, 1]);
    expect(plan.effort).toEqual({ topics: 4, resources: 4, minutes: 30 + 15 + 10, unestimated: 1 });
  });

  it('is complete (empty) when the goal and everything it requires is complete', () => {
    const plan = path({ goal: 'done', mid: 'done', side: 'done', base: 'done' }, 'goal');
    expect(plan).toMatchObject({ complete: true, steps: [], effort: { topics: 0, resources: 0, minutes: 0, unestimated: 0 } });
  });

  it('a complete goal whose prerequisites are not: nothing remains toward it but the prerequisites', () => {
    const plan = path({ goal: 'done' }, 'goal');
    expect(plan.steps.map((s) => s.topic.id)).toEqual(['side', 'base', 'mid']);
  });

  it('a section goal takes all its topics, optional ones too; a resource goal its topic', () => {
    expect(path({}, 's2').steps.map((s) => s.topic.id)).toEqual(['side', 'base', 'mid', 'goal', 'after', 'opt']);
    expect(path({}, 'mid/m2').steps.map((s) => s.topic.id)).toEqual(['base', 'mid']);
  });

  it('accepts topic ids as the goal', () => {
    const plan = planPath(curriculum, curriculumState(curriculum, statuses({})), ['mid']);
    expect(plan.steps.map((s) => s.topic.id)).toEqual(['base', 'mid']);
  });
});

describe('goal helpers', () => {
  it('goalOwnTopicIds and goalTopicIds', () => {
    expect(goalOwnTopicIds(curriculum, 's2')).toEqual(['after', 'opt']);
    expect([...goalTopicIds(curriculum, 'goal')]).toEqual(['goal', 'mid', 'side', 'base']);
    expect([...goalTopicIds(curriculum, resolveRef(curriculum, 'goal/g1'))]).toEqual(['goal', 'mid', 'side', 'base']);
  });

  it('requirementClosure is in file order and ignores unknown ids', () => {
    expect([...requirementClosure(curriculum, ['opt', 'nope'])]).toEqual(['base', 'opt']);
  });
});
