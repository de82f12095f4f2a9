/**
 * The database schema, as an ordered list of forward migrations. `PRAGMA user_version` holds the
 * number of the last one applied; `PRAGMA application_id` marks the file as roadmap's, so a
 * SQLite file of some other program given to `--db` is refused rather than "migrated" into.
 *
 * Rules for whoever adds version N+1: append, never edit a published migration; one migration
 * is one step of plain SQL (or code) that must run inside the caller's transaction — no
 * VACUUM, no `PRAGMA journal_mode`, nothing that cannot be rolled back. A file with a
 * user_version above `SCHEMA_VERSION` comes from a newer roadmap and is never touched.
 *
 * Schema 1
 * --------
 * events   One row per status change, append-only: history is never rewritten or pruned.
 *          id        local sequence number (rowid), orders events recorded at the same instant
 *          uid       random UUID, the identity import merges on (same event on two machines)
 *          curriculum, item   progress is keyed by ids, never by position (SPEC §3)
 *          status, previous   the change; `previous` is what the item had when it was recorded
 *          at        canonical ISO UTC instant (see instant.ts), so string order = time order
 *          Indexes: (curriculum, at) and (at) serve `log` / recent activity in time order
 *          (SQLite appends the rowid to every index entry, so `ORDER BY at, id` needs no sort).
 *
 * current  The status each item has now: one row per (curriculum, item) ever changed, written
 *          in the same transaction as the event that caused it, so reading the state of a whole
 *          curriculum is a primary-key range scan instead of aggregating all events.
 *          event_uid  the event this row reflects. Import only moves `current` to an imported
 *          event that is later than that one (by `at`, then `uid`), so old history merged in
 *          never overrides a newer local status. A status set by a local command always takes
 *          effect, even if this machine's clock is behind the event it replaces.
 *          WITHOUT ROWID: the primary key is the only access path, so store rows in it.
 *
 * notes    One row per note. `id` is the short local number users type (`notes --edit 3`);
 *          rows are never removed, so ids are never reused. `uid` is the merge identity.
 *          Editing replaces `text` and bumps `updated_at`. Deleting sets `deleted_at` (and
 *          `updated_at`) and keeps the row as a tombstone: it hides the note here, travels in
 *          exports, and — because import lets the newer `updated_at` win — stops an older
 *          export from bringing the note back.
 *
 * Schema 2
 * --------
 * notes    A deleted note keeps only its tombstone (id, uid, item, times): its `text` is
 *          emptied, here and in every later export, because a learner who deletes a note
 *          expects the words gone. Notes deleted before schema 2 are emptied too.
 *          `secure_delete` makes SQLite overwrite the freed bytes instead of leaving the
 *          old text in free space inside the file.
 * note_events  One row per note added, edited or deleted, so `log` shows notes in the
 *          history. Append-only, like `events`; it holds no text. Local only (exports carry
 *          the notes themselves): importing a note records the changes it brings — added at
 *          its createdAt, its last edit, its deletion. Filled here from the notes there
 *          are, in the same way, as earlier edits left no trace but `updated_at`.
 *          note_uid  the note (notes.uid); kind  'added' | 'edited' | 'deleted'; at  as events.at
 *
 * Schema 3
 * --------
 * reviews  One row per review of a complete topic (`roadmap reviewed`), append-only. A review is
 *          an event of its own, not a status: it never changes `current`, so completion and
 *          every status stay as they were. It travels in exports and sync files, merged by uid.
 *          hard  1 when the learner found it hard (the review ladder starts again, review.ts)
 *          Index (curriculum, at): `log` and the review schedule read a curriculum's reviews.
 * metadata One row per key: facts about this database itself. `device-uid` names this
 *          database in a sync folder (its own file there, sync.ts); made on first sync, and made
 *          again when `device-home` (machine:path) shows the file was copied elsewhere.
 */
import type Database from 'better-sqlite3';

/** 'RMAP' as a big-endian 32-bit integer. */
export const APPLICATION_ID = 0x524d4150;

export interface Migration {
  version: number;
  description: string;
  sql: string;
}

