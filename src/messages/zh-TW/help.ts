import type { help as english } from '../en/help.js';

// Details are written without single line breaks: cli.ts joins those with a space, which Chinese has none of.
export const help = (): ReturnType<typeof english> => ({
  global: {
    curriculum: '課程檔案，或內建課程的 id（環境變數 ROADMAP_CURRICULUM）',
    db: '進度資料庫（環境變數 ROADMAP_DB）',
    lang: '訊息的語言：en 或 zh-TW（環境變數 ROADMAP_LANG，否則依系統語系）',
    noColor: '不使用顏色，在終端機上也一樣（環境變數 NO_COLOR）',
    help: '顯示說明',
    version: '顯示版本',
    helpCommand: '顯示某個指令的說明',
  },
  next: {
    summary: '接下來要學的主題，以及原因',
    details:
      '建議先修都已完成的主題：先是你已開始的，再來是必修優先於選修，然後是解鎖最多主題的，最後依學習路線圖的順序。--goal 只留下目標的主題及其先修。',
    options: {
      count: '要幾個建議（預設 3）',
      goal: '只列出通往這個章節、主題或資源的主題',
      json: '以 JSON 輸出建議',
    },
  },
  list: {
    summary: '以編號的樹狀圖顯示學習路線圖與你的進度',
    details:
      'REF 把樹縮小到一個章節或主題：id（linear-algebra）、list 顯示的編號（2、2.3、2.3.1）或標題的一部分。符號：✔ 已完成  ◐ 進行中  ○ 可開始  ⊘ 尚未解鎖  ↷ 已略過。',
    options: {
      todo: '隱藏已完成的主題，以及已完成或已略過的資源',
      json: '以 JSON 輸出樹狀圖',
    },
    sectionOnly: ({ number }) => `只看章節 ${number}`,
  },
  show: {
    summary: '顯示一個章節、主題或資源：狀態、筆記、先修，以及它解鎖的主題',
    options: {
      json: '以 JSON 輸出這一項',
    },
  },
  statusChange: {
    details:
      '每個 REF 可以是 id（linear-algebra、linear-algebra/3b1b-essence）、list 顯示的編號（1.2、1.2.1）或標題的一部分。章節會套用到它的每個主題。所有 REF 在同一筆交易中記錄：只要有一個 REF 不存在，就什麼都不記錄。',
    options: {
      note: '同時為指定的每一項加上這則筆記',
      json: '以 JSON 輸出變更的內容',
    },
  },
  done: {
    summary: '把主題或資源標為已完成',
    more: '先修尚未完成的主題也照樣記錄為已完成，並在 stderr 顯示警告，列出那些先修。「解鎖」列出的是因此可以開始的主題，而不是被標記的主題。',
  },
  start: {
    summary: '把主題或資源標為進行中',
  },
  skip: {
    summary: '略過主題或資源（視同完成，但與已完成分開顯示）',
  },
  undo: {
    summary: '把主題或資源改回未開始（歷史紀錄會保留復原前的狀態）',
    more: '復原的主題就不再是已完成：如果它仍會因為資源而算完成，讓它完成的必修資源（已完成或已略過）也會在同一筆交易中改回未開始，並一一列出；選修資源則維持原狀。章節會復原它的每個主題，一如「done 章節」標記了它的每個主題。只因主題被標記而算完成的資源會維持原狀：請復原那個主題。',
  },
  note: {
    summary: '為章節、主題或資源加上筆記',
    details:
      '沒有 TEXT 時，若標準輸入不是終端機（而是管線）就從標準輸入讀取，否則開啟 $VISUAL 或 $EDITOR，再不然就直接詢問。筆記若無法儲存，內容會保留在一個檔案裡，檔名顯示在 stderr。',
    options: {
      json: '以 JSON 輸出新筆記',
    },
  },
  notes: {
    summary: '列出你的筆記（全部，或某一項的）；編輯或刪除一則',
    details:
      '筆記列在所屬的章節、主題或資源下，依學習路線圖的順序，由舊到新；指定 REF 時也會列出它所包含的各項的筆記（主題的資源、章節的主題）。--edit 會用 $EDITOR 開啟筆記，除非 --message 給了新內容（或由管線輸入）。刪除筆記會移除它的內容，只留下「曾有一則筆記」這件事，讓刪除能透過匯出與匯入傳到其他電腦。',
    options: {
      edit: '編輯這個 id 的筆記',
      message: '搭配 --edit：新的內容',
      delete: '刪除這個 id 的筆記',
      json: '以 JSON 輸出筆記',
    },
  },
  status: {
    summary: '整體與各章節的進度、連續天數、預估、待複習的主題，以及最近的活動',
    details:
      '計數不含選修主題和選修資源。已完成和已略過分開顯示。連續天數是連續幾天每天至少有一次變更（依你的時區，$TZ）；熱度圖顯示最近 12 週，每週一欄。預估是依你最近 8 週的步調最可能完成的日期，並附上範圍。',
    options: {
      json: '以 JSON 輸出各項數字',
    },
  },
  log: {
    summary: '你的變更歷史，由舊到新',
    details:
      '狀態變更、複習，以及筆記的新增、編輯與刪除（`roadmap notes` 會顯示筆記內容）。DATE 可以是日期（2026-11-01）、日期時間（2026-11-01T09:00:00Z）或從現在往回算的一段時間（3d、2w、12h）。',
    options: {
      since: '只列出 DATE 當時或之後的變更',
      limit: '只列出最後 COUNT 筆變更',
      json: '以 JSON 輸出事件',
    },
  },
  review: {
    summary: '今天該複習的主題，逾期最久的在前，並附上資源',
    details: ({ first, middle, last }) =>
      `完成的主題（已完成，不含已略過）會在 ${first} 天後回來複習，之後在每次複習後隔 ${middle} 和 ${last} 天（此後每 ${last} 天一次）。用 roadmap reviewed REF 記錄複習；--hard 會讓複習間隔從頭開始。復原主題會清除它的複習紀錄；再次完成時從頭開始。`,
    options: {
      limit: ({ count }) => `最多顯示 COUNT 個複習（預設 ${count}）`,
      json: '以 JSON 輸出複習',
    },
  },
  reviewed: {
    summary: '記錄你複習了已完成的主題',
    details:
      '每個 REF 是一個主題（資源代表它的主題，章節代表它已完成的主題）。只有標為已完成（或因資源而完成）的主題能複習。複習不會改變狀態，只會把下次複習往後延；--hard 則讓它 2 天後再回來。所有 REF 在同一筆交易中記錄：只要有一個無法複習，就什麼都不記錄。',
    options: {
      hard: '不太記得了：複習間隔從頭開始',
      json: '以 JSON 輸出記錄的內容',
    },
  },
  path: {
    summary: '通往目標的剩餘主題，依序排好，並附上所需時間',
    details:
      '每個主題都排在它所需的主題之後；不分先後時依學習路線圖的順序。所需時間是剩餘必修資源的分鐘數總和。預估會依你最近幾週的步調，推算你大概何時能到達（做法見 README）。',
    options: {
      json: '以 JSON 輸出計畫',
    },
    wholeSection: '整個章節',
  },
  graph: {
    summary: '先修關係圖，以 Mermaid 或 Graphviz DOT 輸出，依狀態套用樣式',
    details: '指定 REF 時，只含這一項及其先修。Mermaid 可貼進 ```mermaid 區塊；DOT 可用 `dot -Tsvg` 轉成圖片。',
    options: {
      format: 'mermaid 或 dot',
    },
  },
  open: {
    summary: '在瀏覽器開啟資源的網址（主題則開啟它下一個未完成的資源）',
    details: '有設定 $BROWSER 就用它，否則用系統的開啟程式（xdg-open、open、start）。只開啟 http(s) 網址，且從不透過 shell。',
    options: {
      print: '只顯示網址，不開啟',
    },
  },
  report: {
    summary: '把進度寫成一頁：畫出的學習路線圖、熱度圖與連續天數（HTML），或 Markdown 核取清單',
    details:
      'HTML（預設）是一個自成一體的檔案，不含腳本，也不從網路取得任何東西：離線、從隨身碟或電子郵件都能開啟。' +
      'Markdown 是附 Mermaid 圖的 GitHub 核取清單，可貼到 issue 或 README。' +
      '檔案 roadmap-report.html（或 .md）寫在目前的資料夾；已有的檔案只有加上 --force 才會取代。-o - 會直接輸出。',
    options: {
      output: '寫到哪裡（- 表示標準輸出）',
      format: 'html 或 md',
      open: '用 $BROWSER 或系統的開啟程式開啟寫好的檔案',
      force: '檔案已存在時取代它',
    },
  },
  export: {
    summary: '把所有進度和筆記（每個課程的）匯出成 JSON',
    details: '這個檔案可以在另一台電腦匯入，或留作備份：roadmap import 合併時不會重複。',
    options: {
      output: '寫到 FILE，而不是標準輸出',
    },
  },
  import: {
    summary: '從 roadmap export 產生的檔案合併進度和筆記',
    details: '合併可以放心重複：已有的會略過，較新的狀態或筆記優先。格式錯誤的檔案不會改變任何東西（結束代碼 3）。用 - 從標準輸入讀取。',
    options: {
      json: '以 JSON 輸出合併的內容',
    },
  },
  sync: {
    summary: '透過你同步的資料夾，與其他裝置共享進度、筆記和複習',
    details: ({ folder }) =>
      `DIR 是你的裝置已經在共享的資料夾（git 儲存庫、Syncthing、雲端硬碟）。每台裝置在 DIR/${folder}/ 中有自己的檔案，從不寫入別台的檔案：同步時會把每台裝置的檔案合併進這個資料庫（依 uid，不會重複），再把全部內容一次性地重寫到這台裝置的檔案。在每台裝置上執行，順序不拘、次數不限：兩次同時進行的同步不會遺失任何東西，這次漏掉的，下次會補上。把資料庫檔案複製到另一台機器或另一個路徑使用時，那份複本算是另一台裝置。沒有 DIR 時，使用上次的資料夾。較新版 roadmap 產生的檔案會被拒絕（結束代碼 4），且不做任何變更。`,
    options: {
      json: '以 JSON 輸出同步的內容',
    },
    folderUsedLast: '上次使用的資料夾',
  },
  doctor: {
    summary: '檢查資料庫，找出課程中已不存在的章節、主題或資源的進度',
    details:
      '進度從不刪除：章節、主題或資源改名或移除後，它的紀錄仍會保留，doctor 會列出這些紀錄、它們最可能變成的那一項，以及把紀錄轉過去的 aliases 行（每行完整列出：它目前的 aliases 加上要新增的舊 id）。發現問題時結束代碼為 1。',
    options: {
      json: '以 JSON 輸出檢查結果',
    },
  },
  curricula: {
    summary: '列出內建的課程、各自的大小，以及你在每個課程的進度',
    details:
      '目前的課程（其他指令使用的那個）標有 ▶。依優先順序是：--curriculum、ROADMAP_CURRICULUM、`roadmap use` 設為預設的課程、內建的預設課程。完整的課程會連同它的各部分一起列出；某部分的進度也計入整個課程。',
    options: {
      json: '以 JSON 輸出清單',
    },
  },
  use: {
    summary: '把一個課程（內建的 id 或檔案）設為之後指令的預設',
    details:
      '儲存在你的設定檔中（在設定資料夾裡：Linux 上是 $XDG_CONFIG_HOME/roadmap/config.json）。FILE 會以絕對路徑儲存。--curriculum 和 ROADMAP_CURRICULUM 仍優先於它。沒有 CURRICULUM 時，顯示目前的預設課程。`roadmap curricula` 會列出內建的課程。',
    options: {
      clear: '回到內建的預設課程',
    },
  },
  validate: {
    summary: '檢查課程檔案，列出每個問題及其行號和欄號',
    details:
      '沒有 FILE 時，檢查 roadmap 內建的每個課程。完整的課程（由各部分組成的檔案）會連同各部分一起檢查。問題會輸出到 stderr，格式為 FILE:LINE:COL: 訊息，依位置排序；有任何檔案無效時結束代碼為 3。警告（重複的網址、控制字元）不會讓檢查失敗。',
  },
  'check-links': {
    summary: '檢查每個資源的網址是否仍有回應：失效、已搬移、逾時',
    details: ({ concurrency, perHost }) =>
      `向課程中每個不同的網址發出請求（先用 HEAD，被拒絕時改用 GET），同時最多 ${concurrency} 個、每個主機最多 ${perHost} 個，並跟隨重新導向。永久重新導向（301、308）會回報為已搬移，並附上要改寫進課程的那一行；暫時重新導向（302、303、307）則沒問題。429 和 5xx 的回應會在暫停後重試（遵守 Retry-After，最多 30 秒）。結果會在快取資料夾中保留一天，所以再次執行時只會詢問尚未確定的網址：--fresh 會全部重新詢問。有連結失效、已搬移或逾時時結束代碼為 1。`,
    options: {
      json: '以 JSON 輸出每個檢查過的連結',
      fresh: '忽略過去一天的結果，重新詢問每個網址',
      verbose: '也列出正常的連結',
      concurrency: ({ concurrency, perHost }) => `同時發出的請求數（預設 ${concurrency}；每個主機最多 ${perHost} 個）`,
      timeout: ({ seconds }) => `每個回應最多等幾秒（預設 ${seconds}）`,
    },
  },
  convert: {
    summary: '把 Markdown 學習路線圖（課程的 README、awesome 清單、讀書計畫）轉成課程檔案',
    details:
      '標題會變成章節和主題，以粗體開頭的清單條目會變成主題，每個 http(s) 連結會變成資源（種類由網址推測）。表格每一列產生一個主題或資源；「prerequisites」欄會產生 requires。沒有納入的內容都會以 FILE:LINE: 開頭的警告回報在 stderr。id 取自標題和網址，而不是位置，所以編輯後再轉換一次，id 仍會保留。curriculum/README.md（「From Markdown」一節）說明了對應方式。Markdown 檔案也可以直接使用：roadmap --curriculum FILE.md next。',
    options: {
      output: '把課程寫到 FILE，而不是標準輸出',
      force: 'FILE 已存在時覆寫',
      id: '課程的 id（預設：取自第一個標題，否則取自檔名）',
      title: '標題（預設：第一個標題）',
      language: '語言，例如 en 或 zh-TW（預設：從內容推測）',
      sequential: '每個主題都以前一個主題為先修（要依序學習的課程）',
      json: '以 JSON 輸出課程和警告，而不是 YAML',
    },
  },
  completion: {
    summary: '輸出讓 bash、zsh 或 fish 自動完成指令、選項和 REF 的腳本',
    details:
      '在 shell 的啟動檔中載入這個腳本（見範例）：之後按 Tab 就能自動完成指令名稱、選項及其值，以及目前課程的 REF（編號、id、標題），在 zsh 和 fish 中還會在旁邊顯示標題。zsh：把那一行放在 ~/.zshrc 中 compinit 之後。',
  },
});
