import type { notes as english } from '../en/notes.js';

export const notes = (): ReturnType<typeof english> => ({
  nothingYet: '還沒有筆記。用這個指令新增：roadmap note REF "筆記內容"',
  edited: '（已修改）',
  onItem: ({ item, title }) => `  屬於 ${item}  ${title}`,
  noLongerInCurriculum: '（已不在課程中）',
  added: ({ id, item }) => `已新增筆記 #${id} 到 ${item}`,
  updated: ({ id }) => `已更新筆記 #${id}`,
  deleted: ({ id }) => `已刪除筆記 #${id}`,
  prompt: ({ item }) => `${item} 的筆記：`,
  editPrompt: ({ id, item }) => `${item} 的筆記 #${id}：`,
  editOrDelete: '--edit 和 --delete 只能擇一使用',
  messageWithoutEdit: '--message 要搭配 --edit ID 使用',
  noSuchNote: ({ id }) => `找不到 id 為 ${id} 的筆記；請看 roadmap notes`,
  empty: '筆記是空的：沒有儲存任何內容',
  editorDidNotStart: ({ editor, reason }) => `無法啟動編輯器「${editor}」：${reason}`,
  editorFailed: ({ editor, code }) => `編輯器「${editor}」結束時回傳代碼 ${code}：沒有儲存任何內容`,
  keptIn: ({ file }) => `筆記沒有儲存；內容保留在 ${file}`,
  hereIsText: '筆記沒有儲存；內容如下：',
});
