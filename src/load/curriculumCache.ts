import { isAscii } from 'node:buffer';
import { closeSync, fstatSync, openSync, readdirSync, readFileSync, readSync, rmSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { dataError, usageError } from '../errors.js';
import { messages } from '../messages/index.js';
import type { Curriculum, ParseResult } from '../curriculum/types.js';
import type { CheckedCurriculum, SourceFile } from './courseParts.js';
import { MARKDOWN_FILE, type CurriculumLocation } from './locateCurriculum.js';
import { writeFileQuietly } from '../files/writeFileQuietly.js';
import { BUILD_ID, VERSION } from '../version.js';

/** The layout of an entry (see readCacheEntry). */
const CACHE_FORMAT = 'roadmap-curriculum-cache/4';
/**
 * What an entry must have been written by to be used: this format, this version and this very build. An
 * upgrade (or any rebuild from other sources) may validate differently, so it parses the file again rather
 * than trusting what an older build accepted.
 */
const WRITER = `${CACHE_FORMAT} ${VERSION} ${BUILD_ID}`;

export interface LoadedCurriculum {
  curriculum: Curriculum;
  location: CurriculumLocation;
  fromCache: boolean;
}

/**
 * Parsing YAML is the slowest thing a command would do, so a validated curriculum is kept as JSON in the
 * cache directory, one entry per curriculum file. An entry holds the exact bytes it was made from, and is
 * used only if the file still has those bytes: comparing them is a memcmp, cheaper than any hash, and
 * stricter than size and mtime (an edit that keeps both is still seen). A whole course's entry also holds
 * the bytes of every part, so an edit to any part is seen too. A stale, corrupt or foreign entry is
 * ignored and rewritten. Only valid curricula are cached.
 */
export async function loadCurriculum(location: CurriculumLocation, cacheDirectory: string | null, bundledDirectory: string): Promise<LoadedCurriculum> {
  const checked = await checkCurriculum(location, cacheDirectory, bundledDirectory);
  if (!checked.curriculum || checked.problems.length > 0) throw invalidCurriculumError(checked);
  return { curriculum: checked.curriculum, location, fromCache: checked.fromCache };
}

/**
 * The curriculum in `location` with every problem found in it, from the cache when the entry is current
 * (there are no problems then, nor warnings). A whole course's parts are found and checked too, each
 * through its own entry; `bundledDirectory` is where a part named by id is looked for last.
 */
export async function checkCurriculum(location: CurriculumLocation, cacheDirectory: string | null, bundledDirectory: string): Promise<CheckedCurriculum> {
  const bytes = readCurriculumBytes(location);
  const cacheFile = cacheDirectory ? join(cacheDirectory, 'curricula', `${entryName(location.path)}.json`) : null;
  const cached = cacheFile ? readCacheEntry(cacheFile, bytes) : null;
  if (cached) return { curriculum: cached, problems: [], warnings: [], bytes, dependencies: [], fromCache: true };

  let result = await parseBytes(bytes, location.displayName, location.path);
  let dependencies: SourceFile[] = [];
  if (result.course) {
    const { buildCourseFromParts } = await import('./courseParts.js');
    ({ result, dependencies } = await buildCourseFromParts(location, result, bundledDirectory, (part) => checkCurriculum(part, cacheDirectory, bundledDirectory)));
  }
  if (cacheFile && result.curriculum && result.problems.length === 0) writeCacheEntry(cacheFile, bytes, result.curriculum, dependencies);
  return { ...result, bytes, dependencies, fromCache: false };
}

/**
 * The parser pulls in the YAML library; loaded only when there is something to parse. A Markdown file
 * (`.md`) is converted first (and cached like YAML: by its bytes).
 */
export async function parseBytes(bytes: Uint8Array, displayName: string, path = displayName): Promise<ParseResult> {
  if (MARKDOWN_FILE.test(path)) {
    const { parseMarkdownCurriculumBytes } = await import('../curriculum/markdown/markdownCurriculum.js');
    return parseMarkdownCurriculumBytes(bytes, displayName, path);
  }
  const { parseCurriculumBytes } = await import('../curriculum/parse.js');
  return parseCurriculumBytes(bytes, displayName);
}

export function readCurriculumBytes(location: CurriculumLocation): Buffer {
  try {
    return readFileSync(location.path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw usageError(messages().load.fileNotFound({ file: location.displayName }));
    if (code === 'EISDIR') throw usageError(messages().load.fileIsFolder({ file: location.displayName }));
    throw dataError(messages().load.cannotRead({ file: location.displayName, reason: (error as Error).message }));
  }
}

export function invalidCurriculumError(result: ParseResult) {
  const lines = result.problems.map((p) => `${p.file}:${p.line}:${p.column}: ${p.message}`);
  const [first = messages().load.invalidCurriculum, ...rest] = lines;
  return dataError(first, rest);
}

/**
 * The entry's file name: a 32-bit FNV-1a of the curriculum's path. Two paths that share a name only take
 * turns in one entry; the bytes inside decide whether it is used.
 */
function entryName(curriculumPath: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < curriculumPath.length; i++) hash = Math.imul(hash ^ curriculumPath.charCodeAt(i), 0x01000193);
  return (hash >>> 0).toString(16).padStart(8, '0');
}

/**
 * An entry: `FORMAT VERSION BUILD-ID BYTE-LENGTH`, then for each other file it was built from
 * ` LENGTH:PATH` (the path URI-encoded), a newline, the curriculum file's bytes, each other file's bytes,
 * then the curriculum as JSON. The files' copies are compared a piece at a time through one small buffer,
 * never read whole: on a large curriculum they are megabytes no command needs in memory.
 */
function readCacheEntry(file: string, bytes: Buffer): Curriculum | null {
  let entry: EntryReader | undefined;
  try {
    entry = new EntryReader(file);
    const header = entry.header();
    const expected = `${WRITER} ${bytes.length}`;
    if (header === undefined || (header !== expected && !header.startsWith(`${expected} `))) return null;
    if (!entry.holds(bytes)) return null;
    for (const token of header.slice(expected.length + 1).split(' ').filter((part) => part !== '')) {
      const colon = token.indexOf(':');
      const length = Number(token.slice(0, colon));
      // A part that changed, moved or went makes the entry stale: readFileSync throws, and so it is not used.
      const current = readFileSync(decodeURIComponent(token.slice(colon + 1)));
      if (current.length !== length || !entry.holds(current)) return null;
    }
    const json = entry.rest();
    // Written as ASCII (see asciiJson), read as Latin-1: a copy, where decoding 10 MB of UTF-8 takes 50 ms.
    const curriculum = JSON.parse(isAscii(json) ? json.toString('latin1') : json.toString('utf8')) as Curriculum;
    if (!curriculum || curriculum.schema !== 1 || !Array.isArray(curriculum.sections)) return null;
    return curriculum;
  } catch {
    return null;
  } finally {
    entry?.close();
  }
}

/** How much of an entry is read at a time to be compared. */
const PIECE = 256 * 1024;

/** An entry file read from start to end: its header line, then region by region. */
class EntryReader {
  private readonly fd: number;
  private readonly size: number;
  private offset = 0;
  private piece: Buffer | undefined;

  constructor(file: string) {
    this.fd = openSync(file, 'r');
    this.size = fstatSync(this.fd).size;
  }

  /** The first line, without its newline; undefined if there is none. */
  header(): string | undefined {
    let line: Buffer = Buffer.alloc(0);
    while (this.offset < this.size) {
      const more = this.read(Math.min(4096, this.size - this.offset));
      const end = more.indexOf(0x0a);
      if (end >= 0) {
        this.offset -= more.length - end - 1;
        return Buffer.concat([line, more.subarray(0, end)]).toString('latin1');
      }
      line = Buffer.concat([line, more]);
    }
    return undefined;
  }

  /** Whether the next `expected.length` bytes are `expected`'s; reads past them. */
  holds(expected: Buffer): boolean {
    for (let at = 0; at < expected.length; ) {
      const wanted = Math.min(PIECE, expected.length - at);
      // Only the bytes read into it are ever touched, so a small file costs no more than its size.
      const got = this.read(wanted, (this.piece ??= Buffer.allocUnsafe(PIECE)));
      if (got.length !== wanted || !got.equals(expected.subarray(at, at + wanted))) return false;
      at += wanted;
    }
    return true;
  }

  /** Everything after what was read. */
  rest(): Buffer {
    return this.read(this.size - this.offset);
  }

  close(): void {
    closeSync(this.fd);
  }

  /** Up to `length` bytes from where the last read ended, into `into` (else a new buffer). */
  private read(length: number, into: Buffer = Buffer.allocUnsafe(length)): Buffer {
    let filled = 0;
    while (filled < length) {
      const count = readSync(this.fd, into, filled, length - filled, this.offset + filled);
      if (count === 0) break;
      filled += count;
    }
    this.offset += filled;
    return into.subarray(0, filled);
  }
}

function writeCacheEntry(file: string, bytes: Buffer, curriculum: Curriculum, dependencies: readonly SourceFile[]): void {
  // A cache that cannot be written only costs speed; never fail a command over it.
  try {
    const header = [`${WRITER} ${bytes.length}`, ...dependencies.map((dependency) => `${dependency.bytes.length}:${encodeURIComponent(dependency.path)}`)].join(' ');
    const sources = [bytes, ...dependencies.map((dependency) => dependency.bytes)];
    const entry = Buffer.concat([Buffer.from(`${header}\n`, 'latin1'), ...sources, Buffer.from(asciiJson(curriculum), 'latin1')]);
    if (writeFileQuietly(file, entry)) pruneCache(dirname(file));
  } catch {
    /* ignored on purpose */
  }
}

/** JSON with every non-ASCII character escaped (`\u8a9e`): the same value, in bytes that read fast. */
function asciiJson(value: unknown): string {
  return JSON.stringify(value).replace(/[\u0080-\uffff]/g, (unit) => `\\u${unit.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** Every curriculum file used adds an entry; keep the most recently written few, so the cache stays small. */
const KEPT_ENTRIES = 16;

function pruneCache(directory: string): void {
  const entries = readdirSync(directory)
    .filter((name) => name.endsWith('.json'))
    .map((name) => ({ file: join(directory, name), written: statSync(join(directory, name)).mtimeMs }))
    .sort((a, b) => b.written - a.written);
  for (const stale of entries.slice(KEPT_ENTRIES)) rmSync(stale.file, { force: true });
}
