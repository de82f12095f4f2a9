// The start-up budget of SPEC §10: `next`, `list`, `status`, `show REF` and `done REF` on the bundled
// curriculum (warm curriculum cache, ~50 events) may cost at most 20 ms more than `node -e 0` (goal 10 ms),
// the median of each, alternated with it in one run. Shared by run.mjs and steps.mjs.
import { buildSync } from 'esbuild';
import { copyFileSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { summary } from './measure.mjs';

export const STARTUP_BUDGET_MS = 20;
export const STARTUP_GOAL_MS = 10;

/** Where the start-up database is (writeStartupDatabase in generate.mjs), and the copy `done` starts from. */
function databaseFiles(env) {
  const db = path.join(env.XDG_DATA_HOME, 'roadmap', 'progress.db');
  return { db, saved: `${db}.saved` };
}

/**
 * The commands, each { name, argv, prepare }, for the binary `bin`. `done 1.1` must record something on
 * every run (the write path is the slowest): before each of its runs, unmeasured, the database is put back
 * as it was, with 1.1 not done. The others need no preparation (`true`: hyperfine takes one per command or
 * none). Call after writeStartupDatabase, with the same env.
 */
export function startupCommands(node, bin, env, { prefix = '', argvPrefix = [], database } = {}) {
  const { db, saved } = database ?? databaseFiles(env);
  const restore = ['sh', '-c', `cp '${saved}' '${db}' && rm -f '${db}-wal' '${db}-shm'`];
  const none = ['true'];
  return [
    { name: `${prefix}next`, argv: [...argvPrefix, node, bin, 'next'], prepare: none },
    { name: `${prefix}list`, argv: [...argvPrefix, node, bin, 'list'], prepare: none },
    { name: `${prefix}status`, argv: [...argvPrefix, node, bin, 'status'], prepare: none },
    { name: `${prefix}show 1.1`, argv: [...argvPrefix, node, bin, 'show', '1.1'], prepare: none },
    { name: `${prefix}done 1.1`, argv: [...argvPrefix, node, bin, 'done', '1.1'], prepare: restore },
  ];
}

/** The start-up database at `db`, written by the build `bin` itself (so at its own schema). */
export function ownStartupDatabase(env, bin, db, write) {
  write(env, 50, { bin, dbFile: db });
  copyFileSync(db, `${db}.saved`);
  return { db, saved: `${db}.saved` };
}

/**
 * Saves again the database a build's `done 1.1` starts from, once that build has opened it (and migrated it
 * to its schema): 1.1 undone by that build, then copied.
 */
export function resaveStartupDatabase(argv, database, env, spawn) {
  spawn(argv[0], [...argv.slice(1), 'undo', '1.1'], { env, stdio: 'ignore' });
  const Database = createRequire(import.meta.url)('better-sqlite3');
  new Database(database.db).close();
  copyFileSync(database.db, database.saved);
}

/** Saves the database `done 1.1` starts from: the start-up one, with 1.1 not done (`undo` by `bin`). */
export function saveStartupDatabase(node, bin, env, spawn) {
  const { db, saved } = databaseFiles(env);
  spawn(node, [bin, 'undo', '1.1'], { env, stdio: 'ignore' });
  // Closing the last connection writes the log back into the file: one file holds it all.
  const Database = createRequire(import.meta.url)('better-sqlite3');
  new Database(db).close();
  copyFileSync(db, saved);
}

/**
 * The floor (floor.cjs): the cache entry read and checked, the database read, one line written, and no
 * more, bundled into `directory`. Call once the commands have run, so the whole course's entry exists: the
 * entry that names other files (the course's parts) is the one.
 */
export function floorCommand(node, env, directory) {
  const entries = path.join(env.XDG_CACHE_HOME, 'roadmap', 'curricula');
  const course = readdirSync(entries)
    .map((name) => path.join(entries, name))
    .find((file) => readFileSync(file, 'latin1').split('\n', 1)[0].includes(':'));
  if (!course) throw new Error(`no cache entry of the whole course in ${entries}`);
  const bundle = path.join(directory, 'floor.bundle.cjs');
  buildSync({ entryPoints: [fileURLToPath(new URL('floor.cjs', import.meta.url))], bundle: true, platform: 'node', format: 'cjs', outfile: bundle, minifyWhitespace: true, logLevel: 'error' });
  const addon = path.join(path.dirname(createRequire(import.meta.url).resolve('better-sqlite3/package.json')), 'build', 'Release', 'better_sqlite3.node');
  const { db } = databaseFiles(env);
  return { name: 'floor (input and output only)', argv: [node, bundle, course, addon, db], prepare: ['true'] };
}

/** The reference command, with the same shape. */
export const nodeReference = (node) => ({ name: 'node -e 0', argv: [node, '-e', '0'], prepare: ['true'] });

/** Median overhead over the reference, in ms, and the spread of the command's runs (quartiles, minus the reference median). */
export function overhead(times, name, reference = 'node -e 0') {
  const base = summary(times[reference]).median;
  const sorted = [...times[name]].sort((a, b) => a - b);
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] - base;
  return { medianMs: summary(sorted).median, overheadMs: summary(sorted).median - base, q1: at(0.25), q3: at(0.75) };
}
