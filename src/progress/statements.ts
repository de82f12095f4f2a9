/**
 * Every SQL statement the store runs, each prepared at most once per connection and only when
 * first used (a reading command needs three or four of them; preparing all would be wasted
 * start-up time). All values are bound parameters; no SQL is ever built from data.
 */
import type Database from 'better-sqlite3';
import type { NoteEvent, NoteEventKind, ProgressEvent, Status } from '../model/progress.js';

/** A reviews row, `hard` as SQLite keeps it (0 or 1). */
export interface ReviewRow {
  id: number;
  uid: string;
  curriculum: string;
  item: string;
  hard: 0 | 1;
  at: string;
}

/** An events row: its columns are named as ProgressEvent's fields. */
export type EventRow = ProgressEvent;

export interface NoteRow {
  id: number;
  uid: string;
  curriculum: string;
  item: string;
  text: string;
  created_at: string;
  updated_at: string;
  deleted_at: string | null;
}

/** uid, curriculum, item, status, previous, at */
type EventValues = [string, string, string, Status, Status, string];
/** curriculum, item, status, at, event_uid */
type CurrentValues = [string, string, Status, string, string];
/** uid, curriculum, item, text, created_at, updated_at, deleted_at */
type NoteValues = [string, string, string, string, string, string, string | null];
/** since ('' = from the start), limit (-1 = no limit) */
type EventQueryValues = [string, number];

const EVENT_COLUMNS = 'id, uid, curriculum, item, status, previous, at';
/** The ids of several curricula (a whole course's parts), given as one JSON array parameter. */
const IDS_OF_JSON = '(SELECT value FROM json_each(?))';
const NOTE_COLUMNS = 'id, uid, curriculum, item, text, created_at, updated_at, deleted_at';

const UPSERT_CURRENT = `
  INSERT INTO current (curriculum, item, status, at, event_uid) VALUES (?, ?, ?, ?, ?)
  ON CONFLICT (curriculum, item) DO UPDATE
    SET status = excluded.status, at = excluded.at, event_uid = excluded.event_uid`;

export class Statements {
  private readonly cache = new Map<string, unknown>();

  constructor(private readonly db: Database.Database) {}

  private prepared<P extends unknown[], R>(sql: string): Database.Statement<P, R> {
    let statement = this.cache.get(sql) as Database.Statement<P, R> | undefined;
    if (statement === undefined) {
      statement = this.db.prepare<P, R>(sql);
      this.cache.set(sql, statement);
    }
    return statement;
  }

  // --- status ---------------------------------------------------------------------------------

  get currentStatus() {
    return this.prepared<[string, string], Status>('SELECT status FROM current WHERE curriculum = ? AND item = ?').pluck();
  }

  /** item, status, at — as arrays: one row object fewer per item (tens of thousands on a big curriculum). */
  get currentRows() {
    return this.prepared<[string], [string, Status, string]>('SELECT item, status, at FROM current WHERE curriculum = ?').raw();
  }

  get insertEvent() {
    return this.prepared<EventValues, never>(
      'INSERT INTO events (uid, curriculum, item, status, previous, at) VALUES (?, ?, ?, ?, ?, ?)',
    );
  }

  /** Import: an event whose uid is already here is left alone (`changes` is then 0). */
  get insertEventIfNew() {
    return this.prepared<EventValues, never>(
      `INSERT INTO events (uid, curriculum, item, status, previous, at) VALUES (?, ?, ?, ?, ?, ?)
       ON CONFLICT (uid) DO NOTHING`,
    );
  }

  /** A local command: its status takes effect, whatever the clock says. */
  get setCurrent() {
    return this.prepared<CurrentValues, never>(UPSERT_CURRENT);
  }

  /** Import: move to the imported event only if it is later (by at, then uid) than the one shown now. */
  get advanceCurrent() {
    return this.prepared<CurrentValues, never>(
      `${UPSERT_CURRENT}
       WHERE excluded.at > current.at OR (excluded.at = current.at AND excluded.event_uid > current.event_uid)`,
    );
  }

  // --- history --------------------------------------------------------------------------------

  private eventsSql(where: string, newestFirst: boolean): string {
    const order = newestFirst ? 'at DESC, id DESC' : 'at, id';
    return `SELECT ${EVENT_COLUMNS} FROM events WHERE ${where} ORDER BY ${order} LIMIT ?`;
  }

  /** curriculum, since, limit */
  eventsOfCurriculum(newestFirst: boolean) {
    return this.prepared<[string, ...EventQueryValues], EventRow>(this.eventsSql('curriculum = ? AND at >= ?', newestFirst));
  }

  /**
   * curricula (a JSON array of ids), since, limit. One id has its own statement above: it reads the index in
   * order and stops at the limit, where this one sorts every matching event first.
   */
  eventsOfCurricula(newestFirst: boolean) {
    return this.prepared<[string, ...EventQueryValues], EventRow>(this.eventsSql(`curriculum IN ${IDS_OF_JSON} AND at >= ?`, newestFirst));
  }

  /** since, limit */
  eventsOfAll(newestFirst: boolean) {
    return this.prepared<EventQueryValues, EventRow>(this.eventsSql('at >= ?', newestFirst));
  }

  /** Export order: by time, then the order recorded here, which import keeps (it inserts in file order). */
  get allEventsForExport() {
    return this.prepared<[], EventRow>(`SELECT ${EVENT_COLUMNS} FROM events ORDER BY at, id`);
  }

  // --- notes ----------------------------------------------------------------------------------

