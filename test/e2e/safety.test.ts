import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { FIXTURES, SAMPLE, TempHome } from './helpers/roadmap.js';

let home: TempHome;
beforeEach(() => (home = new TempHome()));
afterEach(() => home.remove());

const RENAMED = path.join(FIXTURES, 'sample-renamed.yaml');
const HOSTILE = path.join(FIXTURES, 'hostile.yaml');

function run(args: string[], env: Record<string, string> = {}) {
  const result = home.sample(args, { env });
  expect(result.code, `${args.join(' ')}: ${result.stderr}`).toBe(0);
  return result;
}

function comparable(exported: any) {
  const strip = ({ id: _id, ...rest }: any) => rest;
  return { events: exported.events.map(strip), notes: exported.notes.map(strip) };
}

describe('export and import', () => {
  it('round-trips: export → import into an empty database → export gives the same events and notes', () => {
    run(['done', '1.2.1', '1.3']);
    run(['skip', 'intro']);
    run(['note', '1.2', 'first note']);
    run(['note', '2.1.1', 'second']);
    run(['notes', '--delete', '2']);
    const file = path.join(home.dir, 'progress.json');
    run(['export', '-o', file]);
    const first = JSON.parse(readFileSync(file, 'utf8'));
    expect(first).toMatchObject({ format: 'roadmap-progress', version: 3 });
    expect(first.events).toHaveLength(3);

    const other = path.join(home.dir, 'other.db');
    const imported = home.sample(['import', file], { env: { ROADMAP_DB: other } });
    expect(imported.code, imported.stderr).toBe(0);
    expect(imported.stdout).toContain('imported 3 events');
    const second = JSON.parse(home.sample(['export'], { env: { ROADMAP_DB: other } }).stdout);
    expect(comparable(second)).toEqual(comparable(first));
    expect(home.json(['status', '--json'])).toEqual(JSON.parse(home.sample(['status', '--json'], { env: { ROADMAP_DB: other } }).stdout));
  });

  it('importing the same file twice duplicates nothing', () => {
    run(['done', '1.2.1']);
    run(['note', '1.2', 'a note']);
    const file = path.join(home.dir, 'progress.json');
    run(['export', '-o', file]);
    const again = run(['import', file]);
    expect(again.stdout).toContain('imported 0 events (1 already here)');
    run(['import', file]);
    expect(home.json(['log', '--json']).events.map((event: { kind: string }) => event.kind)).toEqual(['status-changed', 'note-added']);
    expect(home.json(['notes', '--json']).notes).toHaveLength(1);
  });

  it('rejects a malformed or future-version file with exit 3 and writes nothing', () => {
    const bad = path.join(home.dir, 'bad.json');
    writeFileSync(bad, '{"format": "roadmap-progress", "version": 1, "events": [ {');
    const result = home.sample(['import', bad]);
    expect(result.code).toBe(3);
    expect(result.stderr).toMatch(/bad\.json:1:\d+: /);
    const future = path.join(home.dir, 'future.json');
    writeFileSync(future, JSON.stringify({ format: 'roadmap-progress', version: 99, exportedAt: '2030-01-01T00:00:00.000Z', events: [], notes: [] }));
    const newer = home.sample(['import', future]);
    expect(newer.code).toBe(3);
    expect(newer.stderr).toMatch(/newer/);
    expect(JSON.parse(home.sample(['log', '--json']).stdout).events).toEqual([]);
  });
});

