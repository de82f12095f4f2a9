import { readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { dataError, usageError } from '../errors.js';
import type { Curriculum, ParseResult } from '../curriculum/types.js';
import { contentHash } from './contentHash.js';
import type { CurriculumLocation } from './locateCurriculum.js';
import { makeDirectory } from '../files/makeDirectory.js';

/** Bump when the cached shape or the validation rules change, so old caches are rebuilt rather than trusted. */
const CACHE_FORMAT = 'roadmap-curriculum-cache/2';

interface CacheEntry {
  format: string;
  fingerprint: string;
  curriculum: Curriculum;
}

export interface LoadedCurriculum {
  curriculum: Curriculum;
  location: CurriculumLocation;
  fromCache: boolean;
}

/**
 * Parsing YAML is the slowest thing a command would do, so a validated curriculum is kept as JSON in
 * the cache directory, named by a fingerprint of the file's bytes (see contentHash): an edited file has another name, so a
 * stale entry can never be read, whatever the file's size or mtime. A corrupt or foreign entry is
 * ignored and rewritten. Only valid curricula are cached.
 */
export async function loadCurriculum(location: CurriculumLocation, cacheDirectory: string | null): Promise<LoadedCurriculum> {
  const bytes = readCurriculumBytes(location);
  const fingerprint = contentHash(bytes);
  const cacheFile = cacheDirectory ? path.join(cacheDirectory, 'curricula', `${fingerprint}.json`) : null;
  const cached = cacheFile ? readCacheEntry(cacheFile, fingerprint) : null;
  if (cached) return { curriculum: cached, location, fromCache: true };

  const result = await parseBytes(bytes, location.displayName);
  if (!result.curriculum || result.problems.length > 0) throw invalidCurriculumError(result);
  if (cacheFile) writeCacheEntry(cacheFile, { format: CACHE_FORMAT, fingerprint, curriculum: result.curriculum });
  return { curriculum: result.curriculum, location, fromCache: false };
}

/** The parser pulls in the YAML library; loaded only when there is something to parse. */
export async function parseBytes(bytes: Uint8Array, displayName: string): Promise<ParseResult> {
  const { parseCurriculumBytes } = await import('../curriculum/parse.js');
  return parseCurriculumBytes(bytes, displayName);
}

export function readCurriculumBytes(location: CurriculumLocation): Buffer {
  try {
    return readFileSync(location.path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw usageError(`curriculum file not found: ${location.displayName}`);
    if (code === 'EISDIR') throw usageError(`${location.displayName} is a directory, not a curriculum file`);
    throw dataError(`cannot read ${location.displayName}: ${(error as Error).message}`);
  }
}

export function invalidCurriculumError(result: ParseResult) {
  const lines = result.problems.map((p) => `${p.file}:${p.line}:${p.column}: ${p.message}`);
  const [first = 'invalid curriculum', ...rest] = lines;
  return dataError(first, rest);
}

function readCacheEntry(file: string, fingerprint: string): Curriculum | null {
  try {
    const entry = JSON.parse(readFileSync(file, 'utf8')) as Partial<CacheEntry>;
    if (entry.format !== CACHE_FORMAT || entry.fingerprint !== fingerprint) return null;
    const curriculum = entry.curriculum;
    if (!curriculum || curriculum.schema !== 1 || !Array.isArray(curriculum.sections)) return null;
    return curriculum;
  } catch {
    return null;
  }
}

function writeCacheEntry(file: string, entry: CacheEntry): void {
  // A cache that cannot be written only costs speed; never fail a command over it.
  try {
    makeDirectory(path.dirname(file));
    const temporary = `${file}.${process.pid}.tmp`;
    writeFileSync(temporary, JSON.stringify(entry));
    renameSync(temporary, file);
    pruneCache(path.dirname(file));
  } catch {
    /* ignored on purpose */
  }
}

/** Every edit of a curriculum adds an entry; keep the most recently written few, so the cache stays small. */
const KEPT_ENTRIES = 16;

function pruneCache(directory: string): void {
  const entries = readdirSync(directory)
    .filter((name) => name.endsWith('.json'))
    .map((name) => ({ file: path.join(directory, name), written: statSync(path.join(directory, name)).mtimeMs }))
    .sort((a, b) => b.written - a.written);
  for (const stale of entries.slice(KEPT_ENTRIES)) rmSync(stale.file, { force: true });
}
