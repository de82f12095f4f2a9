import { copyFileSync, readdirSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SAMPLE, TempHome } from './helpers/roadmap.js';

/**
 * The curriculum cache (src/load/curriculumCache.ts): a validated curriculum is kept as JSON in
 * `$XDG_CACHE_HOME/roadmap/curricula/`, one entry per curriculum file, holding the bytes it was made from.
 *
 * What these tests prove, without timing anything:
 * - a stale entry is never used, even when the edit keeps the file's size and mtime (what a
 *   size+mtime key would miss);
 * - a damaged entry is ignored and rewritten;
 * - a warm run really answers from the cache: (a) its answer is the cache entry's content — an entry
 *   altered in place (same name, so same key) shows through, which it could not if the YAML were parsed
 *   again; (b) the `yaml` package is not even loaded — a preload that makes requiring it throw does not
 *   disturb a warm run, while the same preload does break a cold run (so the check can fail).
 */

let home: TempHome;
let curriculum: string;

beforeEach(() => {
  home = new TempHome();
  curriculum = path.join(home.dir, 'roadmap.yaml');
  copyFileSync(SAMPLE, curriculum);
});
afterEach(() => home.remove());

const cacheDirectory = () => path.join(home.dir, 'xdg-cache', 'roadmap', 'curricula');
const cacheFiles = () => readdirSync(cacheDirectory()).map((name) => path.join(cacheDirectory(), name));

function listJson(env: Record<string, string | undefined> = {}) {
  const result = home.run(['--curriculum', curriculum, 'list', '--json'], { env });
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  return JSON.parse(result.stdout) as { curriculum: { title: string }; sections: { title: string }[] };
}

/** A preload for NODE_OPTIONS that makes loading the `yaml` package throw. */
function forbidYaml(): string {
  const preload = path.join(home.dir, 'forbid-yaml.cjs');
  writeFileSync(
    preload,
    `const Module = require('node:module');
const resolve = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  // The package from node_modules (the sources), or its bundle next to dist/roadmap.cjs (the build).
  if (request === 'yaml' || request.startsWith('yaml/') || request.endsWith('/yaml.cjs')) throw new Error('the yaml package was loaded');
  return resolve.call(this, request, ...rest);
};
`,
  );
  return `--require ${preload}`;
}

