/**
 * The progress export file (`roadmap export` / `roadmap import`): its shape, and the strict
 * reading of it. Format, version 3:
 *
 *   {
 *     "format": "roadmap-progress",          // identifies the file
 *     "version": 3,                          // bumped on any incompatible change
 *     "exportedAt": "2026-11-29T10:00:00.000Z",
 *     "events": [                            // every status change, all curricula, by time, then the order recorded
 *       {"uid": "…", "curriculum": "llm-fundamentals", "item": "linear-algebra/3b1b-essence",
 *        "status": "done", "previous": "todo", "at": "2026-11-29T10:00:00.000Z"}
 *     ],
 *     "notes": [                             // every note, deleted ones too (deletedAt set, text "")
 *       {"uid": "…", "curriculum": "…", "item": "…", "text": "…",
 *        "createdAt": "…", "updatedAt": "…", "deletedAt": null}
 *     ],
 *     "reviews": [                           // every review of a complete topic, by time
 *       {"uid": "…", "curriculum": "…", "item": "linear-algebra", "hard": false, "at": "…"}
 *     ]
 *   }
 *
 * Version 3 adds `reviews` (required in a version-3 file, absent from older ones, which are read as
 * having none). A version-2 reader refuses a version-3 file as newer, rather than dropping its reviews.
 *
 * Version 2 differs from 1 only in that a deleted note's text is empty (version 1 kept it, and
 * refused an empty text: a version-1 reader would reject a version-2 file note by note, so it is
 * told plainly that the file is newer). Both are read; a version-1 tombstone's text is dropped.
 *
 * Local integer ids are not exported: they mean nothing in another database. `uid`s are the
 * identities import merges on. Times are ISO 8601 with a zone; they are read into the canonical
 * UTC form the database stores. Reading is strict — unknown keys, wrong types and bad values are
 * all reported (exit 3), each with its place in the file — because a half-understood file
 * must not be merged into someone's history.
 */
import { dataError } from '../errors.js';
import { listInText, messages, type Messages } from '../messages/index.js';
import { canonicalInstant } from './instant.js';
import type { JSONPath } from 'jsonc-parser';
import { findJsonSyntaxError, locateJsonValues, positionOf } from './jsonPosition.js';
import { STATUSES, type Note, type ProgressEvent, type ReviewEvent, type Status } from '../model/progress.js';

export const PROGRESS_FORMAT = 'roadmap-progress';
export const PROGRESS_FORMAT_VERSION = 3;
/** Versions this code reads. */
const READABLE_VERSIONS: readonly number[] = [1, 2, 3];

/** An event as exported: without its local sequence number, which means nothing on another machine. */
export type ExportedEvent = Omit<ProgressEvent, 'id'>;

/** A review as exported, without its local sequence number. */
export type ExportedReview = Omit<ReviewEvent, 'id'>;

/** A note as exported: without its local id, and with its deletion time. */
export interface ExportedNote extends Omit<Note, 'id'> {
  /** Set when the note was deleted: the tombstone keeps an older copy from coming back. */
  deletedAt: string | null;
}

export interface ProgressExport {
  format: typeof PROGRESS_FORMAT;
  version: typeof PROGRESS_FORMAT_VERSION;
  exportedAt: string;
  events: ExportedEvent[];
  notes: ExportedNote[];
  reviews: ExportedReview[];
}

/** More than this many problems are summarised: a wholly wrong file must not flood the terminal. */
const MAX_PROBLEMS_SHOWN = 20;

interface Problem {
  /** Where the problem is placed: the value at this location (for a missing key, its object). */
  at: JSONPath;
  message: string;
}

/** The rule a string value breaks, by its name in the catalog. */
type Rule = keyof Messages['exchange']['problems']['rules'];

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** A location as messages print it: `events[3].status`, `["odd key"]`. */
function pathText(location: JSONPath): string {
  let text = '';
  for (const segment of location) {
    if (typeof segment === 'number') text += `[${segment}]`;
    else if (!IDENTIFIER.test(segment)) text += `[${JSON.stringify(segment)}]`;
    else text += text === '' ? segment : `.${segment}`;
  }
  return text;
}

