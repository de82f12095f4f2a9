import { plural } from './plural.js';

/** `roadmap export`, `roadmap import`, and the export file's problems. */
export const exchange = () => ({
  /** The count is not made singular: this line has always said `1 events`, and scripts may read it. */
  exported: ({ events, notes, file }: { events: number; notes: number; file: string }) => `exported ${events} events and ${notes} notes to ${file}`,
  imported: ({
    eventsAdded,
    eventsSkipped,
    notesAdded,
    notesUpdated,
    notesSkipped,
  }: {
    eventsAdded: number;
    eventsSkipped: number;
    notesAdded: number;
    notesUpdated: number;
    notesSkipped: number;
  }) =>
    `imported ${plural(eventsAdded, 'event')} (${eventsSkipped} already here) and ${plural(notesAdded, 'note')} (${notesUpdated} updated, ${notesSkipped} unchanged)`,
  noSuchFile: ({ file }: { file: string }) => `no such file: ${file}`,
  cannotRead: ({ file, detail }: { file: string; detail: string }) => `cannot read ${file}: ${detail}`,
  /** What is wrong in an export file; the caller puts `FILE:LINE:COL: ` and the value's location before it. */
  problems: {
    invalidJson: ({ detail }: { detail: string }) => `invalid JSON: ${detail}`,
    invalidExport: 'invalid progress export',
    moreProblems: ({ count }: { count: number }) => `… and ${count} more problems`,
    notAnExport: ({ format, got }: { format: string; got: string }) => `not a roadmap progress export (expected "format": "${format}", got ${got})`,
    /** What a file that is not an export has instead, for `got` above. */
    gotFormat: ({ format }: { format: string }) => `format ${format}`,
    newerVersion: ({ version, known }: { version: number; known: number }) =>
      `written by a newer version of roadmap (progress format ${version}, this version reads ${known}); upgrade roadmap`,
    expectedVersion: ({ versions, last, got }: { versions: string; last: number; got: string }) => `expected ${versions} or ${last}, got ${got}`,
    missing: 'missing',
    unknownKey: ({ keys }: { keys: string }) => `unknown key (expected ${keys})`,
    mustNotBeEmpty: 'must not be empty',
    expectedString: ({ got }: { got: string }) => `expected a string, got ${got}`,
    expectedBoolean: ({ got }: { got: string }) => `expected true or false, got ${got}`,
    expectedArray: ({ got }: { got: string }) => `expected an array, got ${got}`,
    expectedObject: ({ got }: { got: string }) => `expected an object, got ${got}`,
    expectedStatus: ({ statuses, got }: { statuses: string; got: string }) => `expected one of ${statuses}, got ${got}`,
    expectedInstant: ({ got }: { got: string }) => `expected an ISO 8601 date-time with a time zone, like 2026-11-29T10:00:00Z, got ${got}`,
    /** A value that breaks its rule (one of `rules`). */
    brokenRule: ({ rule, got }: { rule: string; got: string }) => `${rule}, got ${got}`,
    rules: {
      invalidValue: 'invalid value',
      uid: 'expected 1 to 128 printable ASCII characters without spaces',
      curriculum: 'expected a curriculum id (a slug)',
      item: 'expected an item id: SECTION, TOPIC or TOPIC/RESOURCE',
      topic: 'expected a topic id',
    },
    duplicateUid: ({ first }: { first: string }) => `duplicate uid, first used by ${first}`,
    deletedAfterUpdate: "is later than updatedAt; a deletion is the note's last update",
    /** What a wrong value is, for `got` above; `value` is the JSON text. */
    types: {
      null: 'null',
      array: 'an array',
      object: 'an object',
      string: ({ value }: { value: string }) => `string ${value}`,
      number: ({ value }: { value: string }) => `number ${value}`,
      boolean: ({ value }: { value: string }) => `boolean ${value}`,
    },
  },
  /** The first JSON syntax error of a file; `character` is `'x'` or `U+0000`. */
  syntax: {
    unterminatedString: 'unterminated string',
    invalidUnicodeEscape: 'invalid \\u escape: expected four hex digits',
    invalidEscape: ({ escape }: { escape: string }) => `invalid escape \\${escape}`,
    controlCharacter: ({ character }: { character: string }) => `raw control character ${character} in a string: write it as an escape`,
    unexpectedEnd: ({ expected }: { expected: string }) => `unexpected end of file: expected ${expected}`,
    expectedFound: ({ expected, character }: { expected: string; character: string }) => `expected ${expected}, found ${character}`,
    invalidNumber: 'invalid number',
    trailingComma: ({ closer }: { closer: string }) => `trailing comma: JSON allows no ',' before '${closer}'`,
    afterTheEnd: ({ character }: { character: string }) => `unexpected ${character} after the end of the JSON value`,
    emptyFile: 'the file is empty',
    valueMissing: 'unexpected end of file: a value is missing',
    expectedValue: ({ character }: { character: string }) => `unexpected ${character}: expected a value`,
    tooDeep: ({ depth }: { depth: number }) => `nested more than ${depth} levels deep`,
    /** What the grammar allowed, for `expected` above. */
    propertyName: 'a property name in double quotes',
    colon: "':' after the property name",
    commaOr: ({ closer }: { closer: string }) => `',' or '${closer}'`,
  },
});
