import type { show as english } from '../en/show.js';

export const show = (): ReturnType<typeof english> => ({
  field: {
    progress: '進度',
    section: '章節',
    state: '狀態',
    url: '網址',
    topic: '主題',
    kind: '類型',
    effort: '所需時間',
    status: '狀態',
  },
  optionalTag: '（選修）',
  resourcesDone: ({ done, total }) => `資源 ${done}/${total}`,
  stateMarked: ({ state, status }) => `${state}（標記為${status}）`,
  coveredByTopic: ({ status }) => `${status}（由所屬主題涵蓋）`,
  topics: '主題',
  prerequisites: '先修主題',
  noPrerequisites: '無：現在就可以開始',
  met: '已完成',
  notMet: '未完成',
  unlocks: '完成後解鎖',
  resources: '資源',
  noResources: '未列出任何資源',
  notes: '筆記',
  noNotes: ({ command }) => `還沒有筆記：${command}`,
});
