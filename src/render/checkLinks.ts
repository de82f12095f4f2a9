import { describeLinkCause } from '../model/linkReason.js';
import { listInText, messages } from '../messages/index.js';
import type { LinkCheck, LinkOutcome } from '../model/links.js';
import type { Style } from './style.js';
import { safeText } from './text.js';

export interface LinkResourceView {
  ref: string;
  number: string;
  title: string;
  /** Where the resource's URL is written in the curriculum file, when it was found there. */
  line: number | null;
}

/** A checked link as reported: the check (without its cache flag), whether it came from the cache, and who uses it. */
export interface LinkView extends Omit<LinkCheck, 'lasting'> {
  fromCache: boolean;
  resources: LinkResourceView[];
}

export interface LinkReportView {
  curriculum: string;
  /** The curriculum file as the user named it. */
  file: string;
  counts: Record<LinkOutcome, number>;
  fromCache: number;
  links: LinkView[];
}

export type LinkCounts = Record<LinkOutcome, number>;

const MARKS: Record<LinkOutcome, string> = { broken: '✘', moved: '↪', 'timed-out': '⧗', ok: '✔' };

/** `broken`, `timed out`: an outcome in words. */
export function outcomeWords(outcome: LinkOutcome): string {
  return messages().links.outcomes[outcome];
}

/** `4 broken, 1 moved`: the outcomes given, with their counts. */
export function outcomeCounts(outcomes: LinkOutcome[], counts: LinkCounts): string {
  const { links } = messages();
  return listInText(outcomes.map((outcome) => links.count({ outcome: outcomeWords(outcome), count: counts[outcome] })));
}

/** Why, in the language of the run. */
function reasonOf(link: LinkView): string {
  return describeLinkCause(link.cause, messages().links.reasons);
}

const PROBLEMS: LinkOutcome[] = ['broken', 'moved', 'timed-out'];

/** `2 broken, 1 moved`: the problems found, those with none left out. */
export function problemCounts(counts: LinkCounts): string {
  return outcomeCounts(PROBLEMS.filter((outcome) => counts[outcome] > 0), counts);
}

/** `12/196 checked · 2 broken`, and the moved and timed out when there are any: the line redrawn while checking. */
export function renderLinkProgress(done: number, total: number, counts: LinkCounts): string {
  const shown: LinkOutcome[] = ['broken'];
  if (counts.moved > 0) shown.push('moved');
  if (counts['timed-out'] > 0) shown.push('timed-out');
  const words = messages().links;
  return [words.progress({ done, total }), ...shown.map((outcome) => words.count({ outcome: outcomeWords(outcome), count: counts[outcome] }))].join(' · ');
}

/**
 * The links that need the author, grouped by outcome (broken, moved, timed out), each with the resources
 * that use it and where; a moved one with the line to write instead. The ok ones are a count, or listed
 * too when `verbose`.
 */
export function renderLinkReport(view: LinkReportView, style: Style, verbose: boolean): string {
  const { chalk } = style;
  const words = messages().links;
  const paint: Record<LinkOutcome, (text: string) => string> = { broken: chalk.red, moved: chalk.yellow, 'timed-out': chalk.yellow, ok: chalk.green };
  const yaml = /\.ya?ml$/i.test(view.file);
  const blocks: string[] = [];
  for (const outcome of verbose ? [...PROBLEMS, 'ok' as const] : PROBLEMS) {
    const links = view.links.filter((link) => link.outcome === outcome);
    if (links.length === 0) continue;
    const lines = [paint[outcome](chalk.bold(`${MARKS[outcome]} ${words.heading({ outcome: outcomeWords(outcome), count: links.length })}`))];
    for (const link of links) {
      lines.push(`  ${safeText(link.url)}`);
      if (link.movedTo !== null) {
        const statuses = link.redirects.map((redirect) => redirect.status).join(' → ');
        lines.push(`    ${words.movedTo({ url: safeText(link.movedTo) })} ${chalk.dim(`(${statuses})`)}`);
      } else if (outcome !== 'ok' || link.redirects.length > 0) {
        const redirected = link.redirects.length > 0 && outcome === 'ok' ? chalk.dim(words.redirectedTo({ url: safeText(link.redirects.at(-1)!.to) })) : '';
        lines.push(`    ${safeText(reasonOf(link))}${redirected}`);
      }
      for (const resource of link.resources) {
        const place = resource.line === null ? '' : chalk.dim(`  ${safeText(view.file)}:${resource.line}`);
        lines.push(`    ${chalk.dim(resource.number)} ${safeText(resource.ref)}${place}`);
        if (link.movedTo !== null && yaml) lines.push(`      ${chalk.cyan(`url: ${JSON.stringify(safeText(link.movedTo))}`)}`);
      }
    }
    blocks.push(lines.join('\n'));
  }
  blocks.push(summaryLine(view, style));
  return blocks.join('\n\n');
}

function summaryLine(view: LinkReportView, style: Style): string {
  const { chalk } = style;
  const words = messages().links;
  const total = view.links.length;
  const cache = view.fromCache > 0 ? words.fromCache({ count: view.fromCache }) : '';
  if (total === 0) return words.noLinks;
  if (PROBLEMS.every((outcome) => view.counts[outcome] === 0)) return chalk.green(`${MARKS.ok} ${words.allOk({ count: total })}`) + cache;
  const outcomes = [...PROBLEMS, 'ok' as const].filter((outcome) => view.counts[outcome] > 0);
  return words.checked({ count: total, cache, outcomes: outcomeCounts(outcomes, view.counts) });
}
