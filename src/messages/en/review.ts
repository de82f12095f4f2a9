import { plural } from './plural.js';

/** `roadmap review`, `roadmap reviewed`. */
export const review = () => ({
  noneDue: 'No review due.',
  /** `none` is the line above, `next` one of the two below, each already styled. */
  noneDueLine: ({ none, next }: { none: string; next: string }) => `${none} ${next}`,
  nextDue: ({ at }: { at: string }) => `The next one is due ${at}.`,
  nothingLearned: 'Topics you complete come back here for review, 2 days later.',
  due: ({ count }: { count: number }) => `${plural(count, 'review')} due`,
  completed: ({ at }: { at: string }) => `completed ${at}`,
  lastReviewed: ({ at }: { at: string }) => `last reviewed ${at}`,
  /** `since` is one of the two above. */
  itemDue: ({ at, since, count }: { at: string; since: string; count: number }) => `due ${at} · ${since} · ${plural(count, 'review')} so far`,
  more: ({ count, total }: { count: number; total: number }) => `… and ${count} more: roadmap review -n ${total}`,
  hint: ({ number }: { number: string }) => `→ roadmap reviewed ${number}   (--hard if it did not come back easily)`,
  reviewed: ({ item }: { item: string }) => `reviewed: ${item}`,
  reviewedHard: ({ item }: { item: string }) => `reviewed (hard): ${item}`,
  nextReview: ({ date }: { date: string }) => `  · next review ${date}`,
  nothingInSection: ({ number }: { number: string }) => `nothing to review in section ${number}: none of its topics is done`,
  notDone: ({ item }: { item: string }) => `${item} is not done: only topics you completed are reviewed`,
});
