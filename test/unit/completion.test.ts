import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { completeCommandLine, completionText } from '../../src/commands/complete.js';
import type { Context } from '../../src/context.js';
import { parseCurriculum } from '../../src/curriculum/parse.js';
import { refCandidates } from '../../src/curriculum/refCandidates.js';
import { buildCurriculum } from './helpers/buildCurriculum.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SAMPLE = path.join(ROOT, 'test/fixtures/sample.yaml');
const sample = parseCurriculum(readFileSync(SAMPLE, 'utf8'), 'sample.yaml').curriculum!;
const values = (candidates: { value: string }[]) => candidates.map((candidate) => candidate.value);

const home = mkdtempSync(path.join(os.tmpdir(), 'roadmap-completion-'));
afterAll(() => rmSync(home, { recursive: true, force: true }));

function context(env: Record<string, string> = {}): Context {
  return {
    stdout: { write: () => true },
    stderr: { write: () => true },
    stdin: { isTTY: false, readText: () => '' },
    terminal: () => {
      throw new Error('no terminal in this test');
    },
    env: { ROADMAP_NO_CACHE: '1', ROADMAP_DB: path.join(home, 'progress.db'), ...env },
    cwd: ROOT,
    homeDir: home,
    platform: 'linux',
    hostname: () => 'test-machine',
    now: () => new Date('2026-11-29T10:00:00Z'),
    bundledCurriculumDirectory: path.join(ROOT, 'curriculum'),
  };
}

const complete = (...words: string[]) => completeCommandLine(words, context({ ROADMAP_CURRICULUM: SAMPLE }));

describe('REF candidates', () => {
  it('offers the section numbers and the section and topic ids at an empty word, with titles', () => {
    const candidates = refCandidates(sample, '');
    expect(values(candidates)).toEqual(['1', '2', '3', 'basics', 'intro', 'algebra', 'calculus', 'models', 'neural-nets', 'extras', 'apps', 'nlp', 'reading']);
    expect(candidates.find((candidate) => candidate.value === 'algebra')?.description).toBe('線性代數 Linear algebra');
  });

  it('offers numbers one level at a time', () => {
    expect(values(refCandidates(sample, '1'))).toEqual(['1', '1.1', '1.2', '1.3']);
    expect(values(refCandidates(sample, '1.2'))).toEqual(['1.2', '1.2.1', '1.2.2', '1.2.3']);
    expect(values(refCandidates(sample, '1.2.')).length).toBe(3);
  });

  it('offers TOPIC/RESOURCE ids once a slash is typed', () => {
    expect(values(refCandidates(sample, 'algebra/'))).toEqual(['algebra/book', 'algebra/videos', 'algebra/extra']);
    expect(values(refCandidates(sample, 'al'))).toEqual(['algebra']);
  });

  it('offers whole titles, CJK and spaces included, when no id or number fits; a title start wins over a title middle', () => {
    expect(refCandidates(sample, '線性')).toEqual([{ value: '線性代數 Linear algebra', description: '1.2 algebra' }]);
    expect(values(refCandidates(sample, '本質'))).toEqual(['3Blue1Brown 線性代數的本質']);
    expect(values(refCandidates(sample, 'LINEAR A'))).toEqual(['Linear Algebra Done Right']);
  });

  it('leaves out a title that would not name its own item when typed in full', () => {
    const twins = buildCurriculum([{ id: 's', topics: [{ id: 'a', resources: [{ id: 'r', title: 'Lecture' }] }, { id: 'b', resources: [{ id: 'r', title: 'Lecture' }, { id: 'q', title: 'Lectures' }] }] }]);
    expect(values(refCandidates(twins, 'lect'))).toEqual(['Lectures']);
  });
});

