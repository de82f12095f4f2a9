import fc from 'fast-check';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { RoadmapError } from '../../src/errors.js';
import {
  type ProgressExport,
  exportProgress,
  importProgress,
  parseProgressExport,
} from '../../src/progress/exchange.js';
import { findJsonSyntaxError, locateJsonValues, positionOf } from '../../src/progress/jsonPosition.js';
import { ProgressStore } from '../../src/progress/store.js';

let dir: string;
const open: ProgressStore[] = [];

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'roadmap-exchange-'));
});

afterEach(() => {
  for (const store of open.splice(0)) store.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

function store(name: string): ProgressStore {
  const opened = ProgressStore.openForWriting(path.join(dir, `${name}.db`));
  open.push(opened);
  return opened;
}

const T1 = '2026-11-29T10:00:00.000Z';
const T2 = '2026-11-29T11:00:00.000Z';
const T3 = '2026-11-29T12:00:00.000Z';
const T4 = '2026-11-29T13:00:00.000Z';
const NOW = '2026-12-01T00:00:00.000Z';

/** Export, write as the CLI would, read back as the CLI would. */
function roundTrip(from: ProgressStore | null, exportedAt = NOW): ProgressExport {
  return parseProgressExport(`${JSON.stringify(exportProgress(from, exportedAt), null, 2)}\n`, 'export.json');
}

function parseError(text: string, fileName = 'in.json'): RoadmapError {
  try {
    parseProgressExport(text, fileName);
  } catch (error) {
    expect(error).toBeInstanceOf(RoadmapError);
    expect((error as RoadmapError).exitCode).toBe(3);
    return error as RoadmapError;
  }
  throw new Error('expected the file to be refused');
}

/** A store with history in two curricula, an edited note and a deleted one. */
function populated(): ProgressStore {
  const source = store('source');
  source.recordChanges('c', [{ item: 'a', status: 'started' }, { item: 'b/r', status: 'done' }], T1);
  source.recordChanges('c', [{ item: 'a', status: 'done' }], T2);
  source.recordChanges('d', [{ item: 'x', status: 'skipped' }], T2);
  const kept = source.addNote('c', 'a', 'linear maps, finally', T1);
  source.editNote(kept.id, 'linear maps, finally!', T3);
  const gone = source.addNote('d', 'x', 'to delete', T2);
  source.deleteNote(gone.id, T3);
  return source;
}

describe('export', () => {
  it('without a database is a valid, empty file', () => {
    expect(roundTrip(null)).toEqual({ format: 'roadmap-progress', version: 3, exportedAt: NOW, events: [], notes: [], reviews: [] });
  });

  it('carries every event and note (deleted ones as tombstones) across curricula, without local ids', () => {
    const data = exportProgress(populated(), NOW);
    expect(data.events.map((event) => [event.curriculum, event.item, event.previous, event.status])).toEqual(
      expect.arrayContaining([
        ['c', 'a', 'todo', 'started'],
        ['c', 'b/r', 'todo', 'done'],
        ['c', 'a', 'started', 'done'],
        ['d', 'x', 'todo', 'skipped'],
      ]),
    );
    expect(data.events).toHaveLength(4);
    expect(Object.keys(data.events[0] ?? {})).toEqual(['uid', 'curriculum', 'item', 'status', 'previous', 'at']);
    expect(data.notes.map(({ text, deletedAt }) => [text, deletedAt])).toEqual([
      ['linear maps, finally!', null],
      ['', T3],
    ]);
  });
});

describe('import', () => {
  it('export → import into an empty database → export gives the same document', () => {
    const first = roundTrip(populated());
    const target = store('target');
    expect(importProgress(target, first)).toEqual({
      eventsAdded: 4,
      eventsSkipped: 0,
      notesAdded: 2,
      notesUpdated: 0,
      notesSkipped: 0,
      reviewsAdded: 0,
      reviewsSkipped: 0,
    });
    expect(roundTrip(target)).toEqual(first);
    expect(target.statusRecords('c')).toEqual(
      new Map([
        ['a', { status: 'done', at: T2 }],
        ['b/r', { status: 'done', at: T1 }],
      ]),
    );
    expect(target.notes('d')).toEqual([]);
    expect(target.notes('c').map((note) => note.text)).toEqual(['linear maps, finally!']);
  });

  it('importing the same file twice changes nothing the second time', () => {
    const data = roundTrip(populated());
    const target = store('target');
    importProgress(target, data);
    const before = exportProgress(target, NOW);
    expect(importProgress(target, data)).toEqual({
      eventsAdded: 0,
      eventsSkipped: 4,
      notesAdded: 0,
      notesUpdated: 0,
      notesSkipped: 2,
      reviewsAdded: 0,
      reviewsSkipped: 0,
    });
    expect(exportProgress(target, NOW)).toEqual(before);
    expect(target.events()).toHaveLength(4);
  });

  it('old history never overrides a newer local status; newer history does', () => {
    const other = store('other');
    other.recordChanges('c', [{ item: 'a', status: 'started' }], T1);
    const old = roundTrip(other);
    other.recordChanges('c', [{ item: 'a', status: 'skipped' }], T4);
    const newer = roundTrip(other);

    const mine = store('mine');
    mine.recordChanges('c', [{ item: 'a', status: 'done' }], T3);
    importProgress(mine, old);
    expect(mine.statusRecords('c').get('a')).toEqual({ status: 'done', at: T3 });
    expect(mine.events({ curriculum: 'c' }).map((event) => event.status)).toEqual(['started', 'done']);

    importProgress(mine, newer);
    expect(mine.statusRecords('c').get('a')).toEqual({ status: 'skipped', at: T4 });
    expect(mine.events()).toHaveLength(3);
  });

  it('merges notes by uid: the newer version wins, deletions carry, and a tombstone is not resurrected', () => {
    const laptop = store('laptop');
    const note = laptop.addNote('c', 'a', 'v1', T1);
    const v1 = roundTrip(laptop);

    const desktop = store('desktop');
    importProgress(desktop, v1);
    const there = desktop.notes('c')[0];
    desktop.editNote(there?.id ?? -1, 'v2 from the desktop', T2);
    const v2 = roundTrip(desktop);

    expect(importProgress(laptop, v2)).toMatchObject({ notesUpdated: 1, notesAdded: 0 });
    expect(laptop.note(note.id)?.text).toBe('v2 from the desktop');
    // The older copy is ignored.
    expect(importProgress(laptop, v1)).toMatchObject({ notesSkipped: 1, notesUpdated: 0 });
    expect(laptop.note(note.id)?.text).toBe('v2 from the desktop');

    laptop.deleteNote(note.id, T3);
    const deleted = roundTrip(laptop);
    expect(importProgress(desktop, deleted)).toMatchObject({ notesUpdated: 1 });
    expect(desktop.notes('c')).toEqual([]);
    // Importing the old, live copy again does not bring it back.
    expect(importProgress(desktop, v2)).toMatchObject({ notesSkipped: 1 });
    expect(desktop.notes('c')).toEqual([]);
  });

  it('is one transaction: it fails as a whole', () => {
    const data = roundTrip(populated());
    const target = store('target');
    const reading = ProgressStore.openForReading(path.join(dir, 'target.db'));
    if (reading === null) throw new Error('expected the database');
    open.push(reading);
    expect(() => importProgress(reading, data)).toThrow(/opened for reading/);
    expect(target.events()).toEqual([]);
  });
});

describe('reading an export file', () => {
  const valid = (overrides: Record<string, unknown> = {}) => ({
    format: 'roadmap-progress',
    version: 1,
    exportedAt: NOW,
    events: [],
    notes: [],
    ...overrides,
  });
  const event = (overrides: Record<string, unknown> = {}) => ({
    uid: 'e1',
    curriculum: 'c',
    item: 'a',
    status: 'done',
    previous: 'todo',
    at: T1,
    ...overrides,
  });

  it('accepts a BOM and times in any zone, storing them in canonical UTC', () => {
    const text = `\uFEFF${JSON.stringify(valid({ events: [event({ at: '2026-11-29T12:00:00+02:00' })] }))}`;
    expect(parseProgressExport(text, 'in.json').events[0]?.at).toBe('2026-11-29T10:00:00.000Z');
  });

  it('reports a JSON syntax error at its line and column', () => {
    const error = parseError('{\n  "format": "roadmap-progress",\n  "version": 1,\n}\n');
    expect(error.lines).toEqual(["in.json:3:15: invalid JSON: trailing comma: JSON allows no ',' before '}'"]);
    expect(parseError('{"format": "roadmap-progress", "events": [').message).toMatch(/^in\.json:1:43: invalid JSON: unexpected end of file/);
    expect(parseError('').message).toBe('in.json:1:1: invalid JSON: the file is empty');
    expect(parseError('{"a": tru}').message).toMatch(/^in\.json:1:7: invalid JSON: unexpected 't'/);
  });

  // Each syntax error is placed at the character that breaks the grammar, said in words a person
  // editing the file by hand can act on.
  it.each([
    ['{"events": [1,]}', "1:14: invalid JSON: trailing comma: JSON allows no ',' before ']'"],
    ['{"a" 1}', "1:6: invalid JSON: expected ':' after the property name, found '1'"],
    ["{'a': 1}", "1:2: invalid JSON: expected a property name in double quotes, found '''"],
    ['{"a": 1, b: 2}', "1:10: invalid JSON: expected a property name in double quotes, found 'b'"],
    ['{"a": "x\\qy"}', '1:9: invalid JSON: invalid escape \\q'],
    ['{"a": "\\u12g4"}', '1:8: invalid JSON: invalid \\u escape: expected four hex digits'],
    ['{"a": "x\\', '1:9: invalid JSON: invalid escape \\'],
    ['{"a": "x\ty"}', '1:9: invalid JSON: raw control character U+0009 in a string: write it as an escape'],
    ['{"a": "line\nbreak"}', '1:12: invalid JSON: raw control character U+000A in a string: write it as an escape'],
    ['{"a": "abc', '1:7: invalid JSON: unterminated string'],
    ['{"a": [1 2]}', "1:10: invalid JSON: expected ',' or ']', found '2'"],
    ['{"a": [1, 2}', "1:12: invalid JSON: expected ',' or ']', found '}'"],
    ['{"a":1 "b":2}', `1:8: invalid JSON: expected ',' or '}', found '"'`],
    ['{"a":1}}', "1:8: invalid JSON: unexpected '}' after the end of the JSON value"],
    ['[1] [2]', "1:5: invalid JSON: unexpected '[' after the end of the JSON value"],
    ['{"a": [1,,2]}', "1:10: invalid JSON: unexpected ',': expected a value"],
    ['{"a": NaN}', "1:7: invalid JSON: unexpected 'N': expected a value"],
    ['// note\n{}', "1:1: invalid JSON: unexpected '/': expected a value"],
    ['{"a": -}', '1:7: invalid JSON: invalid number'],
    ['{"version": 01}', '1:14: invalid JSON: invalid number'],
    ['{"version": 1.}', '1:14: invalid JSON: invalid number'],
    ['{"a"', "1:5: invalid JSON: unexpected end of file: expected ':' after the property name"],
    ['{', '1:2: invalid JSON: unexpected end of file: expected a property name in double quotes'],
    ['[', '1:2: invalid JSON: unexpected end of file: a value is missing'],
    ['{"a": 1', "1:8: invalid JSON: unexpected end of file: expected ',' or '}'"],
    ['  \n ', '2:2: invalid JSON: the file is empty'],
  ])('places the syntax error in %j', (text, message) => {
    expect(parseError(text).lines).toEqual([`in.json:${message}`]);
  });

  it('places problems at the value they are about, the last one when a key is repeated', () => {
    const exportedAt = '"exportedAt": "2026-11-29T10:00:00Z"';
    expect(parseError('\n  [] ').lines).toEqual([
      'in.json:2:3: not a roadmap progress export (expected "format": "roadmap-progress", got an array)',
    ]);
    expect(
      parseError(`{"format": "roadmap-progress", "version": 1, ${exportedAt}, "events": [], "notes": [], "odd key": 1, "a\\"b": 2}`).lines,
    ).toEqual([
      'in.json:1:122: ["odd key"]: unknown key (expected format, version, exportedAt, events, notes)',
      'in.json:1:133: ["a\\"b"]: unknown key (expected format, version, exportedAt, events, notes)',
    ]);
    expect(
      parseError(`{"format": "roadmap-progress", "version": 1, "version": "one", ${exportedAt}, "events": [], "notes": []}`).lines,
    ).toEqual(['in.json:1:57: version: expected 1, 2 or 3, got string "one"']);
    expect(
      parseError(`{"format": "roadmap-progress", "version": 1, ${exportedAt}, "events": [7, {"uid": "e"}], "notes": {}}`).lines,
    ).toEqual([
      'in.json:1:95: events[0]: expected an object, got number 7',
      ...['curriculum', 'item', 'status', 'previous', 'at'].map((key) => `in.json:1:98: events[1].${key}: missing`),
      'in.json:1:122: notes: expected an array, got an object',
    ]);
  });

  it('refuses a file that is not a progress export, or from a newer version', () => {
    expect(parseError('[]').message).toMatch(/^in\.json:1:1: not a roadmap progress export/);
    expect(parseError(JSON.stringify({ format: 'something-else' })).message).toMatch(/not a roadmap progress export/);
    const newer = parseError(JSON.stringify(valid({ version: 4, events: 'whatever' })));
    expect(newer.lines).toEqual([
      'in.json:1:40: written by a newer version of roadmap (progress format 4, this version reads 3); upgrade roadmap',
    ]);
  });

  it('names the path and place of every missing, mistyped or unknown field', () => {
    const text = JSON.stringify(
      valid({
        events: [
          event({ uid: 'e0' }),
          event({ uid: 'e1' }),
          event({ uid: 'e2', at: 'yesterday' }),
          event({ uid: 'e3', status: 'finished' }),
          { uid: 'e4', curriculum: 'c', item: 'a', status: 'done', at: T1, colour: 'red' },
          event({ uid: 'e1' }),
        ],
        notes: [{ uid: 'n1', curriculum: 'c', item: 'a', text: 7, createdAt: T1, updatedAt: T1, deletedAt: null }],
      }),
      null,
      2,
    );
    const error = parseError(text);
    const lineOf = (needle: string, from = 0) => text.slice(0, text.indexOf(needle, from)).split('\n').length;
    expect(error.lines).toEqual([
      `in.json:${lineOf('"yesterday"')}:13: events[2].at: expected an ISO 8601 date-time with a time zone, like 2026-11-29T10:00:00Z, got "yesterday"`,
      `in.json:${lineOf('"finished"')}:17: events[3].status: expected one of todo, started, done, skipped, got "finished"`,
      `in.json:${lineOf('"e4"') - 1}:5: events[4].previous: missing`,
      `in.json:${lineOf('"red"')}:17: events[4].colour: unknown key (expected uid, curriculum, item, status, previous, at)`,
      `in.json:${lineOf('"e1"', text.indexOf('"e4"'))}:14: events[5].uid: duplicate uid, first used by events[1]`,
      `in.json:${lineOf('"text": 7')}:15: notes[0].text: expected a string, got number 7`,
    ]);
  });

  it('summarises a flood of problems', () => {
    const events = Array.from({ length: 30 }, (_, index) => event({ uid: `e${index}`, status: 'nope' }));
    const error = parseError(JSON.stringify(valid({ events })));
    expect(error.lines).toHaveLength(21);
    expect(error.lines[20]).toBe('in.json: … and 10 more problems');
  });

  it('refuses bad ids and a deletion later than the last update', () => {
    const note = { uid: 'n1', curriculum: 'c', item: 'a', text: 'x', createdAt: T1, updatedAt: T1, deletedAt: T2 };
    const error = parseError(
      JSON.stringify(valid({ events: [event({ curriculum: 'Not A Slug', item: '../etc' })], notes: [note] })),
    );
    expect(error.lines.map((line) => line.replace(/^in\.json:\d+:\d+: /, ''))).toEqual([
      'events[0].curriculum: expected a curriculum id (a slug), got "Not A Slug"',
      'events[0].item: expected an item id: SECTION, TOPIC or TOPIC/RESOURCE, got "../etc"',
      "notes[0].deletedAt: is later than updatedAt; a deletion is the note's last update",
    ]);
  });
});

describe('JSON positions', () => {
  it('agrees with JSON.parse on what is valid', () => {
    const samples = ['{}', '[]', '0', '-0.5e+3', '"\\u00e9\\n"', ' [1, {"a": [true, false, null]}] ', '{"a":1}'];
    for (const sample of samples) expect(findJsonSyntaxError(sample)).toBeUndefined();
    const invalid = ['01', '[1,]', '{"a" 1}', "{'a': 1}", '"\\x"', '"a\nb"', '[1] 2', 'NaN', '-', '1.', '{"a":1,}'];
    for (const sample of invalid) {
      expect(() => JSON.parse(sample)).toThrow();
      expect(findJsonSyntaxError(sample)).toBeDefined();
    }
  });

  it('agrees with JSON.parse on what is valid, for any text near valid JSON', () => {
    const pieces = ['{', '}', '[', ']', ',', ':', '"', '\\', '\\u12', '-', '0', '1.', 'e', 'nulll', 'tru', ' ', '\n', '\t', '\u00a0', '\ufeff', '\u0001', '/', "'"];
    const nearJson = fc
      .tuple(fc.json(), fc.array(fc.tuple(fc.nat(), fc.constantFrom(...pieces), fc.boolean()), { maxLength: 3 }))
      .map(([json, edits]) =>
        edits.reduce((text, [at, piece, replace]) => {
          const place = at % (text.length + 1);
          return text.slice(0, place) + piece + text.slice(replace ? place + 1 : place);
        }, json),
      );
    fc.assert(
      fc.property(nearJson, (text) => {
        let valid = true;
        try {
          JSON.parse(text);
        } catch {
          valid = false;
        }
        const problem = findJsonSyntaxError(text);
        expect(problem === undefined).toBe(valid);
        if (problem !== undefined) expect(problem.offset).toBeLessThanOrEqual(text.length);
      }),
      { numRuns: 1000 },
    );
  });

  it('refuses spaces JSON does not allow between tokens', () => {
    expect(findJsonSyntaxError('{"a":\u00a01}')).toEqual({ offset: 5, message: 'unexpected U+00A0: expected a value' });
    expect(findJsonSyntaxError('[1]\ufeff')).toEqual({ offset: 3, message: 'unexpected U+FEFF after the end of the JSON value' });
    expect(findJsonSyntaxError('[1,\u000b2]')).toEqual({ offset: 3, message: 'unexpected U+000B: expected a value' });
  });

  it('stops at a depth no progress export has, before the call stack ends', () => {
    expect(findJsonSyntaxError('['.repeat(100_000))).toEqual({ offset: 513, message: 'nested more than 512 levels deep' });
    const deep = `{"events": ${'['.repeat(100_000)}${']'.repeat(100_000)}}`;
    expect(locateJsonValues(deep, [['events'], ['events', 0, 0], ['notes']])).toEqual([11, 13, undefined]);
  });

  it('finds values by path and turns offsets into lines and columns', () => {
    const text = '{\n  "events": [\n    {"uid": "x", "odd key": 2}\n  ]\n}';
    const [uid, oddKey, events] = locateJsonValues(text, [['events', 0, 'uid'], ['events', 0, 'odd key'], ['events']]);
    expect(positionOf(text, uid ?? -1)).toEqual({ line: 3, column: 13 });
    expect(positionOf(text, oddKey ?? -1)).toEqual({ line: 3, column: 29 });
    expect(positionOf(text, events ?? -1)).toEqual({ line: 2, column: 13 });
  });
});

describe('reviews in an export', () => {
  it('travel through export and import, merged by uid, without touching any status', () => {
    const source = populated();
    source.recordReviews([{ curriculum: 'c', item: 'a' }], false, T3);
    source.recordReviews([{ curriculum: 'c', item: 'a' }], true, T4);
    const data = roundTrip(source);
    expect(data.reviews.map(({ item, hard, at }) => [item, hard, at])).toEqual([
      ['a', false, T3],
      ['a', true, T4],
    ]);
    expect(Object.keys(data.reviews[0] ?? {})).toEqual(['uid', 'curriculum', 'item', 'hard', 'at']);
    const target = store('target');
    expect(importProgress(target, data)).toMatchObject({ reviewsAdded: 2, reviewsSkipped: 0 });
    expect(importProgress(target, data)).toMatchObject({ reviewsAdded: 0, reviewsSkipped: 2 });
    expect(target.reviews({ curriculum: 'c' }).map((review) => review.uid)).toEqual(data.reviews.map((review) => review.uid));
    expect(target.statusRecords('c').get('a')).toEqual({ status: 'done', at: T2 });
    expect(roundTrip(target)).toEqual(data);
  });

  it('reads versions 1 and 2 as having none, and wants them from version 3 on', () => {
    const older = { format: 'roadmap-progress', exportedAt: NOW, events: [], notes: [] };
    expect(parseProgressExport(JSON.stringify({ ...older, version: 2 }), 'in.json').reviews).toEqual([]);
    expect(parseError(JSON.stringify({ ...older, version: 2, reviews: [] })).lines).toEqual([
      'in.json:1:115: reviews: unknown key (expected format, version, exportedAt, events, notes)',
    ]);
    expect(parseError(JSON.stringify({ ...older, version: 3 })).lines).toEqual(['in.json:1:1: reviews: missing']);
    const review = { uid: 'r1', curriculum: 'c', item: 'a/b', hard: 'yes', at: T1 };
    expect(parseError(JSON.stringify({ ...older, version: 3, reviews: [review] })).lines).toEqual([
      'in.json:1:152: reviews[0].item: expected a topic id, got "a/b"',
      'in.json:1:165: reviews[0].hard: expected true or false, got string "yes"',
    ]);
  });
});
