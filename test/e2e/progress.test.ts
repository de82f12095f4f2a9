import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { TempHome } from './helpers/roadmap.js';

let home: TempHome;
beforeEach(() => (home = new TempHome()));
afterEach(() => home.remove());

function ok(args: string[], input?: string) {
  const result = home.sample(args, { input });
  expect(result.stderr, `roadmap ${args.join(' ')}`).toBe('');
  expect(result.code, `roadmap ${args.join(' ')}`).toBe(0);
  return result;
}

describe('recording progress', () => {
  it('counts figures by the rules: skips apart, topic-level done covers resources, optional items excluded', () => {
    ok(['done', 'algebra/book']);
    ok(['skip', '1.2.2']);
    ok(['done', 'calculus']);
    ok(['skip', 'intro']);
    ok(['done', 'extras/bonus']);
    ok(['done', 'nlp/kaggle']);
    const status = home.json(['status', '--json']);
    expect(status.curriculum).toBe('sample');
    expect(status.topics).toEqual({ total: 6, complete: 3, done: 2, skipped: 1 });
    expect(status.resources).toEqual({ total: 7, resolved: 4, done: 2, skipped: 2 });
    expect(status.sections.map((s: any) => [s.id, s.topics.complete, s.topics.total, s.resources.resolved, s.resources.total])).toEqual([
      ['basics', 3, 3, 4, 4],
      ['models', 0, 1, 0, 2],
      ['apps', 0, 2, 0, 1],
    ]);
    const list = home.json(['list', '--json']);
    const states = Object.fromEntries(list.sections.flatMap((s: any) => s.topics.map((t: any) => [t.id, t.state])));
    expect(states).toEqual({ intro: 'complete', algebra: 'complete', calculus: 'complete', 'neural-nets': 'available', extras: 'complete', nlp: 'blocked', reading: 'available' });
    const text = ok(['status']).stdout;
    expect(text).toMatch(/Topics .* 3\/6 .*\(2 done, 1 skipped\)/);
    expect(text).toMatch(/Resources .* 4\/7 .*\(2 done, 2 skipped\)/);
  });

  it('accepts every REF form: id, alias, number, unique text', () => {
    ok(['done', 'intro/welcome']);
    ok(['start', 'linalg']);
    ok(['done', '1.3.1']);
    ok(['skip', 'spaCy']);
    const log = home.json(['log', '--json']);
    expect(log.events.map((e: any) => [e.ref, e.status, e.previous])).toEqual([
      ['intro/welcome', 'done', 'todo'],
      ['algebra', 'started', 'todo'],
      ['calculus/course', 'done', 'todo'],
      ['nlp/spacy', 'skipped', 'todo'],
    ]);
    for (const event of log.events) expect(event.at).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/);
  });

  it('applies a section to each of its topics and counts an item named twice once', () => {
    const result = ok(['done', 'basics', '1.1', 'intro']);
    expect(result.stdout.match(/done: /g)).toHaveLength(3);
    expect(home.json(['log', '--json']).events).toHaveLength(3);
  });

  it('says "already done" and records nothing the second time', () => {
    ok(['done', '1.1.1']);
    const again = ok(['done', '1.1.1']);
    expect(again.stdout).toContain('already done');
    expect(home.json(['log', '--json']).events).toHaveLength(1);
  });

  /** A refused `done` creates no database on a fresh home, and adds no event to an existing one. */
  function expectNothingRecorded(args: string[]) {
    expect(existsSync(home.db)).toBe(false);
    ok(['start', '1.3']);
    expect(home.sample(args).code).toBe(2);
    expect(home.json(['log', '--json']).events.map((event: any) => event.status)).toEqual(['started']);
  }

  it('records nothing when one REF among several is unknown, exit 2', () => {
    const args = ['done', '1.1.1', 'no-such-thing', '1.2.1'];
    const result = home.sample(args);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('no-such-thing');
    expect(result.stdout).toBe('');
    expectNothingRecorded(args);
  });

  it('exits 2 listing candidates for an ambiguous text REF and records nothing', () => {
    const args = ['done', 'neural'];
    const result = home.sample(args);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/2\.1 /);
    expect(result.stderr).toMatch(/2\.1\.2/);
    expectNothingRecorded(args);
  });

  it('undo sets back to todo and keeps the history', () => {
    ok(['done', '1.2']);
    const undo = ok(['undo', '1.2']);
    expect(undo.stdout).toContain('back to todo');
    ok(['reset', '1.2']);
    expect(home.json(['log', '--json']).events.map((e: any) => e.status)).toEqual(['done', 'todo']);
    expect(home.json(['status', '--json']).topics.complete).toBe(0);
  });

  it('done --note adds a note to the item', () => {
    ok(['done', '1.2.1', '--note', 'chapter 3 was hard']);
    const notes = home.json(['notes', '--json']).notes;
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatchObject({ item: 'algebra/book', number: '1.2.1', text: 'chapter 3 was hard' });
  });

  it('reports a newly unlocked topic', () => {
    const result = ok(['done', 'basics']);
    expect(result.stdout).toMatch(/unlocked: 2\.1 {2}Neural networks/);
  });

  it('creates the database directory with mode 0700', () => {
    ok(['done', '1.1.1']);
    const mode = statSync(path.dirname(home.db)).mode & 0o777;
    expect(mode).toBe(0o700);
  });
});

