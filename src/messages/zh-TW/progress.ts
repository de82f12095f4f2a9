import type { progress as english } from '../en/progress.js';

export const progress = (): ReturnType<typeof english> => ({
  locked: '資料庫正由另一個 roadmap 程式使用中，請稍後再試',
  damaged: ({ path, detail }) => `${path} 不是 roadmap 資料庫，或已經損壞：${detail}`,
  newerSchema: ({ path, found, known }) =>
    `資料庫 ${path} 是由較新版本的 roadmap 寫入的（結構版本 ${found}，這個版本只認得 ${known}），請更新 roadmap`,
  directory: ({ path }) => `資料庫 ${path} 是一個資料夾，請用 --db 或 ROADMAP_DB 指定一個檔案的路徑`,
  foreign: ({ path }) => `${path} 不是 roadmap 資料庫：裡面是其他程式的資料，請用 --db 選擇另一個檔案`,
  cannotOpen: ({ path, detail }) => `無法開啟資料庫 ${path}：${detail}`,
  cannotWrite: ({ path, detail }) => `無法寫入資料庫 ${path}：${detail}`,
  diskFull: ({ path }) => `無法寫入資料庫 ${path}：磁碟已滿`,
  inputOutput: ({ path, code }) => `無法讀寫資料庫 ${path}：輸入／輸出錯誤（${code}）`,
  cannotCreate: ({ path, detail }) => `無法在 ${path} 建立資料庫：${detail}；請用 --db 或 ROADMAP_DB 選擇其他位置`,
  noSuchNote: ({ id }) => `沒有編號 ${id} 的筆記，請看 \`roadmap notes\``,
  emptyNote: '筆記需要有內容',
  notADateTime: ({ value }) => `不是日期時間：${value}`,
  notADirectory: ({ path }) => `不是資料夾：${path}`,
  fileWrite: {
    isDirectory: ({ name, example }) => `無法寫入 ${name}：這是一個資料夾，請指定其中的檔案，例如 ${example}`,
    noFolder: ({ name, folder }) => `無法寫入 ${name}：資料夾 ${folder} 不存在，請先建立`,
    notAFolder: ({ name, folder }) => `無法寫入 ${name}：${folder} 不是資料夾`,
    failed: ({ name, reason }) => `無法寫入 ${name}：${reason}`,
    reasons: {
      permissionDenied: '權限不足',
      readOnlyFileSystem: '檔案系統是唯讀的',
      diskFull: '磁碟已滿',
      quotaUsedUp: '磁碟配額已用完',
      isDirectory: '這是一個資料夾',
      pathNotAFolder: '路徑中有一部分不是資料夾',
      folderMissing: '所在的資料夾不存在',
    },
  },
});
