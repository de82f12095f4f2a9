import type { common as english } from '../en/common.js';

export const common = (): ReturnType<typeof english> => ({
  listSeparator: '、',
  // A full-width colon (`下一步：`) carries its own space, as Chinese is set.
  labelGap: '',
  topicState: {
    complete: '已完成',
    'in-progress': '進行中',
    available: '可開始',
    blocked: '尚未解鎖',
  },
  status: {
    todo: '未開始',
    started: '進行中',
    done: '已完成',
    skipped: '已略過',
  },
  resourceKind: {
    book: '書籍',
    article: '文章',
    video: '影片',
    course: '課程',
    notebook: '筆記本',
    paper: '論文',
    tool: '工具',
    website: '網站',
  },
  optional: '選修',
  minutesShort: ({ minutes }) => `${minutes} 分鐘`,
  hoursShort: ({ hours }) => `${hours} 小時`,
  approximately: ({ effort }) => `≈ ${effort}`,
  minutes: ({ count }) => `${count} 分鐘`,
  hours: ({ count }) => `${count} 小時`,
  hoursAndMinutes: ({ hours, minutes }) => `${hours} 小時 ${minutes} 分鐘`,
  topics: ({ count }) => `${count} 個主題`,
  resources: ({ count }) => `${count} 項資源`,
});
