/**
 * The progress database: status events, the current status of each item, and notes, in one
 * SQLite file (schema and its reasons: migrations.ts).
 *
 * Opening
 * - For reading: a missing file gives `null` and nothing is created (no file, directory, -wal or
 *   -shm). The connection is read-only. A file from an OLDER schema is not migrated — that would
 *   be a write — but copied into memory and migrated there, so reading commands see everything
 *   right after an upgrade; the next command that writes migrates the file itself. (SQLite's
 *   read-only WAL connection may still create the -wal/-shm companions of an EXISTING database,
 *   as any reader of a WAL database does; the database file itself is never changed.) Where those
 *   companions cannot be created (a read-only folder: a backup disk, another user's files), the
 *   database is read from a private copy instead, so `export` can always rescue what it holds.
 * - For writing: creates the directory (0700) and file (0600), then WAL mode (readers never block
 *   the writer), synchronous=NORMAL (durable at checkpoints, never corrupt — the usual WAL
 *   setting) and a busy timeout, so concurrent commands queue instead of failing.
 * - Either way, the file is identified before anything is written: damaged, foreign or newer
 *   databases are refused with exit 4 and left byte for byte as they were.
 *
 * Writing: every write method runs in one `BEGIN IMMEDIATE` transaction, which takes the write
 * lock up front, so two processes cannot both read "todo" and both record "todo → done".
 * `transaction()` groups several of them (status changes plus a note) into one; nested calls
 * become savepoints of the outer transaction.
 */