describe('notes', () => {
  it('adds, lists, edits and deletes notes', () => {
    ok(['note', '1.2', 'eigenvectors', 'finally', 'clicked']);
    ok(['note', 'basics'], 'from stdin\nsecond line\n');
    // Listed by item in roadmap order (section 1 before its topic 1.2), not in the order they were taken.
    let notes = home.json(['notes', '--json']).notes;
    expect(notes.map((n: any) => [n.item, n.text])).toEqual([
      ['basics', 'from stdin\nsecond line'],
      ['algebra', 'eigenvectors finally clicked'],
    ]);
    const only = home.json(['notes', 'algebra', '--json']).notes;
    expect(only).toHaveLength(1);
    ok(['notes', '--edit', String(notes[1].id), '-m', 'edited text']);
    ok(['notes', '--delete', String(notes[0].id)]);
    notes = home.json(['notes', '--json']).notes;
    expect(notes.map((n: any) => n.text)).toEqual(['edited text']);
    expect(home.sample(['show', '1.2']).stdout).toContain('edited text');
  });

  it("lists with an item the notes of what it contains, as show does", () => {
    ok(['note', '1.2.1', 'on the book']);
    ok(['note', '1.2', 'on the topic']);
    ok(['note', '1.1', 'on another topic']);
    ok(['note', '1', 'on the section']);
    const texts = (args: string[]) => home.json([...args, '--json']).notes.map((n: any) => n.text);
    expect(texts(['notes', '1.2'])).toEqual(['on the topic', 'on the book']);
    expect(texts(['notes', '1.2.1'])).toEqual(['on the book']);
    expect(texts(['notes', '1'])).toEqual(['on the section', 'on another topic', 'on the topic', 'on the book']);
    // show: the item's page, oldest first, each note from inside it naming its item.
    expect(home.json(['show', '1.2', '--json']).notes.map((n: any) => n.text)).toEqual(['on the book', 'on the topic']);
    expect(home.json(['show', '1', '--json']).notes.map((n: any) => n.text)).toEqual(['on the book', 'on the topic', 'on another topic', 'on the section']);
    const page = ok(['show', '1']).stdout;
    expect(page).toMatch(/on 1\.2\.1 +Linear Algebra Done Right\n +on the book/);
    expect(page).not.toMatch(/on 1 +Basics/);
  });

  it('exits 2 for an unknown note id and for an empty note', () => {
    ok(['note', '1.2', 'x']);
    expect(home.sample(['notes', '--delete', '99']).code).toBe(2);
    expect(home.sample(['notes', '--edit', 'abc']).code).toBe(2);
    const empty = home.sample(['note', '1.2'], { input: '   \n' });
    expect(empty.code).toBe(2);
    expect(empty.stderr).toContain('empty note');
  });

  it('uses $EDITOR when no text is given', () => {
    const editor = path.join(home.dir, 'fake-editor.sh');
    writeFileSync(editor, '#!/bin/sh\nprintf "written in the editor\\n" > "$1"\n', { mode: 0o755 });
    const result = home.sample(['note', '1.3'], { env: { EDITOR: editor } });
    expect(result.code).toBe(0);
    expect(home.json(['notes', '--json']).notes[0].text).toBe('written in the editor');
  });
});