describe('completing a command line', () => {
  it('offers command names and aliases with their summaries, and help', async () => {
    const { candidates } = await complete('s');
    expect(values(candidates)).toEqual(['show', 'start', 'skip', 'status', 'sync']);
    expect(values((await complete('')).candidates)).toEqual(expect.arrayContaining(['ls', 'reset', 'completion', 'help']));
    expect(candidates[0]!.description).toMatch(/^show one section/);
    expect(values((await complete('help', 'val')).candidates)).toEqual(['validate']);
  });

  it("offers the options of the command being typed and the root's", async () => {
    expect(values((await complete('graph', '--')).candidates)).toEqual(['--curriculum', '--db', '--lang', '--no-color', '--format', '--help']);
    expect(values((await complete('--')).candidates)).toEqual(['--curriculum', '--db', '--lang', '--no-color', '--version', '--help']);
  });

  it('offers the values an option takes, also written --option=value', async () => {
    expect(values((await complete('graph', '--format', 'm')).candidates)).toEqual(['mermaid']);
    expect(values((await complete('graph', '--format=')).candidates)).toEqual(['--format=mermaid', '--format=dot']);
    expect(values((await complete('completion', '')).candidates)).toEqual(['bash', 'zsh', 'fish']);
    expect(values((await complete('next', '--goal', 'calc')).candidates)).toEqual(['calculus']);
  });

  it('offers files and bundled ids for --curriculum, and files where a command takes a file', async () => {
    expect(await complete('--curriculum', 'llm-f')).toEqual({ candidates: [{ value: 'llm-fundamentals', description: 'bundled curriculum' }], files: true });
    expect((await complete('--curriculum', 'llm')).candidates.map((candidate) => candidate.value)).toEqual(['llm-application-engineering', 'llm-course', 'llm-fundamentals', 'llm-model-engineering']);
    expect(await complete('import', '')).toEqual({ candidates: [], files: true });
    expect(await complete('export', '-o', '')).toEqual({ candidates: [], files: true });
  });

  it('completes the words of report, convert, reviewed, sync and use, and the languages of --lang', async () => {
    expect(values((await complete('report', '--format', '')).candidates)).toEqual(['html', 'md']);
    expect(await complete('report', '-o', '')).toEqual({ candidates: [], files: true });
    expect(await complete('convert', '')).toEqual({ candidates: [], files: true });
    expect(await complete('convert', 'README.md', '-o', '')).toEqual({ candidates: [], files: true });
    expect(await complete('sync', '')).toEqual({ candidates: [], files: true });
    expect(values((await complete('reviewed', 'algebra/b')).candidates)).toEqual(['algebra/book']);
    expect((await complete('use', 'llm-f')).candidates.map((candidate) => candidate.value)).toEqual(['llm-fundamentals']);
    expect(values((await complete('--lang', '')).candidates)).toEqual(['en', 'zh-TW']);
  });

  it('offers REFs only where a command takes them, of the curriculum --curriculum names', async () => {
    expect(values((await complete('done', 'intro', 'algebra/b')).candidates)).toEqual(['algebra/book']);
    expect(values((await complete('note', 'intro', '')).candidates)).toEqual([]);
    expect(values((await complete('status', '')).candidates)).toEqual([]);
    const bundled = await completeCommandLine(['--curriculum', 'llm-fundamentals', 'show', 'math-o'], context({ ROADMAP_CURRICULUM: SAMPLE }));
    expect(values(bundled.candidates)).toEqual(['math-overview']);
  });

  it('gives no candidates for an unknown command, and opens no database', async () => {
    expect(await complete('nosuch', '')).toEqual({ candidates: [], files: false });
    await complete('show', '');
    expect(existsSync(path.join(home, 'progress.db'))).toBe(false);
  });
});

describe('the protocol', () => {
  it('is a directive line, then VALUE<TAB>DESCRIPTION lines, with no control character nor line break in either', () => {
    const text = completionText({
      files: false,
      candidates: [{ value: 'a', description: 'the\tfirst\u001b[31m' }, { value: 'b' }, { value: 'bad\nvalue' }, { value: 'bell\u0007' }],
    });
    const lines = text.split('\n');
    expect(lines[0]).toBe(':words');
    expect(lines[1]!.split('\t')[0]).toBe('a');
    expect(lines[1]!.split('\t')).toHaveLength(2);
    expect(lines[1]).not.toMatch(/\u001b/);
    expect(lines.slice(2)).toEqual(['b', '']);
    expect(completionText({ files: true, candidates: [] })).toBe(':files\n');
  });
});
