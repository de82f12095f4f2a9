import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { firstLineOf, storageError } from '../errors.js';
import { messages, type Messages } from '../messages/index.js';
import { statOrUndefined } from './statOrUndefined.js';

type Reason = keyof Messages['progress']['fileWrite']['reasons'];

/** What the system's error codes mean, in the words of a one-line message. */
const REASONS: Record<string, Reason> = {
  EACCES: 'permissionDenied',
  EPERM: 'permissionDenied',
  EROFS: 'readOnlyFileSystem',
  ENOSPC: 'diskFull',
  EDQUOT: 'quotaUsedUp',
  EISDIR: 'isDirectory',
  ENOTDIR: 'pathNotAFolder',
  ENOENT: 'folderMissing',
};

/**
 * Writes `text` to `target` (absolute; `name` is how the user wrote it, for messages) through a temporary
 * file beside it, renamed over it once complete, so an interrupted write never leaves half a file. The
 * bytes are flushed to the disk before the rename, and the folder after it: otherwise a power cut soon
 * after can leave an empty file under the name, where the old one was (a sync file, an export). Folders
 * are not created: a mistyped path is refused, not quietly made. Every failure is a one-line storage error
 * (exit 4), and the temporary file is removed. A device or pipe (`-o /dev/stdout`) is written directly:
 * renaming over it would replace it.
 */
export function replaceFile(target: string, text: string, name: string): void {
  const { fileWrite } = messages().progress;
  const existing = statOrUndefined(target);
  if (existing?.isDirectory()) throw storageError(fileWrite.isDirectory({ name, example: join(name, 'progress.json') }));
  if (existing && !existing.isFile()) {
    write(() => writeFileSync(target, text), name);
    return;
  }
  const folder = statOrUndefined(dirname(target));
  if (folder === undefined) throw storageError(fileWrite.noFolder({ name, folder: dirname(name) }));
  if (folder !== null && !folder.isDirectory()) throw storageError(fileWrite.notAFolder({ name, folder: dirname(name) }));
  const temporary = `${target}.tmp-${process.pid}`;
  write(() => {
    try {
      writeDurably(temporary, text);
      renameSync(temporary, target);
      flushFolder(dirname(target));
    } catch (error) {
      rmSync(temporary, { force: true });
      throw error;
    }
  }, name);
}

function writeDurably(file: string, text: string): void {
  const descriptor = openSync(file, 'w');
  try {
    writeFileSync(descriptor, text);
    fsyncSync(descriptor);
  } finally {
    closeSync(descriptor);
  }
}

/** Flushes a folder's entries (the new name) to the disk; not every system lets a folder be opened so. */
function flushFolder(folder: string): void {
  let descriptor: number | undefined;
  try {
    descriptor = openSync(folder, 'r');
    fsyncSync(descriptor);
  } catch {
    /* the file itself is written; only this extra guarantee is missing */
  } finally {
    if (descriptor !== undefined) closeSync(descriptor);
  }
}

function write(action: () => void, name: string): void {
  try {
    action();
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const { fileWrite } = messages().progress;
    const known = code === undefined ? undefined : REASONS[code];
    const reason = known === undefined ? firstLineOf(error) : fileWrite.reasons[known];
    throw storageError(fileWrite.failed({ name, reason }));
  }
}
