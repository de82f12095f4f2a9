import type { path as english } from '../en/path.js';

export const path = (): ReturnType<typeof english> => ({
  complete: ({ goal }) => `★ ${goal}：通往目標的主題都完成了。`,
  toGo: ({ count }) => `還有 ${count} 個主題`,
  nothingLeft: '沒有剩下要讀的資源',
  unestimated: ({ count }) => `${count} 項資源沒有預估時間`,
  effortSeparator: '，',
});