describe('curriculum edits', () => {
  it('carries progress across a rename with aliases, also into another section, and keeps removed items', () => {
    run(['done', 'algebra/book', 'algebra/videos', 'calculus/course']);
    run(['note', 'calculus', 'removed later']);
    const renamed = (args: string[]) => home.run(['--curriculum', RENAMED, ...args]);
    const list = JSON.parse(renamed(['list', '--json']).stdout);
    const topic = list.sections[1].topics.find((t: any) => t.id === 'linear-algebra');
    expect(topic.state).toBe('complete');
    expect(topic.resources.map((r: any) => [r.ref, r.status])).toEqual([
      ['linear-algebra/book', 'done'],
      ['linear-algebra/essence', 'done'],
      ['linear-algebra/extra', 'todo'],
    ]);
    const again = renamed(['done', 'linear-algebra/essence']);
    expect(again.stdout).toContain('already done');
    // Undoing progress that was recorded under the former id records the change (it used to say "already todo").
    const undo = renamed(['undo', 'linear-algebra/essence']);
    expect(undo.stdout).toContain('back to todo: 2.1.2');
    const afterUndo = JSON.parse(renamed(['list', '--json']).stdout).sections[1].topics[0];
    expect(afterUndo.resources[1]).toMatchObject({ ref: 'linear-algebra/essence', status: 'todo' });
    expect(renamed(['done', 'linear-algebra/essence']).stdout).toContain('done: 2.1.2');

    // Notes follow the rename too: listed and shown with the item as it is now named.
    run(['note', 'algebra', 'taken before the rename']);
    run(['note', 'algebra/videos', 'on the videos']);
    const notes = JSON.parse(renamed(['notes', '2.1', '--json']).stdout).notes;
    expect(notes.map((n: any) => [n.item, n.number, n.text])).toEqual([
      ['algebra', '2.1', 'taken before the rename'],
      ['algebra/videos', '2.1.2', 'on the videos'],
    ]);
    expect(renamed(['show', 'linear-algebra']).stdout).toMatch(/Notes\n.*\n +taken before the rename\n.*on 2\.1\.2 +3Blue1Brown/);
    const listing = renamed(['notes']).stdout;
    expect(listing).not.toMatch(/algebra.*no longer in the curriculum/);
    expect(listing).toMatch(/\ncalculus \(no longer in the curriculum\)\n.*\n +removed later\n$/);
    expect(renamed(['log', '--json']).stdout).toContain('"ref":"algebra/book","status":"done","previous":"todo","number":"2.1.1"');

    const doctor = renamed(['doctor']);
    expect(doctor.code).toBe(1);
    expect(doctor.stdout).toContain('calculus/course');
    expect(doctor.stdout).toContain('removed later');
    expect(JSON.parse(renamed(['doctor', '--json']).stdout).integrity).toEqual([]);

    // The original curriculum still sees everything: nothing was deleted.
    expect(home.json(['status', '--json']).resources.resolved).toBe(3);
    const originalDoctor = home.sample(['doctor']);
    expect(originalDoctor.stdout).toContain('integrity check passed');
    // What was recorded under the new ids is, seen from the old file, progress for unknown items: kept too.
    expect(originalDoctor.stdout).toContain('linear-algebra/essence');
  });
});

describe('doctor', () => {
  it("advises only the topic's alias when a topic was renamed and its resource kept its id", () => {
    run(['done', 'algebra/book']);
    const edited = path.join(home.dir, 'edited.yaml');
    writeFileSync(edited, readFileSync(SAMPLE, 'utf8').replace('- id: algebra\n', '- id: algebras\n').replace('requires: [algebra]', 'requires: [algebras]'));
    const doctor = home.run(['--curriculum', edited, 'doctor']);
    expect(doctor.code).toBe(1);
    expect(doctor.stdout).toContain('probably became 1.2.1');
    expect(doctor.stdout).toContain('to carry it over, write on topic algebras in the curriculum:  aliases: [linalg, algebra]');
    // The resource's own id did not change: an alias equal to it would make the curriculum invalid.
    expect(doctor.stdout).not.toContain('aliases: [book]');
    const likely = JSON.parse(home.run(['--curriculum', edited, 'doctor', '--json']).stdout).orphans[0].likely;
    expect(likely).toEqual({ item: 'algebras/book', number: '1.2.1', title: 'Linear Algebra Done Right', carryOver: [{ item: 'algebras', line: 'aliases: [linalg, algebra]' }] });
  });
});

