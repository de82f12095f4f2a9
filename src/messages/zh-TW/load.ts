import type { load as english } from '../en/load.js';

export const load = (): ReturnType<typeof english> => ({
  fileNotFound: ({ file }) => `找不到課程檔案：${file}`,
  fileIsFolder: ({ file }) => `${file} 是資料夾，不是課程檔案`,
  cannotRead: ({ file, reason }) => `無法讀取 ${file}：${reason}`,
  invalidCurriculum: '課程無效',
  curriculumIsFolder: ({ name }) => `課程 ${name} 是資料夾；請指定課程的 .yaml 檔案，或內建課程的 id`,
  noBundled: ({ name, bundled }) => `沒有名為 "${name}" 的內建課程（內建課程：${bundled}）；請用 --curriculum 指定 .yaml 檔案`,
  noneBundled: '無',
  parts: {
    isTheCourse: ({ part }) => `部分 "${part}" 就是課程本身`,
    failed: ({ part, reason }) => `部分 "${part}"：${reason}`,
    invalid: ({ part, file }) => `部分 "${part}"（${file}）無效：請看它自己的問題`,
    noFile: ({ part, path }) => `部分 "${part}"：沒有這個檔案（${path}）`,
    notFound: ({ part }) => `部分 "${part}"：課程旁邊和 roadmap 內建的課程中都沒有這個 id；請指定檔案（PATH.yaml）或內建課程的 id`,
  },
  settings: {
    cannotRead: ({ file, reason }) => `無法讀取設定檔 ${file}：${reason}`,
    notJson: ({ file, reason }) => `${file}: 不是有效的 JSON（${reason}）；請修正它，或刪除它重新開始`,
    notObject: ({ file }) => `${file}: 設定必須是一個 JSON 物件；請修正它，或刪除它重新開始`,
    mustBeText: ({ file, key }) => `${file}: "${key}" 必須是非空字串`,
    cannotCreateFolder: ({ file, reason }) => `無法建立設定檔 ${file} 所在的資料夾：${reason}`,
  },
});
