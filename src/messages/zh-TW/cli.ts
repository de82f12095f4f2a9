import type { cli as english } from '../en/cli.js';

export const cli = (): ReturnType<typeof english> => ({
  description: '跟著學習路線圖前進：記錄你做了什麼、你的筆記，以及接下來要學什麼。',
  footer: `
在終端機上不加指令執行，會開啟互動式選單。

範例：
  $ roadmap next                 現在該學什麼，以及原因
  $ roadmap list                 整份學習路線圖和你的進度
  $ roadmap done 1.2.1           把章節 1 主題 2 的資源 1 標為已完成
  $ roadmap path rnn             通往目標主題的路徑
  $ roadmap note 線性代數 "eigenvectors finally clicked"
  $ roadmap help done            等同 roadmap done --help

進度儲存在 ~/.local/share/roadmap/progress.db（見 --db）。`,
  titles: {
    usage: '用法：',
    arguments: '引數：',
    options: '選項：',
    globalOptions: '全域選項：',
    commands: '指令：',
    examples: '範例：',
  },
  helpTakesOneCommand: "'help' 只接受一個指令，例如 'roadmap help done'",
  unknownCommand: ({ name }) => `未知的指令 '${name}'`,
  unexpectedArgument: ({ argument, command, usage }) => `多出的引數 '${argument}'（用法：roadmap ${command} ${usage}）`,
  didYouMean: ({ suggestions }) => `（你是不是要輸入 ${suggestions}？）`,
  or: ' 或 ',
  seeHelp: ({ command }) => `；說明請見 '${command} --help'`,
  internalError: ({ message }) => `內部錯誤：${message}（這是程式的錯誤；加上 --debug 重新執行可看到詳細資訊）`,
  positiveInteger: ({ name, value }) => `${name} 必須是 1 以上的整數，不能是 "${value}"`,
  commander: {
    unknownOption: ({ option }) => `未知的選項 '${option}'`,
    missingArgument: ({ name }) => `缺少必要的引數 '${name}'`,
    optionMissingArgument: ({ option }) => `選項 '${option}' 缺少引數`,
    invalidOptionArgument: ({ option, value, reason }) => `選項 '${option}' 的引數 '${value}' 無效：${reason}`,
  },
});
