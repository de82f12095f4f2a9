import type { LinkCheck } from '../model/links.js';
import { checkUrl, type LinkCheckDependencies, type LinkCheckSettings } from './checkUrl.js';
import { HostLimiter } from './hostLimiter.js';

export interface LinkCheckRun extends LinkCheckSettings {
  /** Requests in flight at once. */
  concurrency: number;
  /** Requests in flight at once to one host. */
  perHost: number;
  /** Checks to reuse instead of asking again, by URL. */
  cached: Map<string, LinkCheck>;
  /** Called once for each URL, as soon as its check is known (at once for a cached one). */
  onChecked?: (check: LinkCheck, fromCache: boolean) => void;
}

export interface LinkCheckReport {
  /** One per distinct URL, in the order given. */
  checks: LinkCheck[];
  fromCache: Set<string>;
}

/** Checks each distinct URL once, the cached ones aside. */
export async function checkLinks(urls: string[], dependencies: LinkCheckDependencies, run: LinkCheckRun): Promise<LinkCheckReport> {
  const distinct = [...new Set(urls)];
  const fromCache = new Set<string>();
  const limiter = new HostLimiter(run.concurrency, run.perHost);
  const checks = await Promise.all(
    distinct.map(async (url) => {
      const cached = run.cached.get(url);
      if (cached) {
        fromCache.add(url);
        run.onChecked?.(cached, true);
        return cached;
      }
      const check = await limiter.run(hostOf(url), () => checkUrl(url, dependencies, run));
      run.onChecked?.(check, false);
      return check;
    }),
  );
  return { checks, fromCache };
}

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}
