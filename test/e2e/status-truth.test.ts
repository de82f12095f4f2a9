import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BIN, ROOT, SAMPLE, TempHome } from './helpers/roadmap.js';
import { Tmux } from './helpers/tmux.js';

let home: TempHome;
beforeEach(() => (home = new TempHome()));
afterEach(() => home.remove());

/** Runs a command that must succeed; stderr is returned, not required empty (warnings go there). */
function run(args: string[]) {
  const result = home.sample(args);
  expect(result.code, `roadmap ${args.join(' ')}: ${result.stderr}`).toBe(0);
  return result;
}

function ok(args: string[]) {
  const result = run(args);
  expect(result.stderr, `roadmap ${args.join(' ')}`).toBe('');
  return result;
}

const topicState = (id: string): string => home.json(['show', id, '--json']).state;
const events = () => home.json(['log', '--json']).events.map((event: { ref: string; status: string; at: string }) => event);

describe('undo of a topic the learner sees as complete', () => {
  it('sets back the resources that completed it, listing them, in one transaction', () => {
    ok(['done', '1.3.1']);
    expect(topicState('1.3')).toBe('complete');

    const undo = ok(['undo', '1.3']);
    expect(undo.stdout).not.toContain('already todo');
    expect(undo.stdout).toContain('back to todo: 1.3.1  Khan Academy calculus (was done)');
    expect(undo.stdout).toContain('no longer complete: 1.3  Calculus 微積分');
    expect(topicState('1.3')).not.toBe('complete');
    expect(events().map((event: { ref: string; status: string }) => `${event.ref} ${event.status}`)).toEqual(['calculus/course done', 'calculus/course todo']);
  });

  it('sets back its required resources, done or skipped, and the topic itself; optional ones stay as they are', () => {
    ok(['done', '1.2.1', '1.2.3']);
    ok(['skip', '1.2.2']);
    ok(['done', '1.2']);
    const undo = ok(['undo', '1.2']);
    expect(undo.stdout).toContain('back to todo: 1.2  線性代數 Linear algebra (was done)');
    expect(undo.stdout).toContain('back to todo: 1.2.1  Linear Algebra Done Right (was done)');
    expect(undo.stdout).toContain('back to todo: 1.2.2  3Blue1Brown 線性代數的本質 (was skipped)');
    expect(undo.stdout).not.toContain('1.2.3');
    expect(topicState('1.2')).toBe('in-progress');
    const undone = events().filter((event: { status: string }) => event.status === 'todo');
    expect(undone.map((event: { ref: string }) => event.ref).sort()).toEqual(['algebra', 'algebra/book', 'algebra/videos']);
    expect(new Set(undone.map((event: { at: string }) => event.at)).size).toBe(1);
    expect(home.json(['show', '1.2.3', '--json']).status).toBe('done');
  });

  it('undoes a topic marked done through its section', () => {
    ok(['done', '1']);
    const undo = ok(['undo', '1.1']);
    expect(undo.stdout).toContain('back to todo: 1.1  Introduction 入門 (was done)');
    expect(topicState('1.1')).toBe('available');
    expect(topicState('1.2')).toBe('complete');
  });

  it('says what to do when a resource is resolved only through its topic', () => {
    ok(['done', '1.3']);
    const undo = ok(['undo', '1.3.1']);
    expect(undo.stdout).not.toContain('already todo');
    expect(undo.stdout).toContain('1.3.1  Khan Academy calculus stays resolved: its topic 1.3 is marked done (roadmap undo 1.3 reopens it)');
    expect(topicState('1.3')).toBe('complete');
  });

  it('still says "already todo" for an item nobody marked', () => {
    expect(ok(['undo', '1.3']).stdout).toContain('already todo: 1.3  Calculus 微積分');
  });
});

