import type { convert as english } from '../en/convert.js';

export const convert = (): ReturnType<typeof english> => ({
  alreadyExists: ({ file }) => `${file} 已經存在；要覆寫請加上 --force`,
  wrote: ({ file, sections, topics, resources, warnings }) => `已寫入 ${file}：${sections} 個章節、${topics} 個主題、${resources} 項資源；${warnings} 個警告`,
  warning: ({ place, message }) => `${place}: 警告：${message}`,
  optionMustBe: ({ option, expected, got }) => `${option} 必須是${expected}（實際為 ${got}）`,
  optionValues: {
    id: '只含小寫字母、數字和連字號，且至少有一個字母的 slug',
    language: '語言標記，例如 en、zh-TW 或 pt-BR',
  },
  nothingToConvert: ({ file }) => `${file}: 找不到任何連結或主題；沒有可轉換的內容`,
  headingWithoutLinks: ({ heading }) => `標題 ${heading} 沒有連結；已略去`,
  headingOnlyGroups: ({ heading }) => `標題 ${heading} 只用來歸類底下的章節；不保留它的標題文字`,
  rowWithoutLinks: ({ row }) => `表格列 ${row} 沒有連結；已略去`,
  emptyRow: '表格列沒有文字也沒有連結；已略去',
  linkLeftOut: ({ url, reason }) => `已略去連結 ${url}：${reason}`,
  reasons: {
    notOpenable: '不是瀏覽器能開啟的網址',
    outsideSections: '它不在任何章節內',
    notHttp: '不是 http(s) 連結',
    relative: '這是相對連結；只有 http(s) 連結會成為資源',
  },
  linkRepeated: ({ url, topic, line }) => `連結 ${url} 在主題 ${topic} 中重複出現；只保留一次（第一次在第 ${line} 行）`,
  prerequisiteUnknown: ({ prerequisite, topic }) => `${topic} 的先修 ${prerequisite} 對不到任何表格列或主題；已略去`,
  prerequisiteItself: ({ prerequisite, topic }) => `${topic} 的先修 ${prerequisite} 就是主題本身；已略去`,
  prerequisiteCycle: ({ prerequisite, topic }) => `${topic} 的先修 ${prerequisite} 會形成循環；已略去`,
  imageLeftOut: ({ image }) => `已略去圖片 ${image}：圖片不是資源`,
  badgeLeftOut: ({ badge, url }) => `已略去徽章 ${badge}（連結到 ${url}）：徽章不是資源`,
});
