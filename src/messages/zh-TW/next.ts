import type { next as english } from '../en/next.js';

export const next = (): ReturnType<typeof english> => ({
  allComplete: '★ 所有主題都完成了，做得好！',
  seeLog: '回顧做過的事：roadmap log',
  goalComplete: ({ goal }) => `★ 通往 ${goal} 的主題都完成了。`,
  dropGoal: '拿掉 --goal 就能看到其他接下來的主題。',
  goal: ({ goal }) => `目標：${goal}`,
  blockedBy: ({ number, blockers }) => `${number} 還要先完成：${blockers}`,
  allBlocked: '沒有可建議的主題：剩下的主題都還有先修未完成。',
  nextUp: '下一步：',
  moreResources: ({ count, number }) => `… 還有 ${count} 項：roadmap show ${number}`,
  then: '接著：',
  reasons: {
    continues: '接續你已開始的主題',
    unlocks: ({ count }) => `解鎖 ${count} 個主題`,
    prerequisitesDone: ({ titles }) => `先修都已完成：${titles}`,
    prerequisitesDoneAndMore: ({ titles, count }) => `先修都已完成：${titles}，以及另外 ${count} 個`,
    needsNothing: '不需要先修',
  },
});
