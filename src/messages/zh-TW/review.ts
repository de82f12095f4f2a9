import type { review as english } from '../en/review.js';

export const review = (): ReturnType<typeof english> => ({
  noneDue: '目前沒有要複習的主題。',
  noneDueLine: ({ none, next }) => `${none}${next}`,
  nextDue: ({ at }) => `下一次複習在 ${at}。`,
  nothingLearned: '完成的主題會在 2 天後回到這裡讓你複習。',
  due: ({ count }) => `${count} 個主題待複習`,
  completed: ({ at }) => `完成於 ${at}`,
  lastReviewed: ({ at }) => `上次複習 ${at}`,
  itemDue: ({ at, since, count }) => `到期 ${at} · ${since} · 已複習 ${count} 次`,
  more: ({ count, total }) => `… 還有 ${count} 個：roadmap review -n ${total}`,
  hint: ({ number }) => `→ roadmap reviewed ${number}   （如果想不太起來，加上 --hard）`,
  reviewed: ({ item }) => `已複習：${item}`,
  reviewedHard: ({ item }) => `已複習（較吃力）：${item}`,
  nextReview: ({ date }) => `  · 下次複習 ${date}`,
  nothingInSection: ({ number }) => `章節 ${number} 沒有可複習的主題：它的主題都還沒完成`,
  notDone: ({ item }) => `${item} 還沒完成：只有完成的主題才能複習`,
});
