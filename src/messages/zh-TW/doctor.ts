import type { doctor as english } from '../en/doctor.js';

export const doctor = (): ReturnType<typeof english> => ({
  database: ({ path }) => `資料庫：${path}`,
  notCreated: '尚未建立（目前還沒有任何紀錄）',
  integrityPassed: '完整性檢查通過',
  integrityFailed: '完整性檢查失敗：',
  restore: '請用 roadmap export 匯出的備份還原，或先複製這個檔案，再嘗試 sqlite3 .recover。',
  allRecordsMatch: '每筆紀錄都對應到課程中的條目',
  orphansHeading: '已不在課程中的條目的進度（仍然保留，沒有遺失）：',
  lastStatus: ({ status }) => `最後狀態：${status}`,
  kept: ({ what }) => `（${what}）`,
  noteCount: ({ count }) => `${count} 則筆記`,
  probablyBecame: ({ number, title, item }) => `可能已改為 ${number}  ${title}（${item}）`,
  topic: ({ item }) => `主題 ${item}`,
  resource: ({ item }) => `資源 ${item}`,
  carryOver: ({ what, line }) => `要沿用這些進度，請在課程的${what} 寫上：  ${line}`,
  carryOverAlso: ({ what, line }) => `並在${what} 寫上：  ${line}`,
  foundDamage: 'doctor 發現資料庫損壞',
  foundOrphans: ({ count }) => `doctor 發現 ${count} 筆紀錄屬於已不在課程中的條目`,
});