function problemAt(location: JSONPath, message: string): Problem {
  return { at: location, message: `${pathText(location)}: ${message}` };
}

const SLUG = '[a-z0-9][a-z0-9-]*';
/** A curriculum id, and a topic id (what a review is of): one slug. */
const ID = new RegExp(`^${SLUG}$`);
const ITEM_KEY = new RegExp(`^${SLUG}(/${SLUG})?$`);
const UID = /^[\x21-\x7e]{1,128}$/;

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

function isObject(value: Json | undefined): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** What a wrong value is, in a problem's `got …`: its kind, and a scalar's own text. */
function typeName(value: Json): string {
  const { types } = messages().exchange.problems;
  if (value === null) return types.null;
  if (Array.isArray(value)) return types.array;
  if (typeof value === 'object') return types.object;
  const text = JSON.stringify(value).slice(0, 40);
  if (typeof value === 'string') return types.string({ value: text });
  if (typeof value === 'number') return types.number({ value: text });
  return types.boolean({ value: text });
}

/** The messages of this file. */
function problemText() {
  return messages().exchange.problems;
}

/** Collects problems while reading one object's fields. */
class FieldReader {
  constructor(
    private readonly object: JsonObject,
    private readonly location: JSONPath,
    private readonly problems: Problem[],
    keys: readonly string[],
  ) {
    for (const key of Object.keys(object)) {
      if (!keys.includes(key)) problems.push(problemAt([...location, key], problemText().unknownKey({ keys: listInText(keys) })));
    }
  }

  private value(key: string): { location: JSONPath; value: Json } | undefined {
    const location = [...this.location, key];
    const value = this.object[key];
    if (value === undefined) {
      this.problems.push({ at: this.location, message: `${pathText(location)}: ${problemText().missing}` });
      return undefined;
    }
    return { location, value };
  }

  private problem(key: string, message: string): undefined {
    this.problems.push(problemAt([...this.location, key], message));
    return undefined;
  }

  string(key: string, pattern?: RegExp, rule?: Rule, emptyAllowed = false): string | undefined {
    const field = this.value(key);
    if (field === undefined) return undefined;
    const text = problemText();
    if (typeof field.value !== 'string') return this.problem(key, text.expectedString({ got: typeName(field.value) }));
    if (field.value.trim() === '' && !emptyAllowed) return this.problem(key, text.mustNotBeEmpty);
    if (pattern !== undefined && !pattern.test(field.value)) {
      return this.problem(key, text.brokenRule({ rule: text.rules[rule ?? 'invalidValue'], got: JSON.stringify(field.value).slice(0, 80) }));
    }
    return field.value;
  }

  status(key: string): Status | undefined {
    const value = this.string(key);
    if (value === undefined) return undefined;
    if ((STATUSES as readonly string[]).includes(value)) return value as Status;
    return this.problem(key, problemText().expectedStatus({ statuses: listInText(STATUSES), got: JSON.stringify(value) }));
  }

  instant(key: string, nullable = false): string | null | undefined {
    if (nullable && this.object[key] === null) return null;
    const value = this.string(key);
    if (value === undefined) return undefined;
    const canonical = canonicalInstant(value);
    if (canonical !== undefined) return canonical;
    return this.problem(key, problemText().expectedInstant({ got: JSON.stringify(value) }));
  }

  boolean(key: string): boolean | undefined {
    const field = this.value(key);
    if (field === undefined) return undefined;
    if (typeof field.value !== 'boolean') return this.problem(key, problemText().expectedBoolean({ got: typeName(field.value) }));
    return field.value;
  }

  array(key: string): Json[] | undefined {
    const field = this.value(key);
    if (field === undefined) return undefined;
    if (!Array.isArray(field.value)) return this.problem(key, problemText().expectedArray({ got: typeName(field.value) }));
    return field.value;
  }
}

const EVENT_KEYS = ['uid', 'curriculum', 'item', 'status', 'previous', 'at'] as const;
const NOTE_KEYS = ['uid', 'curriculum', 'item', 'text', 'createdAt', 'updatedAt', 'deletedAt'] as const;
const REVIEW_KEYS = ['uid', 'curriculum', 'item', 'hard', 'at'] as const;
const TOP_KEYS = ['format', 'version', 'exportedAt', 'events', 'notes'] as const;
/** From version 3 on. */
const TOP_KEYS_WITH_REVIEWS = [...TOP_KEYS, 'reviews'] as const;

