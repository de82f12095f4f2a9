import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkLinks } from '../../src/links/checkLinks.js';
import { checkUrl, MAX_ATTEMPTS, MAX_REDIRECTS, retryDelay, type Fetch, type LinkCheckDependencies } from '../../src/links/checkUrl.js';
import { en } from '../../src/messages/en/index.js';
import { describeLinkCause } from '../../src/model/linkReason.js';
import { LinkServer } from '../helpers/linkServer.js';

const NOW = new Date('2026-12-01T10:00:00Z');
const settings = { timeoutMilliseconds: 2_000, userAgent: 'roadmap-test' };

let server: LinkServer;
beforeAll(async () => {
  server = await LinkServer.start();
});
afterAll(async () => {
  await server.stop();
});

/** The real fetch against the local server, a fixed clock, and waits recorded instead of waited. */
function dependencies(): LinkCheckDependencies & { waits: number[] } {
  const waits: number[] = [];
  return { fetch: globalThis.fetch as unknown as Fetch, now: () => NOW, sleep: async (milliseconds) => void waits.push(milliseconds), waits };
}

/** checkUrl's check, with its reason in the English words the JSON gives it. */
async function checked(url: string, given: LinkCheckDependencies, with_: typeof settings) {
  const check = await checkUrl(url, given, with_);
  return { ...check, reason: describeLinkCause(check.cause, en.links.reasons) };
}

function requestsFor(path: string) {
  return server.requests.filter((request) => request.path === path).map((request) => request.method);
}

describe('checkUrl against a local server', () => {
  it('finds a page that answers ok, with HEAD alone', async () => {
    const check = await checked(server.url('/ok'), dependencies(), settings);
    expect(check).toMatchObject({ outcome: 'ok', status: 200, reason: '200 OK', movedTo: null, redirects: [], checkedAt: NOW.toISOString(), lasting: true });
    expect(requestsFor('/ok')).toEqual(['HEAD']);
  });

  it('reports 404 and 410 as broken, asking GET before believing HEAD', async () => {
    expect(await checked(server.url('/missing'), dependencies(), settings)).toMatchObject({ outcome: 'broken', status: 404, reason: '404 Not Found', lasting: true });
    expect(await checked(server.url('/gone'), dependencies(), settings)).toMatchObject({ outcome: 'broken', status: 410, reason: '410 Gone' });
    expect(requestsFor('/gone')).toEqual(['HEAD', 'GET']);
  });

  it('falls back to GET when HEAD is refused (405) or answered wrongly', async () => {
    expect(await checked(server.url('/no-head'), dependencies(), settings)).toMatchObject({ outcome: 'ok', status: 200 });
    expect(requestsFor('/no-head')).toEqual(['HEAD', 'GET']);
    expect(await checked(server.url('/head-lies'), dependencies(), settings)).toMatchObject({ outcome: 'ok', status: 200 });
  });

  it('reports a chain of permanent redirects as moved, to where the chain ends', async () => {
    const check = await checked(server.url('/chain/1'), dependencies(), settings);
    expect(check).toMatchObject({
      outcome: 'moved',
      status: 200,
      movedTo: server.url('/chain/end'),
      redirects: [
        { status: 301, to: server.url('/chain/2') },
        { status: 308, to: server.url('/chain/end') },
      ],
    });
  });

  it('follows a temporary redirect without calling the link moved', async () => {
    expect(await checked(server.url('/temporary'), dependencies(), settings)).toMatchObject({ outcome: 'ok', movedTo: null, redirects: [{ status: 302, to: server.url('/ok') }] });
  });

  it('reports a permanent redirect to a missing page as broken, not moved', async () => {
    const check = await checked(server.url('/moved-then-missing'), dependencies(), settings);
    expect(check).toMatchObject({ outcome: 'broken', status: 404, movedTo: null });
    expect(check.reason).toBe(`404 Not Found (at ${server.url('/missing')})`);
  });

  it('reports a redirect loop and an endless chain as broken', async () => {
    expect(await checked(server.url('/loop/a'), dependencies(), settings)).toMatchObject({ outcome: 'broken', reason: `redirect loop (back to ${server.url('/loop/a')})` });
    const endless = await checked(server.url('/endless/0'), dependencies(), settings);
    expect(endless).toMatchObject({ outcome: 'broken', reason: `too many redirects (more than ${MAX_REDIRECTS})` });
    expect(endless.redirects).toHaveLength(MAX_REDIRECTS + 1);
  });

  it('reports no answer within the timeout as timed out, and does not cache it', async () => {
    const check = await checked(server.url('/slow'), dependencies(), { ...settings, timeoutMilliseconds: 200 });
    expect(check).toMatchObject({ outcome: 'timed-out', status: null, reason: 'no answer within 0.2 s', lasting: false });
  });

  it('waits as Retry-After says after a 429, then asks again', async () => {
    const given = dependencies();
    const check = await checked(server.url('/busy/one'), given, settings);
    expect(check).toMatchObject({ outcome: 'ok', status: 200 });
    expect(given.waits).toEqual([1_000]);
    expect(requestsFor('/busy/one')).toEqual(['HEAD', 'HEAD']);
  });

  it('gives up on a server still unavailable after the retries: broken, but not cached', async () => {
    const given = dependencies();
    const check = await checked(server.url('/unavailable'), given, settings);
    expect(check).toMatchObject({ outcome: 'broken', status: 503, reason: `503 Service Unavailable (still after ${MAX_ATTEMPTS} tries)`, lasting: false });
    expect(given.waits).toEqual([0, 0]);
  });

  it('reports a reset connection as broken, after trying again', async () => {
    const given = dependencies();
    const check = await checked(server.url('/reset'), given, settings);
    expect(check).toMatchObject({ outcome: 'broken', status: null, reason: 'connection reset', lasting: false });
    expect(requestsFor('/reset')).toHaveLength(MAX_ATTEMPTS);
  });

  it('reports a refused connection and a host not found as broken, without caching either (the machine may be offline)', async () => {
    const refusing = await LinkServer.start();
    const closedUrl = refusing.url('/ok');
    await refusing.stop();
    expect(await checked(closedUrl, dependencies(), settings)).toMatchObject({ outcome: 'broken', reason: 'connection refused', lasting: false });
    // A stand-in for the DNS failure Node's fetch reports (a real lookup would leave the machine).
    const notFound: Fetch = async () => {
      throw new TypeError('fetch failed', { cause: Object.assign(new Error('getaddrinfo ENOTFOUND nowhere.invalid'), { code: 'ENOTFOUND' }) });
    };
    expect(await checked('https://nowhere.invalid/', { ...dependencies(), fetch: notFound }, settings)).toMatchObject({ outcome: 'broken', reason: 'host not found', lasting: false });
  });
});

