import { progressCurricula } from '../curriculum/progressHome.js';
import { topicCompletions, type TopicCompletion } from '../plan/completion.js';
import { forecast, remainingWork, type ForecastInput } from '../plan/forecast.js';
import { dueReviews, reviewSchedules, type ReviewSchedule } from '../plan/review.js';
import type { ProgressStore } from '../progress/store.js';
import type { ForecastView } from '../render/forecast.js';
import type { ReviewItemView } from '../render/review.js';
import type { ProgressSnapshot } from '../session.js';
import { resourceLink } from './resourceLink.js';

/** What the review and forecast views are built from: when each complete topic was completed. */
function completionsOf({ curriculum, state, records }: ProgressSnapshot): TopicCompletion[] {
  return topicCompletions(curriculum, state, records);
}

/** Every learned topic's review schedule, in file order. */
export function schedulesOf(snapshot: ProgressSnapshot, store: ProgressStore | null): ReviewSchedule[] {
  return schedulesFrom(snapshot, store, completionsOf(snapshot));
}

function schedulesFrom(snapshot: ProgressSnapshot, store: ProgressStore | null, completions: readonly TopicCompletion[]): ReviewSchedule[] {
  if (store === null) return [];
  return reviewSchedules(snapshot.curriculum, completions, store.reviews({ curriculum: progressCurricula(snapshot.curriculum) }));
}

/** The reviews due at `now`, the longest overdue first. */
export function dueReviewsOf(snapshot: ProgressSnapshot, store: ProgressStore | null, now: Date): ReviewSchedule[] {
  return dueReviews(schedulesOf(snapshot, store), now);
}

export function reviewItemView(schedule: ReviewSchedule): ReviewItemView {
  const topic = schedule.completion.topic;
  return {
    topic: topic.id,
    number: topic.number,
    title: topic.title,
    completedAt: schedule.completion.at,
    reviews: schedule.reviews,
    lastReviewedAt: schedule.lastReviewedAt,
    dueAt: schedule.dueAt,
    resources: topic.resources.filter((resource) => !resource.optional).map(resourceLink),
  };
}

/**
 * The forecast of reaching `remaining` (topics not complete, by default every non-optional one) at the pace
 * of this curriculum's history: status changes, reviews and notes count as activity.
 */
export function forecastOf(
  snapshot: ProgressSnapshot,
  store: ProgressStore | null,
  clock: Pick<ForecastInput, 'now' | 'timeZone'>,
  remaining?: ForecastInput['remaining'],
): ForecastView {
  return forecastFrom(snapshot, clock, remaining, completionsOf(snapshot), store?.activityInstants(progressCurricula(snapshot.curriculum)) ?? []);
}

/**
 * What status shows of the learner's rhythm: the reviews due, and the forecast of finishing the whole
 * curriculum at the pace of `activity` (ProgressStore.activityInstants).
 */
export function reviewsDueAndForecast(
  snapshot: ProgressSnapshot,
  store: ProgressStore | null,
  clock: Pick<ForecastInput, 'now' | 'timeZone'>,
  activity: readonly string[],
): { reviewsDue: number; forecast: ForecastView } {
  const completions = completionsOf(snapshot);
  return {
    reviewsDue: dueReviews(schedulesFrom(snapshot, store, completions), clock.now).length,
    forecast: forecastFrom(snapshot, clock, undefined, completions, activity),
  };
}

function forecastFrom(
  snapshot: ProgressSnapshot,
  clock: Pick<ForecastInput, 'now' | 'timeZone'>,
  remaining: ForecastInput['remaining'] | undefined,
  topicsCompleted: readonly TopicCompletion[],
  activity: readonly string[],
): ForecastView {
  const left = remaining ?? remainingWork(snapshot.curriculum, snapshot.state);
  const completions = topicsCompleted.map(({ at, minutes }) => ({ at, minutes }));
  const result = forecast({ ...clock, activity, completions, remaining: left });
  return { ...result, remainingTopics: left.topics };
}
