import { describe, expect, it } from 'vitest';
import { resolveRefs } from '../../src/curriculum/resolveRef.js';
import { checklist, tickChanges } from '../../src/menu/ticks.js';
import { curriculumState } from '../../src/plan/state.js';
import type { Status } from '../../src/model/progress.js';
import { buildCurriculum, statuses } from './helpers/buildCurriculum.js';

const curriculum = buildCurriculum([
  { id: 's1', topics: [{ id: 'a', resources: ['r1', 'r2', 'x?'] }, { id: 'b', resources: ['r1'] }] },
]);
const topicA = curriculum.sections[0]!.topics[0]!;

/** Confirms the checklist of topic a exactly as it first shows, and says what that would record. */
function saveUnchanged(entries: Record<string, Status>) {
  const own = statuses(entries);
  const shown = checklist(topicA.resources, curriculumState(curriculum, own));
  const ticked = new Set(shown.filter((choice) => choice.checked).map((choice) => choice.resource.ref));
  return { shown, changes: tickChanges(topicA.resources, own, ticked) };
}

describe('the resource checklist: what it shows is what saving compares with', () => {
  it('records nothing for an unchanged checklist of a topic marked done itself', () => {
    const { shown, changes } = saveUnchanged({ a: 'done' });
    expect(changes).toEqual([]);
    expect(shown.map((choice) => [choice.checked, choice.throughTopic])).toEqual([
      [false, true],
      [false, true],
      [false, true],
    ]);
  });

  it('records nothing for an unchanged checklist of a topic marked done through its section', () => {
    const [section] = resolveRefs(curriculum, ['s1']);
    if (section?.kind !== 'section') throw new Error('s1 is a section');
    const entries = Object.fromEntries(section.section.topics.map((topic) => [topic.id, 'done' as Status]));
    expect(saveUnchanged(entries).changes).toEqual([]);
  });

  it('records nothing for an unchanged checklist of a skipped topic with resources of its own', () => {
    const { shown, changes } = saveUnchanged({ a: 'skipped', 'a/r1': 'done', 'a/x': 'started' });
    expect(changes).toEqual([]);
    expect(shown.map((choice) => [choice.checked, choice.throughTopic])).toEqual([
      [true, false],
      [false, true],
      [false, true],
    ]);
  });

  it('ticks what the resources say of themselves, and records only what the learner changed', () => {
    const own = statuses({ a: 'done', 'a/r2': 'skipped' });
    expect(tickChanges(topicA.resources, own, new Set(['a/r1', 'a/r2']))).toEqual([{ item: 'a/r1', status: 'done' }]);
    expect(tickChanges(topicA.resources, own, new Set())).toEqual([{ item: 'a/r2', status: 'todo' }]);
  });
});