import { chmodSync, copyFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type Database from 'better-sqlite3';
import { makeDirectory } from '../files/makeDirectory.js';
import { statOrUndefined } from '../files/statOrUndefined.js';
import { usageError } from '../errors.js';
import { messages } from '../messages/index.js';
import { canonicalInstant, requireInstant } from './instant.js';
import { openDatabase } from './nativeBinding.js';
import { APPLICATION_ID, SCHEMA_VERSION, applyMigrations, userVersion } from './migrations.js';
import { type NoteRow, type ReviewRow, Statements } from './statements.js';
import { randomUuid } from './randomUuid.js';
import { directoryError, foreignDatabaseError, newerSchemaError, translateStorageError } from './storageErrors.js';
import type { Note, NoteEvent, ProgressEvent, ReviewEvent, Status, StatusRecord } from '../model/progress.js';

/** How long a command waits for another one's write to finish before giving up with exit 4. */
export const BUSY_TIMEOUT_MS = 5000;

export interface OpenOptions {
  /** Default BUSY_TIMEOUT_MS; tests shorten it. */
  busyTimeoutMs?: number;
}

export interface StatusChange {
  item: string;
  status: Status;
  /**
   * The status the learner sees now, when the caller knows better than this item's own record: progress
   * recorded under a former id (an alias) counts for the live item. Read inside the same transaction.
   */
  previous?: Status;
}

export interface RecordResult {
  /** One event per item whose status changed, in the order the items were given. */
  recorded: ProgressEvent[];
  /** Items that already had the requested status: nothing was recorded for them. */
  unchanged: StatusChange[];
}

/**
 * A curriculum id, or several: a whole course reads the records of all its parts (each item's progress is
 * stored under its part's id).
 */
export type CurriculumIds = string | readonly string[];

/**
 * The lower bound of a history query as the stored instants are written (canonicalInstant), or '' (before
 * everything) when none is given; a value that is not a date and time is a usage error.
 */
function sinceOf(since?: string): string {
  if (since === undefined) return '';
  const instant = canonicalInstant(since);
  if (instant === undefined) throw usageError(messages().progress.notADateTime({ value: since }));
  return instant;
}

/** The ids as the JSON array parameter the statements over several curricula take. */
function idsJson(curriculum: CurriculumIds): string {
  return JSON.stringify(typeof curriculum === 'string' ? [curriculum] : curriculum);
}

export interface EventQuery {
  curriculum?: CurriculumIds;
  /** ISO 8601 date-time with a zone; events at or after it. */
  since?: string;
  limit?: number;
  /** Default: oldest first. */
  newestFirst?: boolean;
}

/** A note as stored, tombstones included (what export and import deal in). */
export interface StoredNote extends Note {
  deletedAt: string | null;
}

export type NoteMerge = 'added' | 'updated' | 'skipped';

type FileState = { kind: 'empty' } | { kind: 'roadmap'; version: number };

/**
 * Reads the header and schema without writing, in one statement. Counting sqlite_schema makes SQLite parse
 * page 1, so a damaged or non-SQLite file fails here (SQLITE_NOTADB / SQLITE_CORRUPT) before any pragma
 * that could write to it.
 */
function inspect(db: Database.Database, file: string): FileState {
  const header = db
    .prepare(
      `SELECT (SELECT count(*) FROM sqlite_schema) AS objects,
              (SELECT application_id FROM pragma_application_id) AS applicationId,
              (SELECT user_version FROM pragma_user_version) AS version`,
    )
    .get() as { objects: number; applicationId: number; version: number };
  if (header.applicationId === APPLICATION_ID) return { kind: 'roadmap', version: header.version };
  if (header.applicationId === 0 && header.version === 0 && header.objects === 0) return { kind: 'empty' };
  throw foreignDatabaseError(file);
}

/** A database in memory holding `db`'s content; writing to it changes nothing on disk. */
function inMemory(db: Database.Database): Database.Database {
  const image = db.serialize();
  // Header bytes 18–19 are the file format's write/read versions; 2 means WAL, which an in-memory
  // database cannot use, so mark the copy as a rollback-journal database.
  image[18] = 1;
  image[19] = 1;
  return openDatabase(image);
}

/** An in-memory copy of an older database, migrated, for reading without touching the file. */
function migratedCopy(db: Database.Database, from: number): Database.Database {
  const copy = inMemory(db);
  copy.transaction(() => applyMigrations(copy, from)).immediate();
  return copy;
}

/**
 * Whether SQLite refused to read because it may not write: a reader of a WAL database needs its -shm
 * file, and creating it fails in a folder this user cannot write (SQLITE_READONLY_DIRECTORY and kin, or
 * SQLITE_CANTOPEN when a -wal file is there to be read).
 */
function needsWritableFolder(error: unknown): boolean {
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' && (code.startsWith('SQLITE_READONLY') || code.startsWith('SQLITE_CANTOPEN'));
}

/**
 * `file` read through a private copy: the database and its -wal (changes not yet written back into the
 * file) are copied into a temporary folder of our own, where SQLite may create what it needs, read into
 * memory, and the folder removed at once. Undefined when the file cannot even be copied.
 */
function privateCopy(file: string, timeout: number): Database.Database | undefined {
  // node:os on this rare path only: every command opens the store, few need a private copy of it.
  const folder = mkdtempSync(join(process.getBuiltinModule('node:os').tmpdir(), 'roadmap-read-'));
  try {
    const copy = join(folder, 'progress.db');
    try {
      copyFileSync(file, copy);
      if (existsSync(`${file}-wal`)) copyFileSync(`${file}-wal`, `${copy}-wal`);
    } catch {
      return undefined;
    }
    const db = openDatabase(copy, { readonly: true, fileMustExist: true, timeout });
    try {
      return inMemory(db);
    } finally {
      db.close();
    }
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

/** A read-only connection to `file` and what it holds; from a private copy where SQLite cannot read in place. */
function openReadOnly(file: string, timeout: number): { db: Database.Database; state: FileState } {
  let db: Database.Database | undefined;
  try {
    db = openDatabase(file, { readonly: true, fileMustExist: true, timeout });
    return { db, state: inspect(db, file) };
  } catch (error) {
    db?.close();
    const copy = needsWritableFolder(error) ? privateCopy(file, timeout) : undefined;
    if (copy === undefined) throw error;
    try {
      return { db: copy, state: inspect(copy, file) };
    } catch (copyError) {
      copy.close();
      throw copyError;
    }
  }
}

/** existsSync(file), but a directory there is refused: SQLite would report it as an input/output error. */
function databaseExists(file: string): boolean {
  const found = statOrUndefined(file);
  if (found?.isDirectory()) throw directoryError(file);
  return Boolean(found);
}

function migrate(db: Database.Database, file: string): void {
  db.transaction(() => {
    // Read again under the write lock: another process may have migrated since we looked.
    const version = userVersion(db);
    if (version > SCHEMA_VERSION) throw newerSchemaError(file, version, SCHEMA_VERSION);
    if (version < SCHEMA_VERSION) applyMigrations(db, version);
  }).immediate();
}

function toNote(row: NoteRow): Note {
  return {
    id: row.id,
    uid: row.uid,
    curriculum: row.curriculum,
    item: row.item,
    text: row.text,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

function toStoredNote(row: NoteRow): StoredNote {
  return { ...toNote(row), deletedAt: row.deleted_at };
}

function toReview(row: ReviewRow): ReviewEvent {
  return { id: row.id, uid: row.uid, curriculum: row.curriculum, item: row.item, hard: row.hard === 1, at: row.at };
}

/** The metadata key of the id this database goes by in a sync folder. */
const DEVICE_UID = 'device-uid';
/**
 * The metadata key of where that id was made: the machine and the database's path. A copy of the file
 * found elsewhere (another machine, another path) takes an id of its own: two copies writing one sync
 * file would each replace what the other shared.
 */
const DEVICE_HOME = 'device-home';

function noSuchNote(id: number) {
  return usageError(messages().progress.noSuchNote({ id }));
}

export class ProgressStore {
  private readonly statements: Statements;

  private constructor(
    private readonly db: Database.Database,
    /** The database file, as given (used in error messages). */
    readonly path: string,
    readonly readOnly: boolean,
  ) {
    this.statements = new Statements(db);
  }

  static openForReading(file: string, options: OpenOptions = {}): ProgressStore | null {
    let db: Database.Database | undefined;
    try {
      if (!databaseExists(file)) return null;
      const opened = openReadOnly(file, options.busyTimeoutMs ?? BUSY_TIMEOUT_MS);
      db = opened.db;
      const state = opened.state;
      // A file created but never migrated holds no progress: the same as no file.
      if (state.kind === 'empty') {
        db.close();
        return null;
      }
      if (state.version > SCHEMA_VERSION) throw newerSchemaError(file, state.version, SCHEMA_VERSION);
      if (state.version < SCHEMA_VERSION) {
        const copy = migratedCopy(db, state.version);
        db.close();
        db = copy;
      }
      return new ProgressStore(db, file, true);
    } catch (error) {
      db?.close();
      throw translateStorageError(error, file);
    }
  }

  static openForWriting(file: string, options: OpenOptions = {}): ProgressStore {
    let db: Database.Database | undefined;
    try {
      makeDirectory(dirname(file));
      const existed = databaseExists(file);
      // `timeout` is SQLite's busy timeout: wait this long for another writer's lock.
      db = openDatabase(file, { timeout: options.busyTimeoutMs ?? BUSY_TIMEOUT_MS });
      if (!existed) restrictToOwner(file);
      const state = inspect(db, file);
      const version = state.kind === 'empty' ? 0 : state.version;
      if (version > SCHEMA_VERSION) throw newerSchemaError(file, version, SCHEMA_VERSION);
      db.pragma('journal_mode = WAL');
      db.pragma('synchronous = NORMAL');
      if (version < SCHEMA_VERSION) migrate(db, file);
      return new ProgressStore(db, file, false);
    } catch (error) {
      db?.close();
      throw translateStorageError(error, file);
    }
  }

  /** Runs `fn`, turning SQLite's errors into the exit-4 messages users see. */
  private guard<T>(fn: () => T): T {
    try {
      return fn();
    } catch (error) {
      throw translateStorageError(error, this.path);
    }
  }

  private writable(): void {
    if (this.readOnly) throw new Error(`progress database ${this.path} was opened for reading`);
  }

  /**
   * The merge methods write several rows that only make sense together, and an import is all or none: they
   * are steps of a `transaction()`, never writes on their own.
   */
  private withinTransaction(method: string): void {
    this.writable();
    if (!this.db.inTransaction) throw new Error(`${method} must be called within transaction()`);
  }

  /** Runs `fn` in one immediate transaction: all of its writes or none. */
  transaction<T>(fn: () => T): T {
    this.writable();
    return this.guard(() => this.db.transaction(fn).immediate());
  }

  // --- status ---------------------------------------------------------------------------------

  /**
   * The status of every item of `curriculum` that was ever changed (items not listed are todo). Read from
   * several ids, an item recorded under more than one counts with its latest record.
   */
  statusRecords(curriculum: CurriculumIds): Map<string, StatusRecord> {
    return this.guard(() => {
      const records = new Map<string, StatusRecord>();
      for (const id of typeof curriculum === 'string' ? [curriculum] : curriculum) {
        for (const [item, status, at] of this.statements.currentRows.all(id)) {
          const known = records.get(item);
          if (known === undefined || at > known.at) records.set(item, { status, at });
        }
      }
      return records;
    });
  }

  /**
   * Sets each item's status, recording an event for each one that changes. The current status
   * is read inside the write transaction, so a concurrent command cannot slip in between.
   * An item given more than once is handled once, with the first status given for it. `curriculum` is
   * the id to record under, or, for a whole course, what gives each item's (its part's id).
   */
  recordChanges(curriculum: string | ((item: string) => string), changes: readonly StatusChange[], at: string): RecordResult {
    const homeOf = typeof curriculum === 'string' ? () => curriculum : curriculum;
    const when = requireInstant(at, 'at');
    return this.transaction(() => {
      const seen = new Set<string>();
      const recorded: ProgressEvent[] = [];
      const unchanged: StatusChange[] = [];
      for (const { item, status, previous: known } of changes) {
        if (seen.has(item)) continue;
        seen.add(item);
        const curriculum = homeOf(item);
        const previous = known ?? this.statements.currentStatus.get(curriculum, item) ?? 'todo';
        if (previous === status) {
          unchanged.push({ item, status });
          continue;
        }
        const uid = randomUuid();
        const { lastInsertRowid } = this.statements.insertEvent.run(uid, curriculum, item, status, previous, when);
        this.statements.setCurrent.run(curriculum, item, status, when, uid);
        recorded.push({ id: Number(lastInsertRowid), uid, curriculum, item, status, previous, at: when });
      }
      return { recorded, unchanged };
    });
  }

  // --- history --------------------------------------------------------------------------------

  /** Events in time order (ties: the order they were recorded here), oldest first by default. */
  events(query: EventQuery = {}): ProgressEvent[] {
    const since = sinceOf(query.since);
    const limit = query.limit ?? -1;
    if (!Number.isSafeInteger(limit) || limit < -1) throw new Error(`limit must be a whole number, got ${limit}`);
    const newestFirst = query.newestFirst ?? false;
    return this.guard(() =>
      query.curriculum === undefined
        ? this.statements.eventsOfAll(newestFirst).all(since, limit)
        : typeof query.curriculum === 'string'
          ? this.statements.eventsOfCurriculum(newestFirst).all(query.curriculum, since, limit)
          : this.statements.eventsOfCurricula(newestFirst).all(idsJson(query.curriculum), since, limit),
    );
  }

  /** When anything was recorded in `curriculum`: every status change, review and note added, edited or deleted, in no order. */
  activityInstants(curriculum: CurriculumIds): string[] {
    const ids = idsJson(curriculum);
    return this.guard(() => this.statements.activityInstants.all(ids, ids, ids));
  }

  /** Every event, in export order: time, then the order they were recorded here (kept on import, so a round trip keeps it). */
  allEvents(): ProgressEvent[] {
    return this.guard(() => this.statements.allEventsForExport.all());
  }

  /**
   * Import, within `transaction()`: adds an event recorded elsewhere unless its uid is already here (returns false).
   * The item's current status moves to it only if it is later than the event shown now, so
   * merging old history never overrides a newer status.
   */
  mergeEvent(event: Omit<ProgressEvent, 'id'>): boolean {
    this.withinTransaction('mergeEvent');
    return this.guard(() => {
      const { uid, curriculum, item, status, previous } = event;
      const at = requireInstant(event.at, 'at');
      const { changes } = this.statements.insertEventIfNew.run(uid, curriculum, item, status, previous, at);
      if (changes === 0) return false;
      this.statements.advanceCurrent.run(curriculum, item, status, at, uid);
      return true;
    });
  }

  // --- notes ----------------------------------------------------------------------------------

  addNote(curriculum: string, item: string, text: string, at: string): Note {
    if (text.trim() === '') throw usageError(messages().progress.emptyNote);
    const when = requireInstant(at, 'at');
    const uid = randomUuid();
    return this.transaction(() => {
      const { lastInsertRowid } = this.statements.insertNote.run(uid, curriculum, item, text, when, when, null);
      this.statements.insertNoteEvent.run(uid, 'added', when);
      return { id: Number(lastInsertRowid), uid, curriculum, item, text, createdAt: when, updatedAt: when };
    });
  }

  /** Live notes of a curriculum, oldest first (by item: see src/commands/noteViews.ts, which follows renames). */
  notes(curriculum: CurriculumIds): Note[] {
    return this.guard(() => this.statements.notesOfCurricula.all(idsJson(curriculum)).map(toNote));
  }

  note(id: number): Note | undefined {
    return this.guard(() => {
      const row = this.statements.liveNoteById.get(id);
      return row === undefined ? undefined : toNote(row);
    });
  }

  /** Unknown or deleted id: usage error (exit 2). */
  editNote(id: number, text: string, at: string): Note {
    if (text.trim() === '') throw usageError(messages().progress.emptyNote);
    const when = requireInstant(at, 'at');
    return this.transaction(() => {
      const row = this.statements.liveNoteById.get(id);
      if (row === undefined) throw noSuchNote(id);
      this.statements.editNote.run(text, when, id);
      this.statements.insertNoteEvent.run(row.uid, 'edited', when);
      return { ...toNote(row), text, updatedAt: when };
    });
  }

  /**
   * Deletes the note's text and keeps its tombstone, so that the deletion travels in exports (see
   * migrations.ts). Returns the note as it was, for the command to confirm what went.
   */
  deleteNote(id: number, at: string): Note {
    const when = requireInstant(at, 'at');
    return this.transaction(() => {
      const row = this.statements.liveNoteById.get(id);
      if (row === undefined) throw noSuchNote(id);
      this.overwriteFreedBytes();
      this.statements.deleteNote.run(when, when, id);
      this.statements.insertNoteEvent.run(row.uid, 'deleted', when);
      return toNote(row);
    });
  }

  /** A deleted text must not linger in the file's free space; SQLite then zeroes what it frees. */
  private overwriteFreedBytes(): void {
    this.db.pragma('secure_delete = ON');
  }

  /** Note additions, edits and deletions in time order (ties: the order recorded here); see `log`. */
  noteEvents(query: Pick<EventQuery, 'curriculum' | 'since'> = {}): NoteEvent[] {
    const since = sinceOf(query.since);
    return this.guard(() =>
      query.curriculum === undefined
        ? this.statements.noteEventsOfAll.all(since)
        : this.statements.noteEventsOfCurricula.all(idsJson(query.curriculum), since),
    );
  }

  /** Every note, deleted ones included, in export order (creation time, then the order added here). */
  allNotes(): StoredNote[] {
    return this.guard(() => this.statements.allNotesForExport.all().map(toStoredNote));
  }

  /**
   * Import, within `transaction()`: a note we do not have is added (tombstones too, so the deletion sticks); one we have
   * is replaced only by a strictly newer `updatedAt`. On a tie a deletion wins, so two machines
   * that merge each other's exports end up the same. A tombstone never brings text with it (an
   * export from before deleted notes lost their text still carries it). The changes a note
   * brings are recorded for `log`.
   */
  mergeNote(note: Omit<StoredNote, 'id'>): NoteMerge {
    this.withinTransaction('mergeNote');
    const createdAt = requireInstant(note.createdAt, 'createdAt');
    const updatedAt = requireInstant(note.updatedAt, 'updatedAt');
    const deletedAt = note.deletedAt === null ? null : requireInstant(note.deletedAt, 'deletedAt');
    const text = deletedAt === null ? note.text : '';
    return this.guard(() => {
      const { uid, curriculum, item } = note;
      const mine = this.statements.noteByUid.get(uid);
      if (mine === undefined) {
        this.statements.insertNote.run(uid, curriculum, item, text, createdAt, updatedAt, deletedAt);
        this.statements.insertNoteEvent.run(uid, 'added', createdAt);
        if (deletedAt === null && updatedAt !== createdAt) this.statements.insertNoteEvent.run(uid, 'edited', updatedAt);
        if (deletedAt !== null) this.statements.insertNoteEvent.run(uid, 'deleted', deletedAt);
        return 'added';
      }
      const newer =
        updatedAt > mine.updated_at || (updatedAt === mine.updated_at && deletedAt !== null && mine.deleted_at === null);
      if (!newer) return 'skipped';
      if (deletedAt !== null) this.overwriteFreedBytes();
      this.statements.replaceNote.run(curriculum, item, text, updatedAt, deletedAt, uid);
      if (deletedAt === null) this.statements.insertNoteEvent.run(uid, 'edited', updatedAt);
      else if (mine.deleted_at === null) this.statements.insertNoteEvent.run(uid, 'deleted', deletedAt);
      return 'updated';
    });
  }

  // --- reviews --------------------------------------------------------------------------------

  /**
   * Records a review of each topic in `items`, all at `at`, in one transaction; each under its own curriculum
   * id (in a whole course, its part's).
   */
  recordReviews(items: readonly { curriculum: string; item: string }[], hard: boolean, at: string): ReviewEvent[] {
    const when = requireInstant(at, 'at');
    const once = new Map(items.map((entry) => [`${entry.curriculum}\0${entry.item}`, entry]));
    return this.transaction(() =>
      [...once.values()].map(({ curriculum, item }) => {
        const uid = randomUuid();
        const { lastInsertRowid } = this.statements.insertReviewIfNew.run(uid, curriculum, item, hard ? 1 : 0, when);
        return { id: Number(lastInsertRowid), uid, curriculum, item, hard, at: when };
      }),
    );
  }

  /** The reviews of a curriculum (or of the parts of a course) in time order (ties: the order recorded here). */
  reviews(query: { curriculum: CurriculumIds; since?: string }): ReviewEvent[] {
    const since = sinceOf(query.since);
    return this.guard(() => this.statements.reviewsOfCurricula.all(idsJson(query.curriculum), since).map(toReview));
  }

  /** Every review, in export order (time, then the order recorded here). */
  allReviews(): ReviewEvent[] {
    return this.guard(() => this.statements.allReviewsForExport.all().map(toReview));
  }

  /** Import, within `transaction()`: adds a review recorded elsewhere unless its uid is already here (returns false). */
  mergeReview(review: Omit<ReviewEvent, 'id'>): boolean {
    this.withinTransaction('mergeReview');
    const at = requireInstant(review.at, 'at');
    return this.guard(() => {
      const { changes } = this.statements.insertReviewIfNew.run(review.uid, review.curriculum, review.item, review.hard ? 1 : 0, at);
      return changes > 0;
    });
  }

  // --- this database --------------------------------------------------------------------------

  /**
   * The random id this database goes by in a sync folder, made the first time it is asked for and kept
   * in the database, so it follows the progress it names (not the user). `home` is where the database is
   * now (`machine:path`): a copy of the file on another machine or at another path makes an id of its own,
   * while the database that stayed keeps its id.
   */
  deviceUid(home: string): string {
    return this.transaction(() => {
      const uid = this.statements.metadataValue.get(DEVICE_UID);
      const knownHome = this.statements.metadataValue.get(DEVICE_HOME);
      if (knownHome !== home) this.statements.setMetadata.run(DEVICE_HOME, home);
      // An id made before homes were kept stays: the database is taken to be where it always was.
      if (uid !== undefined && (knownHome === undefined || knownHome === home)) return uid;
      const fresh = randomUuid();
      this.statements.setMetadata.run(DEVICE_UID, fresh);
      return fresh;
    });
  }

  // --- housekeeping ---------------------------------------------------------------------------

  /** Problems found, one per line; empty when the database is sound. */
  integrityCheck(): string[] {
    return this.guard(() => {
      const rows = this.db.pragma('integrity_check') as { integrity_check: string }[];
      const problems = rows.map((row) => row.integrity_check).filter((line) => line !== 'ok');
      for (const { curriculum, item } of this.statements.currentWithoutEvent.all()) {
        problems.push(`the current status of ${curriculum} ${item} has no matching event`);
      }
      return problems;
    });
  }

  /** Ids of the curricula with progress or notes here, sorted. */
  curricula(): string[] {
    return this.guard(() => this.statements.curricula.all());
  }

  close(): void {
    if (this.db.open) this.db.close();
  }
}

/** Progress and notes are personal: a new database is readable by its owner only (a no-op on Windows). */
function restrictToOwner(file: string): void {
  try {
    chmodSync(file, 0o600);
  } catch {
    // Not worth failing the command over: the directory is already 0700 when we created it.
  }
}
