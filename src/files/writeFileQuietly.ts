import { renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { makeDirectory } from './makeDirectory.js';

/**
 * A best-effort write, for a cache: what cannot be written only costs time, so nothing here throws. The
 * folder is created if missing, and the data written to a temporary file beside `file`, renamed over it
 * once complete, so a reader never sees half a file. When the write or the rename fails, the temporary
 * file is removed. Returns whether `file` now holds `data`.
 */
export function writeFileQuietly(file: string, data: string | Uint8Array): boolean {
  const temporary = `${file}.${process.pid}.tmp`;
  try {
    makeDirectory(dirname(file));
    writeFileSync(temporary, data);
    renameSync(temporary, file);
    return true;
  } catch {
    try {
      rmSync(temporary, { force: true });
    } catch {
      /* nothing more can be done */
    }
    return false;
  }
}
