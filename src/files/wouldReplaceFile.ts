import { statOrUndefined } from './statOrUndefined.js';

/**
 * Whether writing `target` would replace a file the learner has: a regular file is there. A device or a
 * pipe (`-o /dev/stdout`) is written to, not replaced (see replaceFile), so it needs no --force. A place
 * that cannot be looked at is left to the write, which says why it fails.
 */
export function wouldReplaceFile(target: string): boolean {
  return statOrUndefined(target)?.isFile() ?? false;
}