function readList<T>(
  items: Json[],
  location: JSONPath,
  problems: Problem[],
  readOne: (fields: FieldReader, location: JSONPath) => (T & { uid: string }) | undefined,
  keys: readonly string[],
): T[] {
  const result: T[] = [];
  const firstIndex = new Map<string, number>();
  items.forEach((entry, index) => {
    const entryLocation = [...location, index];
    if (!isObject(entry)) {
      problems.push(problemAt(entryLocation, problemText().expectedObject({ got: typeName(entry) })));
      return;
    }
    const value = readOne(new FieldReader(entry, entryLocation, problems, keys), entryLocation);
    if (value === undefined) return;
    const first = firstIndex.get(value.uid);
    if (first !== undefined) {
      problems.push(problemAt([...entryLocation, 'uid'], problemText().duplicateUid({ first: pathText([...location, first]) })));
      return;
    }
    firstIndex.set(value.uid, index);
    result.push(value);
  });
  return result;
}

function readEvent(fields: FieldReader): ExportedEvent | undefined {
  const uid = fields.string('uid', UID, 'uid');
  const curriculum = fields.string('curriculum', ID, 'curriculum');
  const item = fields.string('item', ITEM_KEY, 'item');
  const status = fields.status('status');
  const previous = fields.status('previous');
  const at = fields.instant('at');
  if (!uid || !curriculum || !item || !status || !previous || !at) return undefined;
  return { uid, curriculum, item, status, previous, at };
}

function readNote(fields: FieldReader, location: JSONPath, problems: Problem[]): ExportedNote | undefined {
  const uid = fields.string('uid', UID, 'uid');
  const curriculum = fields.string('curriculum', ID, 'curriculum');
  const item = fields.string('item', ITEM_KEY, 'item');
  const deletedAt = fields.instant('deletedAt', true);
  // A deleted note has no text (version 2); one from version 1 still has it, which import drops.
  const text = deletedAt === null ? fields.string('text') : fields.string('text', undefined, undefined, true);
  const createdAt = fields.instant('createdAt');
  const updatedAt = fields.instant('updatedAt');
  if (!uid || !curriculum || !item || text === undefined || !createdAt || !updatedAt || deletedAt === undefined) return undefined;
  // Import lets the newer updatedAt win; a deletion later than the last update would not carry.
  if (deletedAt !== null && deletedAt > updatedAt) {
    problems.push(problemAt([...location, 'deletedAt'], problemText().deletedAfterUpdate));
    return undefined;
  }
  return { uid, curriculum, item, text: deletedAt === null ? text : '', createdAt, updatedAt, deletedAt };
}

function readReview(fields: FieldReader): ExportedReview | undefined {
  const uid = fields.string('uid', UID, 'uid');
  const curriculum = fields.string('curriculum', ID, 'curriculum');
  const item = fields.string('item', ID, 'topic');
  const hard = fields.boolean('hard');
  const at = fields.instant('at');
  if (!uid || !curriculum || !item || hard === undefined || !at) return undefined;
  return { uid, curriculum, item, hard, at };
}

/** The version a progress file says it has, when it is a progress file of a version newer than this code reads. */
export function newerFormatVersion(text: string): number | undefined {
  let data: unknown;
  try {
    data = JSON.parse(text.startsWith('\uFEFF') ? text.slice(1) : text);
  } catch {
    return undefined;
  }
  if (typeof data !== 'object' || data === null || (data as { format?: unknown }).format !== PROGRESS_FORMAT) return undefined;
  const version = (data as { version?: unknown }).version;
  return isNewerVersion(version) ? version : undefined;
}

/** A format version this one cannot read because a later roadmap wrote it. */
function isNewerVersion(version: unknown): version is number {
  return typeof version === 'number' && Number.isInteger(version) && version > PROGRESS_FORMAT_VERSION;
}

