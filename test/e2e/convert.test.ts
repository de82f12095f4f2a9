import { copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FIXTURES, TempHome } from './helpers/roadmap.js';

const MARKDOWN = path.join(FIXTURES, 'markdown');
const UPSTREAM = path.join(MARKDOWN, '..', 'upstream', 'llm-course-tw.README.md');
const SEED = path.join(MARKDOWN, 'llm-fundamentals.zh-TW.md');

describe('roadmap convert', () => {
  let home: TempHome;
  beforeEach(() => (home = new TempHome()));
  afterEach(() => home.remove());

  it('writes the curriculum as YAML to stdout, with where it came from, and the warnings to stderr', () => {
    const result = home.run(['convert', 'test/fixtures/markdown/llm-fundamentals.zh-TW.md']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^# Converted from test\/fixtures\/markdown\/llm-fundamentals\.zh-TW\.md by roadmap \S+ \(roadmap convert\)\.\n/);
    expect(result.stdout).toContain('\nschema: 1\nid: notebooks\n');
    expect(result.stderr.trim().split('\n')).toEqual([
      'test/fixtures/markdown/llm-fundamentals.zh-TW.md:4: warning: heading "📝 Notebooks" has no links; left out',
      'test/fixtures/markdown/llm-fundamentals.zh-TW.md:8: warning: heading "🧩 LLM 基礎" only groups the sections below it; its title is not kept',
      'test/fixtures/markdown/llm-fundamentals.zh-TW.md:10: warning: image "../img/roadmap_fundamentals.png" left out: images are not resources',
    ]);
  });

  it('writes -o FILE, which roadmap validate accepts, and refuses to overwrite it without --force', () => {
    const output = path.join(home.dir, 'course.yaml');
    const written = home.run(['convert', UPSTREAM, '-o', output, '--id', 'llm-course', '--sequential']);
    expect(written.code).toBe(0);
    expect(written.stderr).toMatch(/wrote .*course\.yaml: 5 sections, 24 topics, \d+ resources; \d+ warnings\n$/);
    const validation = home.run(['validate', output]);
    expect(validation.code, validation.stderr).toBe(0);
    expect(validation.stdout).toMatch(/5 sections, 24 topics/);

    const again = home.run(['convert', UPSTREAM, '-o', output]);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain(`${output} already exists; pass --force to overwrite it`);
    expect(readFileSync(output, 'utf8')).toContain('\nid: llm-course\n');
    expect(home.run(['convert', UPSTREAM, '-o', output, '--force']).code).toBe(0);
    expect(readFileSync(output, 'utf8')).toContain('\nid: llm-course-tw-readme\n');
  });

  it('checks its options and its file', () => {
    expect(home.run(['convert', UPSTREAM, '--id', 'Not A Slug']).stderr).toMatch(/--id must be a slug/);
    expect(home.run(['convert', UPSTREAM, '--language', 'en_US!']).stderr).toMatch(/--language must be a language tag/);
    const missing = home.run(['convert', 'nowhere.md']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/not found: nowhere\.md/);
    const empty = path.join(home.dir, 'empty.md');
    writeFileSync(empty, '# Notes\n\nJust text.\n');
    const nothing = home.run(['convert', empty]);
    expect(nothing.code).toBe(3);
    expect(nothing.stderr).toMatch(/no links and no topics found; nothing to convert/);
  });

  it('--json gives the curriculum and the warnings', () => {
    const result = home.run(['convert', SEED, '--json', '--title', 'LLM 基礎', '--language', 'zh-Hant']);
    expect(result.code).toBe(0);
    const json = JSON.parse(result.stdout);
    expect(json.curriculum).toMatchObject({ schema: 1, title: 'LLM 基礎', language: 'zh-Hant' });
    expect(json.curriculum.sections).toHaveLength(4);
    expect(json.warnings[0]).toEqual({ file: SEED, line: 4, message: 'heading "📝 Notebooks" has no links; left out' });
  });
});

describe('a Markdown file as the curriculum', () => {
  let home: TempHome;
  beforeEach(() => (home = new TempHome()));
  afterEach(() => home.remove());

  it('works with --curriculum and ROADMAP_CURRICULUM: next, done, list', () => {
    const next = home.run(['--curriculum', UPSTREAM, 'next']);
    expect(next.code, next.stderr).toBe(0);
    expect(next.stdout).toMatch(/^Next up: 1\.1 {2}Tools/);
    expect(home.run(['--curriculum', UPSTREAM, 'done', 'tools']).code).toBe(0);
    const list = home.run(['list', '--json'], { env: { ROADMAP_CURRICULUM: UPSTREAM } });
    const tree = JSON.parse(list.stdout);
    expect(tree.curriculum).toEqual({ id: 'llm-course-tw-readme', title: '🗣️ 大語言模型課程心得' });
    expect(tree.progress.topics).toMatchObject({ done: 1, total: 24 });
  });

  it('keeps its id, and the progress under it, when the Markdown is edited below its first heading', () => {
    const file = path.join(home.dir, 'README.md');
    const text = readFileSync(SEED, 'utf8');
    writeFileSync(file, text);
    expect(home.run(['--curriculum', file, 'done', '1.1']).code).toBe(0);
    const before = JSON.parse(home.run(['--curriculum', file, 'list', '--json']).stdout);
    // A link added and a typo fixed, below the first heading.
    writeFileSync(file, text.replace('推薦閱讀：\n', '推薦閱讀：\n- [D2L](https://d2l.ai/)\n').replace('一般來說入門的話', '一般來說，入門的話'));
    const after = JSON.parse(home.run(['--curriculum', file, 'list', '--json']).stdout);
    expect(after.curriculum.id).toBe(before.curriculum.id);
    expect(after.curriculum.id).toBe('notebooks');
    expect(after.progress.topics.done).toBe(1);
    expect(after.sections[0].topics[0].id).toBe(before.sections[0].topics[0].id);
  });

  it('is converted once, then read from the cache until its bytes change', () => {
    const file = path.join(home.dir, 'plan.md');
    copyFileSync(path.join(MARKDOWN, 'study-plan.md'), file);
    const cacheFolder = path.join(home.dir, 'xdg-cache', 'roadmap', 'curricula');
    expect(home.run(['--curriculum', file, 'list']).code).toBe(0);
    expect(existsSync(cacheFolder)).toBe(true);
    // Loaded from the cache, markdown-it is not read at all.
    const cached = home.run(['--curriculum', file, 'list'], { env: { NODE_DEBUG: 'module' } });
    expect(cached.stderr).not.toContain('markdown-it.cjs');
    writeFileSync(file, `${readFileSync(file, 'utf8')}\n## Later\n\n- [More](https://example.com/more)\n`);
    const changed = home.run(['--curriculum', file, 'list', '--json'], { env: { NODE_DEBUG: 'module' } });
    expect(changed.stderr).toContain('markdown-it.cjs');
    expect(JSON.parse(changed.stdout).sections.map((section: { title: string }) => section.title)).toEqual(['Foundations', 'Building', 'Later']);
  });
});
