import { mkdirSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { messages } from '../messages/index.js';

/**
 * `mkdir -p`, one level at a time. Node 20's own `mkdirSync(…, { recursive: true })` never returns for
 * some paths (one under /proc, for instance); this walks up to the first folder that exists and creates
 * the rest in order, so a bad path fails at once with the system's error.
 */
export function makeDirectory(directory: string, mode = 0o700): void {
  const missing: string[] = [];
  let current = resolve(directory);
  for (;;) {
    const found = statSync(current, { throwIfNoEntry: false });
    if (found?.isDirectory()) break;
    if (found) throw Object.assign(new Error(messages().progress.notADirectory({ path: current })), { code: 'ENOTDIR' });
    missing.push(current);
    const parent = dirname(current);
    if (parent === current) break;
    current = parent;
  }
  for (const folder of missing.reverse()) {
    try {
      mkdirSync(folder, { mode });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
}
