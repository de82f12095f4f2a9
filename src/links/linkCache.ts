import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeFileQuietly } from '../files/writeFileQuietly.js';
import { LINK_OUTCOMES, type LinkCheck } from '../model/links.js';

/** 2: a check keeps why as data (`cause`), no longer as English words; checks of 1 are asked again. */
const CACHE_FORMAT = 'roadmap-link-cache/2';
/** How long a check is believed: links change over weeks, and a run a few minutes later should be instant. */
export const LINK_CACHE_LIFETIME_MILLISECONDS = 24 * 60 * 60 * 1000;

export function linkCacheFile(cacheDirectory: string): string {
  return join(cacheDirectory, 'links.json');
}

/** The checks in the cache younger than a day, by URL. A missing, corrupt or foreign file is an empty cache. */
export function readLinkCache(file: string, now: Date): Map<string, LinkCheck> {
  const fresh = new Map<string, LinkCheck>();
  let stored: unknown;
  try {
    stored = JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return fresh;
  }
  const { format, checks } = (stored ?? {}) as { format?: unknown; checks?: unknown };
  if (format !== CACHE_FORMAT || !Array.isArray(checks)) return fresh;
  for (const check of checks as LinkCheck[]) {
    if (!isLinkCheck(check)) continue;
    const age = now.getTime() - Date.parse(check.checkedAt);
    if (age >= 0 && age < LINK_CACHE_LIFETIME_MILLISECONDS) fresh.set(check.url, check);
  }
  return fresh;
}

/**
 * Adds the lasting checks of this run to what the cache holds for other curricula, and drops what has
 * expired. A cache that cannot be written only costs time: never fail a command over it.
 */
export function writeLinkCache(file: string, checks: LinkCheck[], now: Date): void {
  try {
    const kept = readLinkCache(file, now);
    for (const check of checks) {
      if (check.lasting) kept.set(check.url, check);
      else kept.delete(check.url);
    }
    writeFileQuietly(file, JSON.stringify({ format: CACHE_FORMAT, checks: [...kept.values()] }));
  } catch {
    /* ignored on purpose */
  }
}

function isLinkCheck(value: unknown): value is LinkCheck {
  const check = value as LinkCheck | null;
  return (
    typeof check === 'object' &&
    check !== null &&
    typeof check.url === 'string' &&
    (LINK_OUTCOMES as readonly string[]).includes(check.outcome) &&
    typeof check.cause === 'object' &&
    check.cause !== null &&
    typeof check.cause.kind === 'string' &&
    typeof check.checkedAt === 'string' &&
    Array.isArray(check.redirects)
  );
}
