import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BIN, ROOT, SAMPLE, TempHome } from './helpers/roadmap.js';
import { day } from './helpers/clock.js';

let home: TempHome;
beforeEach(() => {
  home = new TempHome();
});
afterEach(() => home.remove());


/** `roadmap` on the sample curriculum with the clock at `days` after day 0 (helpers/clock.ts), and (optionally) its own database. */
function at(days: number, args: string[], db?: string) {
  return home.sample([...(db ? ['--db', db] : []), ...args], { env: { ROADMAP_NOW: day(days) } });
}
function json<T = any>(days: number, args: string[], db?: string): T {
  const result = at(days, [...args, '--json'], db);
  if (result.code !== 0) throw new Error(`roadmap ${args.join(' ')} exited ${result.code}: ${result.stderr}`);
  return JSON.parse(result.stdout) as T;
}

describe('spaced review', () => {
  it('a topic done comes due 2 days later, then 7 days after its review; reviews show in log and status and change no status', () => {
    expect(at(0, ['done', '1.1']).code).toBe(0);
    expect(json(1, ['review'])).toMatchObject({ due: 0, shown: [], nextDueAt: day(2) });
    expect(at(1, ['review']).stdout).toContain('No review due. The next one is due 2026-01-07 09:00.');

    const due = at(2, ['review']);
    expect(due.stdout).toContain('1 review due');
    expect(due.stdout).toContain('↻ 1.1  Introduction 入門');
    expect(due.stdout).toContain('1.1.1  Welcome video');
    expect(json(2, ['status']).reviewsDue).toBe(1);
    expect(at(2, ['status']).stdout).toContain('↻ 1 review due → roadmap review');

    const reviewed = at(3, ['reviewed', 'intro']);
    expect(reviewed.code).toBe(0);
    expect(reviewed.stdout).toContain('reviewed: 1.1  Introduction 入門  · next review 2026-01-15');
    expect(json(9, ['review']).due).toBe(0);
    expect(json(10, ['review']).shown.map((item: { topic: string }) => item.topic)).toEqual(['intro']);

    const log = json(10, ['log']).events;
    expect(log.map((event: { kind: string; ref: string }) => `${event.kind} ${event.ref}`)).toEqual(['status-changed intro', 'reviewed intro']);
    expect(log[1]).toEqual({ kind: 'reviewed', at: day(3), ref: 'intro', hard: false, number: '1.1', title: 'Introduction 入門' });
    expect(at(10, ['log']).stdout).toMatch(/↻ reviewed 1\.1 {2}Introduction 入門/);
    expect(json(10, ['status']).topics).toMatchObject({ complete: 1, done: 1 });
    // A day with only a review in it is a study day too, in the heat map and the streak.
    const activity = json(3, ['status']).activity;
    expect(activity.days.map((entry: { date: string }) => entry.date)).toEqual(['2026-01-05', '2026-01-08']);
    expect(activity.streak.current).toBe(1);
  });

  it('--hard brings it back in 2 days; undoing clears the schedule and redoing starts it over', () => {
    at(0, ['done', '1.1', '1.2']);
    expect(at(3, ['reviewed', '1.1', '--hard']).stdout).toContain('reviewed (hard): 1.1  Introduction 入門  · next review 2026-01-10');
    expect(at(3, ['log']).stdout).toContain('(hard)');
    expect(json(5, ['review']).shown.map((item: { topic: string }) => item.topic)).toEqual(['algebra', 'intro']);
    expect(json(5, ['review', '-n', '1'])).toMatchObject({ due: 2, shown: [{ topic: 'algebra' }] });

    at(5, ['undo', '1.2']);
    expect(json(5, ['review']).shown.map((item: { topic: string }) => item.topic)).toEqual(['intro']);
    const refused = at(5, ['reviewed', '1.2', '1.1']);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('1.2 線性代數 Linear algebra is not done');
    expect(json(5, ['log']).events.filter((event: { kind: string }) => event.kind === 'reviewed')).toHaveLength(1);

    at(6, ['done', '1.2']);
    expect(json(7, ['review']).shown.map((item: { topic: string }) => item.topic)).toEqual(['intro']);
    expect(json(8, ['review']).shown.map((item: { topic: string; reviews: number }) => [item.topic, item.reviews])).toEqual([
      ['intro', 1],
      ['algebra', 0],
    ]);
  });
});

