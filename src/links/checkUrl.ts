import type { LinkCause, LinkCheck, LinkFailure, Redirect } from '../model/links.js';

/** What check-links needs of `fetch`: the global one, or a stand-in a test hands in. */
export type Fetch = (
  url: string,
  init: { method: 'HEAD' | 'GET'; redirect: 'manual'; signal: AbortSignal; headers: Record<string, string> },
) => Promise<FetchedResponse>;

export interface FetchedResponse {
  status: number;
  headers: { get(name: string): string | null };
  body?: { cancel(): Promise<void> } | null;
}

/** What varies between a test and real life: the network, the clock and waiting. */
export interface LinkCheckDependencies {
  fetch: Fetch;
  now: () => Date;
  sleep: (milliseconds: number) => Promise<void>;
}

export interface LinkCheckSettings {
  /** For each request, until the status line and headers arrive. */
  timeoutMilliseconds: number;
  userAgent: string;
}

/** Past this many hops a chain is reported, as browsers do (Chrome stops at 20, curl at 50; 10 is plenty for a link). */
export const MAX_REDIRECTS = 10;
/** Tries of one request answered 429, 5xx or by a reset connection. */
export const MAX_ATTEMPTS = 3;
/** The longest wait between tries, whatever Retry-After asks: a check of hundreds of links must end. */
const MAX_RETRY_WAIT_MILLISECONDS = 30_000;
const FIRST_BACKOFF_MILLISECONDS = 1_000;

const PERMANENT = new Set([301, 308]);
const REDIRECT = new Set([301, 302, 303, 307, 308]);

type Answer =
  | { kind: 'response'; status: number; location: string | null; retryAfter: string | null }
  | { kind: 'timeout' }
  | { kind: 'failure'; cause: LinkCause; retry: boolean; lasting: boolean };

/**
 * Checks one address: HEAD first (no body to download), GET when HEAD is refused or answered with an error
 * (405 and 501 say HEAD is not supported; some servers answer HEAD wrongly), redirects followed one hop at a
 * time so that permanent ones, loops and endless chains are seen, and 429/5xx tried again after a pause.
 */
export async function checkUrl(url: string, dependencies: LinkCheckDependencies, settings: LinkCheckSettings): Promise<LinkCheck> {
  const redirects: Redirect[] = [];
  const seen = new Set([url]);
  let current = url;
  const result = (fields: Pick<LinkCheck, 'outcome' | 'status' | 'lasting' | 'cause'>): LinkCheck => ({
    url,
    outcome: fields.outcome,
    status: fields.status,
    cause: fields.cause,
    lasting: fields.lasting,
    movedTo: fields.outcome === 'moved' ? permanentTarget(redirects) : null,
    redirects,
    checkedAt: dependencies.now().toISOString(),
  });
  for (;;) {
    const answer = await probe(current, dependencies, settings);
    const at = redirects.length > 0 ? { at: current } : {};
    if (answer.kind === 'timeout') {
      const seconds = settings.timeoutMilliseconds / 1000;
      return result({ outcome: 'timed-out', status: null, cause: { kind: 'timeout', seconds, ...at }, lasting: false });
    }
    if (answer.kind === 'failure') return result({ outcome: 'broken', status: null, cause: { ...answer.cause, ...at }, lasting: answer.lasting });
    const { status } = answer;
    if (REDIRECT.has(status) && answer.location !== null) {
      const next = resolveLocation(answer.location, current);
      if (next === null) return result({ outcome: 'broken', status, cause: { kind: 'invalidRedirect', status, ...at }, lasting: true });
      redirects.push({ status, to: next });
      if (seen.has(next)) return result({ outcome: 'broken', status, cause: { kind: 'loop', url: next }, lasting: true });
      if (redirects.length > MAX_REDIRECTS) return result({ outcome: 'broken', status, cause: { kind: 'tooManyRedirects', most: MAX_REDIRECTS }, lasting: true });
      seen.add(next);
      current = next;
      continue;
    }
    if (status >= 200 && status < 400) {
      const moved = permanentTarget(redirects) !== null;
      return result({ outcome: moved ? 'moved' : 'ok', status, cause: { kind: 'status', status }, lasting: true });
    }
    const passing = isPassing(status);
    const tries = passing ? { tries: MAX_ATTEMPTS } : {};
    return result({ outcome: 'broken', status, cause: { kind: 'status', status, ...tries, ...at }, lasting: !passing });
  }
}

/** One address asked, HEAD then GET if need be, tried again while the answer says "later". */
async function probe(url: string, dependencies: LinkCheckDependencies, settings: LinkCheckSettings): Promise<Answer> {
  let method: 'HEAD' | 'GET' = 'HEAD';
  for (let attempt = 1; ; attempt++) {
    let answer = await request(url, method, dependencies, settings);
    if (method === 'HEAD' && answer.kind === 'response' && answer.status >= 400 && answer.status !== 429) {
      method = 'GET';
      answer = await request(url, method, dependencies, settings);
    }
    const again = answer.kind === 'response' ? isPassing(answer.status) : answer.kind === 'failure' && answer.retry;
    if (!again || attempt >= MAX_ATTEMPTS) return answer;
    await dependencies.sleep(retryDelay(answer.kind === 'response' ? answer.retryAfter : null, attempt, dependencies.now()));
  }
}

