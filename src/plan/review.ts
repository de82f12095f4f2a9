import { buildCurriculumIndex } from '../curriculum/index.js';
import type { Curriculum } from '../curriculum/types.js';
import type { ReviewEvent } from '../model/progress.js';
import type { TopicCompletion } from './completion.js';

/**
 * The review ladder, in days: a learned topic is due for review 2 days after it was completed, then 7
 * days after its first review, 21 after the second, 60 after the third, and 150 after the fourth and
 * every later one. A review found hard starts the ladder again: due 2 days after it. Fixed on purpose
 * (widening gaps, as the spacing effect asks); there is no setting yet.
 */
export const REVIEW_LADDER_DAYS: readonly number[] = [2, 7, 21, 60, 150];

const DAY_MS = 86_400_000;

export interface ReviewSchedule {
  completion: TopicCompletion;
  /** Reviews since the topic was (last) completed: earlier ones belong to a completion that was undone. */
  reviews: number;
  lastReviewedAt: string | null;
  /** Days between the last review (or the completion) and the next one: a rung of the ladder. */
  intervalDays: number;
  dueAt: string;
}

/**
 * When a topic is due for review, from its completion and its reviews (any order; only those at or after the
 * completion count, so redoing an undone topic starts the ladder over).
 */
function reviewSchedule(completion: TopicCompletion, reviews: readonly Pick<ReviewEvent, 'hard' | 'at'>[]): ReviewSchedule {
  const counted = reviews.filter((review) => review.at >= completion.at).sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
  let step = 0;
  let anchor = completion.at;
  for (const review of counted) {
    step = review.hard ? 0 : Math.min(step + 1, REVIEW_LADDER_DAYS.length - 1);
    anchor = review.at;
  }
  const intervalDays = REVIEW_LADDER_DAYS[step]!;
  return {
    completion,
    reviews: counted.length,
    lastReviewedAt: counted.length > 0 ? anchor : null,
    intervalDays,
    dueAt: new Date(Date.parse(anchor) + intervalDays * DAY_MS).toISOString(),
  };
}

/**
 * The schedule of every learned topic (skipped ones are not reviewed), in file order. Reviews recorded under a
 * former id of a topic (its aliases) count for it.
 */
export function reviewSchedules(curriculum: Curriculum, completions: readonly TopicCompletion[], reviews: readonly ReviewEvent[]): ReviewSchedule[] {
  const index = buildCurriculumIndex(curriculum);
  const byTopic = new Map<string, ReviewEvent[]>();
  for (const review of reviews) {
    const id = index.findTopic(review.item)?.id;
    if (id === undefined) continue;
    const list = byTopic.get(id);
    if (list) list.push(review);
    else byTopic.set(id, [review]);
  }
  return completions.filter((completion) => completion.learned).map((completion) => reviewSchedule(completion, byTopic.get(completion.topic.id) ?? []));
}

/** The reviews due at `now`, the longest overdue first (ties: file order). */
export function dueReviews(schedules: readonly ReviewSchedule[], now: Date): ReviewSchedule[] {
  const at = now.toISOString();
  return schedules.filter((schedule) => schedule.dueAt <= at).sort((a, b) => (a.dueAt < b.dueAt ? -1 : a.dueAt > b.dueAt ? 1 : 0));
}
