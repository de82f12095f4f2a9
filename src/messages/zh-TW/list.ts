import type { list as english } from '../en/list.js';

export const list = (): ReturnType<typeof english> => ({
  figures: ({ topicsDone, topicsTotal, resourcesDone, resourcesTotal, percent }) =>
    `主題 ${topicsDone}/${topicsTotal} · 資源 ${resourcesDone}/${resourcesTotal} · ${percent}`,
  needs: ({ numbers }) => `需先完成 ${numbers}`,
  notes: ({ notes }) => `（${notes}）`,
  noteSeparator: '；',
});
