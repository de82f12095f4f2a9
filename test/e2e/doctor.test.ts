import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SAMPLE, TempHome } from './helpers/roadmap.js';

let home: TempHome;
beforeEach(() => (home = new TempHome()));
afterEach(() => home.remove());

interface AliasEdit {
  item: string;
  line: string;
}

/**
 * Writes each aliases line doctor advised on its item, as a learner following it would: the item's
 * `aliases:` line replaced, or added under its id. Items are found by the sample's layout (topics at six
 * spaces, resources at ten, their keys two further in).
 */
function followAdvice(yaml: string, edits: AliasEdit[]): string {
  const lines = yaml.split('\n');
  for (const { item, line } of edits) {
    const [topic, resource] = item.split('/');
    let at = lines.indexOf(`      - id: ${topic}`);
    expect(at, item).toBeGreaterThan(-1);
    if (resource !== undefined) at = lines.indexOf(`          - id: ${resource}`, at);
    expect(at, item).toBeGreaterThan(-1);
    const indent = ' '.repeat(resource === undefined ? 8 : 12);
    let end = at + 1;
    while (end < lines.length && lines[end]!.startsWith(indent)) end++;
    const existing = lines.slice(at + 1, end).findIndex((text) => text.startsWith(`${indent}aliases:`));
    if (existing >= 0) lines[at + 1 + existing] = `${indent}${line}`;
    else lines.splice(at + 1, 0, `${indent}${line}`);
  }
  return lines.join('\n');
}

describe('doctor', () => {
  it('advises aliases that, written as given, make a valid curriculum in which all progress is found again', () => {
    for (const argv of [['done', '2.1.1'], ['start', '2.1'], ['note', '2.1.2', 'chapter 2'], ['done', '1.2.1', '1.2.2'], ['note', '1.2', 'eigenvectors']]) {
      expect(home.sample(argv).code, argv.join(' ')).toBe(0);
    }
    const before = home.json(['status', '--json']);
    // Topics renamed without an alias (one of them has another alias already), and one of their resources too.
    const renamed = readFileSync(SAMPLE, 'utf8')
      .replace('- id: neural-nets\n', '- id: neural-networks\n')
      .replace('requires: [neural-nets]', 'requires: [neural-networks]')
      .replace('- id: algebra\n', '- id: algebras\n')
      .replace('requires: [algebra]', 'requires: [algebras]')
      .replace('- id: videos\n', '- id: video\n');
    const file = path.join(home.dir, 'renamed.yaml');
    writeFileSync(file, renamed);
    const run = (argv: string[]) => home.run(['--curriculum', file, ...argv]);

    const doctor = run(['doctor', '--json']);
    expect(doctor.code).toBe(1);
    const orphans: { item: string; likely: { item: string; carryOver: AliasEdit[] } | null }[] = JSON.parse(doctor.stdout).orphans;
    expect(orphans.map((orphan) => [orphan.item, orphan.likely?.item])).toEqual([
      ['algebra', 'algebras'],
      ['algebra/book', 'algebras/book'],
      ['algebra/videos', 'algebras/video'],
      ['neural-nets', 'neural-networks'],
      ['neural-nets/nn-book', 'neural-networks/nn-book'],
      ['neural-nets/nn-video', 'neural-networks/nn-video'],
    ]);
    const edits = orphans.flatMap((orphan) => orphan.likely?.carryOver ?? []);
    // Each item is given one line, the same by every orphan that names it.
    const lineOf = new Map<string, string>();
    for (const { item, line } of edits) {
      expect(lineOf.get(item) ?? line, item).toBe(line);
      lineOf.set(item, line);
    }
    expect(Object.fromEntries(lineOf)).toEqual({
      algebras: 'aliases: [linalg, algebra]',
      'algebras/video': 'aliases: [videos]',
      'neural-networks': 'aliases: [neural-nets]',
    });
    const text = run(['doctor']).stdout;
    expect(text).toContain('to carry it over, write on topic algebras in the curriculum:  aliases: [linalg, algebra]\n');
    expect(text).toContain('and on resource algebras/video:  aliases: [videos]\n');

    writeFileSync(file, followAdvice(renamed, [...lineOf].map(([item, line]) => ({ item, line }))));
    const validate = home.run(['validate', file]);
    expect(validate.code, validate.stdout + validate.stderr).toBe(0);
    const after = run(['doctor']);
    expect(after.code, after.stdout).toBe(0);
    expect(after.stdout).toContain('every record matches an item of the curriculum');
    const status = JSON.parse(run(['status', '--json']).stdout);
    expect([status.topics, status.resources]).toEqual([before.topics, before.resources]);
    const notes = JSON.parse(run(['notes', '--json']).stdout).notes;
    expect(notes.map((note: { text: string; number: string }) => [note.number, note.text]).sort()).toEqual([
      ['1.2', 'eigenvectors'],
      ['2.1.2', 'chapter 2'],
    ]);
  });
});
