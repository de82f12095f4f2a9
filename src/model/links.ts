/** The words of a link check: what `check-links` found at one address. Plain data, JSON-serialisable (it is cached). */

/**
 * - ok: the address answers (after temporary redirects, if any);
 * - moved: it answers, but through a permanent redirect (301, 308): the curriculum should say `movedTo`;
 * - broken: an error status, a redirect loop, too many redirects, a host not found, a connection reset;
 * - timed-out: no answer within the time allowed.
 */
export const LINK_OUTCOMES = ['broken', 'moved', 'timed-out', 'ok'] as const;
export type LinkOutcome = (typeof LINK_OUTCOMES)[number];

export interface Redirect {
  status: number;
  to: string;
}

/** A network failure check-links knows by name. */
export type LinkFailure = 'hostNotFound' | 'nameServerSilent' | 'connectionRefused' | 'connectionReset' | 'hostUnreachable' | 'networkUnreachable' | 'headersTooLarge';

/**
 * Why a link is as it is, as data: describeLinkCause (src/model/linkReason.ts) says it in words, in English
 * for the JSON's `reason` (read by scripts, the same in every language) and in the run's language in the
 * report. `at`: where it was met, when that is not the address asked (after redirects).
 */
export type LinkCause = (
  | { kind: 'status'; status: number; tries?: number }
  | { kind: 'timeout'; seconds: number }
  | { kind: 'failure'; failure: LinkFailure }
  | { kind: 'certificate'; detail: string }
  | { kind: 'other'; detail: string }
  | { kind: 'invalidRedirect'; status: number }
  | { kind: 'loop'; url: string }
  | { kind: 'tooManyRedirects'; most: number }
) & { at?: string };

export interface LinkCheck {
  url: string;
  outcome: LinkOutcome;
  /** The last HTTP status received, null when no answer came (a timeout, a reset, a host not found). */
  status: number | null;
  /** Why, as data: in words, `404 Not Found`, `redirect loop`, `host not found`, `no answer within 10 s`. */
  cause: LinkCause;
  /** Where the permanent redirects at the start of the chain lead: the address to write instead. */
  movedTo: string | null;
  redirects: Redirect[];
  /** ISO time of the check. */
  checkedAt: string;
  /**
   * Whether the answer is likely to be the same tomorrow, and so worth caching: a passing failure
   * (a timeout, a reset, a server still busy after the retries) is asked again on the next run.
   */
  lasting: boolean;
}
