import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { build } from 'esbuild';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { RoadmapError } from '../../src/errors.js';
import { APPLICATION_ID, SCHEMA_VERSION } from '../../src/progress/migrations.js';
import { ProgressStore } from '../../src/progress/store.js';

const LOCK_HOLDER = fileURLToPath(new URL('./helpers/progress-lock-holder.mjs', import.meta.url));
const CONCURRENT_WRITER = fileURLToPath(new URL('./helpers/concurrent-writer.ts', import.meta.url));
const SOURCES_PROGRESS = fileURLToPath(new URL('../../src/progress', import.meta.url));

let dir: string;
let dbPath: string;
const open: ProgressStore[] = [];

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'roadmap-store-'));
  dbPath = path.join(dir, 'progress.db');
});

afterEach(() => {
  for (const store of open.splice(0)) store.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

function writer(file = dbPath, busyTimeoutMs?: number): ProgressStore {
  const store = ProgressStore.openForWriting(file, busyTimeoutMs === undefined ? {} : { busyTimeoutMs });
  open.push(store);
  return store;
}

function reader(file = dbPath): ProgressStore | null {
  const store = ProgressStore.openForReading(file);
  if (store !== null) open.push(store);
  return store;
}

/** Calls `fn`, expecting a RoadmapError; returns it. */
function roadmapError(fn: () => unknown): RoadmapError {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(RoadmapError);
    return error as RoadmapError;
  }
  throw new Error('expected a RoadmapError, nothing was thrown');
}

/** Opening `file` either way fails with exit 4 and leaves it byte for byte as it was. */
function expectRefusedUntouched(file: string, message: RegExp): void {
  const before = fs.readFileSync(file);
  for (const openIt of [() => ProgressStore.openForReading(file), () => ProgressStore.openForWriting(file)]) {
    const error = roadmapError(openIt);
    expect(error.exitCode).toBe(4);
    expect(error.lines).toHaveLength(1);
    expect(error.message).toMatch(message);
    expect(fs.readFileSync(file).equals(before)).toBe(true);
  }
}

/** A raw connection, for looking at what the store wrote and for setting up odd files. */
function raw(file = dbPath): Database.Database {
  return new Database(file);
}

const T1 = '2026-11-29T10:00:00.000Z';
const T2 = '2026-11-29T11:00:00.000Z';
const T3 = '2026-11-29T12:00:00.000Z';

describe('opening', () => {
  it('reading a missing database gives null and creates nothing', () => {
    const nested = path.join(dir, 'a', 'b', 'progress.db');
    expect(ProgressStore.openForReading(nested)).toBeNull();
    expect(ProgressStore.openForReading(dbPath)).toBeNull();
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  it('writing creates the directory (0700) and file (0600), in WAL mode, migrated to the current schema', () => {
    const nested = path.join(dir, 'data', 'roadmap', 'progress.db');
    writer(nested).close();
    if (process.platform !== 'win32') {
      expect(fs.statSync(path.dirname(nested)).mode & 0o777).toBe(0o700);
      expect(fs.statSync(nested).mode & 0o777).toBe(0o600);
    }
    const db = raw(nested);
    expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    expect(db.pragma('application_id', { simple: true })).toBe(APPLICATION_ID);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    const tables = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name").pluck().all();
    expect(tables).toEqual(['current', 'events', 'metadata', 'note_events', 'notes', 'reviews']);
    db.close();
  });

  it('reopening an up-to-date database changes nothing', () => {
    writer().recordChanges('c', [{ item: 'a', status: 'done' }], T1);
    open.pop()?.close();
    const store = writer();
    expect(store.statusRecords('c').get('a')).toEqual({ status: 'done', at: T1 });
    expect(reader()?.events()).toHaveLength(1);
  });

  it('an empty (0-byte) file reads as no progress and is left alone', () => {
    fs.writeFileSync(dbPath, '');
    expect(ProgressStore.openForReading(dbPath)).toBeNull();
    expect(fs.statSync(dbPath).size).toBe(0);
    writer().recordChanges('c', [{ item: 'a', status: 'done' }], T1);
    expect(writer().statusRecords('c').size).toBe(1);
  });

  it('refuses a database from a newer version, both ways, and leaves it byte-identical', () => {
    writer().recordChanges('c', [{ item: 'a', status: 'done' }], T1);
    open.pop()?.close();
    const db = raw();
    db.pragma(`user_version = ${SCHEMA_VERSION + 98}`);
    db.close();
    expectRefusedUntouched(dbPath, new RegExp(`was written by a newer version of roadmap \\(schema ${SCHEMA_VERSION + 98}, this version knows ${SCHEMA_VERSION}\\); upgrade roadmap`));
  });

  it('refuses 4 KiB of random bytes and a text file, leaving them byte-identical', () => {
    fs.writeFileSync(dbPath, randomBytes(4096));
    expectRefusedUntouched(dbPath, /progress\.db is not a roadmap database or is damaged: /);
    fs.writeFileSync(dbPath, 'this is my shopping list\n'.repeat(200));
    expectRefusedUntouched(dbPath, /is not a roadmap database or is damaged/);
  });

  it('refuses a real database whose header page was overwritten, leaving it byte-identical', () => {
    const store = writer();
    store.recordChanges('c', [{ item: 'a', status: 'done' }], T1);
    store.addNote('c', 'a', 'hello', T1);
    store.close();
    const original = fs.readFileSync(dbPath);
    expect(original.length).toBeGreaterThan(4096);

    const wholePage = Buffer.from(original);
    randomBytes(4096).copy(wholePage, 0);
    fs.writeFileSync(dbPath, wholePage);
    expectRefusedUntouched(dbPath, /is not a roadmap database or is damaged/);

    // Magic string and header intact, the schema b-tree on page 1 garbage.
    const pageBody = Buffer.from(original);
    randomBytes(4096 - 100).copy(pageBody, 100);
    fs.writeFileSync(dbPath, pageBody);
    expectRefusedUntouched(dbPath, /is not a roadmap database or is damaged/);
  });

  it("refuses another program's SQLite database rather than migrating into it", () => {
    const db = raw();
    db.exec('CREATE TABLE contacts (name TEXT)');
    db.close();
    expectRefusedUntouched(dbPath, /is not a roadmap database: it holds another program's data/);
  });

  it('reads a database of an older schema without changing the file, and migrates it on the next write', () => {
    // Schema 0 of roadmap: marked as ours, no tables yet, in WAL mode like every roadmap database.
    const db = raw();
    db.pragma('journal_mode = WAL');
    db.pragma(`application_id = ${APPLICATION_ID}`);
    db.close();
    const before = fs.readFileSync(dbPath);
    const store = reader();
    expect(store).not.toBeNull();
    expect(store?.statusRecords('c').size).toBe(0);
    expect(store?.events()).toEqual([]);
    store?.close();
    expect(fs.readFileSync(dbPath).equals(before)).toBe(true);

    writer().recordChanges('c', [{ item: 'a', status: 'done' }], T1);
    const check = raw();
    expect(check.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    check.close();
  });

  it('a path that cannot hold a database is a storage error', () => {
    fs.writeFileSync(path.join(dir, 'plain-file'), 'x');
    const underFile = roadmapError(() => ProgressStore.openForWriting(path.join(dir, 'plain-file', 'progress.db')));
    expect(underFile.exitCode).toBe(4);
    expect(underFile.message).toMatch(/^cannot create the database at /);
    const aDirectory = roadmapError(() => ProgressStore.openForReading(dir));
    expect(aDirectory.exitCode).toBe(4);
  });

  it('a roadmap database whose tables were dropped is reported as damaged', () => {
    writer().close();
    const db = raw();
    db.exec('DROP TABLE current');
    db.close();
    const error = roadmapError(() => reader()?.statusRecords('c'));
    expect(error.exitCode).toBe(4);
    expect(error.message).toMatch(/is not a roadmap database or is damaged: no such table: current/);
  });

  it('a store opened for reading does not write', () => {
    writer().close();
    const store = reader();
    expect(() => store?.recordChanges('c', [{ item: 'a', status: 'done' }], T1)).toThrow(/opened for reading/);
    expect(() => store?.addNote('c', 'a', 'x', T1)).toThrow(/opened for reading/);
  });
});

describe('status changes', () => {
  it('records an event per change, with the previous status, and skips items that would not change', () => {
    const store = writer();
    const first = store.recordChanges('c', [{ item: 'a', status: 'done' }, { item: 'b', status: 'started' }], T1);
    expect(first.unchanged).toEqual([]);
    expect(first.recorded.map(({ item, status, previous, at }) => ({ item, status, previous, at }))).toEqual([
      { item: 'a', status: 'done', previous: 'todo', at: T1 },
      { item: 'b', status: 'started', previous: 'todo', at: T1 },
    ]);
    expect(first.recorded[0]?.uid).toMatch(/^[0-9a-f-]{36}$/);
    expect(first.recorded[1]?.id).toBeGreaterThan(first.recorded[0]?.id ?? Infinity);

    const second = store.recordChanges('c', [{ item: 'a', status: 'done' }, { item: 'b', status: 'done' }], T2);
    expect(second.unchanged).toEqual([{ item: 'a', status: 'done' }]);
    expect(second.recorded.map((event) => [event.item, event.previous, event.status])).toEqual([['b', 'started', 'done']]);

    // Undo of an item never touched: already todo.
    const third = store.recordChanges('c', [{ item: 'never', status: 'todo' }], T2);
    expect(third).toEqual({ recorded: [], unchanged: [{ item: 'never', status: 'todo' }] });
    expect(store.events()).toHaveLength(3);
  });

  it('counts an item named twice in one call once', () => {
    const store = writer();
    const result = store.recordChanges(
      'c',
      [{ item: 'a', status: 'done' }, { item: 'b', status: 'done' }, { item: 'a', status: 'done' }],
      T1,
    );
    expect(result.recorded.map((event) => event.item)).toEqual(['a', 'b']);
    expect(result.unchanged).toEqual([]);
  });

  it('keeps current in step with the latest change, per curriculum', () => {
    const store = writer();
    store.recordChanges('c', [{ item: 'a', status: 'started' }], T1);
    store.recordChanges('c', [{ item: 'a', status: 'done' }], T2);
    store.recordChanges('other', [{ item: 'a', status: 'skipped' }], T2);
    store.recordChanges('c', [{ item: 'a', status: 'todo' }], T3);
    expect(store.statusRecords('c')).toEqual(new Map([['a', { status: 'todo', at: T3 }]]));
    expect(store.statusRecords('other')).toEqual(new Map([['a', { status: 'skipped', at: T2 }]]));
    expect(store.statusRecords('none').size).toBe(0);
    expect(store.curricula()).toEqual(['c', 'other']);
  });

  it('stores times in one canonical UTC form and rejects malformed ones', () => {
    const store = writer();
    const { recorded } = store.recordChanges('c', [{ item: 'a', status: 'done' }], '2026-11-29T12:00:00+02:00');
    expect(recorded[0]?.at).toBe('2026-11-29T10:00:00.000Z');
    expect(() => store.recordChanges('c', [{ item: 'b', status: 'done' }], 'yesterday')).toThrow(/ISO 8601/);
    expect(() => store.recordChanges('c', [{ item: 'b', status: 'done' }], '2026-02-30T10:00:00Z')).toThrow(/ISO 8601/);
  });

  it('records 1,000 changes in one transaction quickly', () => {
    const store = writer();
    const changes = Array.from({ length: 1000 }, (_, index) => ({ item: `topic-${index}`, status: 'done' as const }));
    const started = performance.now();
    const result = store.recordChanges('c', changes, T1);
    const elapsed = performance.now() - started;
    expect(result.recorded).toHaveLength(1000);
    // A generous bound (CI machines are busy); the measured figure is typically 20–50 ms.
    expect(elapsed).toBeLessThan(1000);
    expect(store.statusRecords('c').size).toBe(1000);
  });
});

describe('history', () => {
  it('lists events oldest first, filtered by curriculum and time, limited, or newest first', () => {
    const store = writer();
    store.recordChanges('c', [{ item: 'a', status: 'done' }], T2);
    store.recordChanges('d', [{ item: 'x', status: 'done' }], T1);
    store.recordChanges('c', [{ item: 'b', status: 'done' }], T3);
    const items = (events: { item: string }[]) => events.map((event) => event.item);
    expect(items(store.events())).toEqual(['x', 'a', 'b']);
    expect(items(store.events({ curriculum: 'c' }))).toEqual(['a', 'b']);
    expect(items(store.events({ since: T2 }))).toEqual(['a', 'b']);
    expect(items(store.events({ since: '2026-11-29T11:30:00Z' }))).toEqual(['b']);
    expect(items(store.events({ newestFirst: true, limit: 2 }))).toEqual(['b', 'a']);
    expect(items(store.events({ curriculum: 'c', newestFirst: true, limit: 1 }))).toEqual(['b']);
    expect(roadmapError(() => store.events({ since: 'last week' })).exitCode).toBe(2);
  });

  it('orders events of the same instant in the order they were recorded', () => {
    const store = writer();
    store.recordChanges('c', [{ item: 'a', status: 'started' }], T1);
    store.recordChanges('c', [{ item: 'a', status: 'done' }], T1);
    expect(store.events().map((event) => event.status)).toEqual(['started', 'done']);
    expect(store.events({ newestFirst: true }).map((event) => event.status)).toEqual(['done', 'started']);
  });

  it("gives the instants of every status change, review and note change of some curricula, and only theirs", () => {
    const store = writer();
    const at = (minutes: number) => new Date(Date.parse('2026-11-01T08:00:00.000Z') + minutes * 60_000).toISOString();
    store.recordChanges('c', [{ item: 'a', status: 'done' }], at(1));
    store.recordChanges('d', [{ item: 'x', status: 'done' }], at(2));
    store.recordChanges('e', [{ item: 'y', status: 'done' }], at(3));
    store.recordReviews([{ curriculum: 'c', item: 'a' }], false, at(4));
    store.recordReviews([{ curriculum: 'e', item: 'y' }], true, at(5));
    const note = store.addNote('d', 'x', 'first', at(6));
    store.editNote(note.id, 'second', at(7));
    store.deleteNote(note.id, at(8));
    store.addNote('e', 'y', 'elsewhere', at(9));
    expect(store.activityInstants('c').sort()).toEqual([at(1), at(4)]);
    expect(store.activityInstants(['c', 'd']).sort()).toEqual([at(1), at(2), at(4), at(6), at(7), at(8)]);
    expect(store.activityInstants('none')).toEqual([]);
  });
});

describe('transactions', () => {
  it('groups status changes and a note: all or nothing', () => {
    const store = writer();
    expect(() =>
      store.transaction(() => {
        store.recordChanges('c', [{ item: 'a', status: 'done' }], T1);
        store.addNote('c', 'a', 'finished it', T1);
        throw new Error('the command failed half-way');
      }),
    ).toThrow('half-way');
    expect(store.events()).toEqual([]);
    expect(store.notes('c')).toEqual([]);
    expect(store.statusRecords('c').size).toBe(0);

    const note = store.transaction(() => {
      store.recordChanges('c', [{ item: 'a', status: 'done' }], T1);
      return store.addNote('c', 'a', 'finished it', T1);
    });
    expect(note.text).toBe('finished it');
    expect(store.events()).toHaveLength(1);
  });
});

describe('notes', () => {
  it('adds, lists oldest first, edits and deletes notes', () => {
    const store = writer();
    const first = store.addNote('c', 'a', 'first', T2);
    const second = store.addNote('c', 'b', 'second', T1);
    const third = store.addNote('c', 'a', 'third', T3);
    expect(first).toMatchObject({ curriculum: 'c', item: 'a', text: 'first', createdAt: T2, updatedAt: T2 });
    expect(store.notes('c').map((note) => note.text)).toEqual(['second', 'first', 'third']);
    store.addNote('other', 'a', 'another curriculum', T1);
    expect(store.notes('c').map((note) => note.id)).toEqual([second.id, first.id, third.id]);
    expect(store.note(second.id)).toEqual(second);

    const edited = store.editNote(first.id, 'first, revised', T3);
    expect(edited).toEqual({ ...first, text: 'first, revised', updatedAt: T3 });
    expect(store.note(first.id)).toEqual(edited);

    expect(store.deleteNote(second.id, T3)).toEqual(second);
    expect(store.note(second.id)).toBeUndefined();
    expect(store.notes('c').map((note) => note.id)).toEqual([first.id, third.id]);

    // Ids are never reused: the deleted note stays as a tombstone.
    const fourth = store.addNote('c', 'a', 'fourth', T3);
    expect(fourth.id).toBeGreaterThan(third.id);
  });

  it('editing or deleting an unknown or deleted note is a usage error', () => {
    const store = writer();
    const note = store.addNote('c', 'a', 'x', T1);
    store.deleteNote(note.id, T2);
    for (const act of [() => store.editNote(99, 'y', T2), () => store.deleteNote(note.id, T2), () => store.editNote(note.id, 'y', T2)]) {
      const error = roadmapError(act);
      expect(error.exitCode).toBe(2);
      expect(error.message).toMatch(/^no note with id \d+; see `roadmap notes`$/);
    }
    expect(roadmapError(() => store.addNote('c', 'a', '  ', T1)).exitCode).toBe(2);
  });

  it('lists the curricula with live notes or progress', () => {
    const store = writer();
    const note = store.addNote('notes-only', 'a', 'x', T1);
    expect(store.curricula()).toEqual(['notes-only']);
    store.deleteNote(note.id, T2);
    expect(store.curricula()).toEqual([]);
  });
});

describe('housekeeping', () => {
  it('a sound database passes the integrity check', () => {
    const store = writer();
    store.recordChanges('c', [{ item: 'a', status: 'done' }], T1);
    expect(store.integrityCheck()).toEqual([]);
  });

  it('reports a current status without its event', () => {
    const store = writer();
    store.recordChanges('c', [{ item: 'a', status: 'done' }], T1);
    const db = raw();
    db.exec('DELETE FROM events');
    db.close();
    expect(store.integrityCheck()).toEqual(['the current status of c a has no matching event']);
  });
});

describe('concurrency', () => {
  /**
   * Two processes (test/unit/helpers/concurrent-writer.ts) write to one database at the same moment, each
   * in its own transactions. Returns the events as recorded, oldest first, once both have exited.
   */
  async function writeConcurrently(file: string, rounds: number) {
    const bundle = path.join(dir, 'concurrent-writer.cjs');
    await build({
      entryPoints: [CONCURRENT_WRITER],
      outfile: bundle,
      bundle: true,
      platform: 'node',
      format: 'cjs',
      logLevel: 'error',
      // SQLite's addon is found from the sources' folder, as when the tests import them (src/progress/nativeBinding.ts).
      define: { 'import.meta.dirname': JSON.stringify(SOURCES_PROGRESS), 'import.meta.filename': JSON.stringify(path.join(SOURCES_PROGRESS, 'nativeBinding.ts')) },
    });
    const writers = [
      ['one', 'done', 'todo'],
      ['two', 'started', 'skipped'],
    ].map((args) => spawn(process.execPath, [bundle, file, args[0]!, String(rounds), args[1]!, args[2]!], { stdio: ['pipe', 'pipe', 'inherit'] }));
    const exits = writers.map((child) => new Promise<number | null>((resolve) => child.on('exit', resolve)));
    await Promise.all(writers.map((child) => new Promise((resolve) => child.stdout.once('data', resolve))));
    for (const child of writers) child.stdin.end('go\n');
    expect(await Promise.all(exits)).toEqual([0, 0]);
    const store = writer(file);
    const events = store.events();
    expect(store.statusRecords('c').size).toBe(2 * rounds + 1);
    return events;
  }

  it("two processes writing at once lose nothing, and each sees the other's change as `previous`", async () => {
    const rounds = 300;
    // The processes must really overlap (their own items interleaved in the history); a run where one
    // happened to finish before the other started is tried again, a few times at most.
    for (let attempt = 1; ; attempt++) {
      const file = path.join(dir, `attempt-${attempt}.db`);
      // Created first: the two processes share the writes, not the creation of the schema.
      writer(file).close();
      const events = await writeConcurrently(file, rounds);
      for (const name of ['one', 'two']) {
        const own = events.filter((event) => event.item.startsWith(`${name}-`)).map((event) => event.item);
        expect(own).toEqual(Array.from({ length: rounds }, (_, round) => `${name}-${round}`));
      }
      // Each process alternates two statuses of its own, so every change of the shared item is recorded.
      const shared = events.filter((event) => event.item === 'shared');
      expect(shared).toHaveLength(2 * rounds);
      expect(shared[0]?.previous).toBe('todo');
      for (let index = 1; index < shared.length; index++) {
        expect(shared[index]?.previous).toBe(shared[index - 1]?.status);
      }
      const writers = events.filter((event) => event.item !== 'shared').map((event) => event.item.split('-')[0]);
      const turns = writers.filter((name, index) => index > 0 && name !== writers[index - 1]).length;
      if (turns >= 4 || attempt === 5) {
        expect(turns).toBeGreaterThanOrEqual(4);
        break;
      }
    }
  });

  /** Starts a process that holds the write lock for `holdMs`; resolves once it has it. */
  function holdWriteLock(holdMs: number): Promise<{ exited: Promise<number | null> }> {
    const child = spawn(process.execPath, [LOCK_HOLDER, dbPath, String(holdMs)], { stdio: ['ignore', 'pipe', 'inherit'] });
    const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
    return new Promise((resolve, reject) => {
      child.stdout.on('data', (chunk: Buffer) => {
        if (chunk.toString().includes('locked')) resolve({ exited });
      });
      child.on('error', reject);
      void exited.then((code) => reject(new Error(`lock holder exited early (${code})`)));
    });
  }

  it('a write waits for another process holding the lock instead of failing', async () => {
    writer().close();
    const store = writer();
    const holder = await holdWriteLock(400);
    const started = performance.now();
    const result = store.recordChanges('c', [{ item: 'a', status: 'done' }], T1);
    expect(performance.now() - started).toBeGreaterThan(200);
    expect(result.recorded).toHaveLength(1);
    expect(await holder.exited).toBe(0);
  });

  it('a lock held longer than the busy timeout fails with exit 4 and changes nothing', async () => {
    writer().close();
    const store = writer(dbPath, 150);
    const holder = await holdWriteLock(800);
    const error = roadmapError(() => store.recordChanges('c', [{ item: 'a', status: 'done' }], T1));
    expect(error.exitCode).toBe(4);
    expect(error.message).toBe('database is locked by another roadmap process; try again');
    expect(await holder.exited).toBe(0);
    expect(store.events()).toEqual([]);
  });
});

describe('the id a database goes by in a sync folder', () => {
  it('is kept where it was made, and made anew for a copy on another machine or at another path', () => {
    const store = writer();
    const id = store.deviceUid('laptop:/home/me/progress.db');
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(store.deviceUid('laptop:/home/me/progress.db')).toBe(id);
    store.close();

    for (const elsewhere of ['desktop:/home/me/progress.db', 'laptop:/home/me/copy.db']) {
      const copy = path.join(dir, `${elsewhere.split(':')[0]}-${path.basename(elsewhere)}`);
      fs.copyFileSync(dbPath, copy);
      const copied = writer(copy);
      const own = copied.deviceUid(elsewhere);
      expect(own, elsewhere).not.toBe(id);
      expect(copied.deviceUid(elsewhere), elsewhere).toBe(own);
    }
    expect(writer().deviceUid('laptop:/home/me/progress.db')).toBe(id);
  });

  it('is kept by a database that had one before it knew where it was made', () => {
    writer().close();
    const db = new Database(dbPath);
    db.prepare("INSERT INTO metadata (key, value) VALUES ('device-uid', 'made-earlier')").run();
    db.close();
    const store = writer();
    expect(store.deviceUid('laptop:/home/me/progress.db')).toBe('made-earlier');
    expect(store.deviceUid('laptop:/home/me/progress.db')).toBe('made-earlier');
  });
});