describe('hostile input', () => {
  it('never lets escape sequences or bidi overrides from a curriculum reach stdout', () => {
    for (const args of [['list'], ['show', '1.1'], ['show', '1'], ['next'], ['path', 'reorder'], ['graph'], ['graph', '--format', 'dot'], ['list', '--json'], ['next', '--json']]) {
      const result = home.run(['--curriculum', HOSTILE, ...args], { env: { FORCE_COLOR: '0' } });
      expect(result.code, `${args.join(' ')}: ${result.stderr}`).toBe(0);
      expect(result.stdout, args.join(' ')).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
    }
    const json = JSON.parse(home.run(['--curriculum', HOSTILE, 'list', '--json']).stdout);
    expect(json.curriculum.title).toBe('Hostile \u001b[2J\u001b[H roadmap');
  });

  it('neutralises control characters in notes too', () => {
    run(['note', '1.1', 'evil \u001b[2J note \u202e']);
    const out = run(['notes']).stdout;
    expect(out).toContain('evil \uFFFD[2J note \uFFFD');
  });

  it('validate warns about control characters but accepts the file', () => {
    const result = home.run(['validate', HOSTILE]);
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/warning: .*control/i);
    expect(result.stderr).not.toMatch(/\u001b/);
  });

  it('rejects a 20 MB file, an alias bomb and deep nesting with exit 3 promptly', () => {
    const big = path.join(home.dir, 'big.yaml');
    writeFileSync(big, `schema: 1\nid: big\ntitle: Big\n# ${'x'.repeat(20 * 1024 * 1024)}\n`);
    const bomb = path.join(home.dir, 'bomb.yaml');
    const levels = ['a: &a ["x","x","x","x","x","x","x","x","x"]'];
    for (let i = 1; i < 10; i++) levels.push(`${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(9).fill(`*${String.fromCharCode(96 + i)}`).join(',')}]`);
    writeFileSync(bomb, `${levels.join('\n')}\nschema: 1\n`);
    const deep = path.join(home.dir, 'deep.yaml');
    writeFileSync(deep, `${'['.repeat(100_000)}${']'.repeat(100_000)}\n`);
    const invalidUtf8 = path.join(home.dir, 'latin1.yaml');
    writeFileSync(invalidUtf8, Buffer.from([0x74, 0x69, 0x74, 0x6c, 0x65, 0x3a, 0x20, 0xe9, 0x0a]));
    for (const file of [big, bomb, deep, invalidUtf8]) {
      const started = Date.now();
      const result = home.run(['validate', file]);
      expect(result.code, `${file}: ${result.stderr}`).toBe(3);
      expect(result.stderr).not.toMatch(/\n\s+at /);
      expect(Date.now() - started, file).toBeLessThan(10_000);
    }
  });

  it('open passes only the URL to $BROWSER, as an argument', () => {
    const browser = path.join(home.dir, 'browser.sh');
    const log = path.join(home.dir, 'opened.txt');
    writeFileSync(browser, `#!/bin/sh\nprintf '%s\\n' "$#" "$1" > ${JSON.stringify(log)}\n`, { mode: 0o755 });
    run(['open', '1.2.2'], { BROWSER: browser });
    for (let i = 0; i < 50 && !safeRead(log); i++) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 100);
    expect(safeRead(log)).toBe('1\nhttps://example.com/3b1b\n');
    expect(run(['open', '1.2', '--print']).stdout).toBe('https://example.com/ladr\n');
  });
});

describe('crash safety', () => {
  it('a done with thousands of REFs killed with SIGKILL leaves all of the batch or none', async () => {
    const topics = Array.from({ length: 3000 }, (_, i) => `      - id: t${i}\n        title: Topic ${i}\n        resources:\n          - id: r\n            title: R ${i}\n            url: https://example.com/${i}\n`).join('');
    const file = path.join(home.dir, 'large.yaml');
    writeFileSync(file, `schema: 1\nid: large\ntitle: Large\nsections:\n  - id: all\n    title: All\n    topics:\n${topics}`);
    expect(home.run(['--curriculum', file, 'start', 't0']).code).toBe(0);
    const refs = Array.from({ length: 3000 }, (_, i) => `t${i}/r`);
    /** Kills a `done` of all the REFs after `delay` ms (never, if null); returns how many it left done. */
    const killedAfter = async (delay: number | null) => {
      const child = home.spawn(['--curriculum', file, 'done', ...refs]);
      // Read and dropped: a full pipe would stop a run that is not killed.
      child.stdout.resume();
      child.stderr.resume();
      const closed = new Promise((resolve) => child.on('close', resolve));
      if (delay !== null) {
        await new Promise((resolve) => setTimeout(resolve, delay));
        child.kill('SIGKILL');
      }
      await closed;
      const db = new Database(home.db, { readonly: true });
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      const done = (db.prepare("select count(*) as n from current where curriculum = 'large' and status = 'done'").get() as { n: number }).n;
      db.close();
      expect([0, 3000]).toContain(done);
      if (done === 3000) expect(home.run(['--curriculum', file, 'undo', ...refs]).code).toBe(0);
      return done;
    };
    const started = performance.now();
    expect(await killedAfter(null)).toBe(3000);
    // Kills are aimed by bisection at the moment the batch is written: the last delay seen to leave
    // nothing and the first seen to leave everything close in on it. Both outcomes must be seen (or the
    // kills missed the write altogether); a partial batch fails at once.
    let early = 0;
    let late = performance.now() - started;
    const outcomes = new Set<number>();
    for (let attempt = 0; attempt < 24 && (attempt < 8 || outcomes.size < 2); attempt++) {
      const delay = (early + late) / 2;
      const done = await killedAfter(delay);
      outcomes.add(done);
      if (done === 3000) {
        late = delay;
      } else {
        early = delay;
        // Nothing written even just before a kill that once left everything: that run was quick by chance.
        if (late - early < 2) late *= 2;
      }
    }
    expect([...outcomes].sort((a, b) => a - b)).toEqual([0, 3000]);
  }, 120_000);
});

function safeRead(file: string): string | null {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return null;
  }
}