const STATUS_CHECK = "IN ('todo', 'started', 'done', 'skipped')";

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    description: 'events, current status and notes',
    sql: `
      CREATE TABLE events (
        id         INTEGER PRIMARY KEY,
        uid        TEXT NOT NULL UNIQUE,
        curriculum TEXT NOT NULL,
        item       TEXT NOT NULL,
        status     TEXT NOT NULL CHECK (status ${STATUS_CHECK}),
        previous   TEXT NOT NULL CHECK (previous ${STATUS_CHECK}),
        at         TEXT NOT NULL
      );
      CREATE INDEX events_by_curriculum_time ON events (curriculum, at);
      CREATE INDEX events_by_time ON events (at);

      CREATE TABLE current (
        curriculum TEXT NOT NULL,
        item       TEXT NOT NULL,
        status     TEXT NOT NULL CHECK (status ${STATUS_CHECK}),
        at         TEXT NOT NULL,
        event_uid  TEXT NOT NULL,
        PRIMARY KEY (curriculum, item)
      ) WITHOUT ROWID;

      CREATE TABLE notes (
        id         INTEGER PRIMARY KEY,
        uid        TEXT NOT NULL UNIQUE,
        curriculum TEXT NOT NULL,
        item       TEXT NOT NULL,
        text       TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        deleted_at TEXT
      );
      CREATE INDEX notes_by_item ON notes (curriculum, item, created_at);
    `,
  },
  {
    version: 2,
    description: 'deleted notes lose their text; note changes in the history',
    sql: `
      CREATE TABLE note_events (
        id       INTEGER PRIMARY KEY,
        note_uid TEXT NOT NULL,
        kind     TEXT NOT NULL CHECK (kind IN ('added', 'edited', 'deleted')),
        at       TEXT NOT NULL
      );
      CREATE INDEX note_events_by_time ON note_events (at);

      INSERT INTO note_events (note_uid, kind, at)
        SELECT uid, 'added', created_at FROM notes ORDER BY created_at, id;
      INSERT INTO note_events (note_uid, kind, at)
        SELECT uid, 'edited', updated_at FROM notes
        WHERE updated_at <> created_at AND (deleted_at IS NULL OR deleted_at <> updated_at)
        ORDER BY updated_at, id;
      INSERT INTO note_events (note_uid, kind, at)
        SELECT uid, 'deleted', deleted_at FROM notes WHERE deleted_at IS NOT NULL ORDER BY deleted_at, id;

      PRAGMA secure_delete = ON;
      UPDATE notes SET text = '' WHERE deleted_at IS NOT NULL AND text <> '';
    `,
  },
  {
    version: 3,
    description: 'reviews of complete topics; facts about this database',
    sql: `
      CREATE TABLE reviews (
        id         INTEGER PRIMARY KEY,
        uid        TEXT NOT NULL UNIQUE,
        curriculum TEXT NOT NULL,
        item       TEXT NOT NULL,
        hard       INTEGER NOT NULL CHECK (hard IN (0, 1)),
        at         TEXT NOT NULL
      );
      CREATE INDEX reviews_by_curriculum_time ON reviews (curriculum, at);

      CREATE TABLE metadata (
        key   TEXT PRIMARY KEY,
        value TEXT NOT NULL
      ) WITHOUT ROWID;
    `,
  },
];

export const SCHEMA_VERSION: number = MIGRATIONS[MIGRATIONS.length - 1]?.version ?? 0;

export function userVersion(db: Database.Database): number {
  return Number(db.pragma('user_version', { simple: true }));
}

/**
 * Applies every migration above `from`, then stamps the version and application id. The caller
 * runs this inside one transaction, so a crash or error leaves the previous schema intact.
 */
export function applyMigrations(db: Database.Database, from: number): void {
  for (const migration of MIGRATIONS) {
    if (migration.version > from) db.exec(migration.sql);
  }
  // PRAGMA values cannot be bound parameters; both are integers we own.
  db.pragma(`application_id = ${APPLICATION_ID}`);
  db.pragma(`user_version = ${SCHEMA_VERSION}`);
}
