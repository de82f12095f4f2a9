import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { LinkServer } from '../helpers/linkServer.js';
import { BIN, TempHome, type RunResult } from './helpers/roadmap.js';
import { Tmux } from './helpers/tmux.js';

let server: LinkServer;
let home: TempHome;
beforeAll(async () => {
  server = await LinkServer.start();
});
afterAll(async () => {
  await server.stop();
});
beforeEach(() => {
  home = new TempHome();
});
afterEach(() => home.remove());

/**
 * A curriculum whose resources link to the local server, written now that its port is known. `paths` go
 * one per resource, in one topic; a path given twice is two resources sharing a URL.
 */
function curriculumLinkingTo(paths: string[], name = 'links.yaml'): string {
  const file = path.join(home.dir, name);
  writeFileSync(file, server.curriculum(paths));
  return file;
}

/** The built binary, run without blocking this process: the server answering it lives here. */
const run = (args: string[], env: Record<string, string | undefined> = {}) => home.runInBackground(args, env);

const lineOf = (file: string, text: string) => readFileSync(file, 'utf8').split('\n').findIndex((line) => line.includes(text)) + 1;

describe('roadmap check-links', () => {
  it('groups the links by outcome, gives the line to write for a moved one, and exits 1', async () => {
    const file = curriculumLinkingTo(['/ok', '/missing', '/gone', '/chain/1', '/temporary', '/loop/a', '/slow', '/busy/e2e', '/no-head', '/reset', '/ok']);
    const result = await run(['--curriculum', file, 'check-links', '--timeout', '1']);
    expect(result.code).toBe(1);
    const report = result.stdout;
    const broken = report.slice(report.indexOf('✘ broken (4)'), report.indexOf('↪ moved (1)'));
    for (const brokenPath of ['/missing', '/gone', '/loop/a', '/reset']) expect(broken).toContain(server.url(brokenPath));
    expect(broken).toContain('404 Not Found');
    expect(broken).toContain('410 Gone');
    expect(broken).toContain('redirect loop');
    expect(broken).toContain('connection reset');
    expect(broken).toContain(`1.1.2 pages/r2  ${file}:${lineOf(file, '/missing')}`);
    const moved = report.slice(report.indexOf('↪ moved (1)'), report.indexOf('⧗ timed out (1)'));
    expect(moved).toContain(`moved to ${server.url('/chain/end')} (301 → 308)`);
    expect(moved).toContain(`1.1.4 pages/r4  ${file}:${lineOf(file, '/chain/1')}\n      url: "${server.url('/chain/end')}"`);
    expect(report).toContain(`⧗ timed out (1)\n  ${server.url('/slow')}\n    no answer within 1 s`);
    // The temporary redirect, the 429 answered after its Retry-After, the server refusing HEAD: all fine.
    expect(report).toContain('10 links checked: 4 broken, 1 moved, 1 timed out, 4 ok');
    expect(report).not.toContain(server.url('/temporary'));
    expect(result.stderr).toBe('roadmap: check-links found 6 of 10 links to fix: 4 broken, 1 moved, 1 timed out\n');
  });

  it('lists every link with --verbose and prints them all with --json', async () => {
    const file = curriculumLinkingTo(['/ok', '/temporary', '/chain/1', '/ok']);
    const verbose = await run(['--curriculum', file, 'check-links', '--verbose']);
    expect(verbose.stdout).toContain(`✔ ok (2)\n  ${server.url('/ok')}\n    1.1.1 pages/r1  ${file}:${lineOf(file, '/ok')}\n    1.1.4 pages/r4  ${file}:`);
    expect(verbose.stdout).toContain(`  ${server.url('/temporary')}\n    200 OK (redirected to ${server.url('/ok')})`);

    const json = await run(['--curriculum', file, 'check-links', '--json', '--fresh']);
    expect(json.code).toBe(1);
    const view = JSON.parse(json.stdout);
    expect(view).toMatchObject({ curriculum: 'links', file, counts: { broken: 0, moved: 1, 'timed-out': 0, ok: 2 }, fromCache: 0 });
    expect(view.links).toHaveLength(3);
    expect(view.links[2]).toMatchObject({
      url: server.url('/chain/1'),
      outcome: 'moved',
      status: 200,
      movedTo: server.url('/chain/end'),
      fromCache: false,
      resources: [{ ref: 'pages/r3', number: '1.1.3', title: 'Resource 3', line: lineOf(file, '/chain/1') }],
    });
    expect(Object.keys(view.links[2])).toEqual(['url', 'outcome', 'status', 'reason', 'movedTo', 'redirects', 'checkedAt', 'fromCache', 'resources']);
    expect(view.links[2].reason).toBe('200 OK');
  });

  it('exits 0 when every link is fine, and asks again within a day only with --fresh', async () => {
    const file = curriculumLinkingTo(['/ok', '/temporary']);
    const first = await run(['--curriculum', file, 'check-links']);
    expect(first).toMatchObject({ code: 0, stderr: '' });
    expect(first.stdout).toBe('✔ all 2 links ok\n');

    const asked = server.requests.length;
    const second = await run(['--curriculum', file, 'check-links']);
    expect(second).toMatchObject({ code: 0 });
    expect(second.stdout).toBe("✔ all 2 links ok (2 from the last day's checks; --fresh to ask again)\n");
    expect(server.requests.length).toBe(asked);

    const fresh = await run(['--curriculum', file, 'check-links', '--fresh']);
    expect(fresh.stdout).toBe('✔ all 2 links ok\n');
    expect(server.requests.length).toBeGreaterThan(asked);

    // Without a cache folder (ROADMAP_NO_CACHE), every run asks.
    const before = server.requests.length;
    await run(['--curriculum', file, 'check-links'], { ROADMAP_NO_CACHE: '1' });
    expect(server.requests.length).toBeGreaterThan(before);
  });

  it('says so when no address answered at all, as when offline', async () => {
    const stopped = await LinkServer.start();
    const file = path.join(home.dir, 'offline.yaml');
    writeFileSync(file, stopped.curriculum(['/a', '/b']));
    await stopped.stop();
    const result = await run(['--curriculum', file, 'check-links']);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('connection refused');
    expect(result.stderr).toBe(
      'roadmap: check-links found 2 of 2 links to fix: 2 broken\nno address answered at all: is this machine connected to the internet?\n',
    );
  });

  it('refuses a bad --timeout or --concurrency as a usage error', async () => {
    const file = curriculumLinkingTo(['/ok']);
    const timeout = await run(['--curriculum', file, 'check-links', '--timeout', '0']);
    expect(timeout.code).toBe(2);
    expect(timeout.stderr).toContain('--timeout must be a number of seconds above 0');
    const concurrency = await run(['--curriculum', file, 'check-links', '--concurrency', 'many']);
    expect(concurrency.code).toBe(2);
  });

  it('on a terminal, redraws a progress line on stderr while checking, and clears it at the end', async () => {
    const file = curriculumLinkingTo(['/ok', '/slow']);
    const tmux = new Tmux(home.dir);
    try {
      // The shell stays after roadmap ends: tmux drops the top line of a pane whose command has ended.
      const stay = 'node "$@"; sleep 30';
      tmux.start(['sh', '-c', stay, 'sh', BIN, '--curriculum', file, 'check-links', '--timeout', '3'], home.env(), { width: 100, height: 30 });
      await tmux.waitFor('1/2 checked · 0 broken');
      const screen = await tmux.waitFor('2 links checked: 1 timed out, 1 ok');
      // The report starts where the progress line was, leaving nothing of it.
      expect(screen.split('\n')[0]).toBe('⧗ timed out (1)');
      expect(screen).not.toContain('checked ·');
    } finally {
      tmux.kill();
    }
  });
});
