/**
 * Turns what SQLite and the file system throw into the one-line, exit-4 errors users see
 * (SPEC §7). Anything not recognised is returned unchanged and surfaces as an internal error.
 */
import { firstLineOf, RoadmapError, storageError } from '../errors.js';
import { messages } from '../messages/index.js';

interface CodedError {
  code: string;
  message: string;
}

function isCodedError(error: unknown): error is CodedError {
  return error instanceof Error && typeof (error as Partial<CodedError>).code === 'string';
}

export function damagedError(path: string, detail: string): RoadmapError {
  return storageError(messages().progress.damaged({ path, detail }));
}

export function newerSchemaError(path: string, found: number, known: number): RoadmapError {
  return storageError(messages().progress.newerSchema({ path, found, known }));
}

export function directoryError(path: string): RoadmapError {
  return storageError(messages().progress.directory({ path }));
}

export function foreignDatabaseError(path: string): RoadmapError {
  return storageError(messages().progress.foreign({ path }));
}

/** SQLite's extended codes (SQLITE_BUSY_SNAPSHOT, SQLITE_IOERR_WRITE, …) share the primary code's prefix. */
function primaryCode(code: string): string {
  const match = /^SQLITE_[A-Z]+/.exec(code);
  return match === null ? code : match[0];
}

export function translateStorageError(error: unknown, path: string): unknown {
  if (error instanceof RoadmapError || !isCodedError(error)) return error;
  const detail = firstLineOf(error);
  const text = messages().progress;
  switch (primaryCode(error.code)) {
    case 'SQLITE_BUSY':
    case 'SQLITE_LOCKED':
      return storageError(text.locked);
    case 'SQLITE_NOTADB':
    case 'SQLITE_CORRUPT':
    case 'SQLITE_FORMAT':
      return damagedError(path, detail);
    case 'SQLITE_ERROR':
      // Our own tables missing or altered under a roadmap header: someone edited the file.
      return /^no such (table|column)/.test(detail) ? damagedError(path, detail) : error;
    case 'SQLITE_CANTOPEN':
      return storageError(text.cannotOpen({ path, detail }));
    case 'SQLITE_READONLY':
    case 'SQLITE_PERM':
      return storageError(text.cannotWrite({ path, detail }));
    case 'SQLITE_FULL':
      return storageError(text.diskFull({ path }));
    case 'SQLITE_IOERR':
      return storageError(text.inputOutput({ path, code: error.code }));
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
    case 'ENOTDIR':
    case 'EEXIST':
    case 'ENOSPC':
    case 'ENOENT':
      return storageError(text.cannotCreate({ path, detail }));
    default:
      return error;
  }
}
