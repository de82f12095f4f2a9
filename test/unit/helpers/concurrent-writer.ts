// One of two processes writing to the same progress database at once (progress-store.test.ts): opens it,
// prints "ready", and when its standard input says go, records ROUNDS items of its own and, after each,
// sets the one item both processes change, to STATUS_A and STATUS_B in turn.
// Usage (bundled by the test, since Node runs no TypeScript): node concurrent-writer.cjs DB NAME ROUNDS STATUS_A STATUS_B
import { ProgressStore } from '../../../src/progress/store.js';
import type { Status } from '../../../src/model/progress.js';

const [file, name, rounds, statusA, statusB] = process.argv.slice(2) as [string, string, string, Status, Status];
const AT = '2026-11-29T10:00:00.000Z';
// A learner's commands never write in a tight loop. Without a pause, a waiting process sleeps in SQLite's busy
// handler while this one takes the lock again and again, and on a loaded machine one process can finish before
// the other has had a single turn: nothing would then be tested about writing at once.
const PAUSE = new Int32Array(new SharedArrayBuffer(4));
const PAUSE_MS = 1;

const store = ProgressStore.openForWriting(file);
process.stdout.write('ready\n');
process.stdin.once('data', () => {
  for (let round = 0; round < Number(rounds); round++) {
    store.recordChanges('c', [{ item: `${name}-${round}`, status: 'done' }], AT);
    store.recordChanges('c', [{ item: 'shared', status: round % 2 === 0 ? statusA : statusB }], AT);
    Atomics.wait(PAUSE, 0, 0, PAUSE_MS);
  }
  store.close();
  process.stdin.destroy();
});
