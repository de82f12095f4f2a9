import { listInText } from '../messages/index.js';
import { dueReviews, REVIEW_LADDER_DAYS } from '../plan/review.js';
import { renderReviewList, type ReviewListView } from '../render/review.js';
import { makeStyle } from '../render/style.js';
import { reviewItemView, schedulesOf } from './rhythm.js';
import { helpText, positiveInteger, type CommandSpec } from './spec.js';

const DEFAULT_SHOWN = 5;

export const reviewCommand: CommandSpec = {
  name: 'review',
  get summary() { return helpText().review.summary; },
  get details() { return helpText().review.details({ first: REVIEW_LADDER_DAYS[0]!, middle: listInText(REVIEW_LADDER_DAYS.slice(1, -1).map(String)), last: REVIEW_LADDER_DAYS.at(-1)! }); },
  options: [
    { flags: '-n, --limit <count>', get description() { return helpText().review.options.limit({ count: DEFAULT_SHOWN }); }, parse: positiveInteger('--limit') },
    { flags: '--json', get description() { return helpText().review.options.json; } },
  ],
  examples: ['roadmap review', 'roadmap review -n 1', 'roadmap review --json | jq ".shown[].topic"'],
  async run(session, _args, options) {
    const snapshot = await session.snapshot();
    const store = session.readStore();
    const now = session.now();
    const schedules = schedulesOf(snapshot, store);
    const due = dueReviews(schedules, now);
    const upcoming = due.length > 0 ? [] : schedules.map((schedule) => schedule.dueAt).sort();
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
