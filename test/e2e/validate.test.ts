import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { TempHome } from './helpers/roadmap.js';

let home: TempHome;
beforeEach(() => (home = new TempHome()));
afterEach(() => home.remove());

describe('roadmap validate', () => {
  it('accepts the sample fixture', () => {
    const result = home.run(['validate', 'test/fixtures/sample.yaml']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('test/fixtures/sample.yaml: valid (3 sections, 7 topics, 11 resources)');
    expect(result.stderr).toBe('');
  });

  it('checks the bundled curricula when given no file, warning about duplicate URLs only', () => {
    const result = home.run(['validate']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/llm-fundamentals\.zh-TW\.yaml: valid/);
    expect(result.stderr).not.toContain('llm-fundamentals');
    for (const line of result.stderr.split('\n').filter((text) => text !== '')) expect(line).toMatch(/:\d+:\d+: warning: duplicate URL/);
  });

  it('reports every problem as FILE:LINE:COL, sorted, exit 3, no stack trace', () => {
    const file = path.join(home.dir, 'bad.yaml');
    writeFileSync(
      file,
      [
        'schema: 1',
        'id: Bad Id',
        'title: Bad',
        'sections:',
        '  - id: one',
        '    title: One',
        '    topics:',
        '      - id: a',
        '        title: A',
        '        requires: [b]',
        '      - id: b',
        '        titel: B',
        '        requires: [a]',
        '',
      ].join('\n'),
    );
    const result = home.run(['validate', 'bad.yaml'], { cwd: home.dir });
    expect(result.code).toBe(3);
    const lines = result.stderr.trim().split('\n');
    expect(lines.length).toBeGreaterThanOrEqual(4);
    for (const line of lines) expect(line).toMatch(/^bad\.yaml:\d+:\d+: /);
    const positions = lines.map((line) => line.split(':').slice(1, 3).map(Number) as [number, number]);
    const sorted = [...positions].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
    expect(positions).toEqual(sorted);
    expect(result.stderr).toMatch(/^bad\.yaml:2:5: .*slug/m);
    expect(result.stderr).toMatch(/^bad\.yaml:11:9: .*"title"/m);
    expect(result.stderr).toMatch(/^bad\.yaml:12:9: .*"titel"/m);
    expect(result.stderr).toMatch(/a → b → a|b → a → b/);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it('refuses to run another command on an invalid curriculum, exit 3', () => {
    const file = path.join(home.dir, 'broken.yaml');
    writeFileSync(file, 'schema: 1\nid: x1\ntitle: [unclosed\n');
    const result = home.run(['--curriculum', file, 'list']);
    expect(result.code).toBe(3);
    expect(result.stderr).toMatch(/broken\.yaml:\d+:\d+: /);
  });
});
