import { messages } from '../messages/index.js';
import { resourceDetail, type NextResourceView } from './itemViews.js';
import { shortTime } from './notes.js';
import type { Style } from './style.js';
import { safeText, truncate } from './text.js';

/** A topic due for review, as `review` lists it. */
export interface ReviewItemView {
  topic: string;
  number: string;
  title: string;
  completedAt: string;
  /** Reviews since it was completed. */
  reviews: number;
  lastReviewedAt: string | null;
  dueAt: string;
  /** Its required resources, to go over again. */
  resources: NextResourceView[];
}

export interface ReviewListView {
  curriculum: string;
  /** All the reviews due now (more than `shown` when -n cuts the list). */
  due: number;
  shown: ReviewItemView[];
  /** When the next review falls due, when none is due now (null when nothing is learned yet). */
  nextDueAt: string | null;
}

export function renderReviewList(view: ReviewListView, style: Style): string {
  const { chalk } = style;
  const text = messages().review;
  const width = Number.isFinite(style.width) ? style.width : 100;
  if (view.shown.length === 0) {
    const next = view.nextDueAt === null ? text.nothingLearned : text.nextDue({ at: shortTime(view.nextDueAt) });
    return `${text.noneDueLine({ none: chalk.green(text.noneDue), next: chalk.dim(next) })}\n`;
  }
  const lines = [chalk.bold(text.due({ count: view.due }))];
  for (const item of view.shown) {
    const since = item.lastReviewedAt === null ? text.completed({ at: shortTime(item.completedAt) }) : text.lastReviewed({ at: shortTime(item.lastReviewedAt) });
    lines.push('', `${chalk.cyan('↻')} ${chalk.bold(truncate(`${item.number}  ${safeText(item.title)}`, width - 2))}`);
    lines.push(chalk.dim(`  ${text.itemDue({ at: shortTime(item.dueAt), since, count: item.reviews })}`));
    for (const resource of item.resources) {
      const tags = resourceDetail(resource);
      lines.push(`  ${truncate(`${resource.number}  ${safeText(resource.title)}`, width - 2 - (tags ? tags.length + 2 : 0))}${tags ? chalk.dim(`  ${tags}`) : ''}`);
      lines.push(chalk.dim(`    ${truncate(safeText(resource.url), width - 4)}`));
    }
  }
  if (view.due > view.shown.length) lines.push('', chalk.dim(text.more({ count: view.due - view.shown.length, total: view.due })));
  lines.push('', chalk.dim(text.hint({ number: view.shown[0]!.number })));
  return `${lines.join('\n')}\n`;
}

/** "2 reviews due → roadmap review", for status; nothing when none is due. */
export function reviewsDueLine(due: number, style: Style): string | undefined {
  if (due === 0) return undefined;
  return `${style.chalk.cyan('↻')} ${messages().review.due({ count: due })} ${style.chalk.dim('→ roadmap review')}`;
}

export interface ReviewedView {
  hard: boolean;
  reviewed: { topic: string; number: string; title: string; dueAt: string }[];
}

export function renderReviewed(view: ReviewedView, style: Style): string {
  const { chalk } = style;
  const text = messages().review;
  const reviewed = view.hard ? text.reviewedHard : text.reviewed;
  const lines = view.reviewed.map(
    (item) => `${chalk.cyan('↻')} ${reviewed({ item: `${item.number}  ${safeText(item.title)}` })}${chalk.dim(text.nextReview({ date: shortTime(item.dueAt).slice(0, 10) }))}`,
  );
  return `${lines.join('\n')}\n`;
}
