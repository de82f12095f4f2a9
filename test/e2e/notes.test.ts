import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BIN, ROOT, SAMPLE, TempHome } from './helpers/roadmap.js';
import { Tmux } from './helpers/tmux.js';

const LOCK_HOLDER = path.join(ROOT, 'test', 'unit', 'helpers', 'progress-lock-holder.mjs');
/** A database path whose folder can never be created, even by root. */
const UNWRITABLE_DB = '/proc/no-such-roadmap-folder/progress.db';

let home: TempHome;
beforeEach(() => (home = new TempHome()));
afterEach(() => home.remove());

function ok(args: string[], input?: string) {
  const result = home.sample(args, input === undefined ? {} : { input });
  expect(result.code, `${args.join(' ')}: ${result.stderr}`).toBe(0);
  return result;
}

/** An editor that writes `text` into the file it is given, and leaves a mark that it ran. */
function fakeEditor(text: string, extra = ''): { editor: string; ran: string } {
  const editor = path.join(home.dir, 'fake-editor.sh');
  const ran = path.join(home.dir, 'editor-ran');
  writeFileSync(editor, `#!/bin/sh\ntouch ${JSON.stringify(ran)}\nprintf '%s\\n' ${JSON.stringify(text)} > "$1"\n${extra}`, { mode: 0o755 });
  return { editor, ran };
}

const keptFile = (stderr: string) => /its text is kept in (\S+)/.exec(stderr)?.[1];

describe('a note typed in the editor is never lost', () => {
  it('a database that cannot be written fails before the editor opens', () => {
    const { editor, ran } = fakeEditor('typed for nothing');
    const result = home.sample(['note', '2.1'], { env: { EDITOR: editor, ROADMAP_DB: UNWRITABLE_DB } });
    expect(result.code).toBe(4);
    expect(existsSync(ran)).toBe(false);
  });

  it('when the write still fails, the text stays in a file named on stderr', async () => {
    ok(['note', '1.1', 'the database exists']);
    // The editor hands the database to another process that holds its write lock past the busy timeout.
    const lockOutput = path.join(home.dir, 'lock.out');
    const holdLock = `${JSON.stringify(process.execPath)} ${JSON.stringify(LOCK_HOLDER)} ${JSON.stringify(home.db)} 7000 > ${JSON.stringify(lockOutput)} &
echo $! > ${JSON.stringify(`${lockOutput}.pid`)}
until grep -q locked ${JSON.stringify(lockOutput)} 2>/dev/null; do sleep 0.05; done
`;
    const { editor } = fakeEditor('an hour of careful thought', holdLock);
    const result = home.sample(['note', '2.1'], { env: { EDITOR: editor } });
    expect(result.code, result.stderr).toBe(4);
    const file = keptFile(result.stderr);
    expect(file, result.stderr).toBeDefined();
    expect(readFileSync(file!, 'utf8')).toBe('an hour of careful thought\n');
    // Let the lock holder finish before the folder goes.
    const pid = Number(readFileSync(`${lockOutput}.pid`, 'utf8'));
    while (isRunning(pid)) await new Promise((resolve) => setTimeout(resolve, 100));
  }, 30_000);
});

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

describe('where a note comes from', () => {
  it('piped input is the note, even with $EDITOR set', () => {
    const { editor, ran } = fakeEditor('from the editor');
    const result = home.sample(['note', '2.1'], { input: 'from the pipe\n', env: { EDITOR: editor } });
    expect(result.code, result.stderr).toBe(0);
    expect(existsSync(ran)).toBe(false);
    expect(home.json(['notes', '--json']).notes.map((note: { text: string }) => note.text)).toEqual(['from the pipe']);
  });

  it('with nothing piped in, $EDITOR opens', () => {
    const { editor } = fakeEditor('from the editor');
    expect(home.sample(['note', '2.1'], { input: '', env: { EDITOR: editor } }).code).toBe(0);
    expect(home.json(['notes', '--json']).notes.map((note: { text: string }) => note.text)).toEqual(['from the editor']);
  });

  it('notes --edit takes piped input as the new text', () => {
    ok(['note', '2.1', 'old']);
    const { editor } = fakeEditor('from the editor');
    expect(home.sample(['notes', '--edit', '1'], { input: 'new from the pipe\n', env: { EDITOR: editor } }).code).toBe(0);
    expect(home.json(['notes', '--json']).notes.map((note: { text: string }) => note.text)).toEqual(['new from the pipe']);
  });
});

