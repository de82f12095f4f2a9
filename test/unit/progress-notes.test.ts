import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { exportProgress, importProgress, parseProgressExport } from '../../src/progress/exchange.js';
import { APPLICATION_ID, MIGRATIONS } from '../../src/progress/migrations.js';
import { ProgressStore } from '../../src/progress/store.js';

let dir: string;
let dbPath: string;
const open: ProgressStore[] = [];

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'roadmap-notes-'));
  dbPath = path.join(dir, 'progress.db');
});

afterEach(() => {
  for (const store of open.splice(0)) store.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

function writer(file = dbPath): ProgressStore {
  const store = ProgressStore.openForWriting(file);
  open.push(store);
  return store;
}

function closeAll(): void {
  for (const store of open.splice(0)) store.close();
}

/** Every byte the database keeps on disk: the file and, if left behind, its WAL. */
function bytesOnDisk(file = dbPath): Buffer {
  const parts = [file, `${file}-wal`].filter((part) => fs.existsSync(part)).map((part) => fs.readFileSync(part));
  return Buffer.concat(parts);
}

const T1 = '2026-11-29T10:00:00.000Z';
const T2 = '2026-11-29T11:00:00.000Z';
const T3 = '2026-11-29T12:00:00.000Z';
const T4 = '2026-11-29T13:00:00.000Z';
const SECRET = 'the words I wanted gone, long enough to stand out in the file';

/** A database as schema 1 left it: a live note, an edited one and a deleted one that kept its text. */
function schemaOneDatabase(): void {
  const db = new Database(dbPath);
  db.exec(MIGRATIONS[0]!.sql);
  db.pragma(`application_id = ${APPLICATION_ID}`);
  db.pragma('user_version = 1');
  const insert = db.prepare('INSERT INTO notes (uid, curriculum, item, text, created_at, updated_at, deleted_at) VALUES (?, ?, ?, ?, ?, ?, ?)');
  insert.run('u-live', 'c', 'a', 'kept', T1, T1, null);
  insert.run('u-edited', 'c', 'a', 'kept, edited', T1, T2, null);
  insert.run('u-gone', 'c', 'b', SECRET, T1, T3, T3);
  db.close();
}

describe('deleting a note', () => {
  it('leaves its tombstone (id, uid, times) and none of its text, in the store, the file and the export', () => {
    const store = writer();
    const kept = store.addNote('c', 'a', 'kept', T1);
    const gone = store.addNote('c', 'b', SECRET, T1);
    store.deleteNote(gone.id, T2);
    const tombstone = store.allNotes().find((note) => note.uid === gone.uid);
    expect(tombstone).toMatchObject({ id: gone.id, uid: gone.uid, item: 'b', text: '', createdAt: T1, updatedAt: T2, deletedAt: T2 });
    expect(store.notes('c').map((note) => note.id)).toEqual([kept.id]);
    expect(JSON.stringify(exportProgress(store, T4))).not.toContain('the words I wanted gone');
    closeAll();
    expect(bytesOnDisk().includes('the words I wanted gone')).toBe(false);
    expect(bytesOnDisk().includes('kept')).toBe(true);
  });

  it('an upgraded database loses the text of notes deleted before, and keeps every live one', () => {
    schemaOneDatabase();
    const store = writer();
    expect(store.allNotes().map((note) => [note.uid, note.text])).toEqual([
      ['u-live', 'kept'],
      ['u-edited', 'kept, edited'],
      ['u-gone', ''],
    ]);
    closeAll();
    expect(bytesOnDisk().includes('the words I wanted gone')).toBe(false);
  });

  it('reading an older database shows no deleted text either (it is migrated in memory)', () => {
    schemaOneDatabase();
    const reading = ProgressStore.openForReading(dbPath)!;
    open.push(reading);
    expect(reading.allNotes().find((note) => note.uid === 'u-gone')?.text).toBe('');
  });
});

describe('importing a deleted note', () => {
  const versionOne = (note: Record<string, unknown>) =>
    JSON.stringify({ format: 'roadmap-progress', version: 1, exportedAt: T4, events: [], notes: [note] });

  it('from an export of version 1, which kept the text, does not bring the text back', () => {
    const store = writer();
    const data = parseProgressExport(versionOne({ uid: 'u1', curriculum: 'c', item: 'a', text: SECRET, createdAt: T1, updatedAt: T2, deletedAt: T2 }), 'old.json');
    expect(importProgress(store, data).notesAdded).toBe(1);
    expect(store.allNotes()).toMatchObject([{ uid: 'u1', text: '', deletedAt: T2 }]);
  });

  it('over the live note here, empties it', () => {
    const store = writer();
    const live = store.addNote('c', 'a', SECRET, T1);
    const data = parseProgressExport(versionOne({ uid: live.uid, curriculum: 'c', item: 'a', text: SECRET, createdAt: T1, updatedAt: T2, deletedAt: T2 }), 'old.json');
    expect(importProgress(store, data).notesUpdated).toBe(1);
    expect(store.allNotes()).toMatchObject([{ uid: live.uid, text: '', deletedAt: T2 }]);
    closeAll();
    expect(bytesOnDisk().includes('the words I wanted gone')).toBe(false);
  });

  it('a current export writes a tombstone with an empty text, and reads it back', () => {
    const store = writer();
    store.deleteNote(store.addNote('c', 'a', SECRET, T1).id, T2);
    const text = JSON.stringify(exportProgress(store, T4));
    expect(JSON.parse(text)).toMatchObject({ version: 3, notes: [{ text: '', deletedAt: T2 }] });
    expect(parseProgressExport(text, 'new.json').notes).toMatchObject([{ text: '', deletedAt: T2 }]);
  });

  it('a live note still needs a text', () => {
    const live = versionOne({ uid: 'u1', curriculum: 'c', item: 'a', text: ' ', createdAt: T1, updatedAt: T1, deletedAt: null });
    expect(() => parseProgressExport(live, 'old.json')).toThrow(/notes\[0\]\.text: must not be empty/);
  });
});

describe('note events (what log shows of notes)', () => {
  const kinds = (store: ProgressStore) => store.noteEvents({ curriculum: 'c' }).map((event) => [event.note, event.kind, event.at]);

  it('records each add, edit and deletion, with the note and its item, and no text', () => {
    const store = writer();
    const first = store.addNote('c', 'a', 'one', T1);
    store.addNote('other', 'x', 'elsewhere', T1);
    store.editNote(first.id, 'one, better', T2);
    store.editNote(first.id, 'one, best', T3);
    store.deleteNote(first.id, T4);
    expect(kinds(store)).toEqual([
      [first.id, 'added', T1],
      [first.id, 'edited', T2],
      [first.id, 'edited', T3],
      [first.id, 'deleted', T4],
    ]);
    expect(store.noteEvents({ curriculum: 'c', since: T3 }).map((event) => event.kind)).toEqual(['edited', 'deleted']);
    expect(store.noteEvents({ curriculum: 'c' })[0]).toEqual({ note: first.id, uid: first.uid, curriculum: 'c', item: 'a', kind: 'added', at: T1 });
    expect(store.noteEvents()).toHaveLength(5);
  });

  it('an upgraded database has the events its notes show: added, last edited, deleted', () => {
    schemaOneDatabase();
    const events = writer().noteEvents({ curriculum: 'c' }).map((event) => [event.uid, event.kind, event.at]);
    expect(events).toEqual([
      ['u-live', 'added', T1],
      ['u-edited', 'added', T1],
      ['u-gone', 'added', T1],
      ['u-edited', 'edited', T2],
      ['u-gone', 'deleted', T3],
    ]);
  });

  it('import records what the notes it brings did, once', () => {
    const source = writer(path.join(dir, 'source.db'));
    const edited = source.addNote('c', 'a', 'draft', T1);
    source.editNote(edited.id, 'final', T2);
    source.deleteNote(source.addNote('c', 'b', 'gone', T1).id, T3);
    const target = writer();
    const data = exportProgress(source, T4);
    importProgress(target, data);
    importProgress(target, data);
    expect(target.noteEvents({ curriculum: 'c' }).map((event) => [event.item, event.kind, event.at])).toEqual([
      ['a', 'added', T1],
      ['b', 'added', T1],
      ['a', 'edited', T2],
      ['b', 'deleted', T3],
    ]);
    // A later deletion arriving for a note we have: one deletion.
    const live = target.addNote('c', 'd', 'mine', T1);
    const deletion = { ...data, notes: [{ uid: live.uid, curriculum: 'c', item: 'd', text: '', createdAt: T1, updatedAt: T4, deletedAt: T4 }] };
    importProgress(target, deletion);
    importProgress(target, deletion);
    expect(target.noteEvents({ curriculum: 'c' }).filter((event) => event.uid === live.uid).map((event) => event.kind)).toEqual(['added', 'deleted']);
  });
});
