// Holds the write lock of a SQLite database for a while, from another process, as a concurrent
// `roadmap` command would: BEGIN IMMEDIATE, print "locked", wait, commit.
// Usage: node progress-lock-holder.mjs DB_PATH HOLD_MS
import Database from 'better-sqlite3';

const [file, holdMs] = process.argv.slice(2);
const db = new Database(file, { timeout: 5000 });
db.exec('BEGIN IMMEDIATE');
process.stdout.write('locked\n');
Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, Number(holdMs));
db.exec('COMMIT');
db.close();
