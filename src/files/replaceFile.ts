import { renameSync, rmSync, statSync, writeFileSync, type Stats } from 'node:fs';
import { dirname, join } from 'node:path';
import { storageError } from '../errors.js';

/** What the system's error codes mean, in the words of a one-line message. */
const REASONS: Record<string, string> = {
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EROFS: 'the file system is read-only',
  ENOSPC: 'the disk is full',
  EDQUOT: 'the disk quota is used up',
  EISDIR: 'it is a directory',
  ENOTDIR: 'a part of its path is not a folder',
  ENOENT: 'its folder does not exist',
};

/**
 * Writes `text` to `target` (absolute; `name` is how the user wrote it, for messages) through a temporary
 * file beside it, renamed over it once complete, so an interrupted write never leaves half a file. Folders
 * are not created: a mistyped path is refused, not quietly made. Every failure is a one-line storage error
 * (exit 4), and the temporary file is removed. A device or pipe (`-o /dev/stdout`) is written directly:
 * renaming over it would replace it.
 */
export function replaceFile(target: string, text: string, name: string): void {
  const existing = statOrUndefined(target);
  if (existing?.isDirectory()) throw storageError(`cannot write ${name}: it is a directory; name a file in it, such as ${join(name, 'progress.json')}`);
  if (existing && !existing.isFile()) {
    write(() => writeFileSync(target, text), name);
    return;
  }
  const folder = statOrUndefined(dirname(target));
  if (folder === undefined) throw storageError(`cannot write ${name}: folder ${dirname(name)} does not exist; create it first`);
  if (folder !== null && !folder.isDirectory()) throw storageError(`cannot write ${name}: ${dirname(name)} is not a folder`);
  const temporary = `${target}.tmp-${process.pid}`;
  write(() => {
    try {
      writeFileSync(temporary, text);
      renameSync(temporary, target);
    } catch (error) {
      rmSync(temporary, { force: true });
      throw error;
    }
  }, name);
}

function write(action: () => void, name: string): void {
  try {
    action();
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = (code && REASONS[code]) ?? (error as Error).message.split('\n')[0];
    throw storageError(`cannot write ${name}: ${reason}`);
  }
}

/** What is at `path`: undefined when nothing, null when it cannot be looked at (the write will say why). */
function statOrUndefined(path: string): Stats | undefined | null {
  try {
    return statSync(path, { throwIfNoEntry: false });
  } catch {
    return null;
  }
}
