import type { open as english } from '../en/open.js';

export const open = (): ReturnType<typeof english> => ({
  isSection: ({ number }) => `${number} 是章節；請開啟主題或資源`,
  noResources: ({ number }) => `${number} 沒有可開啟的資源`,
  notHttp: ({ url }) => `不開啟非 http(s) 的網址：${url}`,
  opened: ({ number, title }) => `已開啟 ${number}  ${title}`,
  couldNotOpen: ({ reason }) => `無法開啟網址：${reason}`,
  openItYourself: '請自行在瀏覽器中開啟，或將 $BROWSER 設定為會開啟瀏覽器的指令',
  notFound: ({ command }) => `找不到「${command}」`,
  couldNotStart: ({ command, code }) => `無法啟動「${command}」（${code}）`,
  stoppedBy: ({ command, signal }) => `「${command}」被 ${signal} 訊號中止`,
  exitedWith: ({ command, status }) => `「${command}」結束，狀態碼為 ${status}`,
});