/** Reads a parsed file; a wrong format or a newer version stops at once, as nothing else applies. */
function readExport(data: Json, problems: Problem[]): ProgressExport | undefined {
  const text = problemText();
  if (!isObject(data) || data.format !== PROGRESS_FORMAT) {
    const got = isObject(data) ? text.gotFormat({ format: JSON.stringify(data.format ?? null) }) : typeName(data);
    problems.push({ at: isObject(data) && 'format' in data ? ['format'] : [], message: text.notAnExport({ format: PROGRESS_FORMAT, got }) });
    return undefined;
  }
  const version = data.version;
  if (isNewerVersion(version)) {
    problems.push({ at: ['version'], message: text.newerVersion({ version, known: PROGRESS_FORMAT_VERSION }) });
    return undefined;
  }
  if (typeof version !== 'number' || !READABLE_VERSIONS.includes(version)) {
    const versions = listInText(READABLE_VERSIONS.slice(0, -1).map(String));
    const got = typeof version === 'number' ? String(version) : version === undefined ? '' : typeName(version);
    const message =
      version === undefined
        ? `version: ${text.missing}`
        : `version: ${text.expectedVersion({ versions, last: READABLE_VERSIONS.at(-1) ?? PROGRESS_FORMAT_VERSION, got })}`;
    problems.push({ at: version === undefined ? [] : ['version'], message });
  }
  const withReviews = typeof version === 'number' && version >= 3;
  const fields = new FieldReader(data, [], problems, withReviews ? TOP_KEYS_WITH_REVIEWS : TOP_KEYS);
  const exportedAt = fields.instant('exportedAt');
  const eventList = fields.array('events');
  const noteList = fields.array('notes');
  const events = eventList === undefined ? [] : readList(eventList, ['events'], problems, readEvent, EVENT_KEYS);
  const notes =
    noteList === undefined
      ? []
      : readList(noteList, ['notes'], problems, (reader, location) => readNote(reader, location, problems), NOTE_KEYS);
  const reviewList = withReviews ? fields.array('reviews') : [];
  const reviews = reviewList === undefined ? [] : readList(reviewList, ['reviews'], problems, readReview, REVIEW_KEYS);
  if (problems.length > 0 || typeof exportedAt !== 'string') return undefined;
  return { format: PROGRESS_FORMAT, version: PROGRESS_FORMAT_VERSION, exportedAt, events, notes, reviews };
}

function formatProblems(text: string, fileName: string, problems: Problem[]) {
  const offsets = locateJsonValues(text, problems.map((problem) => problem.at));
  const placed = problems.map((problem, index) => ({ ...problem, offset: offsets[index] }));
  placed.sort((a, b) => (a.offset ?? -1) - (b.offset ?? -1));
  const lines = placed.slice(0, MAX_PROBLEMS_SHOWN).map(({ offset, message }) => {
    if (offset === undefined) return `${fileName}: ${message}`;
    const { line, column } = positionOf(text, offset);
    return `${fileName}:${line}:${column}: ${message}`;
  });
  const { moreProblems, invalidExport } = problemText();
  if (placed.length > MAX_PROBLEMS_SHOWN) lines.push(`${fileName}: ${moreProblems({ count: placed.length - MAX_PROBLEMS_SHOWN })}`);
  const [first = `${fileName}: ${invalidExport}`, ...rest] = lines;
  return dataError(first, rest);
}

/** Parses and validates an export; every problem is a data error (exit 3) placed in the file. */
export function parseProgressExport(text: string, fileName: string): ProgressExport {
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  let data: Json;
  try {
    data = JSON.parse(body) as Json;
  } catch (error) {
    const problem = findJsonSyntaxError(body);
    const { invalidJson } = problemText();
    if (problem === undefined) throw dataError(`${fileName}: ${invalidJson({ detail: (error as Error).message })}`);
    const { line, column } = positionOf(body, problem.offset);
    throw dataError(`${fileName}:${line}:${column}: ${invalidJson({ detail: problem.message })}`);
  }
  const problems: Problem[] = [];
  const result = readExport(data, problems);
  if (result === undefined) throw formatProblems(body, fileName, problems);
  return result;
}
