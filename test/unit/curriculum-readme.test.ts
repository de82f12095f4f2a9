/** The example in curriculum/README.md must stay a valid curriculum, and its message tables must match the validator's wording. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseCurriculum } from '../../src/curriculum/parse.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const readme = readFileSync(`${root}curriculum/README.md`, 'utf8');

describe('curriculum/README.md', () => {
  it('has a complete example that is valid, with no warnings', () => {
    const example = /## A complete example\n\n```yaml\n([\s\S]*?)```/.exec(readme)?.[1];
    expect(example).toBeDefined();
    const result = parseCurriculum(example ?? '', 'example.yaml');
    expect(result.problems).toEqual([]);
    expect(result.warnings).toEqual([]);
    expect(result.curriculum?.sections[1]?.topics[0]?.requiredTopics).toEqual(['linear-algebra', 'calculus']);
  });

  it('documents the messages of the bad fixtures', () => {
    // Every kind of message the fixtures produce appears in the README's tables, in the same words.
    const stems = [
      'missing required key',
      'unknown key',
      'must be a slug: lowercase letters, digits and dashes, containing a letter',
      'must start with http:// or https:// followed by an address, with no spaces or control characters',
      'is not an address a browser can open',
      'duplicate id',
      'duplicate key',
      'which is not the id of any section or topic',
      "the topic's own section; a topic cannot require the section it is in",
      'a former id of topic',
      'requirement cycle:',
      'is the id of a topic',
      'duplicate alias',
      'more than one YAML document: a second one starts here, but a curriculum file holds exactly one',
      'this quoted text is never closed (no closing quote)',
      'not valid UTF-8',
      'the file is empty; a curriculum needs schema, id, title and sections',
      'duplicate URL',
      'contains a control character',
      'put it in quotes to make it text',
    ];
    for (const stem of stems) expect(readme, stem).toContain(stem);
  });
});
