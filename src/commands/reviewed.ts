import { progressHomeOfKey } from '../curriculum/progressHome.js';
import { resolveRefs } from '../curriculum/resolveRef.js';
import { usageError } from '../errors.js';
import { messages } from '../messages/index.js';
import { renderReviewed, type ReviewedView } from '../render/review.js';
import { makeStyle } from '../render/style.js';
import type { Session } from '../session.js';
import { schedulesOf } from './rhythm.js';
import { helpText, type CommandSpec } from './spec.js';

export const reviewedCommand: CommandSpec = {
  name: 'reviewed',
  arguments: '<refs...>',
  argumentKinds: ['ref'],
  get summary() { return helpText().reviewed.summary; },
  get details() { return helpText().reviewed.details; },
  options: [
    { flags: '--hard', get description() { return helpText().reviewed.options.hard; } },
    { flags: '--json', get description() { return helpText().reviewed.options.json; } },
  ],
  examples: ['roadmap reviewed 1.2', 'roadmap reviewed linear-algebra --hard', 'roadmap reviewed 1.1 1.3'],
  run: (session, [refs], options) => recordReviews(session, refs as string[], options.hard === true, options),
};

/** Records one review per topic named, and reports when each is due next. Also what the menu's "Reviewed" runs. */
export async function recordReviews(session: Session, refs: string[], hard: boolean, options: Record<string, unknown> = {}): Promise<void> {
  const curriculum = await session.curriculum();
  const targets = resolveRefs(curriculum, refs);
  const store = session.writeStore();
  const learned = new Set(schedulesOf(await session.snapshot(), store).map((schedule) => schedule.completion.topic.id));
  const topics: string[] = [];
  for (const target of targets) {
    if (target.kind === 'section') {
      const done = target.section.topics.filter((topic) => learned.has(topic.id));
      if (done.length === 0) throw usageError(messages().review.nothingInSection({ number: target.section.number }));
      topics.push(...done.map((topic) => topic.id));
      continue;
    }
    const topic = target.topic;
    if (!learned.has(topic.id)) throw usageError(messages().review.notDone({ item: `${topic.number} ${topic.title}` }));
    topics.push(topic.id);
  }
  // In a whole course each topic's reviews are kept under its part's id, as its progress is.
  const entries = topics.map((item) => ({ curriculum: progressHomeOfKey(curriculum, item), item }));
  store.recordReviews(entries, hard, session.now().toISOString());
  const after = new Map(schedulesOf(await session.snapshot(), store).map((schedule) => [schedule.completion.topic.id, schedule]));
  const view: ReviewedView = {
    hard,
    reviewed: [...new Set(topics)].map((id) => {
      const { completion, dueAt } = after.get(id)!;
      return { topic: id, number: completion.topic.number, title: completion.topic.title, dueAt };
    }),
  };
  if (options.json) session.printJson(view);
  else session.print(renderReviewed(view, makeStyle(session.terminal.colorLevel, session.terminal.width)));
}
