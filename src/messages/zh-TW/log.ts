import type { log as english } from '../en/log.js';

export const log = (): ReturnType<typeof english> => ({
  nothingYet: '還沒有任何變更紀錄。用這個指令標記進度：roadmap done REF',
  noteChanges: { 'note-added': '新增', 'note-edited': '修改', 'note-deleted': '刪除' },
  noteNumber: ({ id }) => `筆記 #${id}`,
  reviewed: '已複習',
  hard: '（較吃力）',
  noLongerInCurriculum: '（已不在課程中）',
  sinceInvalid: ({ value }) => `--since 要接日期（2026-11-01）、日期時間（2026-11-01T09:00:00Z）或一段時間（3d、2w、12h），而不是「${value}」`,
});
