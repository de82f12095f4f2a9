// The floor under the start-up figures: the input and output any build of `roadmap next` has to do, and
// nothing else. It reads the curriculum's cache entry and checks it against the curriculum's files, as
// src/load/curriculumCache.ts does (the bytes kept in the entry against the files' bytes), parses its JSON,
// opens the progress database read-only, reads its events, and writes one line. run.mjs bundles it with
// better-sqlite3's JavaScript (as the product's own bundle holds it) and times it alternated with
// `node -e 0` and the commands: what the commands cost beyond this is roadmap's own code.
//
//   node floor.bundle.cjs ENTRY ADDON DATABASE     (the cache entry, better_sqlite3.node, progress.db)
'use strict';
const { readFileSync, writeSync } = require('node:fs');
const Database = require('better-sqlite3');

const [entryFile, addonFile, databaseFile] = process.argv.slice(2);

// The entry: `FORMAT VERSION BUILD LENGTH[ LENGTH:PATH]…`, a newline, the curriculum file's bytes, each
// other file's bytes, then the curriculum as JSON.
const entry = readFileSync(entryFile);
const headerEnd = entry.indexOf(0x0a);
const [, , , ownLength, ...parts] = entry.toString('latin1', 0, headerEnd).split(' ');
let offset = headerEnd + 1 + Number(ownLength);
for (const part of parts) {
  const colon = part.indexOf(':');
  const length = Number(part.slice(0, colon));
  const bytes = readFileSync(decodeURIComponent(part.slice(colon + 1)));
  if (!entry.subarray(offset, offset + length).equals(bytes)) throw new Error(`stale cache entry: ${part}`);
  offset += length;
}
const curriculum = JSON.parse(entry.toString('latin1', offset));

const addon = { exports: {} };
process.dlopen(addon, addonFile);
const db = new Database(databaseFile, { readonly: true, nativeBinding: addon.exports });
const events = db.prepare('SELECT * FROM events').all();
writeSync(1, `${curriculum.sections.length} sections, ${events.length} events\n`);
// As bin/roadmap.js does once the output is written: no wait for the background work of V8.
process.exit();
