import { buildCurriculumIndex } from '../curriculum/index.js';
import { readFileSync } from 'node:fs';
import { ExitCode, RoadmapError } from '../errors.js';
import { en } from '../messages/en/index.js';
import { messages } from '../messages/index.js';
import { checkLinks } from '../links/checkLinks.js';
import type { Fetch, LinkCheckDependencies } from '../links/checkUrl.js';
import { linkCacheFile, readLinkCache, writeLinkCache } from '../links/linkCache.js';
import { urlLines } from '../links/sourceLines.js';
import { describeLinkCause } from '../model/linkReason.js';
import type { LinkCheck } from '../model/links.js';
import { problemCounts, renderLinkProgress, renderLinkReport, type LinkCounts, type LinkReportView, type LinkResourceView, type LinkView } from '../render/checkLinks.js';
import { makeStyle } from '../render/style.js';
import { VERSION } from '../version.js';
import { helpText, positiveInteger, type CommandSpec } from './spec.js';

const DEFAULT_CONCURRENCY = 8;
const PER_HOST = 2;
const DEFAULT_TIMEOUT_SECONDS = 10;

export const checkLinksCommand: CommandSpec = {
  name: 'check-links',
  get summary() { return helpText()['check-links'].summary; },
  get details() { return helpText()['check-links'].details({ concurrency: DEFAULT_CONCURRENCY, perHost: PER_HOST }); },
  options: [
    { flags: '--json', get description() { return helpText()['check-links'].options.json; } },
    { flags: '--fresh', get description() { return helpText()['check-links'].options.fresh; } },
    { flags: '--verbose', get description() { return helpText()['check-links'].options.verbose; } },
    { flags: '--concurrency <n>', get description() { return helpText()['check-links'].options.concurrency({ concurrency: DEFAULT_CONCURRENCY, perHost: PER_HOST }); }, parse: positiveInteger('--concurrency') },
    { flags: '--timeout <seconds>', get description() { return helpText()['check-links'].options.timeout({ seconds: DEFAULT_TIMEOUT_SECONDS }); }, parse: positiveSeconds },
  ],
  examples: ['roadmap check-links', 'roadmap check-links --fresh --timeout 20', 'roadmap check-links --json | jq \'.links[] | select(.outcome != "ok")\''],
  async run(session, _args, options) {
    const context = session.context;
    const curriculum = await session.curriculum();
    const location = session.curriculumLocation();
    const { resources } = buildCurriculumIndex(curriculum);
    const now = context.now();

    const cacheDirectory = session.cacheDirectory();
    const cacheFile = cacheDirectory === null ? null : linkCacheFile(cacheDirectory);
    const cached = cacheFile === null || options.fresh ? new Map<string, LinkCheck>() : readLinkCache(cacheFile, now);

    const total = new Set(resources.map((resource) => resource.url)).size;
    const counts: LinkCounts = { broken: 0, moved: 0, 'timed-out': 0, ok: 0 };
    const progress = context.stderr.isTTY ? (line: string) => context.stderr.write(`\r${line}\u001b[K`) : undefined;
    let done = 0;
    progress?.(renderLinkProgress(done, total, counts));

    const dependencies: LinkCheckDependencies = {
      fetch: globalThis.fetch as unknown as Fetch,
      now: () => context.now(),
      sleep: (milliseconds) => new Promise((resolve) => setTimeout(resolve, milliseconds)),
    };
    const report = await checkLinks(
      resources.map((resource) => resource.url),
      dependencies,
      {
        concurrency: (options.concurrency as number | undefined) ?? DEFAULT_CONCURRENCY,
        perHost: PER_HOST,
        timeoutMilliseconds: ((options.timeout as number | undefined) ?? DEFAULT_TIMEOUT_SECONDS) * 1000,
        userAgent: `roadmap/${VERSION} (link check)`,
        cached,
        onChecked: (check) => {
          done++;
          counts[check.outcome]++;
          progress?.(renderLinkProgress(done, total, counts));
        },
      },
    );
    progress?.('');
    if (cacheFile !== null) writeLinkCache(cacheFile, report.checks.filter((check) => !report.fromCache.has(check.url)), context.now());

    const lines = urlLines(fileText(location.path), resources.map((resource) => resource.url));
    const usedBy = new Map<string, LinkResourceView[]>();
    for (const resource of resources) {
      const views = usedBy.get(resource.url) ?? [];
      views.push({ ref: resource.ref, number: resource.number, title: resource.title, line: lines.get(resource.url)?.[views.length] ?? null });
      usedBy.set(resource.url, views);
    }
    const view: LinkReportView = {
      curriculum: curriculum.id,
      file: location.displayName,
      counts,
      fromCache: report.fromCache.size,
      links: report.checks.map(({ lasting: _lasting, ...check }) => ({ ...check, fromCache: report.fromCache.has(check.url), resources: usedBy.get(check.url) ?? [] })),
    };
    if (options.json) session.printJson({ ...view, links: view.links.map(jsonLink) });
    else session.print(renderLinkReport(view, makeStyle(session.terminal.colorLevel, session.terminal.width), options.verbose === true));

    const problems = total - counts.ok;
    if (problems > 0) {
      // Offline, every link fails the same way; saying so saves the author from "fixing" them all.
      const noAnswer = report.checks.every((check) => check.status === null);
      const hint = noAnswer && total > 1 ? [messages().links.noAnswer] : [];
      throw new RoadmapError(ExitCode.internal, messages().links.toFix({ problems, total, outcomes: problemCounts(counts) }), hint);
    }
  },
};

function positiveSeconds(value: string): number {
  const seconds = Number(value);
  if (!/^\d+(\.\d+)?$/.test(value) || !(seconds > 0)) throw new Error(messages().links.timeoutNotPositive({ value }));
  return seconds;
}

/** The curriculum's text, only to say on which line each URL is: unreadable now, the report goes without lines. */
function fileText(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return '';
  }
}

/**
 * A link as the JSON has it: why in `reason`, in English whatever the language of the run (scripts read
 * it), where the data the words are made from stays out.
 */
function jsonLink({ cause, ...link }: LinkView) {
  return { url: link.url, outcome: link.outcome, status: link.status, reason: describeLinkCause(cause, en.links.reasons), movedTo: link.movedTo, redirects: link.redirects, checkedAt: link.checkedAt, fromCache: link.fromCache, resources: link.resources };
}
