import { describe, expect, it } from 'vitest';
import { byItem } from '../../src/commands/noteViews.js';
import { buildCurriculumIndex, isWithin, itemById, itemKey } from '../../src/curriculum/index.js';
import type { NoteView } from '../../src/render/notes.js';
import { buildCurriculum } from './helpers/buildCurriculum.js';

const curriculum = buildCurriculum([
  {
    id: 'math',
    topics: [
      { id: 'linear-algebra', aliases: ['linalg', 'algebra'], resources: [{ id: 'essence', aliases: ['videos'] }, 'book'] },
      { id: 'calculus', resources: ['khan'] },
    ],
  },
  { id: 'code', topics: ['python'] },
]);

const found = (key: string) => {
  const item = itemById(curriculum, key);
  return item && itemKey(item);
};

describe('itemById', () => {
  it('finds sections, topics and resources by their live keys', () => {
    expect(found('math')).toBe('math');
    expect(found('calculus')).toBe('calculus');
    expect(found('linear-algebra/book')).toBe('linear-algebra/book');
    expect(itemById(curriculum, 'calculus/khan')).toMatchObject({ kind: 'resource', topic: { id: 'calculus' }, section: { id: 'math' } });
  });

  it('follows former ids kept in aliases, for topics and resources, alone or together', () => {
    expect(found('linalg')).toBe('linear-algebra');
    expect(found('algebra/book')).toBe('linear-algebra/book');
    expect(found('linear-algebra/videos')).toBe('linear-algebra/essence');
    expect(found('algebra/videos')).toBe('linear-algebra/essence');
  });

  it('answers undefined for what the curriculum no longer has', () => {
    for (const key of ['statistics', 'calculus/course', 'statistics/khan', 'math/linear-algebra']) expect(itemById(curriculum, key), key).toBeUndefined();
  });
});

describe('the index: numbers and former ids', () => {
  const index = buildCurriculumIndex(curriculum);
  const at = (number: string) => {
    const item = index.itemAtNumber(number);
    return item && itemKey(item);
  };

  it('finds the item a number names, as list shows it', () => {
    expect(at('1')).toBe('math');
    expect(at('1.2')).toBe('calculus');
    expect(at('1.1.2')).toBe('linear-algebra/book');
    expect(at('2.1')).toBe('python');
    expect(at('01.002')).toBe('calculus');
    for (const number of ['0', '3', '1.0', '1.3', '1.1.3', '2.1.1', '0.1']) expect(index.itemAtNumber(number), number).toBeUndefined();
  });

  it('finds a topic by its id or a former id, the live id first', () => {
    const withClash = buildCurriculum([{ id: 's', topics: [{ id: 'a', aliases: ['b', 'old'] }, { id: 'b' }, { id: 'c', aliases: ['old'] }] }]);
    const clashIndex = buildCurriculumIndex(withClash);
    expect(clashIndex.findTopic('b')?.id).toBe('b');
    expect(clashIndex.findTopic('old')?.id).toBe('a');
    expect(clashIndex.findTopic('a')?.id).toBe('a');
    expect(clashIndex.findTopic('s')).toBeUndefined();
  });
});

describe('isWithin', () => {
  const item = (key: string) => itemById(curriculum, key)!;
  it('is true for the item itself and what it contains, false otherwise', () => {
    expect(isWithin(item('linear-algebra/book'), item('math'))).toBe(true);
    expect(isWithin(item('linear-algebra/book'), item('linear-algebra'))).toBe(true);
    expect(isWithin(item('linear-algebra/book'), item('linear-algebra/book'))).toBe(true);
    expect(isWithin(item('linear-algebra'), item('math'))).toBe(true);
    expect(isWithin(item('math'), item('math'))).toBe(true);
    expect(isWithin(item('math'), item('linear-algebra'))).toBe(false);
    expect(isWithin(item('linear-algebra'), item('linear-algebra/book'))).toBe(false);
    expect(isWithin(item('calculus/khan'), item('linear-algebra'))).toBe(false);
    expect(isWithin(item('python'), item('math'))).toBe(false);
    expect(isWithin(item('linear-algebra/essence'), item('linear-algebra/book'))).toBe(false);
  });
});

describe('byItem', () => {
  const note = (id: number, number: string | null, item: string, createdAt: string): NoteView => ({
    id,
    item,
    number,
    itemTitle: number === null ? null : 'title',
    text: `note ${id}`,
    createdAt,
    updatedAt: createdAt,
  });
  it('orders by item in roadmap order (numerically), then oldest first; items no longer there last', () => {
    const notes = [
      note(1, '1.10', 'j', '2026-01-01T00:00:00Z'),
      note(2, null, 'zeta', '2026-01-01T00:00:00Z'),
      note(3, '1.2.1', 'b/x', '2026-01-01T00:00:00Z'),
      note(4, '1.2', 'b', '2026-01-03T00:00:00Z'),
      note(5, null, 'alpha', '2026-01-05T00:00:00Z'),
      note(6, '1', 's', '2026-01-02T00:00:00Z'),
      note(7, '1.2', 'old-b', '2026-01-02T00:00:00Z'),
      note(8, '2', 't', '2026-01-01T00:00:00Z'),
    ];
    expect(byItem(notes).map((n) => n.id)).toEqual([6, 7, 4, 3, 1, 8, 5, 2]);
  });
});
