import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { TempHome } from './helpers/roadmap.js';

let home: TempHome;
beforeEach(() => (home = new TempHome()));
afterEach(() => home.remove());

describe('roadmap list', () => {
  it('prints the numbered tree of the fixture with marks and progress, and creates no database', () => {
    const result = home.sample(['list']);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    const lines = result.stdout.split('\n');
    expect(lines[0]).toContain('Sample 範例');
    expect(lines[0]).toContain('0/6 topics');
    expect(lines[0]).toContain('0/7 resources');
    expect(result.stdout).toMatch(/^1 {2}Basics 基礎 +░{10} 0\/4$/m);
    expect(result.stdout).toMatch(/^ {2}○ 1\.2 {2}線性代數 Linear algebra +░{10} 0\/2$/m);
    expect(result.stdout).toMatch(/^ {6}○ 1\.2\.1 {2}Linear Algebra Done Right {2}book$/m);
    expect(result.stdout).toMatch(/^ {2}⊘ 2\.1 {2}Neural networks 神經網路 {2}\(needs 1\.1, 1\.2, 1\.3\)/m);
    expect(result.stdout).toMatch(/2\.2 {2}Extras 延伸 {2}\(optional; needs 1\.2\)/);
    expect(result.stdout).not.toMatch(/\u001b\[/);
    expect(existsSync(home.db)).toBe(false);
  });

  it('lines up progress columns by display width, CJK counting two columns', () => {
    const result = home.sample(['list'], { env: { COLUMNS: '80' } });
    const barColumns = result.stdout
      .split('\n')
      .filter((line) => line.includes('░'))
      .map((line) => displayColumn(line, line.indexOf('░') === -1 ? line.indexOf('█') : Math.min(...['░', '█'].map((c) => line.indexOf(c)).filter((i) => i >= 0))));
    expect(new Set(barColumns).size).toBe(1);
  });

  it('cuts long titles to the terminal width with …', () => {
    const result = home.sample(['list'], { env: { COLUMNS: '40' } });
    for (const line of result.stdout.split('\n')) expect(displayColumn(line, line.length)).toBeLessThanOrEqual(40);
    expect(result.stdout).toContain('…');
  });

  it('narrows to one section by number and to one topic by id', () => {
    const section = home.sample(['list', '2']);
    expect(section.code).toBe(0);
    expect(section.stdout).toContain('Models 模型');
    expect(section.stdout).not.toContain('Basics 基礎');
    const topic = home.sample(['ls', 'algebra']);
    expect(topic.stdout).toContain('1.2.3');
    expect(topic.stdout).not.toContain('1.1  ');
  });

  it('prints the documented JSON shape', () => {
    const view = home.json(['list', '--json']);
    expect(view.curriculum).toEqual({ id: 'sample', title: 'Sample 範例' });
    expect(view.sections.map((s: any) => s.number)).toEqual(['1', '2', '3']);
    const algebra = view.sections[0].topics[1];
    expect(algebra).toMatchObject({ id: 'algebra', number: '1.2', title: '線性代數 Linear algebra', state: 'available', requires: [] });
    expect(algebra.resources[0]).toEqual(
      expect.objectContaining({ ref: 'algebra/book', number: '1.2.1', title: 'Linear Algebra Done Right', url: 'https://example.com/ladr', kind: 'book', optional: false, status: 'todo' }),
    );
    expect(view.sections[1].topics[0]).toMatchObject({ id: 'neural-nets', state: 'blocked', requires: ['basics'] });
    // Every resource field, in the shape next and path give too.
    expect(Object.keys(algebra.resources[0]).sort()).toEqual(['kind', 'minutes', 'number', 'optional', 'ref', 'resolved', 'status', 'title', 'url']);
  });

  it('colors only when asked: FORCE_COLOR yes, NO_COLOR and --no-color never', () => {
    expect(home.sample(['list'], { env: { FORCE_COLOR: '1' } }).stdout).toMatch(/\u001b\[/);
    expect(home.sample(['list'], { env: { FORCE_COLOR: '1', NO_COLOR: '1' } }).stdout).not.toMatch(/\u001b\[/);
    expect(home.sample(['list', '--no-color'], { env: { FORCE_COLOR: '1' } }).stdout).not.toMatch(/\u001b\[/);
  });
});

describe('roadmap show', () => {
  it('shows a topic with prerequisites, what it unlocks and its resources', () => {
    const result = home.sample(['show', '2.1']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('2.1  Neural networks 神經網路');
    expect(result.stdout).toMatch(/✘ not met {2}1\.2 {2}線性代數 Linear algebra/);
    expect(result.stdout).toMatch(/Unlocks\n {2}3\.1 {2}Text processing 文字處理/);
    expect(result.stdout).toContain('https://example.com/nn-video');
  });

  it("gathers a topic's notes and the notes on its resources, saying which resource", () => {
    expect(home.sample(['done', '1.2.1', '--note', 'chapter 3 was hard']).code).toBe(0);
    expect(home.sample(['note', '1.2', 'topic note']).code).toBe(0);
    const text = home.sample(['show', '1.2']).stdout;
    expect(text).toMatch(/#1 .* on 1\.2\.1 {2}Linear Algebra Done Right\n {4}chapter 3 was hard\n {2}#2 \S+ \S+\n {4}topic note/);
    expect(home.json(['show', '1.2', '--json']).notes.map((n: any) => n.item)).toEqual(['algebra/book', 'algebra']);
  });

  it('prints a resource as JSON', () => {
    const view = home.json(['show', 'algebra/videos', '--json']);
    expect(view).toMatchObject({ kind: 'resource', ref: 'algebra/videos', number: '1.2.2', url: 'https://example.com/3b1b', minutes: 60, status: 'todo', notes: [] });
  });

  it('exits 2 with candidates for an ambiguous REF and with suggestions for an unknown one', () => {
    const ambiguous = home.sample(['show', 'video']);
    expect(ambiguous.code).toBe(2);
    expect(ambiguous.stdout).toBe('');
    expect(ambiguous.stderr).toMatch(/matches \d+ items/);
    expect(ambiguous.stderr).toContain('1.1.1');
    const unknown = home.sample(['show', 'algebar']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('algebra');
    expect(unknown.stderr).not.toMatch(/\bat \w+ \(/);
  });
});

/** Display column of a character index: CJK counts two. */
function displayColumn(line: string, index: number): number {
  let column = 0;
  for (const character of line.slice(0, index)) column += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(character) ? 2 : 1;
  return column;
}
