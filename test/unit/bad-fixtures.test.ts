/**
 * Each test/fixtures/bad/NAME.yaml is checked against NAME.expected: the exact lines `roadmap validate`
 * prints for it, problems first (`FILE:LINE:COL: message`), then warnings
 * (`FILE:LINE:COL: warning: message`), each group sorted by position.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseCurriculumBytes } from '../../src/curriculum/parse.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const dir = 'test/fixtures/bad';
const names = readdirSync(root + dir)
  .filter((name) => name.endsWith('.yaml'))
  .map((name) => name.slice(0, -'.yaml'.length))
  .sort();

function outputLines(name: string): string[] {
  const file = `${dir}/${name}.yaml`;
  const result = parseCurriculumBytes(readFileSync(root + file), file);
  expect(result.curriculum).toBeNull();
  return [
    ...result.problems.map((problem) => `${problem.file}:${problem.line}:${problem.column}: ${problem.message}`),
    ...result.warnings.map((warning) => `${warning.file}:${warning.line}:${warning.column}: warning: ${warning.message}`),
  ];
}

function expectedLines(name: string): string[] {
  return readFileSync(`${root}${dir}/${name}.expected`, 'utf8')
    .split('\n')
    .filter((line) => line !== '');
}

describe('bad curricula', () => {
  it('has a good number of fixtures, each with its expected output', () => {
    expect(names.length).toBeGreaterThanOrEqual(8);
    const expectedFiles = readdirSync(root + dir).filter((name) => name.endsWith('.expected'));
    expect(expectedFiles.sort()).toEqual(names.map((name) => `${name}.expected`).sort());
  });

  it.each(names)('%s.yaml gives exactly the lines of %s.expected', (name) => {
    expect(outputLines(name)).toEqual(expectedLines(name));
  });
});
