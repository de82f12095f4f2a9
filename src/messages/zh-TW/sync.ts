import type { sync as english } from '../en/sync.js';

export const sync = (): ReturnType<typeof english> => ({
  whichFolder: '要同步哪個資料夾？請用 roadmap sync DIR（下次會記住這個資料夾）',
  noSuchFolder: ({ folder }) => `找不到資料夾：${folder}`,
  cannotCreate: ({ folder, detail }) => `無法建立 ${folder}：${detail}`,
  cannotRead: ({ file, detail }) => `無法讀取同步檔案 ${file}：${detail}`,
  newerFile: ({ file, version, known }) =>
    `${file} 是由較新版本的 roadmap 寫入的（進度格式 ${version}，這個版本只能讀取 ${known}），請先更新這台裝置上的 roadmap。沒有同步任何資料。`,
  synced: ({ devices, folder, events, notes, reviews }) =>
    `已透過 ${folder} 與其他 ${devices} 台裝置同步：收到 ${events} 筆進度紀錄、${notes} 則筆記、${reviews} 次複習`,
  shared: ({ events, notes, reviews, file }) => `已將 ${events} 筆進度紀錄、${notes} 則筆記和 ${reviews} 次複習分享到 ${file}`,
  alreadyShared: ({ file }) => `${file} 已經包含所有資料`,
});
