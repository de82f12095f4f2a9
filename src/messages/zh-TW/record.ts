import type { record as english } from '../en/record.js';

export const record = (): ReturnType<typeof english> => ({
  changed: { done: '已完成', started: '開始進行', skipped: '已略過', todo: '改回未開始' },
  already: { done: '原本就已完成', started: '原本就在進行中', skipped: '原本就已略過', todo: '原本就是未開始' },
  line: ({ what, item }) => `${what}：${item}`,
  was: ({ previous }) => `（原為${previous}）`,
  staysResolved: ({ item, topic, status }) => `${item} 仍算已處理：它的主題 ${topic} 標記為${status}（roadmap undo ${topic} 可重新開啟）`,
  noteAdded: '✎ 已新增筆記',
  topicComplete: ({ item }) => `★ 主題已完成：${item}`,
  noLongerComplete: ({ item }) => `↺ 不再是已完成：${item}`,
  unlocked: ({ item }) => `→ 已解鎖：${item}`,
  nothingRecorded: '沒有記錄任何變更',
  prerequisitesUnmet: ({ item, prerequisites }) => `警告：${item} 在先修完成之前就標為已完成，未完成的先修：${prerequisites}`,
});
