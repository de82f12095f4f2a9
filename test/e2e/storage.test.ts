import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BIN, SAMPLE, TempHome, type RunResult } from './helpers/roadmap.js';
import { unprivilegedPrefix } from './helpers/unprivileged.js';

let home: TempHome;
beforeEach(() => {
  home = new TempHome();
  // Another user runs the binary below: it must be able to reach what the test prepares.
  chmodSync(home.dir, 0o755);
});
afterEach(() => home.remove());


const PREFIX = unprivilegedPrefix();
const asRoot = process.getuid?.() === 0;

/** Runs the built binary on the sample curriculum as the unprivileged user. */
function runUnprivileged(args: string[], env: Record<string, string> = {}): RunResult {
  const [command, ...rest] = [...PREFIX!, process.execPath, BIN, '--curriculum', SAMPLE, ...args];
  const result = spawnSync(command!, rest, {
    cwd: home.dir,
    env: home.env(env),
    encoding: 'utf8',
    timeout: 20_000,
  });
  return { code: result.status, signal: result.signal, stdout: result.stdout, stderr: result.stderr };
}

/**
 * Runs `args` as the unprivileged user, expecting exit 4 and the one line that says `file` cannot be written
 * (alone on stderr, unless `alone` is false).
 */
function refusedWrite(args: string[], file: string, { alone = true } = {}): RunResult {
  const result = runUnprivileged(args);
  expect(result.code).toBe(4);
  const line = `roadmap: cannot write ${file}: permission denied\n`;
  if (alone) expect(result.stderr).toBe(line);
  else expect(result.stderr).toContain(line);
  return result;
}

/** Progress worth rescuing: two statuses and a note, recorded as the test's own user. */
function recordProgress(): void {
  for (const argv of [['done', '1.1'], ['start', '1.2'], ['note', '1.2', 'eigenvectors']]) {
    expect(home.sample(argv).code, argv.join(' ')).toBe(0);
  }
}

/** The folder and the file made readable, and not writable, by anyone. */
function makeReadOnly(folder: string, file: string): void {
  chmodSync(file, 0o444);
  chmodSync(folder, 0o555);
}

describe.skipIf(PREFIX === null)('a database that can be read but not written', () => {
  it('works for every reading command, so a backup can always be exported', () => {
    recordProgress();
    const folder = path.dirname(home.db);
    makeReadOnly(folder, home.db);
    try {
      const exported = runUnprivileged(['export']);
      expect(exported.stderr).toBe('');
      expect(exported.code).toBe(0);
      const data = JSON.parse(exported.stdout);
      expect(data.events.map((event: { item: string }) => event.item)).toEqual(['intro', 'algebra']);
      expect(data.notes.map((note: { text: string }) => note.text)).toEqual(['eigenvectors']);
      const status = runUnprivileged(['status', '--json']);
      expect(status.code, status.stderr).toBe(0);
      expect(JSON.parse(status.stdout).topics.done).toBe(1);
      const doctor = runUnprivileged(['doctor']);
      expect(doctor.code, doctor.stderr).toBe(0);
      expect(doctor.stdout).toContain('integrity check passed');
      for (const command of [['list'], ['next'], ['log'], ['notes'], ['show', '1.2']]) {
        const result = runUnprivileged(command);
        expect(result.code, `${command.join(' ')}: ${result.stderr}`).toBe(0);
      }
      expect(readdirSync(folder)).toEqual(['progress.db']);
      // Writing is still refused, and says why.
      const done = runUnprivileged(['done', '1.3']);
      expect(done.code).toBe(4);
      expect(done.stderr).toMatch(/^roadmap: cannot write database .*progress\.db: /);
    } finally {
      chmodSync(folder, 0o755);
    }
  });

  it('includes the changes still in the -wal file beside it', () => {
    recordProgress();
    // While another connection is open, closing a command's connection leaves its changes in the -wal
    // file (only the last connection to close writes them back): as after a crash, or a copy taken meanwhile.
    const holder = new Database(home.db, { readonly: true });
    holder.prepare('SELECT count(*) FROM sqlite_schema').get();
    try {
      expect(home.sample(['done', '1.3']).code).toBe(0);
      const rescue = path.join(home.dir, 'rescue');
      mkdirSync(rescue);
      copyFileSync(home.db, path.join(rescue, 'progress.db'));
      copyFileSync(`${home.db}-wal`, path.join(rescue, 'progress.db-wal'));
      chmodSync(path.join(rescue, 'progress.db-wal'), 0o444);
      makeReadOnly(rescue, path.join(rescue, 'progress.db'));
      const exported = runUnprivileged(['export'], { ROADMAP_DB: path.join(rescue, 'progress.db') });
      expect(exported.code, exported.stderr).toBe(0);
      expect(JSON.parse(exported.stdout).events.map((event: { item: string }) => event.item)).toEqual(['intro', 'algebra', 'calculus']);
      chmodSync(rescue, 0o755);
    } finally {
      holder.close();
    }
  });

  it('refuses an export into a folder it cannot write, on one line, leaving no temporary file', () => {
    const out = path.join(home.dir, 'out');
    mkdirSync(out);
    chmodSync(out, 0o555);
    refusedWrite(['export', '-o', path.join(out, 'backup.json')], path.join(out, 'backup.json'));
    expect(readdirSync(out)).toEqual([]);
  });

  it.runIf(asRoot)('removes its temporary file when the final rename is refused', () => {
    // In a sticky folder anyone may create a file, but not replace another user's: the temporary file is
    // written, then renaming it over root's backup fails.
    const out = path.join(home.dir, 'shared');
    mkdirSync(out);
    chmodSync(out, 0o1777);
    const target = path.join(out, 'backup.json');
    writeFileSync(target, 'the old backup');
    refusedWrite(['export', '-o', target], target);
    expect(readdirSync(out)).toEqual(['backup.json']);
    expect(readFileSync(target, 'utf8')).toBe('the old backup');
  });
});