async function request(url: string, method: 'HEAD' | 'GET', dependencies: LinkCheckDependencies, settings: LinkCheckSettings): Promise<Answer> {
  try {
    const response = await dependencies.fetch(url, {
      method,
      redirect: 'manual',
      signal: AbortSignal.timeout(settings.timeoutMilliseconds),
      headers: { 'user-agent': settings.userAgent, accept: '*/*' },
    });
    // Only the status matters: the body of a GET is not downloaded.
    await response.body?.cancel().catch(() => undefined);
    return { kind: 'response', status: response.status, location: response.headers.get('location'), retryAfter: response.headers.get('retry-after') };
  } catch (error) {
    return failureOf(error);
  }
}

/** 429 Too Many Requests and the 5xx that mean "not now" (not 501 Not Implemented, 505 and the like). */
function isPassing(status: number): boolean {
  return status === 429 || status === 500 || status === 502 || status === 503 || status === 504;
}

/**
 * How long to wait before try `attempt + 1`: what Retry-After says (seconds, or a date), else 1 s, 2 s, …;
 * never more than MAX_RETRY_WAIT_MILLISECONDS.
 */
export function retryDelay(retryAfter: string | null, attempt: number, now: Date): number {
  let wait = FIRST_BACKOFF_MILLISECONDS * 2 ** (attempt - 1);
  const value = retryAfter?.trim();
  if (value) {
    if (/^\d+$/.test(value)) wait = Number(value) * 1000;
    else {
      const at = Date.parse(value);
      if (Number.isFinite(at)) wait = Math.max(0, at - now.getTime());
    }
  }
  return Math.min(wait, MAX_RETRY_WAIT_MILLISECONDS);
}

/** The target of the permanent redirects the chain starts with, or null when it starts with a temporary one. */
function permanentTarget(redirects: Redirect[]): string | null {
  let target: string | null = null;
  for (const redirect of redirects) {
    if (!PERMANENT.has(redirect.status)) break;
    target = redirect.to;
  }
  return target;
}

function resolveLocation(location: string, base: string): string | null {
  try {
    const next = new URL(location, base);
    return next.protocol === 'http:' || next.protocol === 'https:' ? next.href : null;
  } catch {
    return null;
  }
}

/**
 * Node's fetch reports network failures as `TypeError: fetch failed` with the system error as its cause.
 * `retry`: worth asking again at once; `lasting`: worth caching. A host not found or a connection refused
 * is not cached: offline, or with a server down for a minute, every link would fail that way.
 */
const FAILURES: Record<string, { failure: LinkFailure; retry: boolean; lasting: boolean }> = {
  ENOTFOUND: { failure: 'hostNotFound', retry: false, lasting: false },
  EAI_AGAIN: { failure: 'nameServerSilent', retry: true, lasting: false },
  ECONNREFUSED: { failure: 'connectionRefused', retry: false, lasting: false },
  ECONNRESET: { failure: 'connectionReset', retry: true, lasting: false },
  UND_ERR_SOCKET: { failure: 'connectionReset', retry: true, lasting: false },
  EPIPE: { failure: 'connectionReset', retry: true, lasting: false },
  EHOSTUNREACH: { failure: 'hostUnreachable', retry: false, lasting: false },
  ENETUNREACH: { failure: 'networkUnreachable', retry: false, lasting: false },
  UND_ERR_HEADERS_OVERFLOW: { failure: 'headersTooLarge', retry: false, lasting: true },
};

function failureOf(error: unknown): Answer {
  const name = (error as Error | undefined)?.name;
  if (name === 'TimeoutError' || name === 'AbortError') return { kind: 'timeout' };
  const cause = (error as { cause?: { code?: string; message?: string; name?: string } } | undefined)?.cause;
  if (cause?.name === 'ConnectTimeoutError' || cause?.code === 'UND_ERR_CONNECT_TIMEOUT' || cause?.code === 'ETIMEDOUT') return { kind: 'timeout' };
  const known = cause?.code ? FAILURES[cause.code] : undefined;
  if (known) return { kind: 'failure', cause: { kind: 'failure', failure: known.failure }, retry: known.retry, lasting: known.lasting };
  if (cause?.code && /CERT|SSL|TLS/.test(cause.code)) return { kind: 'failure', cause: { kind: 'certificate', detail: cause.message ?? cause.code }, retry: false, lasting: true };
  const message = cause?.message ?? (error as Error | undefined)?.message ?? String(error);
  return { kind: 'failure', cause: { kind: 'other', detail: message }, retry: false, lasting: false };
}
