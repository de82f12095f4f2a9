import type { status as english } from '../en/status.js';

export const status = (): ReturnType<typeof english> => ({
  topics: '主題',
  resources: '資源',
  doneAndSkipped: ({ done, skipped }) => `（已完成 ${done}${skipped > 0 ? `，已略過 ${skipped}` : ''}）`,
  sections: '章節',
  sectionFigures: ({ topics, resources }) => `${topics} 主題 ${resources} 資源`,
  activity: '活動',
  streak: ({ current, longest }) => `連續天數 ${current} 天，最長 ${longest} 天`,
  weekdays: { monday: '週一', wednesday: '週三', friday: '週五', sunday: '週日' },
  recentActivity: '最近的活動',
  nothingYet: '還沒有任何紀錄：試試 roadmap next',
  forecast: {
    notEnoughHistory: ({ days }) => `預估：紀錄還不夠（目前 ${days} 天，需要 2 週）`,
    stalled: ({ weeks }) => `預估：最近 ${weeks} 週沒有完成任何主題，無法估計日期`,
    likely: ({ topics, likely, range }) => `照每週 ${topics} 個主題的步調，預計 ${likely} 完成${range}`,
    range: ({ earliest, latest }) => `（${earliest} 至 ${latest}）`,
  },
});
