import { statSync, type Stats } from 'node:fs';

/**
 * What is at `path`, without throwing: undefined when nothing is there, null when it cannot be looked at
 * (a folder on the way that may not be read, say); a caller that must say why tries the operation itself.
 */
export function statOrUndefined(path: string): Stats | undefined | null {
  try {
    return statSync(path, { throwIfNoEntry: false });
  } catch {
    return null;
  }
}
