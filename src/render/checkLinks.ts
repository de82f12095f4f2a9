import type { LinkCheck, LinkOutcome } from '../model/links.js';
import type { Style } from './style.js';
import { plural, safeText } from './text.js';

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

const HEADINGS: Record<LinkOutcome, { mark: string; title: string }> = {
  broken: { mark: '✘', title: 'broken' },
  moved: { mark: '↪', title: 'moved' },
  'timed-out': { mark: '⧗', title: 'timed out' },
  ok: { mark: '✔', title: 'ok' },
};

const PROBLEMS: LinkOutcome[] = ['broken', 'moved', 'timed-out'];

/** `12/196 checked · 2 broken`, and the moved and timed out when there are any: the line redrawn while checking. */
export function renderLinkProgress(done: number, total: number, counts: LinkCounts): string {
  const parts = [`${done}/${total} checked`, `${counts.broken} broken`];
  if (counts.moved > 0) parts.push(`${counts.moved} moved`);
  if (counts['timed-out'] > 0) parts.push(`${counts['timed-out']} timed out`);
  return parts.join(' · ');
}

/**
 * The links that need the author, grouped by outcome (broken, moved, timed out), each with the resources
 * that use it and where; a moved one with the line to write instead. The ok ones are a count, or listed
 * too when `verbose`.
 */
export function renderLinkReport(view: LinkReportView, style: Style, verbose: boolean): string {
  const { chalk } = style;
  const paint: Record<LinkOutcome, (text: string) => string> = { broken: chalk.red, moved: chalk.yellow, 'timed-out': chalk.yellow, ok: chalk.green };
  const yaml = /\.ya?ml$/i.test(view.file);
  const blocks: string[] = [];
  for (const outcome of verbose ? [...PROBLEMS, 'ok' as const] : PROBLEMS) {
    const links = view.links.filter((link) => link.outcome === outcome);
    if (links.length === 0) continue;
    const { mark, title } = HEADINGS[outcome];
    const lines = [paint[outcome](chalk.bold(`${mark} ${title} (${links.length})`))];
    for (const link of links) {
      lines.push(`  ${safeText(link.url)}`);
      if (link.movedTo !== null) {
        const statuses = link.redirects.map((redirect) => redirect.status).join(' → ');
        lines.push(`    moved to ${safeText(link.movedTo)} ${chalk.dim(`(${statuses})`)}`);
      } else if (outcome !== 'ok' || link.redirects.length > 0) {
        lines.push(`    ${safeText(link.reason)}${link.redirects.length > 0 && outcome === 'ok' ? chalk.dim(` (redirected to ${safeText(link.redirects.at(-1)!.to)})`) : ''}`);
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
  const total = view.links.length;
  const cache = view.fromCache > 0 ? ` (${view.fromCache} from the last day's checks; --fresh to ask again)` : '';
  if (total === 0) return 'no links to check: the curriculum has no resources';
  if (PROBLEMS.every((outcome) => view.counts[outcome] === 0)) {
    return chalk.green(`${HEADINGS.ok.mark} ${total === 1 ? 'the one link' : `all ${total} links`} ok`) + cache;
  }
  const counts = [...PROBLEMS, 'ok' as const].filter((outcome) => view.counts[outcome] > 0).map((outcome) => `${view.counts[outcome]} ${HEADINGS[outcome].title}`);
  return `${plural(total, 'link')} checked${cache}: ${counts.join(', ')}`;
}