describe('a deleted note', () => {
  it('is gone from the database file and from the export; its tombstone travels', () => {
    ok(['note', '1.2', 'a private thought, deleted later']);
    ok(['note', '1.2', 'one to keep']);
    ok(['notes', '--delete', '1']);
    const exported = JSON.parse(ok(['export']).stdout);
    expect(exported.notes.map((note: { text: string; deletedAt: string | null }) => [note.text, note.deletedAt !== null])).toEqual([
      ['', true],
      ['one to keep', false],
    ]);
    expect(readFileSync(home.db).includes('a private thought')).toBe(false);
    expect(existsSync(`${home.db}-wal`) && readFileSync(`${home.db}-wal`).includes('a private thought')).toBe(false);
  });
});

describe('log', () => {
  it('shows notes added, edited and deleted among the status changes, each with its kind', () => {
    ok(['done', '1.2.1', '--note', 'chapter 3 was hard']);
    ok(['note', '1.2', 'first']);
    ok(['notes', '--edit', '2', '-m', 'second']);
    ok(['notes', '--delete', '1']);
    const { events } = home.json(['log', '--json']);
    expect(events.map((event: { kind: string; ref: string }) => [event.kind, event.ref])).toEqual([
      ['status-changed', 'algebra/book'],
      ['note-added', 'algebra/book'],
      ['note-added', 'algebra'],
      ['note-edited', 'algebra'],
      ['note-deleted', 'algebra/book'],
    ]);
    expect(events[0]).toMatchObject({ status: 'done', previous: 'todo', number: '1.2.1' });
    expect(events[3]).toEqual({ kind: 'note-edited', at: events[3].at, ref: 'algebra', note: 2, number: '1.2', title: '線性代數 Linear algebra' });
    expect(JSON.stringify(events)).not.toContain('second');

    const text = ok(['log']).stdout.split('\n');
    expect(text[1]).toMatch(/ ✎ added {3}1\.2\.1 {2}Linear Algebra Done Right {2}note #1$/);
    expect(text[3]).toMatch(/ ✎ edited {2}1\.2 {2}線性代數 Linear algebra {2}note #2$/);
    expect(text[4]).toMatch(/ ✎ deleted 1\.2\.1 {2}Linear Algebra Done Right {2}note #1$/);
    expect(home.json(['log', '-n', '2', '--json']).events.map((event: { kind: string }) => event.kind)).toEqual(['note-edited', 'note-deleted']);
  });
});

describe('on a terminal', () => {
  let tmux: Tmux;
  beforeEach(() => (tmux = new Tmux(home.dir)));
  afterEach(() => tmux.kill());

  const start = (args: string[], env: Record<string, string | undefined> = {}) => {
    const stderrFile = path.join(home.dir, 'stderr.txt');
    tmux.start([process.execPath, path.relative(ROOT, BIN), '--curriculum', path.relative(ROOT, SAMPLE), ...args], home.env({ EDITOR: undefined, VISUAL: undefined, ...env }), { cwd: ROOT, stderrFile });
    return stderrFile;
  };

  it('note REF without text asks for the note naming the item', async () => {
    start(['note', '1.2']);
    await tmux.waitFor('? Note on 1.2 線性代數 Linear algebra:');
    tmux.keys('-l', 'typed at the prompt');
    await tmux.waitFor('typed at the prompt');
    tmux.keys('Enter');
    expect(await tmux.exitCode()).toBe(0);
    expect(home.json(['notes', '--json']).notes.map((note: { text: string }) => note.text)).toEqual(['typed at the prompt']);
  });

  it("the menu's note screen shows a failed save, keeps the text, and goes on", async () => {
    start([], { ROADMAP_DB: UNWRITABLE_DB });
    await tmux.waitFor('What would you like to do?');
    tmux.keys('Down', 'Down', 'Enter');
    await tmux.waitFor('Which section is the note about?');
    tmux.keys('Enter');
    await tmux.waitFor('About the section itself, or one of its topics?');
    tmux.keys('Enter');
    await tmux.waitFor('Note for 1 ');
    tmux.keys('-l', 'worth keeping');
    await tmux.waitFor('worth keeping');
    tmux.keys('Enter');
    await tmux.waitFor(/its text is kept in \S+/);
    const screen = await tmux.waitFor('What would you like to do?');
    const file = keptFile(screen.replace(/\n/g, ' '));
    expect(readFileSync(file!, 'utf8')).toBe('worth keeping\n');
    tmux.keys('Down', 'Down');
    await tmux.waitFor('❯ Quit');
    tmux.keys('Enter');
    expect(await tmux.exitCode()).toBe(0);
  });
});