describe('reading commands on a missing database', () => {
  it('report zero progress and create nothing', () => {
    for (const args of [['status', '--json'], ['log', '--json'], ['notes', '--json'], ['next', '--json'], ['list', '--json'], ['export']]) {
      const result = home.sample(args);
      expect(result.code, args.join(' ')).toBe(0);
    }
    expect(home.json(['status', '--json']).topics.complete).toBe(0);
    expect(existsSync(home.db)).toBe(false);
    expect(existsSync(path.dirname(home.db))).toBe(false);
  });
});

describe('storage failures', () => {
  it('exits 4 at once when the database folder cannot be created (it used to hang under /proc)', () => {
    for (const db of ['/proc/no-such-folder/progress.db', '/etc/hostname/progress.db']) {
      const result = home.sample(['done', '1.1.1'], { env: { ROADMAP_DB: db } });
      expect(result.signal, db).toBeNull();
      expect(result.code, db).toBe(4);
      expect(result.stderr).toMatch(/^roadmap: cannot create the database at .*; choose another place with --db or ROADMAP_DB\n$/);
    }
  });

  it('exits 4 on a file that is not a database and leaves it byte-identical', () => {
    mkdirSync(path.dirname(home.db), { recursive: true });
    const garbage = Buffer.from('this is not a database\n'.repeat(300));
    writeFileSync(home.db, garbage);
    for (const args of [['status'], ['done', '1.1.1']]) {
      const result = home.sample(args);
      expect(result.code, args.join(' ')).toBe(4);
      expect(result.stderr.trim().split('\n')).toHaveLength(1);
    }
    expect(readFileSync(home.db).equals(garbage)).toBe(true);
  });

  it('exits 4 on a database from a newer version and leaves it byte-identical', () => {
    expect(home.sample(['done', '1.1.1']).code).toBe(0);
    const db = new Database(home.db);
    db.pragma('journal_mode = DELETE');
    db.pragma('user_version = 999');
    db.close();
    const before = readFileSync(home.db);
    for (const args of [['status'], ['done', '1.2.1']]) {
      const result = home.sample(args);
      expect(result.code, args.join(' ')).toBe(4);
      expect(result.stderr).toMatch(/newer version/);
    }
    expect(readFileSync(home.db).equals(before)).toBe(true);
  });
});

describe('concurrency', () => {
  it('records all of 20 concurrent done commands on one database', async () => {
    expect(home.sample(['start', 'reading']).code).toBe(0);
    const refs = ['1.1.1', '1.1.2', '1.2.1', '1.2.2', '1.2.3', '1.3.1', '2.1.1', '2.1.2', '2.2.1', '3.1.1', '3.1.2', '1.1', '1.2', '1.3', '2.1', '2.2', '3.1', 'models', 'apps', 'basics'];
    const runs = refs.map(
      (ref) =>
        new Promise<number | null>((resolve) => {
          const child = home.spawn(['--curriculum', path.join(process.cwd(), 'test/fixtures/sample.yaml'), 'done', ref]);
          child.on('close', (code) => resolve(code));
        }),
    );
    const codes = await Promise.all(runs);
    expect(codes).toEqual(refs.map(() => 0));
    const items = new Set(home.json(['log', '--json']).events.filter((e: any) => e.status === 'done').map((e: any) => e.ref));
    for (const item of ['intro/welcome', 'intro/history', 'algebra/book', 'algebra/videos', 'algebra/extra', 'calculus/course', 'neural-nets/nn-video', 'neural-nets/nn-book', 'extras/bonus', 'nlp/spacy', 'nlp/kaggle', 'intro', 'algebra', 'calculus', 'neural-nets', 'extras', 'nlp', 'reading']) {
      expect(items.has(item), item).toBe(true);
    }
  });
});
