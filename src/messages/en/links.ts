/** `roadmap check-links`. */
export const links = () => ({
  /** Keyed by the outcomes' ids (src/links/checkUrl.ts). */
  outcomes: { broken: 'broken', moved: 'moved', 'timed-out': 'timed out', ok: 'ok' },
  /** Over the links of one outcome: `broken (4)`. */
  heading: ({ outcome, count }: { outcome: string; count: number }) => `${outcome} (${count})`,
  /** One outcome in a summary: `4 broken`. */
  count: ({ outcome, count }: { outcome: string; count: number }) => `${count} ${outcome}`,
  progress: ({ done, total }: { done: number; total: number }) => `${done}/${total} checked`,
  movedTo: ({ url }: { url: string }) => `moved to ${url}`,
  redirectedTo: ({ url }: { url: string }) => ` (redirected to ${url})`,
  fromCache: ({ count }: { count: number }) => ` (${count} from the last day's checks; --fresh to ask again)`,
  noLinks: 'no links to check: the curriculum has no resources',
  allOk: ({ count }: { count: number }) => (count === 1 ? 'the one link ok' : `all ${count} links ok`),
  checked: ({ count, cache, outcomes }: { count: number; cache: string; outcomes: string }) => `${count} ${count === 1 ? 'link' : 'links'} checked${cache}: ${outcomes}`,
  toFix: ({ problems, total, outcomes }: { problems: number; total: number; outcomes: string }) => `check-links found ${problems} of ${total} links to fix: ${outcomes}`,
  noAnswer: 'no address answered at all: is this machine connected to the internet?',
  timeoutNotPositive: ({ value }: { value: string }) => `--timeout must be a number of seconds above 0, not "${value}"`,
  /** Why a link is as it is. HTTP's own status texts (`404 Not Found`) are quoted as the server's words. */
  reasons: {
    /** A reason met after redirects, at the address where it was met. */
    at: ({ reason, url }: { reason: string; url: string }) => `${reason} (at ${url})`,
    timeout: ({ seconds }: { seconds: number }) => `no answer within ${seconds} s`,
    invalidRedirect: ({ status }: { status: number }) => `${status} redirect to an invalid address`,
    loop: ({ url }: { url: string }) => `redirect loop (back to ${url})`,
    tooManyRedirects: ({ most }: { most: number }) => `too many redirects (more than ${most})`,
    stillAfter: ({ status, tries }: { status: string; tries: number }) => `${status} (still after ${tries} tries)`,
    certificate: ({ detail }: { detail: string }) => `certificate problem: ${detail}`,
    hostNotFound: 'host not found',
    nameServerSilent: 'host not found (the name server did not answer)',
    connectionRefused: 'connection refused',
    connectionReset: 'connection reset',
    hostUnreachable: 'host unreachable',
    networkUnreachable: 'network unreachable',
    headersTooLarge: 'headers too large',
  },
});
