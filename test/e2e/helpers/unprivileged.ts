import { spawnSync } from 'node:child_process';

/**
 * How to run the binary as a user whose file permissions are checked: root's are not, so a root test run
 * switches to `nobody`; any other user is already such a user. Null where there is no way to.
 */
export function unprivilegedPrefix(): string[] | null {
  if (process.getuid?.() !== 0) return [];
  const candidates = [
    ['setpriv', '--reuid=nobody', '--regid=nogroup', '--clear-groups'],
    ['runuser', '-u', 'nobody', '--'],
  ];
  return candidates.find((prefix) => spawnSync(prefix[0]!, [...prefix.slice(1), 'true']).status === 0) ?? null;
}
