import { describe, expect, it } from 'vitest';
import { closest } from '../../src/curriculum/describe.js';
import { editDistance } from '../../src/curriculum/editDistance.js';
import { buildCurriculumIndex, itemKey } from '../../src/curriculum/index.js';
import { resolveRef, resolveRefs } from '../../src/curriculum/resolveRef.js';
import type { Curriculum } from '../../src/curriculum/types.js';
import { ExitCode, RoadmapError } from '../../src/errors.js';
import { buildCurriculum } from './helpers/buildCurriculum.js';

const curriculum = buildCurriculum([
  {
    id: 'math',
    title: '機器學習數學基礎',
    topics: [
      { id: 'linear-algebra', title: '線性代數 Linear algebra', aliases: ['linalg'], resources: [{ id: '3b1b', title: '3Blue1Brown essence', aliases: ['essence'] }, { id: 'book', title: 'Linear Algebra Done Right' }] },
      { id: 'calculus', title: '微積分 Calculus', resources: [{ id: 'khan', title: 'Khan Academy' }] },
    ],
  },
  {
    id: 'code',
    title: 'Programming',
    topics: [
      { id: 'python', title: 'Python basics' },
      { id: 'numpy', title: 'Python for data: NumPy' },
      { id: 'pandas', title: 'Pandas' },
    ],
  },
]);

function failure(run: () => unknown): RoadmapError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(RoadmapError);
    expect((error as RoadmapError).exitCode).toBe(ExitCode.usage);
    return error as RoadmapError;
  }
  throw new Error('expected a usage error');
}

const key = (input: string, c: Curriculum = curriculum) => itemKey(resolveRef(c, input));

describe('resolveRef: id paths', () => {
  it('resolves sections, topics and resources by id', () => {
    expect(resolveRef(curriculum, 'math')).toMatchObject({ kind: 'section', section: { id: 'math' } });
    expect(resolveRef(curriculum, 'calculus')).toMatchObject({ kind: 'topic', topic: { id: 'calculus' }, section: { id: 'math' } });
    expect(resolveRef(curriculum, 'calculus/khan')).toMatchObject({ kind: 'resource', resource: { ref: 'calculus/khan' }, topic: { id: 'calculus' }, section: { id: 'math' } });
  });

  it('accepts aliases of topics and resources, and old topic id with a resource id or alias', () => {
    expect(key('linalg')).toBe('linear-algebra');
    expect(key('linear-algebra/essence')).toBe('linear-algebra/3b1b');
    expect(key('linalg/book')).toBe('linear-algebra/book');
    expect(key('linalg/essence')).toBe('linear-algebra/3b1b');
  });

  it('an id wins over text that would match several items', () => {
    // "python" is in the titles of two topics, but it is the id of one.
    expect(key('python')).toBe('python');
  });

  it('trims surrounding spaces', () => {
    expect(key('  calculus ')).toBe('calculus');
  });
});

describe('resolveRef: numbers', () => {
  it('resolves 2, 2.3, 2.3.1 in file order from 1', () => {
    expect(key('1')).toBe('math');
    expect(key('2')).toBe('code');
    expect(key('2.3')).toBe('pandas');
    expect(key('1.1.2')).toBe('linear-algebra/book');
    expect(key('01.02')).toBe('calculus');
  });

  it('a number out of range says what exists', () => {
    expect(failure(() => resolveRef(curriculum, '9.9')).lines[0]).toBe('no item numbered 9.9 (sections are numbered 1–2)');
    expect(failure(() => resolveRef(curriculum, '0')).lines[0]).toBe('no item numbered 0 (sections are numbered 1–2)');
    expect(failure(() => resolveRef(curriculum, '2.7')).lines[0]).toBe('no item numbered 2.7 (section 2 has topics 2.1–2.3)');
    expect(failure(() => resolveRef(curriculum, '1.1.5')).lines[0]).toBe('no item numbered 1.1.5 (topic 1.1 has resources 1.1.1–1.1.2)');
    expect(failure(() => resolveRef(curriculum, '2.1.1')).lines[0]).toBe('no item numbered 2.1.1 (topic 2.1 has no resources)');
  });
});