describe('done before the prerequisites', () => {
  it('reports as unlocked only the topics it made available, not those it marked, and warns of unmet prerequisites', () => {
    const result = run(['done', '2']);
    expect(result.stdout).toContain('done: 2.1  Neural networks 神經網路 (was todo)');
    expect(result.stdout).not.toMatch(/unlocked: 2\./);
    expect(result.stdout).toContain('unlocked: 3.1  Text processing 文字處理');
    expect(result.stderr).toContain('2.1  Neural networks 神經網路 is done before its prerequisites: 1.1  Introduction 入門, 1.2  線性代數 Linear algebra, 1.3  Calculus 微積分');
    expect(result.stderr).toContain('2.2  Extras 延伸 is done before its prerequisites: 1.2  線性代數 Linear algebra');
    expect(result.stderr.trim().split('\n')).toHaveLength(2);
  });

  it('warns when resources complete a topic whose prerequisites are unmet; says nothing when they are met', () => {
    const early = run(['done', '2.1.1', '2.1.2']);
    expect(early.stderr).toContain('2.1  Neural networks 神經網路 is done before its prerequisites: 1.1');
    ok(['undo', '2.1']);
    ok(['done', '1']);
    expect(ok(['done', '2.1']).stdout).toContain('unlocked: 3.1');
  });

  it('puts the unmet prerequisites in --json too', () => {
    const result = run(['done', '2.2', '--json']);
    const view = JSON.parse(result.stdout);
    expect(view.prerequisitesUnmet).toEqual([{ item: 'extras', number: '2.2', title: 'Extras 延伸', unmet: [{ item: 'algebra', number: '1.2', title: '線性代數 Linear algebra' }] }]);
    expect(view.unlockedTopics).toEqual([]);
  });
});

describe('the menu offers what makes sense for the topic', () => {
  let tmux: Tmux;
  beforeEach(() => (tmux = new Tmux(home.dir)));
  afterEach(() => tmux.kill());

  /** Starts the menu and opens topic 1.3 through Browse; returns its screen and the stderr file. */
  async function openCalculus(): Promise<{ screen: string; stderrFile: string }> {
    const stderrFile = path.join(home.dir, 'stderr.txt');
    tmux.start([process.execPath, path.relative(ROOT, BIN), '--curriculum', path.relative(ROOT, SAMPLE)], home.env(), { cwd: ROOT, stderrFile });
    await tmux.waitFor('What would you like to do?');
    tmux.keys('Down', 'Enter');
    await tmux.waitFor('Which section?');
    tmux.keys('Enter');
    await tmux.waitFor('Which topic?');
    tmux.keys('Down', 'Down');
    await tmux.waitFor(/❯ 1\.3 /);
    tmux.keys('Enter');
    return { screen: await tmux.waitFor('What now?'), stderrFile };
  }

  /** The action lines of a topic screen, from the first one to "← Back". */
  const actionsOf = (screen: string) => {
    const lines = screen.split('\n').map((line) => line.replace(/^[ ❯]+/, '').trim());
    return lines.slice(lines.indexOf('What now?') + 1, lines.indexOf('← Back'));
  };

  async function quit(stderrFile: string) {
    tmux.keys('C-c');
    expect(await tmux.exitCode()).toBe(130);
    expect(readFileSync(stderrFile, 'utf8')).toBe('');
  }

  it('offers only Undo on a topic marked done, and undoing it records the topic back to todo', async () => {
    ok(['done', '1.3']);
    const { screen, stderrFile } = await openCalculus();
    expect(actionsOf(screen)).toEqual(['Undo: set this topic back to todo', 'Open a resource…']);
    tmux.keys('Enter');
    await tmux.waitFor('back to todo: 1.3  Calculus 微積分 (was done)');
    await tmux.waitFor('Start this topic');
    await quit(stderrFile);
    expect(topicState('1.3')).toBe('available');
    expect(events().map((event: { ref: string; status: string }) => `${event.ref} ${event.status}`)).toEqual(['calculus done', 'calculus todo']);
  });

  it('offers Undo of a topic complete through its resources, which sets them back', async () => {
    ok(['done', '1.3.1']);
    const { screen, stderrFile } = await openCalculus();
    expect(actionsOf(screen)).toEqual(['Tick resources…', 'Undo: set this topic and the resources that complete it back to todo', 'Open a resource…']);
    tmux.keys('Down', 'Enter');
    await tmux.waitFor('back to todo: 1.3.1  Khan Academy calculus (was done)');
    await quit(stderrFile);
    expect(topicState('1.3')).toBe('available');
  });

  it('offers no Start on a started topic, and no Undo on an untouched one', async () => {
    const first = await openCalculus();
    expect(actionsOf(first.screen)).toEqual(['Tick resources…', 'Start this topic', 'Mark this topic done', 'Skip this topic', 'Open a resource…']);
    tmux.keys('Down', 'Enter');
    await tmux.waitFor('started: 1.3  Calculus 微積分 (was todo)');
    const started = await tmux.waitFor('Set this topic back to todo');
    expect(actionsOf(started)).toEqual(['Tick resources…', 'Mark this topic done', 'Skip this topic', 'Set this topic back to todo', 'Open a resource…']);
    await quit(first.stderrFile);
  });
});
