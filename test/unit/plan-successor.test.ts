import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCurriculum } from '../../src/curriculum/parse.js';
import { likelySuccessor } from '../../src/plan/successor.js';

const sample = parseCurriculum(readFileSync(new URL('../fixtures/sample.yaml', import.meta.url), 'utf8'), 'sample.yaml').curriculum!;

describe('likelySuccessor', () => {
  it('names the closest live topic and the aliases line that carries the old id over', () => {
    expect(likelySuccessor(sample, 'algebr')).toEqual({ item: 'algebra', number: '1.2', title: '線性代數 Linear algebra', aliasLine: 'aliases: [algebr]' });
  });

  it('looks for a resource within the topic when the topic still exists (also under an alias)', () => {
    expect(likelySuccessor(sample, 'algebra/vidoes')).toMatchObject({ item: 'algebra/videos', aliasLine: 'aliases: [vidoes]' });
    expect(likelySuccessor(sample, 'linalg/bok')).toMatchObject({ item: 'algebra/book', aliasLine: 'aliases: [bok]' });
    // A live topic id or alias needs nothing more on the topic.
    expect(likelySuccessor(sample, 'linalg/bok')?.topicAliasLine).toBeUndefined();
    expect(likelySuccessor(sample, 'algebra/vidoes')?.topicAliasLine).toBeUndefined();
  });

  it('names the topic alias too when the old topic id is gone, since records match through it', () => {
    expect(likelySuccessor(sample, 'algebr/bok')).toMatchObject({ item: 'algebra/book', aliasLine: 'aliases: [bok]', topicAliasLine: 'aliases: [algebr]' });
  });

  it('names nothing when no id is close', () => {
    expect(likelySuccessor(sample, 'quantum-chromodynamics')).toBeNull();
  });
});