describe('checkLinks', () => {
  it('asks each distinct URL once, and reuses cached checks without asking', async () => {
    const cachedUrl = server.url('/gone');
    const cached = { url: cachedUrl, outcome: 'ok' as const, status: 200, cause: { kind: 'status' as const, status: 200 }, movedTo: null, redirects: [], checkedAt: NOW.toISOString(), lasting: true };
    const before = server.requests.length;
    const seen: string[] = [];
    const report = await checkLinks([server.url('/ok'), cachedUrl, server.url('/ok'), server.url('/missing')], dependencies(), {
      ...settings,
      concurrency: 8,
      perHost: 2,
      cached: new Map([[cachedUrl, cached]]),
      onChecked: (check) => seen.push(check.url),
    });
    expect(report.checks.map((check) => [check.url, check.outcome])).toEqual([
      [server.url('/ok'), 'ok'],
      [cachedUrl, 'ok'],
      [server.url('/missing'), 'broken'],
    ]);
    expect([...report.fromCache]).toEqual([cachedUrl]);
    expect(seen.sort()).toEqual([server.url('/ok'), cachedUrl, server.url('/missing')].sort());
    expect(server.requests.slice(before).map((request) => request.path).sort()).toEqual(['/missing', '/missing', '/ok']);
  });
});

describe('retryDelay', () => {
  it('honours Retry-After in seconds or as a date, backs off without it, and never waits past the cap', () => {
    expect(retryDelay('3', 1, NOW)).toBe(3_000);
    expect(retryDelay(new Date(NOW.getTime() + 5_000).toUTCString(), 1, NOW)).toBe(5_000);
    expect(retryDelay(null, 1, NOW)).toBe(1_000);
    expect(retryDelay(null, 2, NOW)).toBe(2_000);
    expect(retryDelay('nonsense', 2, NOW)).toBe(2_000);
    expect(retryDelay('3600', 1, NOW)).toBe(30_000);
  });
});
