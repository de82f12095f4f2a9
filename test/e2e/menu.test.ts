import { spawn } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BIN, ROOT, SAMPLE, TempHome } from './helpers/roadmap.js';
import { displayWidth } from '../../src/render/text.js';
import { Tmux } from './helpers/tmux.js';

let home: TempHome;
let tmux: Tmux;
beforeEach(() => {
  home = new TempHome();
  tmux = new Tmux(home.dir);
});
afterEach(() => {
  tmux.kill();
  home.remove();
});

const MAIN = 'What would you like to do?';

/** Runs `node bin/roadmap.js --curriculum test/fixtures/sample.yaml` (the menu) in tmux, stderr to a file. */
function startMenu(): string {
  const stderrFile = path.join(home.dir, 'stderr.txt');
  tmux.start([process.execPath, path.relative(ROOT, BIN), '--curriculum', path.relative(ROOT, SAMPLE)], home.env(), { cwd: ROOT, stderrFile });
  return stderrFile;
}

/** From What's next (the first entry), back to the main menu with Esc, then Quit: exit 0, nothing on stderr. */
async function backAndQuit(stderrFile: string): Promise<void> {
  tmux.keys('Escape');
  await tmux.waitFor(MAIN);
  tmux.keys('Down', 'Down', 'Down', 'Down');
  await tmux.waitFor('❯ Quit');
  tmux.keys('Enter');
  expect(await tmux.exitCode()).toBe(0);
  expect(readFileSync(stderrFile, 'utf8')).toBe('');
}

