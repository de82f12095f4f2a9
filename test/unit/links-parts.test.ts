import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { HostLimiter } from '../../src/links/hostLimiter.js';
import { LINK_CACHE_LIFETIME_MILLISECONDS, readLinkCache, writeLinkCache } from '../../src/links/linkCache.js';
import { urlLines } from '../../src/links/sourceLines.js';
import type { LinkCheck } from '../../src/model/links.js';

describe('HostLimiter', () => {
  /** A task that runs until the test finishes it, so what is running at each moment is known without timing. */
  function heldTasks(limiter: HostLimiter, hosts: string[]) {
    const started: number[] = [];
    const finishers: (() => void)[] = [];
    const done = hosts.map((host, index) =>
      limiter.run(host, () => {
        started.push(index);
        return new Promise<void>((finish) => (finishers[index] = finish));
      }),
    );
    return { started, finish: (index: number) => finishers[index]!(), done };
  }
  const settle = () => new Promise((resolve) => setImmediate(resolve));

  it('runs at most two tasks for one host, letting other hosts pass, and at most the total', async () => {
    const tasks = heldTasks(new HostLimiter(3, 2), ['a', 'a', 'a', 'b', 'b', 'c']);
    await settle();
    // a, a, then the third a waits for its host; b takes the last place.
    expect(tasks.started).toEqual([0, 1, 3]);
    tasks.finish(0);
    await settle();
    expect(tasks.started).toEqual([0, 1, 3, 2]);
    tasks.finish(3);
    await settle();
    expect(tasks.started).toEqual([0, 1, 3, 2, 4]);
    for (const index of [1, 2, 4]) tasks.finish(index);
    await settle();
    expect(tasks.started).toEqual([0, 1, 3, 2, 4, 5]);
    tasks.finish(5);
    await Promise.all(tasks.done);
  });

  it('frees the place of a task that fails', async () => {
    const limiter = new HostLimiter(1, 1);
    await expect(limiter.run('a', async () => Promise.reject(new Error('no')))).rejects.toThrow('no');
    await expect(limiter.run('a', async () => 'next')).resolves.toBe('next');
  });
});

describe('the link cache', () => {
  let directory: string;
  afterEach(() => rmSync(directory, { recursive: true, force: true }));
  const check = (url: string, checkedAt: Date, lasting = true): LinkCheck => ({
    url,
    outcome: 'ok',
    status: 200,
    cause: { kind: 'status', status: 200 },
    movedTo: null,
    redirects: [],
    checkedAt: checkedAt.toISOString(),
    lasting,
  });

  it('gives back lasting checks younger than a day, keeps other entries, and drops the passing ones', () => {
    directory = mkdtempSync(path.join(os.tmpdir(), 'roadmap-links-'));
    const file = path.join(directory, 'cache', 'links.json');
    const then = new Date('2026-12-01T10:00:00Z');
    writeLinkCache(file, [check('https://a.example/', then), check('https://b.example/', then, false)], then);
    const later = new Date(then.getTime() + 60_000);
    writeLinkCache(file, [check('https://c.example/', later)], later);
    expect([...readLinkCache(file, later).keys()]).toEqual(['https://a.example/', 'https://c.example/']);
    expect([...readLinkCache(file, new Date(then.getTime() + LINK_CACHE_LIFETIME_MILLISECONDS)).keys()]).toEqual(['https://c.example/']);
    // A check that failed in passing this time forgets the answer cached before it.
    writeLinkCache(file, [check('https://a.example/', later, false)], later);
    expect([...readLinkCache(file, later).keys()]).toEqual(['https://c.example/']);
  });

  it('reads a missing, corrupt or foreign file as empty', () => {
    directory = mkdtempSync(path.join(os.tmpdir(), 'roadmap-links-'));
    const file = path.join(directory, 'links.json');
    const now = new Date();
    expect(readLinkCache(file, now).size).toBe(0);
    writeFileSync(file, '{ not json');
    expect(readLinkCache(file, now).size).toBe(0);
    writeFileSync(file, JSON.stringify({ format: 'something-else', checks: [check('https://a.example/', now)] }));
    expect(readLinkCache(file, now).size).toBe(0);
    writeLinkCache(file, [check('https://a.example/', now)], now);
    expect(JSON.parse(readFileSync(file, 'utf8')).checks).toHaveLength(1);
  });

  it('asks again what an older roadmap cached: its checks said why in English words only', () => {
    directory = mkdtempSync(path.join(os.tmpdir(), 'roadmap-links-'));
    const file = path.join(directory, 'links.json');
    const now = new Date();
    const { cause: _cause, ...inWords } = { ...check('https://a.example/', now), reason: '200 OK' };
    writeFileSync(file, JSON.stringify({ format: 'roadmap-link-cache/1', checks: [inWords] }));
    expect(readLinkCache(file, now).size).toBe(0);
    // Nor is such a check taken from a file of the current format.
    writeLinkCache(file, [check('https://b.example/', now)], now);
    const current = JSON.parse(readFileSync(file, 'utf8'));
    writeFileSync(file, JSON.stringify({ ...current, checks: [...current.checks, inWords] }));
    expect([...readLinkCache(file, now).keys()]).toEqual(['https://b.example/']);
  });
});

describe('urlLines', () => {
  it('finds each URL on its own lines, url: lines first, and not inside a longer URL', () => {
    const text = [
      '# from https://a.example/x', // 1: a comment, not a url: line
      'resources:',
      '  - url: https://a.example/x', // 3
      '  - url: "https://a.example/xy"', // 4
      "  - url: 'https://a.example/x'", // 5
      'see [here](https://b.example/page) and https://b.example/page.', // 6
    ].join('\n');
    const lines = urlLines(text, ['https://a.example/x', 'https://a.example/xy', 'https://b.example/page', 'https://c.example/']);
    expect(lines.get('https://a.example/x')).toEqual([3, 5]);
    expect(lines.get('https://a.example/xy')).toEqual([4]);
    expect(lines.get('https://b.example/page')).toEqual([6]);
    expect(lines.get('https://c.example/')).toEqual([]);
  });
});
