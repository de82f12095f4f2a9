import { recordReviews } from '../commands/reviewed.js';
import { dueReviewsOf } from '../commands/rhythm.js';
import { messages } from '../messages/index.js';
import { suggestNext, type Suggestion } from '../plan/next.js';
import type { ReviewSchedule } from '../plan/review.js';
import { describeReasons } from '../render/reasons.js';
import { resourceDetail } from '../render/itemViews.js';
import { STATUS_MARK } from '../render/style.js';
import { displayWidth, safeText, truncate } from '../render/text.js';
import type { Session } from '../session.js';
import { setTopicStatus } from './actions.js';
import { choose } from './choose.js';
import { BACK } from './prompts.js';
import { pickAndOpen, tickResources } from './resourcesScreen.js';
import { alignedLabels, header, look, named, type Look } from './screen.js';

/** As `roadmap next`: the top suggestion with its first three resources, the two after it on one line. */
const SHOWN = 3;

type Action = 'start' | 'open' | 'tick' | 'done';
type ReviewAction = 'reviewed' | 'hard' | 'open' | 'later';

/**
 * The reviews due come first, one at a time (`roadmap review`), then the top suggestion of `roadmap next`
 * and what to do about it; shown again after each action. "Later" puts a review aside until the learner
 * leaves this screen: nothing is recorded, so it is due again next time.
 */
export async function nextScreen(session: Session): Promise<void> {
  const later = new Set<string>();
  const words = messages().menu;
  const trail = words.next.trail;
  for (;;) {
    const view = look(session);
    const snapshot = await session.snapshot();
    const { curriculum, state, statuses } = snapshot;
    const review = dueReviewsOf(snapshot, session.readStore(), session.now()).filter((due) => !later.has(due.completion.topic.id));
    if (review.length > 0) {
      const topic = review[0]!.completion.topic;
      const top = header(view, curriculum, state, [trail]);
      const actions = [
        { name: words.next.reviewed, value: 'reviewed' as ReviewAction },
        { name: words.next.reviewedHard, value: 'hard' as ReviewAction },
        ...(topic.resources.length > 0 ? [{ name: words.openResource, value: 'open' as ReviewAction }] : []),
        { name: words.next.later, value: 'later' as ReviewAction },
      ];
      const action = await choose(view, `${top}\n\n${describeReview(view, review[0]!, review.length)}\n\n${words.whatNow}`, actions);
      if (action === BACK) return;
      if (action === 'later') later.add(topic.id);
      else if (action === 'open') await pickAndOpen(session, [trail, named(topic.number, topic.title)], topic.resources);
      else await recordReviews(session, [topic.id], action === 'hard');
      continue;
    }
    const result = suggestNext(curriculum, state, { limit: SHOWN });
    const top = header(view, curriculum, state, [trail]);
    const first = result.suggestions[0];
    if (!first) {
      // Worded as `roadmap next` words it.
      const why = result.complete ? view.style.chalk.green(messages().next.allComplete) : view.style.chalk.yellow(messages().next.allBlocked);
      await choose(view, `${top}\n\n${why}\n`, []);
      return;
    }
    const topic = first.topic;
    const actions = [];
    if (first.state === 'available' && (statuses.get(topic.id) ?? 'todo') === 'todo') actions.push({ name: words.next.start({ topic: named(topic.number, topic.title) }), value: 'start' as Action });
    if (topic.resources.length > 0) actions.push({ name: words.openResource, value: 'open' as Action });
    if (first.resources.length > 0) actions.push({ name: words.next.markResourcesDone, value: 'tick' as Action });
    actions.push({ name: words.next.markTopicDone, value: 'done' as Action });
    const action = await choose(view, `${top}\n\n${describe(view, first, result.suggestions.slice(1))}\n\n${words.whatNow}`, actions);
    if (action === BACK) return;
    const topicTrail = [trail, named(topic.number, topic.title)];
    if (action === 'start') await setTopicStatus(session, topic, 'started');
    else if (action === 'done') await setTopicStatus(session, topic, 'done');
    else if (action === 'open') await pickAndOpen(session, topicTrail, first.resources.length > 0 ? first.resources : topic.resources);
    else await tickResources(session, topicTrail, first.resources, words.next.tickFinished);
  }
}

/** The review due first: the topic, since when, and the resources to go over. */
function describeReview(view: Look, due: ReviewSchedule, count: number): string {
  const { chalk } = view.style;
  const words = messages().menu.next;
  const topic = due.completion.topic;
  const lead = `${words.reviewDue}${messages().common.labelGap}`;
  const more = count > 1 ? words.moreAfterIt({ count: count - 1 }) : '';
  const title = truncate(named(topic.number, topic.title), view.width - displayWidth(lead) - displayWidth(more) - 1);
  const date = (due.lastReviewedAt ?? due.completion.at).slice(0, 10);
  const since = due.lastReviewedAt === null ? words.completedOn({ date }) : words.lastReviewedOn({ date });
  const lines = [
    `${chalk.bold(lead)}${chalk.bold.cyan(title)}${chalk.dim(more)}`,
    `  ${chalk.dim(`${since} · ${words.goOverIt}`)}`,
  ];
  const shown = topic.resources.filter((resource) => !resource.optional).slice(0, SHOWN);
  const labels = alignedLabels(
    view,
    shown.map((resource) => ({
      number: resource.number,
      mark: '↻',
      title: resource.title,
      detail: resourceDetail(resource),
    })),
  );
  lines.push(...labels.map((label) => `  ${label}`));
  return lines.join('\n');
}

/** The suggestion as `roadmap next` words it: title, reasons, resources; then what comes after it. */
function describe(view: Look, first: Suggestion, rest: Suggestion[]): string {
  const { chalk } = view.style;
  // Cut before styling: truncate counts the characters of color codes as text. The room left is measured
  // from the label as the catalog in use words it (`Next up: `, `下一步：`).
  const lead = `${messages().next.nextUp}${messages().common.labelGap}`;
  const room = view.width - displayWidth(lead) - 1;
  const title = truncate(named(first.topic.number, first.topic.title), room);
  const lines = [
    `${chalk.bold(lead)}${chalk.bold.cyan(title)}${chalk.dim(truncate(` · ${safeText(first.section.title)}`, Math.max(0, room - 1 - displayWidth(title))))}`,
    `  ${chalk.dim(truncate(describeReasons(first.reasons).map((reason) => safeText(reason)).join(' · '), view.width - 3))}`,
  ];
  const shown = first.resources.slice(0, SHOWN);
  const labels = alignedLabels(
    view,
    shown.map((resource) => ({
      number: resource.number,
      mark: STATUS_MARK.todo,
      title: resource.title,
      detail: resourceDetail(resource, true),
    })),
  );
  lines.push(...labels.map((label) => `  ${label}`));
  if (first.resources.length > SHOWN) lines.push(chalk.dim(`  ${messages().menu.andMore({ count: first.resources.length - SHOWN })}`));
  if (rest.length > 0) lines.push(chalk.dim(truncate(`${messages().next.then} ${rest.map((s) => named(s.topic.number, s.topic.title)).join(' · ')}`, view.width - 1)));
  return lines.join('\n');
}