describe.skipIf(PREFIX === null)('-o into a folder that may not be searched', () => {
  it('report and convert say they cannot write there (exit 4), not an internal error', () => {
    const locked = path.join(home.dir, 'locked');
    mkdirSync(locked);
    chmodSync(locked, 0o000);
    refusedWrite(['report', '-o', path.join(locked, 'report.html')], path.join(locked, 'report.html'));
    const markdown = path.join(home.dir, 'roadmap.md');
    writeFileSync(markdown, '# Roadmap\n\n## Basics\n\n### Intro\n\n- [Welcome](https://example.com/welcome)\n');
    chmodSync(markdown, 0o644);
    // convert may warn about the Markdown before it writes: the refusal is one line among them.
    const converted = refusedWrite(['convert', markdown, '-o', path.join(locked, 'roadmap.yaml')], path.join(locked, 'roadmap.yaml'), { alone: false });
    expect(converted.stderr).not.toContain('internal error');
    chmodSync(locked, 0o755);
  });
});

describe('export -o', () => {
  it('refuses a directory, leaving nothing in or beside it', () => {
    home.sample(['done', '1.1']);
    const folder = path.join(home.dir, 'backups');
    mkdirSync(folder);
    const result = home.sample(['export', '-o', folder]);
    expect(result.code).toBe(4);
    expect(result.stderr).toBe(`roadmap: cannot write ${folder}: it is a directory; name a file in it, such as ${path.join(folder, 'progress.json')}\n`);
    expect(readdirSync(folder)).toEqual([]);
    expect(readdirSync(home.dir).filter((name) => name.startsWith('backups'))).toEqual(['backups']);
  });

  it('refuses a file in a folder that does not exist, creating none', () => {
    const target = path.join(home.dir, 'missing', 'dir', 'b.json');
    const result = home.sample(['export', '-o', target]);
    expect(result.code).toBe(4);
    expect(result.stderr).toBe(`roadmap: cannot write ${target}: folder ${path.dirname(target)} does not exist; create it first\n`);
    expect(existsSync(path.join(home.dir, 'missing'))).toBe(false);
  });

  it('puts the bytes on the disk before the file takes the name, and the name after', () => {
    home.sample(['done', '1.1']);
    const preload = path.join(home.dir, 'record-writes.cjs');
    writeFileSync(
      preload,
      `const fs = require('node:fs');
const { fsyncSync, renameSync } = fs;
fs.fsyncSync = (fd) => { process.stderr.write('fsync\\n'); return fsyncSync(fd); };
fs.renameSync = (from, to) => { process.stderr.write('rename ' + require('node:path').basename(to) + '\\n'); return renameSync(from, to); };
`,
    );
    const target = path.join(home.dir, 'backup.json');
    const result = home.sample(['export', '-o', target], { env: { NODE_OPTIONS: `--require ${preload}` } });
    expect(result.code, result.stderr).toBe(0);
    const steps = result.stderr.split('\n').filter((line) => line === 'fsync' || line === 'rename backup.json');
    expect(steps).toEqual(['fsync', 'rename backup.json', 'fsync']);
  });

  it('writes the file, replacing an older one', () => {
    home.sample(['done', '1.1']);
    const target = path.join(home.dir, 'backup.json');
    writeFileSync(target, 'old');
    const result = home.sample(['export', '-o', target]);
    expect(result.code, result.stderr).toBe(0);
    expect(JSON.parse(readFileSync(target, 'utf8')).events).toHaveLength(1);
    expect(readdirSync(home.dir).filter((name) => name.startsWith('backup'))).toEqual(['backup.json']);
  });
});

describe('a path that is a directory', () => {
  it('is said to be one, for --db', () => {
    const folder = path.join(home.dir, 'folder');
    mkdirSync(folder);
    for (const argv of [['status'], ['done', '1.1'], ['export']]) {
      const result = home.sample(['--db', folder, ...argv]);
      expect(result.code, argv.join(' ')).toBe(4);
      expect(result.stderr, argv.join(' ')).toBe(`roadmap: database ${folder} is a directory; give the path of a file with --db or ROADMAP_DB\n`);
    }
  });

  it('is said to be one, for --curriculum, and a missing path is not taken for a bundled id', () => {
    const folder = `${home.dir}/`;
    const result = home.run(['--curriculum', folder, 'status']);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(`roadmap: curriculum ${folder} is a directory; pass a curriculum .yaml file, or the id of a bundled one\n`);
    const missing = home.run(['--curriculum', './no-such-folder/', 'status']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toBe('roadmap: curriculum file not found: ./no-such-folder/\n');
  });
});