describe('resolveRef: text', () => {
  it('one case-insensitive match on a title or id', () => {
    expect(key('KHAN')).toBe('calculus/khan');
    expect(key('done right')).toBe('linear-algebra/book');
    expect(key('微積')).toBe('calculus');
    expect(key('panda')).toBe('pandas');
  });

  it('an exact title or id wins over substrings', () => {
    // "pandas" is an id, handled before text; "Pandas" as text: exact title of one item
    expect(key('PANDAS')).toBe('pandas');
  });

  it('several matches: exit 2, listing them with numbers', () => {
    const error = failure(() => resolveRef(curriculum, 'linear'));
    expect(error.lines).toEqual([
      '"linear" matches 2 items:',
      '  1.1    線性代數 Linear algebra (linear-algebra)',
      '  1.1.2  Linear Algebra Done Right (linear-algebra/book)',
      'use a number or an id to pick one',
    ]);
    expect(error.lines.at(-1)).toBe('use a number or an id to pick one');
  });

  it('lists at most 10 matches, then how many more', () => {
    const many = buildCurriculum([{ id: 's', topics: Array.from({ length: 14 }, (_, i) => ({ id: `t${i}`, title: `Deep topic ${i}` })) }]);
    const error = failure(() => resolveRef(many, 'deep'));
    expect(error.lines[0]).toBe('"deep" matches 14 items:');
    expect(error.lines.filter((line) => /^ {2}1\.\d+ /.test(line))).toHaveLength(10);
    expect(error.lines).toContain('  … and 4 more');
  });

  it('no match: exit 2 with close suggestions', () => {
    const error = failure(() => resolveRef(curriculum, 'calculos'));
    expect(error.lines[0]).toBe('no item matches "calculos"');
    expect(error.lines[1]).toBe('did you mean:');
    expect(error.lines[2]).toContain('calculus');
  });

  it('no match and nothing close: a hint', () => {
    const error = failure(() => resolveRef(curriculum, 'zzzzzzzzzzzzzzz'));
    expect(error.lines).toEqual(['no item matches "zzzzzzzzzzzzzzz"', 'run `roadmap list` to see every item with its number and id']);
  });

  it('an empty REF is a usage error', () => {
    failure(() => resolveRef(curriculum, '   '));
  });

  it('control characters in the input are neutralised in the message', () => {
    expect(failure(() => resolveRef(curriculum, 'x\u001b[2Jy')).lines[0]).toBe('no item matches "x\uFFFD[2Jy"');
  });
});

describe('resolveRefs', () => {
  it('resolves all, in order', () => {
    expect(resolveRefs(curriculum, ['1.1', 'python', 'khan']).map(itemKey)).toEqual(['linear-algebra', 'python', 'calculus/khan']);
  });

  it('one usage error that lists every bad REF', () => {
    const error = failure(() => resolveRefs(curriculum, ['python', 'nothing-like-it', '9', 'linear']));
    expect(error.lines[0]).toBe('3 of the 4 REFs do not name exactly one item:');
    const text = error.lines.join('\n');
    expect(text).toContain('no item matches "nothing-like-it"');
    expect(text).toContain('no item numbered 9');
    expect(text).toContain('"linear" matches 2 items:');
  });

  it('a single bad REF is reported as itself', () => {
    expect(failure(() => resolveRefs(curriculum, ['python', '9'])).lines[0]).toBe('no item numbered 9 (sections are numbered 1–2)');
  });

  it('1,000 REFs against 1,000 topics resolve quickly (the index is built once)', () => {
    const big = buildCurriculum(
      Array.from({ length: 10 }, (_, s) => ({
        id: `sec${s}`,
        topics: Array.from({ length: 100 }, (_, t) => ({ id: `topic-${s}-${t}`, title: `Topic ${s}.${t}`, resources: ['a', 'b'] })),
      })),
    );
    const refs = Array.from({ length: 1000 }, (_, i) => (i % 2 ? `topic-${i % 10}-${i % 100}/b` : `${(i % 10) + 1}.${(i % 100) + 1}`));
    const start = performance.now();
    expect(resolveRefs(big, refs)).toHaveLength(1000);
    expect(performance.now() - start).toBeLessThan(1000);
    expect(buildCurriculumIndex(big)).toBe(buildCurriculumIndex(big));
  });
});

describe('editDistance', () => {
  it('counts insertions, deletions, substitutions and transpositions', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('calculus', 'calculos')).toBe(1);
    expect(editDistance('ab', 'ba')).toBe(1);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('線性代數', '線性代数')).toBe(1);
  });

  it('stops early above max', () => {
    expect(editDistance('aaaaaaaa', 'bbbbbbbb', 2)).toBe(3);
    expect(editDistance('abc', 'abd', 2)).toBe(1);
  });
});

describe('closest', () => {
  it('suggests the nearest candidate within a few edits, more for longer words', () => {
    expect(closest('lsit', ['list', 'log', 'next'])).toBe('list');
    expect(closest('nxt', ['next', 'notes'])).toBe('next');
    expect(closest('zzzz', ['list', 'next'])).toBeUndefined();
    expect(closest('linear-algebr', ['linear-algebra', 'calculus'])).toBe('linear-algebra');
  });

  it('counts edits in code points, also for characters outside the BMP', () => {
    // One edit (an added emoji), though the lengths differ by two UTF-16 units.
    expect(closest('ab', ['ab\u{1F600}'])).toBe('ab\u{1F600}');
    expect(closest('\u{1F600}\u{1F600}x', ['\u{1F600}x'])).toBe('\u{1F600}x');
    expect(closest('ab', ['\u{1F600}\u{1F600}\u{1F600}'])).toBeUndefined();
  });
});