  get insertNote() {
    return this.prepared<NoteValues, never>(
      `INSERT INTO notes (uid, curriculum, item, text, created_at, updated_at, deleted_at)
       VALUES (?, ?, ?, ?, ?, ?, ?)`,
    );
  }

  /** curricula as a JSON array of ids (one id too: the notes are sorted apart from the index either way) */
  get notesOfCurricula() {
    return this.prepared<[string], NoteRow>(
      `SELECT ${NOTE_COLUMNS} FROM notes WHERE curriculum IN ${IDS_OF_JSON} AND deleted_at IS NULL ORDER BY created_at, id`,
    );
  }

  get liveNoteById() {
    return this.prepared<[number], NoteRow>(`SELECT ${NOTE_COLUMNS} FROM notes WHERE id = ? AND deleted_at IS NULL`);
  }

  get noteByUid() {
    return this.prepared<[string], NoteRow>(`SELECT ${NOTE_COLUMNS} FROM notes WHERE uid = ?`);
  }

  /** text, updated_at, id */
  get editNote() {
    return this.prepared<[string, string, number], never>('UPDATE notes SET text = ?, updated_at = ? WHERE id = ?');
  }

  /** deleted_at, updated_at (the same instant: a deletion is the note's last update), id. The text goes: see migrations.ts. */
  get deleteNote() {
    return this.prepared<[string, string, number], never>("UPDATE notes SET deleted_at = ?, updated_at = ?, text = '' WHERE id = ?");
  }

  /** note_uid, kind, at */
  get insertNoteEvent() {
    return this.prepared<[string, NoteEventKind, string], never>('INSERT INTO note_events (note_uid, kind, at) VALUES (?, ?, ?)');
  }

  private noteEventsSql(where: string): string {
    return `SELECT n.id AS note, n.uid, n.curriculum, n.item, e.kind, e.at
            FROM note_events AS e JOIN notes AS n ON n.uid = e.note_uid
            WHERE ${where} ORDER BY e.at, e.id`;
  }

  /** curricula (a JSON array of ids), since */
  get noteEventsOfCurricula() {
    return this.prepared<[string, string], NoteEvent>(this.noteEventsSql(`n.curriculum IN ${IDS_OF_JSON} AND e.at >= ?`));
  }

  /**
   * curricula (a JSON array of ids, three times): the instant of every status change, review and note change
   * in them, in no order. Only the column the heat map, the streak and the forecast count, for a history of
   * 100,000 events.
   */
  get activityInstants() {
    return this.prepared<[string, string, string], string>(
      `SELECT at FROM events WHERE curriculum IN ${IDS_OF_JSON}
       UNION ALL SELECT at FROM reviews WHERE curriculum IN ${IDS_OF_JSON}
       UNION ALL SELECT e.at FROM note_events AS e JOIN notes AS n ON n.uid = e.note_uid WHERE n.curriculum IN ${IDS_OF_JSON}`,
    ).pluck();
  }

  /** since */
  get noteEventsOfAll() {
    return this.prepared<[string], NoteEvent>(this.noteEventsSql('e.at >= ?'));
  }

  /** Import: the newer version of a note we have; uid last. */
  get replaceNote() {
    return this.prepared<[string, string, string, string, string | null, string], never>(
      'UPDATE notes SET curriculum = ?, item = ?, text = ?, updated_at = ?, deleted_at = ? WHERE uid = ?',
    );
  }

  /** Export: tombstones included, so deletions travel. */
  get allNotesForExport() {
    return this.prepared<[], NoteRow>(`SELECT ${NOTE_COLUMNS} FROM notes ORDER BY created_at, id`);
  }

  // --- reviews --------------------------------------------------------------------------------

  /** uid, curriculum, item, hard, at. A uid already here is left alone (import: `changes` is then 0). */
  get insertReviewIfNew() {
    return this.prepared<[string, string, string, 0 | 1, string], never>(
      `INSERT INTO reviews (uid, curriculum, item, hard, at) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT (uid) DO NOTHING`,
    );
  }

  /** curricula (a JSON array of ids), since: time order, then the order recorded here. */
  get reviewsOfCurricula() {
    return this.prepared<[string, string], ReviewRow>(
      `SELECT id, uid, curriculum, item, hard, at FROM reviews WHERE curriculum IN ${IDS_OF_JSON} AND at >= ? ORDER BY at, id`,
    );
  }

  get allReviewsForExport() {
    return this.prepared<[], ReviewRow>('SELECT id, uid, curriculum, item, hard, at FROM reviews ORDER BY at, id');
  }

  // --- metadata -------------------------------------------------------------------------------

  get metadataValue() {
    return this.prepared<[string], string>('SELECT value FROM metadata WHERE key = ?').pluck();
  }

  /** key, value. */
  get setMetadata() {
    return this.prepared<[string, string], never>('INSERT INTO metadata (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value');
  }

  // --- housekeeping ---------------------------------------------------------------------------

  get curricula() {
    return this.prepared<[], string>(
      'SELECT curriculum FROM current UNION SELECT curriculum FROM notes WHERE deleted_at IS NULL UNION SELECT curriculum FROM reviews ORDER BY 1',
    ).pluck();
  }

  /** `current` rows whose event is missing: cannot happen through this code, but doctor should say so. */
  get currentWithoutEvent() {
    return this.prepared<[], { curriculum: string; item: string }>(
      `SELECT c.curriculum, c.item FROM current AS c
       WHERE NOT EXISTS (SELECT 1 FROM events AS e WHERE e.uid = c.event_uid)
       ORDER BY c.curriculum, c.item`,
    );
  }
}
