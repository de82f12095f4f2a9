import { REVIEW_LADDER_DAYS } from '../plan/review.js';
import { renderReviewList, type ReviewListView } from '../render/review.js';
import { makeStyle } from '../render/style.js';
import { dueReviewsOf, reviewItemView, schedulesOf } from './rhythm.js';
import { positiveInteger, type CommandSpec } from './spec.js';

const DEFAULT_SHOWN = 5;

export const reviewCommand: CommandSpec = {
  name: 'review',
  summary: 'the topics due for review today, the longest overdue first, with their resources',
  details: `A topic you completed (done, not skipped) comes back for review ${REVIEW_LADDER_DAYS[0]} days later, then
${REVIEW_LADDER_DAYS.slice(1, -1).join(', ')} and ${REVIEW_LADDER_DAYS.at(-1)} days after each review (and every ${REVIEW_LADDER_DAYS.at(-1)} days from then on).
Record a review with roadmap reviewed REF; --hard starts the ladder again. Undoing a topic drops its
reviews; doing it again starts over.`,
  options: [
    { flags: '-n, --limit <count>', description: `show at most COUNT reviews (default ${DEFAULT_SHOWN})`, parse: positiveInteger('--limit') },
    { flags: '--json', description: 'print the reviews as JSON' },
  ],
  examples: ['roadmap review', 'roadmap review -n 1', 'roadmap review --json | jq ".shown[].topic"'],
  async run(session, _args, options) {
    const snapshot = await session.snapshot();
    const store = session.readStore();
    const now = session.now();
    const due = dueReviewsOf(snapshot, store, now);
    const upcoming = due.length > 0 ? [] : schedulesOf(snapshot, store).map((schedule) => schedule.dueAt).sort();
    const view: ReviewListView = {
      curriculum: snapshot.curriculum.id,
      due: due.length,
      shown: due.slice(0, (options.limit as number | undefined) ?? DEFAULT_SHOWN).map(reviewItemView),
      nextDueAt: upcoming[0] ?? null,
    };
    if (options.json) session.printJson(view);
    else session.print(renderReviewList(view, makeStyle(session.terminal.colorLevel, session.terminal.width)));
  },
};