describe('the interactive menu, in a real terminal', () => {
  it('shows the five entries, browses to a topic, ticks a resource, and quits with 0', async () => {
    const stderrFile = startMenu();
    const first = await tmux.waitFor(MAIN);
    for (const entry of ["What's next", 'Browse', 'Add a note', 'Status', 'Quit']) expect(first).toMatch(new RegExp(`^[ ❯]+${entry}`, 'm'));
    expect(first).toContain('Sample 範例');
    expect(first).toContain('0/6 topics complete · 0/7 resources resolved');

    tmux.keys('Down', 'Enter');
    await tmux.waitFor('Which section?');
    tmux.keys('Enter');
    await tmux.waitFor('Which topic?');
    tmux.keys('Down');
    await tmux.waitFor(/❯ 1\.2 +○ 線性代數 Linear algebra/);
    tmux.keys('Enter');
    const topic = await tmux.waitFor('What now?');
    expect(topic).toContain('Browse › 1 Basics 基礎 › 1.2 線性代數 Linear algebra');
    expect(topic).toContain('❯ Tick resources…');

    tmux.keys('Enter');
    await tmux.waitFor('Tick what you have finished');
    tmux.keys('Space');
    await tmux.waitFor(/❯◉ 1\.2\.1/);
    tmux.keys('Enter');
    // The change is reported, and the topic screen comes back with the new figures.
    const saved = await tmux.waitFor('0/6 topics complete · 1/7 resources resolved');
    expect(saved).toContain('done: 1.2.1  Linear Algebra Done Right');

    // Back with Esc (topic → topics → sections), then with "← Back" (sections → main menu).
    tmux.keys('Escape');
    await tmux.waitFor('Which topic?');
    tmux.keys('Escape');
    await tmux.waitFor('Which section?');
    tmux.keys('Down', 'Down', 'Down');
    await tmux.waitFor('❯ ← Back');
    tmux.keys('Enter');
    await tmux.waitFor(MAIN);
    tmux.keys('Down', 'Down', 'Down');
    await tmux.waitFor('❯ Quit');
    tmux.keys('Enter');

    expect(await tmux.exitCode()).toBe(0);
    expect(readFileSync(stderrFile, 'utf8')).toBe('');
    const status = home.json(['status', '--json']);
    expect(status.resources.resolved).toBe(1);
    expect(status.topics.complete).toBe(0);
    const log = home.json(['log', '--json']);
    expect(log.events.map((event: { ref: string; status: string }) => `${event.ref} ${event.status}`)).toEqual(['algebra/book done']);
  });

  it('exits 130 on Ctrl-C, silently, creating no database', async () => {
    const stderrFile = startMenu();
    await tmux.waitFor(MAIN);
    tmux.keys('C-c');
    expect(await tmux.exitCode()).toBe(130);
    expect(readFileSync(stderrFile, 'utf8')).toBe('');
    expect(tmux.screen()).not.toMatch(/error|Error|at .*\.cjs/);
    expect(existsSync(home.db)).toBe(false);
  });

  it('exits 130 on Ctrl-C inside a checklist, recording none of it', async () => {
    const stderrFile = startMenu();
    await tmux.waitFor(MAIN);
    tmux.keys('Enter'); // What's next: 1.1 Introduction
    await tmux.waitFor('Next up:');
    tmux.keys('Down', 'Down'); // Start it, Open a resource…, Mark resources done…
    await tmux.waitFor('❯ Mark resources done…');
    tmux.keys('Enter');
    await tmux.waitFor('Tick what you have finished');
    tmux.keys('Space');
    await tmux.waitFor(/❯◉ 1\.1\.1/);
    tmux.keys('C-c');
    expect(await tmux.exitCode()).toBe(130);
    expect(readFileSync(stderrFile, 'utf8')).toBe('');
    // The tick was never confirmed: nothing is recorded.
    expect(existsSync(home.db)).toBe(false);
  });

  it("What's next shows the reviews due first: Later puts one aside, Reviewed records it", async () => {
    const done = home.sample(['done', '1.1', '1.2'], { env: { ROADMAP_NOW: '2026-01-05T09:00:00Z' } });
    expect(done.code).toBe(0);
    const stderrFile = path.join(home.dir, 'stderr.txt');
    tmux.start([process.execPath, path.relative(ROOT, BIN), '--curriculum', path.relative(ROOT, SAMPLE)], home.env({ ROADMAP_NOW: '2026-01-08T09:00:00Z' }), { cwd: ROOT, stderrFile });
    await tmux.waitFor(MAIN);
    tmux.keys('Enter');
    const first = await tmux.waitFor('Review due: 1.1 Introduction 入門 · 1 more after it');
    expect(first).toContain('❯ Reviewed — it came back easily');
    expect(first).toContain('1.1.1  ↻ Welcome video');
    tmux.keys('Down', 'Down', 'Down');
    await tmux.waitFor('❯ Later');
    tmux.keys('Enter');
    await tmux.waitFor('Review due: 1.2 線性代數 Linear algebra');
    tmux.keys('Enter');
    const next = await tmux.waitFor('Next up:');
    expect(next).toContain('reviewed: 1.2  線性代數 Linear algebra  · next review 2026-01-15');
    await backAndQuit(stderrFile);
    const log = home.json(['log', '--json']);
    expect(log.events.filter((event: { kind: string }) => event.kind === 'reviewed').map((event: { ref: string }) => event.ref)).toEqual(['algebra']);
  });

  it("What's next fits a long title and the count of other reviews due within the terminal's width", async () => {
    const long = path.join(home.dir, 'long.yaml');
    writeFileSync(long, readFileSync(SAMPLE, 'utf8').replace('title: Introduction 入門', `title: Introduction 入門 ${'with a very long subtitle '.repeat(4)}`));
    expect(home.run(['--curriculum', long, 'done', '1.1', '1.2'], { env: { ROADMAP_NOW: '2026-01-05T09:00:00Z' } }).code).toBe(0);
    const stderrFile = path.join(home.dir, 'stderr.txt');
    tmux.start([process.execPath, path.relative(ROOT, BIN), '--curriculum', long], home.env({ ROADMAP_NOW: '2026-01-08T09:00:00Z' }), { cwd: ROOT, stderrFile, width: 80 });
    await tmux.waitFor(MAIN);
    tmux.keys('Enter');
    const screen = await tmux.waitFor('1 more after it');
    const line = screen.split('\n').find((row) => row.startsWith('Review due: '))!;
    expect(line).toMatch(/^Review due: 1\.1 Introduction 入門 with a very long.*… · 1 more after it$/);
    expect(displayWidth(line)).toBeLessThanOrEqual(80);
    await backAndQuit(stderrFile);
  });

  it('adds a note; Esc in the text box goes back without saving', async () => {
    const stderrFile = startMenu();
    await tmux.waitFor(MAIN);
    tmux.keys('Down', 'Down', 'Enter');
    await tmux.waitFor('Which section is the note about?');
    tmux.keys('Enter');
    await tmux.waitFor('About the section itself, or one of its topics?');
    tmux.keys('Down', 'Down', 'Enter');
    await tmux.waitFor('About the topic itself, or one of its resources?');
    tmux.keys('Down', 'Enter');
    await tmux.waitFor('Note for 1.2.1 Linear Algebra Done Right:');
    tmux.keys('-l', 'not this one');
    await tmux.waitFor('not this one');
    tmux.keys('Escape');
    await tmux.waitFor('About the topic itself, or one of its resources?');
    tmux.keys('Enter');
    await tmux.waitFor('Note for 1.2 線性代數 Linear algebra:');
    tmux.keys('-l', 'eigenvectors 終於懂了');
    await tmux.waitFor('eigenvectors 終於懂了');
    tmux.keys('Enter');
    await tmux.waitFor(MAIN);
    expect(tmux.screen()).toContain('✎ note #1 added to 1.2  線性代數 Linear algebra');
    tmux.keys('Down', 'Down');
    await tmux.waitFor('❯ Quit');
    tmux.keys('Enter');
    expect(await tmux.exitCode()).toBe(0);
    expect(readFileSync(stderrFile, 'utf8')).toBe('');
    const { notes } = home.json(['notes', '--json']);
    expect(notes.map((note: { item: string; text: string }) => [note.item, note.text])).toEqual([['algebra', 'eigenvectors 終於懂了']]);
  });
});

describe('without a terminal', () => {
  it('prints help and exits 0 promptly when stdin is closed and stdout is a pipe', async () => {
    const started = Date.now();
    const child = spawn(process.execPath, [BIN], { cwd: ROOT, env: home.env(), stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(code).toBe(0);
    expect(stdout).toContain('Usage: roadmap');
    expect(stderr).toBe('');
    expect(Date.now() - started).toBeLessThan(5000);
  });
});
