import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeFileQuietly } from '../../src/files/writeFileQuietly.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'roadmap-quiet-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('writeFileQuietly', () => {
  it('writes the file, creating its folder, and leaves nothing else beside it', () => {
    const file = path.join(dir, 'cache', 'entry.json');
    expect(writeFileQuietly(file, '{"a":1}')).toBe(true);
    expect(readFileSync(file, 'utf8')).toBe('{"a":1}');
    expect(readdirSync(path.dirname(file))).toEqual(['entry.json']);
  });

  it('does not throw when the rename fails, and removes its temporary file', () => {
    // A folder in the file's place: the write of the temporary file succeeds, the rename over it fails.
    const file = path.join(dir, 'entry.json');
    mkdirSync(file);
    expect(writeFileQuietly(file, 'text')).toBe(false);
    expect(readdirSync(dir)).toEqual(['entry.json']);
  });
});