describe('the pace forecast', () => {
  it('says there is not enough history at first, then gives a date with a range in path and status', () => {
    at(0, ['start', '1.1']);
    expect(at(3, ['status']).stdout).toContain('Forecast: not enough history yet (3 days; it takes 2 weeks)');
    at(4, ['done', '1.1']);
    at(9, ['done', '1.2']);
    at(15, ['done', '1.3']);
    const status = json(21, ['status']);
    expect(status.forecast).toMatchObject({ kind: 'forecast', weeks: 3, topicsPerWeek: 1, remainingTopics: 3 });
    expect(at(21, ['status']).stdout).toMatch(/At your pace of 1 topic a week: about \d{4}-\d{2}-\d{2} \(between \d{4}-\d{2}-\d{2} and \d{4}-\d{2}-\d{2}\)/);
    const plan = json(21, ['path', '2.1']);
    expect(plan.forecast).toMatchObject({ kind: 'forecast', remainingTopics: 1 });
    expect(at(21, ['path', '2.1']).stdout.split('\n')[1]).toMatch(/^At your pace of 1 topic a week: about /);
  });

  it("counts active days in the learner's time zone ($TZ), as the heat map does", () => {
    // 15:00 and 17:00 UTC on one day are 23:00 and 01:00 in Taipei: one day in UTC, two there.
    const hoursAfter = (days: number, hours: number) => new Date(Date.parse(day(days)) + hours * 3_600_000).toISOString();
    const record = (instant: string, args: string[]) => expect(home.sample(args, { env: { ROADMAP_NOW: instant } }).code).toBe(0);
    record(day(0), ['start', '1.1']);
    record(hoursAfter(4, 6), ['done', '1.1']);
    record(hoursAfter(4, 8), ['done', '1.2']);
    record(day(15), ['done', '1.3']);
    const status = (tz: string) => JSON.parse(home.sample(['status', '--json'], { env: { ROADMAP_NOW: day(21), TZ: tz } }).stdout);
    const utc = status('UTC');
    const taipei = status('Asia/Taipei');
    expect(utc.forecast).toMatchObject({ kind: 'forecast', activeDays: 2 });
    expect(taipei.forecast).toMatchObject({ kind: 'forecast', activeDays: 3 });
    // The heat map agrees: the same instants, the same days.
    expect(taipei.activity.days.map((entry: { date: string }) => entry.date)).toEqual(['2026-01-05', '2026-01-09', '2026-01-10', '2026-01-20']);
  });
});

