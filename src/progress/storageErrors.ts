/**
 * Turns what SQLite and the file system throw into the one-line, exit-4 errors users see
 * (SPEC §7). Anything not recognised is returned unchanged and surfaces as an internal error.
 */
import { RoadmapError, storageError } from '../errors.js';

interface CodedError {
  code: string;
  message: string;
}

function isCodedError(error: unknown): error is CodedError {
  return error instanceof Error && typeof (error as Partial<CodedError>).code === 'string';
}

export const LOCKED_MESSAGE = 'database is locked by another roadmap process; try again';

export function damagedError(path: string, detail: string): RoadmapError {
  return storageError(`${path} is not a roadmap database or is damaged: ${detail}`);
}

export function newerSchemaError(path: string, found: number, known: number): RoadmapError {
  return storageError(
    `database ${path} was written by a newer version of roadmap (schema ${found}, this version knows ${known}); upgrade roadmap`,
  );
}

export function directoryError(path: string): RoadmapError {
  return storageError(`database ${path} is a directory; give the path of a file with --db or ROADMAP_DB`);
}

export function foreignDatabaseError(path: string): RoadmapError {
  return storageError(`${path} is not a roadmap database: it holds another program's data; choose another file with --db`);
}

/** SQLite's extended codes (SQLITE_BUSY_SNAPSHOT, SQLITE_IOERR_WRITE, …) share the primary code's prefix. */
function primaryCode(code: string): string {
  const match = /^SQLITE_[A-Z]+/.exec(code);
  return match === null ? code : match[0];
}

export function translateStorageError(error: unknown, path: string): unknown {
  if (error instanceof RoadmapError || !isCodedError(error)) return error;
  const detail = error.message.split('\n')[0] ?? error.message;
  switch (primaryCode(error.code)) {
    case 'SQLITE_BUSY':
    case 'SQLITE_LOCKED':
      return storageError(LOCKED_MESSAGE);
    case 'SQLITE_NOTADB':
    case 'SQLITE_CORRUPT':
    case 'SQLITE_FORMAT':
      return damagedError(path, detail);
    case 'SQLITE_ERROR':
      // Our own tables missing or altered under a roadmap header: someone edited the file.
      return /^no such (table|column)/.test(detail) ? damagedError(path, detail) : error;
    case 'SQLITE_CANTOPEN':
      return storageError(`cannot open database ${path}: ${detail}`);
    case 'SQLITE_READONLY':
    case 'SQLITE_PERM':
      return storageError(`cannot write database ${path}: ${detail}`);
    case 'SQLITE_FULL':
      return storageError(`cannot write database ${path}: the disk is full`);
    case 'SQLITE_IOERR':
      return storageError(`cannot read or write database ${path}: input/output error (${error.code})`);
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
    case 'ENOTDIR':
    case 'EEXIST':
    case 'ENOSPC':
    case 'ENOENT':
      return storageError(`cannot create the database at ${path}: ${detail}; choose another place with --db or ROADMAP_DB`);
    default:
      return error;
  }
}
