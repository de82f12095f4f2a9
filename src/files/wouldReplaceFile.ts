import { statSync } from 'node:fs';

/**
 * Whether writing `target` would replace a file the learner has: a regular file is there. A device or a
 * pipe (`-o /dev/stdout`) is written to, not replaced (see replaceFile), so it needs no --force.
 */
export function wouldReplaceFile(target: string): boolean {
  return statSync(target, { throwIfNoEntry: false })?.isFile() ?? false;
}