describe('the curriculum cache', () => {
  it('writes one entry on the first run and reuses it', () => {
    expect(listJson().curriculum.title).toBe('Sample 範例');
    expect(cacheFiles()).toHaveLength(1);
    const [entry] = cacheFiles();
    const written = statSync(entry!).mtimeMs;
    expect(listJson().curriculum.title).toBe('Sample 範例');
    expect(cacheFiles()).toEqual([entry]);
    expect(statSync(entry!).mtimeMs).toBe(written);
  });

  it('sees an edit that keeps the file size and mtime', () => {
    // A whole second, so that restoring it is exact (utimes takes seconds; sub-millisecond parts would be lost).
    const stamp = new Date('2026-01-02T03:04:05Z');
    utimesSync(curriculum, stamp, stamp);
    expect(listJson().sections[0]!.title).toBe('Basics 基礎');
    const before = statSync(curriculum);
    const text = readFileSync(curriculum, 'utf8');
    const edited = text.replace('title: Basics 基礎', 'title: Bases! 基礎');
    expect(edited).not.toBe(text);
    expect(Buffer.byteLength(edited)).toBe(before.size);
    writeFileSync(curriculum, edited);
    utimesSync(curriculum, stamp, stamp);
    const after = statSync(curriculum);
    expect(after.size).toBe(before.size);
    expect(after.mtimeMs).toBe(before.mtimeMs);

    expect(listJson().sections[0]!.title).toBe('Bases! 基礎');
    // The entry was rewritten in place, with the new bytes.
    expect(cacheFiles()).toHaveLength(1);
    expect(readFileSync(cacheFiles()[0]!, 'utf8')).toContain('title: Bases! 基礎');
    expect(listJson().sections[0]!.title).toBe('Bases! 基礎');
  });

  it('compares a large file with its copy in the entry to the end: an edit far into it is seen', () => {
    // The entry's copy is compared a piece at a time (256 KiB): the edit lies several pieces in.
    const padding = Array.from({ length: 14_000 }, (_, i) => `# padding line ${String(i).padStart(5, '0')} ${'-'.repeat(40)}`).join('\n');
    writeFileSync(curriculum, `${padding}\n${readFileSync(SAMPLE, 'utf8')}`);
    expect(statSync(curriculum).size).toBeGreaterThan(3 * 256 * 1024);
    const stamp = new Date('2026-01-02T03:04:05Z');
    utimesSync(curriculum, stamp, stamp);
    expect(listJson().sections[0]!.title).toBe('Basics 基礎');
    expect(listJson().sections[0]!.title).toBe('Basics 基礎');

    writeFileSync(curriculum, readFileSync(curriculum, 'utf8').replace('title: Basics 基礎', 'title: Bases! 基礎'));
    utimesSync(curriculum, stamp, stamp);
    expect(listJson().sections[0]!.title).toBe('Bases! 基礎');
    // And the rewritten entry is used as it is.
    expect(listJson().sections[0]!.title).toBe('Bases! 基礎');
    expect(cacheFiles()).toHaveLength(1);
  });

  it('ignores and rewrites a damaged entry', () => {
    const fresh = listJson();
    const [entry] = cacheFiles();
    const good = readFileSync(entry!, 'utf8');
    const headerEnd = good.indexOf('\n');
    // Garbage, then the good entry cut short: in its header, in its copy of the YAML, in its JSON.
    const cut = [good.slice(0, headerEnd), good.slice(0, headerEnd + 10), good.slice(0, good.length - 10)];
    for (const garbage of ['{"format":', 'not json at all \u0000\u00ff', '{"format":"roadmap-curriculum-cache/1","sha256":"x","curriculum":{}}', '', ...cut]) {
      for (const file of cacheFiles()) writeFileSync(file, garbage);
      expect(listJson()).toEqual(fresh);
      expect(readFileSync(entry!, 'utf8')).toBe(good);
    }
  });

  it('answers a warm run from the cache entry itself', () => {
    listJson();
    const [entry] = cacheFiles();
    // The entry is a header line, the YAML file's bytes, then the curriculum as JSON.
    const bytes = readFileSync(entry!);
    const jsonStart = bytes.indexOf(0x0a) + 1 + statSync(curriculum).size;
    const cached = JSON.parse(bytes.toString('utf8', jsonStart));
    cached.sections[0].title = 'Read from the cache';
    writeFileSync(entry!, Buffer.concat([bytes.subarray(0, jsonStart), Buffer.from(JSON.stringify(cached))]));
    expect(listJson().sections[0]!.title).toBe('Read from the cache');
  });

  it('does not load the YAML parser on a warm run', () => {
    const NODE_OPTIONS = forbidYaml();
    // The check can fail: with nothing cached, the same preload breaks the command.
    const cold = home.run(['--curriculum', curriculum, 'list', '--json'], { env: { NODE_OPTIONS } });
    expect(cold.code).not.toBe(0);
    expect(cold.stderr).toContain('the yaml package was loaded');

    const fresh = listJson();
    expect(listJson({ NODE_OPTIONS })).toEqual(fresh);
    const next = home.run(['--curriculum', curriculum, 'next', '--json'], { env: { NODE_OPTIONS } });
    expect(next.code).toBe(0);
    expect(next.stderr).toBe('');
  });
});

describe('cache size', () => {
  it('keeps one entry per curriculum file, however often it is edited', () => {
    for (let edit = 0; edit < 5; edit++) {
      writeFileSync(curriculum, readFileSync(SAMPLE, 'utf8').replace('title: Sample 範例', `title: Sample edit ${edit}`));
      expect(listJson().curriculum.title).toBe(`Sample edit ${edit}`);
    }
    expect(cacheFiles()).toHaveLength(1);
  });

  it('keeps only the most recent entries when many curriculum files are used', () => {
    for (let file = 0; file < 20; file++) {
      curriculum = path.join(home.dir, `roadmap-${file}.yaml`);
      writeFileSync(curriculum, readFileSync(SAMPLE, 'utf8').replace('title: Sample 範例', `title: Sample ${file}`));
      expect(listJson().curriculum.title).toBe(`Sample ${file}`);
    }
    expect(cacheFiles().filter((file) => file.endsWith('.json'))).toHaveLength(16);
  });
});
