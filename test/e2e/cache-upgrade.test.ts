import { copyFileSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { VERSION } from '../../src/version.js';
import { ROOT, SAMPLE, TempHome } from './helpers/roadmap.js';

/**
 * A curriculum cache entry is used only by the build that wrote it (src/load/curriculumCache.ts): after an
 * upgrade, a curriculum is parsed and validated again by the new code instead of read from what the old one
 * accepted. Another build's entry is made here from this build's own: same curriculum bytes, its JSON
 * altered so that using it would show, and the writer in its first line changed.
 */

let home: TempHome;
let curriculum: string;

beforeEach(() => {
  home = new TempHome();
  curriculum = path.join(home.dir, 'roadmap.yaml');
  copyFileSync(SAMPLE, curriculum);
});
afterEach(() => home.remove());

const ALTERED_TITLE = 'what the entry says';

function title(): string {
  const result = home.run(['--curriculum', curriculum, 'list', '--json']);
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  return (JSON.parse(result.stdout) as { curriculum: { title: string } }).curriculum.title;
}

/** The one entry, rewritten: its first line through `header`, its curriculum's title altered. */
function rewriteEntry(header: (line: string) => string): string {
  const directory = path.join(home.dir, 'xdg-cache', 'roadmap', 'curricula');
  const [name] = readdirSync(directory).filter((file) => file.endsWith('.json'));
  const file = path.join(directory, name!);
  const entry = readFileSync(file);
  const headerEnd = entry.indexOf(0x0a);
  const sourceEnd = headerEnd + 1 + readFileSync(curriculum).length;
  const json = JSON.parse(entry.subarray(sourceEnd).toString('utf8')) as { title: string };
  json.title = ALTERED_TITLE;
  const line = header(entry.toString('latin1', 0, headerEnd));
  writeFileSync(file, Buffer.concat([Buffer.from(`${line}\n`, 'latin1'), entry.subarray(headerEnd + 1, sourceEnd), Buffer.from(JSON.stringify(json))]));
  return line;
}

const buildId = () => /\n\/\/ roadmap-build: (\w+)\n/.exec(readFileSync(path.join(ROOT, 'dist', 'roadmap.cjs'), 'latin1'))![1]!;

describe('the curriculum cache across builds', () => {
  it("uses an entry this build wrote (so the checks below can fail)", () => {
    expect(title()).toBe('Sample 範例');
    rewriteEntry((line) => line);
    expect(title()).toBe(ALTERED_TITLE);
  });

  it('does not use an entry written by another build, and replaces it', () => {
    title();
    const otherBuild = 'f'.repeat(buildId().length);
    expect(rewriteEntry((line) => line.replace(buildId(), otherBuild))).toContain(otherBuild);
    expect(title()).toBe('Sample 範例');
    // Rewritten by this build: used again, as the first test shows an entry of its own is.
    rewriteEntry((line) => line);
    expect(title()).toBe(ALTERED_TITLE);
  });

  it('does not use an entry written by another version', () => {
    title();
    expect(rewriteEntry((line) => line.replace(` ${VERSION} `, ' 0.0.1 '))).toContain(' 0.0.1 ');
    expect(title()).toBe('Sample 範例');
  });
});
