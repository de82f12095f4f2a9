import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCurriculum } from '../../src/curriculum/parse.js';
import { likelySuccessor, likelySuccessors } from '../../src/plan/successor.js';

const sample = parseCurriculum(readFileSync(new URL('../fixtures/sample.yaml', import.meta.url), 'utf8'), 'sample.yaml').curriculum!;

describe('likelySuccessor', () => {
  it('names the closest live topic and its whole aliases line, the old id added', () => {
    expect(likelySuccessor(sample, 'algebr')).toEqual({
      item: 'algebra',
      number: '1.2',
      title: '線性代數 Linear algebra',
      carryOver: [{ item: 'algebra', line: 'aliases: [linalg, algebr]' }],
    });
  });

  it('looks for a resource within the topic when the topic still exists (also under an alias)', () => {
    expect(likelySuccessor(sample, 'algebra/vidoes')).toMatchObject({ item: 'algebra/videos', carryOver: [{ item: 'algebra/videos', line: 'aliases: [vidoes]' }] });
    // A live topic id or alias needs nothing more on the topic.
    expect(likelySuccessor(sample, 'linalg/bok')).toMatchObject({ item: 'algebra/book', carryOver: [{ item: 'algebra/book', line: 'aliases: [bok]' }] });
  });

  it('names the topic alias too when the old topic id is gone, since records match through it', () => {
    expect(likelySuccessor(sample, 'algebr/bok')?.carryOver).toEqual([
      { item: 'algebra', line: 'aliases: [linalg, algebr]' },
      { item: 'algebra/book', line: 'aliases: [bok]' },
    ]);
  });

  it('never advises an alias that is the resource\'s own id, when only its topic was renamed', () => {
    expect(likelySuccessor(sample, 'algebr/book')).toMatchObject({ item: 'algebra/book', carryOver: [{ item: 'algebra', line: 'aliases: [linalg, algebr]' }] });
  });

  it('names nothing when no id is close', () => {
    expect(likelySuccessor(sample, 'quantum-chromodynamics')).toBeNull();
  });
});

describe('likelySuccessors', () => {
  it('carries a former topic id to one topic, whichever key names it, with one line per item', () => {
    const advice = likelySuccessors(sample, ['algebr', 'algebr/book', 'algebr/vidoes', 'linalg/vidoes']);
    expect(advice.get('algebr')?.carryOver).toEqual([{ item: 'algebra', line: 'aliases: [linalg, algebr]' }]);
    expect(advice.get('algebr/book')?.carryOver).toEqual([{ item: 'algebra', line: 'aliases: [linalg, algebr]' }]);
    expect(advice.get('algebr/vidoes')?.carryOver).toEqual([
      { item: 'algebra', line: 'aliases: [linalg, algebr]' },
      { item: 'algebra/videos', line: 'aliases: [vidoes]' },
    ]);
    expect(advice.get('linalg/vidoes')?.carryOver).toEqual([{ item: 'algebra/videos', line: 'aliases: [vidoes]' }]);
  });

  it('never advises a section id as a topic alias', () => {
    expect(likelySuccessors(sample, ['basics/welcom']).get('basics/welcom')).toBeNull();
  });
});
