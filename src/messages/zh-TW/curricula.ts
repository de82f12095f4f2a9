import type { curricula as english } from '../en/curricula.js';

export const curricula = (): ReturnType<typeof english> => ({
  size: ({ sections, topics, resources }) => `${sections} 個章節 · ${topics} 個主題 · ${resources} 項資源`,
  progress: ({ complete, total, percent }) => `主題 ${complete}/${total} ${percent}`,
  wholeCourse: ({ parts }) => `完整課程，包含：${parts}`,
  current: ({ name, chosenBy }) => `▶ 目前使用：${name}，${chosenBy}。用 roadmap use ID|FILE 更換。`,
  chosenBy: {
    option: '由 --curriculum 指定',
    environment: '由 ROADMAP_CURRICULUM 指定',
    settings: '由 roadmap use 設定',
    default: '內建的預設課程',
  },
  currentNotFound: ({ reason }) => `找不到目前使用的課程：${reason}`,
  invalid: ({ reason }) => `無效：${reason}`,
  use: {
    curriculumOrClear: 'use 只能接一個課程或 --clear，不能兩個都給',
    cleared: '已改回使用內建的預設課程。',
    noDefault: '沒有用 roadmap use 設定預設課程：使用內建的課程。',
    defaultIs: ({ curriculum }) => `預設課程（由 roadmap use 設定）：${curriculum}`,
    nowUsing: ({ curriculum, title }) => `現在使用 ${curriculum}：${title}`,
    stillWins: ({ option }) => `注意：有指定 ${option}，它仍然優先於這個預設`,
    madeDefault: ({ reason }) => `${reason}（這是 \`roadmap use\` 設定的預設；\`roadmap use --clear\` 可改回內建的課程）`,
  },
});