describe('sync between devices', () => {
  const laptop = () => path.join(home.dir, 'laptop.db');
  const desktop = () => path.join(home.dir, 'desktop.db');
  const share = () => path.join(home.dir, 'share');

  /** Everything a database holds, by uid, as export writes it. */
  function exported(db: string) {
    const result = home.sample(['--db', db, 'export']);
    expect(result.code).toBe(0);
    const data = JSON.parse(result.stdout);
    const ids = (list: { uid: string }[]) => list.map((entry) => entry.uid).sort();
    return { events: ids(data.events), notes: data.notes.map((note: { uid: string; text: string; deletedAt: string | null }) => `${note.uid} ${note.text} ${note.deletedAt}`).sort(), reviews: ids(data.reviews) };
  }

  it('two databases with different progress and notes converge, in either order and repeatedly, nothing lost or doubled', () => {
    mkdirSync(share());
    at(0, ['done', '1.1', '--note', 'on the laptop'], laptop());
    at(2, ['reviewed', '1.1'], laptop());
    at(1, ['done', '1.2'], desktop());
    at(1, ['note', '1.3', 'desktop thought'], desktop());
    at(1, ['start', '2.1'], desktop());

    const first = at(3, ['sync', share()], laptop());
    expect(first.code).toBe(0);
    expect(first.stdout).toContain('synced with 0 other devices');
    expect(at(3, ['sync', share()], desktop()).stdout).toContain('received 1 event, 1 note, 1 review');
    // The laptop has not seen the desktop's file yet; the second round brings it.
    expect(at(4, ['sync'], laptop()).stdout).toContain('received 2 events, 1 note, 0 reviews');
    const settled = exported(laptop());
    expect(settled.events).toHaveLength(3);
    expect(settled.notes).toHaveLength(2);
    expect(settled.reviews).toHaveLength(1);
    expect(exported(desktop())).toEqual(settled);

    // More rounds, in the other order, change nothing and double nothing.
    for (const db of [desktop(), laptop(), laptop(), desktop()]) expect(at(5, ['sync'], db).stdout).toContain('received 0 events, 0 notes, 0 reviews');
    expect(exported(laptop())).toEqual(settled);
    expect(exported(desktop())).toEqual(settled);
    expect(readdirSync(path.join(share(), 'roadmap-sync'))).toHaveLength(2);

    // Work on both sides between syncs: an edit and a new status meet.
    at(6, ['undo', '1.1'], desktop());
    at(6, ['notes', '--delete', '1'], laptop());
    for (const db of [desktop(), laptop(), desktop()]) expect(at(7, ['sync'], db).code).toBe(0);
    const after = exported(laptop());
    expect(exported(desktop())).toEqual(after);
    expect(after.events).toHaveLength(4);
    expect(json(8, ['status'], laptop()).topics.complete).toBe(1);
    expect(after.notes.filter((note: string) => note.endsWith(' null'))).toHaveLength(1);
  });

  it('a copy of a database file, set up elsewhere, shares through a file of its own; the original keeps its file', () => {
    mkdirSync(share());
    at(0, ['done', '1.1'], laptop());
    expect(at(1, ['sync', share()], laptop()).code).toBe(0);
    const [laptopFile] = readdirSync(path.join(share(), 'roadmap-sync'));
    // The laptop's database, copied to start the desktop from it.
    copyFileSync(laptop(), desktop());
    at(2, ['done', '1.2'], desktop());
    expect(at(3, ['sync', share()], desktop()).stdout).toContain('synced with 1 other device');
    const files = readdirSync(path.join(share(), 'roadmap-sync'));
    expect(files).toHaveLength(2);
    expect(files).toContain(laptopFile);
    expect(at(4, ['sync'], laptop()).stdout).toContain('received 1 event');
    expect(readdirSync(path.join(share(), 'roadmap-sync'))).toEqual(files);
    expect(exported(laptop())).toEqual(exported(desktop()));
    // And the help says so.
    expect(home.run(['sync', '--help']).stdout.replace(/\s+/g, ' ')).toContain('A copy of the database file set up on another machine or at another path is a device of its own.');
  });

  it('two devices syncing at the same moment lose nothing: the next round brings whatever one missed', async () => {
    mkdirSync(share());
    const syncNow = (db: string, days: number) =>
      new Promise<number | null>((resolve) => {
        const child = spawn(process.execPath, [BIN, '--curriculum', SAMPLE, '--db', db, 'sync', share()], { cwd: ROOT, env: home.env({ ROADMAP_NOW: day(days) }), stdio: 'ignore' });
        child.on('close', resolve);
      });
    const refs = ['1.1', '1.2', '1.3'];
    for (const [round, ref] of refs.entries()) {
      at(round, ['start', ref], laptop());
      at(round, ['note', ref, `desktop ${round}`], desktop());
      expect(await Promise.all([syncNow(laptop(), round), syncNow(desktop(), round)])).toEqual([0, 0]);
    }
    for (const db of [laptop(), desktop(), laptop()]) expect(at(5, ['sync'], db).code).toBe(0);
    const union = exported(laptop());
    expect(exported(desktop())).toEqual(union);
    expect(union.events).toHaveLength(3);
    expect(union.notes).toHaveLength(3);
  });

  it('remembers the folder; without one it asks for it', () => {
    const none = at(0, ['sync'], laptop());
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('which folder? roadmap sync DIR');
    mkdirSync(share());
    at(0, ['sync', share()], laptop());
    expect(at(0, ['sync', '--json'], laptop()).stdout).toContain(`"folder":${JSON.stringify(share())}`);
  });

  it('refuses a sync file from a newer format with exit 4, leaving it and this database untouched', () => {
    mkdirSync(path.join(share(), 'roadmap-sync'), { recursive: true });
    const future = path.join(share(), 'roadmap-sync', 'other-device.json');
    const text = JSON.stringify({ format: 'roadmap-progress', version: 99, exportedAt: day(0), events: [], notes: [], reviews: [], streaks: [] });
    writeFileSync(future, text);
    at(0, ['done', '1.1'], laptop());
    const result = at(1, ['sync', share()], laptop());
    expect(result.code).toBe(4);
    expect(result.stderr).toContain('was written by a newer version of roadmap (progress format 99, this version reads 3)');
    expect(readFileSync(future, 'utf8')).toBe(text);
    expect(readdirSync(path.join(share(), 'roadmap-sync'))).toEqual(['other-device.json']);
  });

  it('an interrupted sync leaves its file either as it was or whole, never torn', async () => {
    mkdirSync(share());
    // A history big enough that writing it takes a while: 400 notes, imported at once.
    const notes = Array.from({ length: 400 }, (_, i) => ({ uid: `n${i}`, curriculum: 'sample', item: 'intro', text: `note ${i} ${'x'.repeat(500)}`, createdAt: day(0), updatedAt: day(0), deletedAt: null }));
    const seed = path.join(home.dir, 'seed.json');
    writeFileSync(seed, JSON.stringify({ format: 'roadmap-progress', version: 3, exportedAt: day(0), events: [], notes, reviews: [] }));
    expect(at(0, ['import', seed], laptop()).code).toBe(0);
    expect(at(0, ['sync', share()], laptop()).code).toBe(0);
    const folder = path.join(share(), 'roadmap-sync');
    const [own] = readdirSync(folder);
    const ownFile = path.join(folder, own!);
    let killed = 0;
    let previous = 400;
    for (let round = 0; round < 10; round++) {
      at(round + 1, ['note', '1.2', `round ${round}`], laptop());
      const child = spawn(process.execPath, [BIN, '--curriculum', SAMPLE, '--db', laptop(), 'sync'], { cwd: ROOT, env: home.env({ ROADMAP_NOW: day(round + 1) }), stdio: 'ignore' });
      // Listened for at once: a sync that ends before the kill must not leave this waiting for ever.
      const closed = new Promise((resolve) => child.on('close', resolve));
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 250));
      if (child.exitCode === null && child.kill('SIGKILL')) killed++;
      await closed;
      const data = JSON.parse(readFileSync(ownFile, 'utf8'));
      expect(data.format).toBe('roadmap-progress');
      // The file before this sync, or the whole database after it.
      expect([previous, 401 + round]).toContain(data.notes.length);
      previous = data.notes.length;
    }
    expect(killed).toBeGreaterThan(0);
    // What a killed sync left behind is cleaned up by the next one, which shares everything.
    expect(at(20, ['sync'], laptop()).code).toBe(0);
    expect(readdirSync(folder)).toEqual([own]);
    expect(JSON.parse(readFileSync(ownFile, 'utf8')).notes).toHaveLength(410);
    expect(existsSync(laptop())).toBe(true);
  });
});
