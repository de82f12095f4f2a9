import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { displayWidth } from '../../src/render/text.js';
import { TempHome } from './helpers/roadmap.js';
import { day } from './helpers/clock.js';

let home: TempHome;
beforeEach(() => {
  home = new TempHome();
});
afterEach(() => home.remove());


/** `roadmap` in zh-TW on the sample curriculum, the clock at `days` after day 0 (helpers/clock.ts). */
function at(days: number, args: string[], env: Record<string, string> = {}) {
  return home.sample(args, { env: { ROADMAP_LANG: 'zh-TW', ROADMAP_NOW: day(days), ...env } });
}

/** The display column where `mark` starts in `line`. */
const columnOf = (line: string, mark: string) => displayWidth(line.slice(0, line.indexOf(mark)));

describe('progress in zh-TW', () => {
  it('done, start, skip and undo say what changed, and warn of unmet prerequisites on stderr', () => {
    const done = at(0, ['done', '1.1']);
    expect(done.code).toBe(0);
    expect(done.stdout).toBe('✔ 已完成：1.1  Introduction 入門（原為未開始）\n→ 已解鎖：3.2  Reading list\n');
    expect(done.stderr).toBe('');

    expect(at(0, ['start', '1.2']).stdout).toBe('◐ 開始進行：1.2  線性代數 Linear algebra（原為未開始）\n');
    const again = at(0, ['done', '1.1']);
    expect(again.stdout).toBe('· 原本就已完成：1.1  Introduction 入門\n沒有記錄任何變更\n');

    const early = at(1, ['done', '2.1', '--note', '先看過影片']);
    expect(early.code).toBe(0);
    expect(early.stdout).toContain('✔ 已完成：2.1  Neural networks 神經網路（原為未開始）');
    expect(early.stdout).toContain('✎ 已新增筆記');
    expect(early.stdout).toContain('→ 已解鎖：3.1  Text processing 文字處理');
    expect(early.stderr).toBe('警告：2.1  Neural networks 神經網路 在先修完成之前就標為已完成，未完成的先修：1.2  線性代數 Linear algebra、1.3  Calculus 微積分\n');

    at(1, ['skip', '1.3']);
    const undo = at(2, ['undo', '1.3']);
    expect(undo.code).toBe(0);
    expect(undo.stdout).toBe('○ 改回未開始：1.3  Calculus 微積分（原為已略過）\n');
  });

  it('status shows the totals, sections, streak, forecast, reviews due and recent activity in Chinese', () => {
    at(0, ['start', '1.1']);
    expect(at(3, ['status']).stdout).toContain('預估：紀錄還不夠（目前 3 天，需要 2 週）');
    at(4, ['done', '1.1']);
    at(9, ['done', '1.2']);
    at(15, ['done', '1.3']);
    at(20, ['skip', '1.2.2']);
    const result = at(21, ['status']);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    const out = result.stdout;
    expect(out).toMatch(/^主題 +███+░+ +3\/6 +50% {2}（已完成 3）$/m);
    expect(out).toMatch(/^資源 +█+░* +\d\/7 +\d+% {2}（已完成 \d，已略過 1）$/m);
    expect(out).toMatch(/^照每週 1 個主題的步調，預計 \d{4}-\d{2}-\d{2} 完成（\d{4}-\d{2}-\d{2} 至 \d{4}-\d{2}-\d{2}）$/m);
    expect(out).toMatch(/^↻ \d 個主題待複習 → roadmap review$/m);
    expect(out).toContain('\n章節\n');
    expect(out).toMatch(/^ {2}1 {2}Basics 基礎 +█+░* +3\/3 主題 +\d\/4 資源$/m);
    expect(out).toMatch(/^活動 {2}連續天數 \d+ 天，最長 \d+ 天$/m);
    expect(out).toMatch(/^ {2}週一 [·░▒▓█ ]+$/m);
    expect(out).toContain('\n最近的活動\n');
    expect(out).toMatch(/^ {2}2026-01-25 09:00 {2}↷ 已略過 {2}1\.2\.2 {2}3Blue1Brown 線性代數的本質$/m);
    expect(out).not.toMatch(/Topics|Sections|streak|Recent activity|At your pace/);
  });

  it('status with nothing recorded says so', () => {
    const out = at(0, ['status']).stdout;
    expect(out).toContain('連續天數 0 天，最長 0 天');
    expect(out).toContain('  還沒有任何紀錄：試試 roadmap next');
  });

  it('status fits 80 columns, its columns lined up, with the long Chinese titles of a bundled course', () => {
    const env = { ROADMAP_LANG: 'zh-TW', COLUMNS: '80' };
    home.run(['--curriculum', 'llm-fundamentals', 'done', '1.1'], { env });
    const result = home.run(['--curriculum', 'llm-fundamentals', 'status'], { env });
    expect(result.code).toBe(0);
    const lines = result.stdout.trimEnd().split('\n');
    for (const line of lines) expect({ line, width: displayWidth(line) <= 80 }).toEqual({ line, width: true });

    const totals = lines.filter((line) => /^(主題|資源) /.test(line));
    expect(totals).toHaveLength(2);
    expect(new Set(totals.map((line) => columnOf(line, line.match(/[█░]/)![0])))).toHaveProperty('size', 1);

    const sections = lines.filter((line) => / 主題 +\d+\/\d+ 資源$/.test(line));
    expect(sections.length).toBeGreaterThan(1);
    // The bar, the topic figures and the resource figures each start in one column on every section line.
    expect(new Set(sections.map((line) => columnOf(line, line.match(/[█░]/)![0])))).toHaveProperty('size', 1);
    expect(new Set(sections.map((line) => columnOf(line, ' 主題 ')))).toHaveProperty('size', 1);
    expect(new Set(sections.map((line) => columnOf(line, ' 資源')))).toHaveProperty('size', 1);

    const map = lines.slice(lines.findIndex((line) => line.startsWith('活動')) + 1).slice(0, 7);
    expect(map[0]).toMatch(/^ {2}週一 /);
    expect(new Set(map.map((line) => columnOf(line, line.match(/[·░▒▓█]/)![0])))).toHaveProperty('size', 1);
  });

  it('log lists status changes, notes and reviews with their words in one column', () => {
    expect(at(0, ['log']).stdout).toBe('還沒有任何變更紀錄。用這個指令標記進度：roadmap done REF\n');
    at(0, ['done', '1.1']);
    at(0, ['note', '1.1', '第一則筆記']);
    at(3, ['reviewed', '1.1', '--hard']);
    at(4, ['start', '1.2']);
    const result = at(5, ['log']);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(
      [
        '2026-01-05 09:00  ✔ 已完成  1.1  Introduction 入門',
        '2026-01-05 09:00  ✎ 新增    1.1  Introduction 入門  筆記 #1',
        '2026-01-08 09:00  ↻ 已複習  1.1  Introduction 入門  （較吃力）',
        '2026-01-09 09:00  ◐ 進行中  1.2  線性代數 Linear algebra',
        '',
      ].join('\n'),
    );
    const wrong = at(5, ['log', '--since', 'yesterday']);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain('--since 要接日期（2026-11-01）、日期時間（2026-11-01T09:00:00Z）或一段時間（3d、2w、12h），而不是「yesterday」');
  });

  it('note and notes add, list, edit and delete in Chinese', () => {
    expect(at(0, ['notes']).stdout).toBe('還沒有筆記。用這個指令新增：roadmap note REF "筆記內容"\n');
    const added = at(0, ['note', '1.2.1', '讀第一章']);
    expect(added.code).toBe(0);
    expect(added.stdout).toBe('✎ 已新增筆記 #1 到 1.2.1  Linear Algebra Done Right\n    讀第一章\n');
    at(1, ['note', '1.2', '先複習矩陣']);
    expect(at(2, ['notes', '--edit', '1', '-m', '讀完第一、二章']).stdout).toBe('✎ 已更新筆記 #1\n');

    const listed = at(2, ['notes', '1.2']).stdout;
    expect(listed).toContain('1.2  線性代數 Linear algebra\n  #2 2026-01-06 09:00\n    先複習矩陣');
    expect(listed).toContain('1.2.1  Linear Algebra Done Right\n  #1 2026-01-05 09:00（已修改）\n    讀完第一、二章');

    expect(at(3, ['notes', '--delete', '2']).stdout).toBe('✘ 已刪除筆記 #2\n');
    const unknown = at(3, ['notes', '--edit', '9', '-m', 'x']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('找不到 id 為 9 的筆記；請看 roadmap notes');
    const both = at(3, ['notes', '--edit', '1', '--delete', '1']);
    expect(both.code).toBe(2);
    expect(both.stderr).toContain('--edit 和 --delete 只能擇一使用');
  });

  it('review lists what is due, reviewed records it, in Chinese', () => {
    expect(at(0, ['review']).stdout).toBe('目前沒有要複習的主題。完成的主題會在 2 天後回到這裡讓你複習。\n');
    at(0, ['done', '1.1']);
    expect(at(1, ['review']).stdout).toBe('目前沒有要複習的主題。下一次複習在 2026-01-07 09:00。\n');

    const due = at(2, ['review']);
    expect(due.code).toBe(0);
    expect(due.stdout).toContain('1 個主題待複習\n\n↻ 1.1  Introduction 入門\n  到期 2026-01-07 09:00 · 完成於 2026-01-05 09:00 · 已複習 0 次\n  1.1.1  Welcome video');
    expect(due.stdout).toContain('→ roadmap reviewed 1.1   （如果想不太起來，加上 --hard）');
    expect(at(2, ['status']).stdout).toContain('↻ 1 個主題待複習 → roadmap review');

    const reviewed = at(3, ['reviewed', 'intro']);
    expect(reviewed.code).toBe(0);
    expect(reviewed.stdout).toBe('↻ 已複習：1.1  Introduction 入門  · 下次複習 2026-01-15\n');
    expect(at(3, ['reviewed', '1.1', '--hard']).stdout).toContain('↻ 已複習（較吃力）：1.1  Introduction 入門');

    const notDone = at(3, ['reviewed', '1.2']);
    expect(notDone.code).toBe(2);
    expect(notDone.stderr).toContain('1.2 線性代數 Linear algebra 還沒完成：只有完成的主題才能複習');
  });

  it('curricula and use speak Chinese', () => {
    const env = { ROADMAP_LANG: 'zh-TW' };
    const listed = home.run(['curricula'], { env });
    expect(listed.code).toBe(0);
    expect(listed.stdout).toMatch(/個章節 · \d+ 個主題 · \d+ 項資源 {2}· {2}主題 0\/\d+ 0%/);
    expect(listed.stdout).toContain('完整課程，包含：llm-fundamentals、');
    expect(listed.stdout).toMatch(/▶ 目前使用：[\w-]+，內建的預設課程。用 roadmap use ID\|FILE 更換。/);

    expect(home.run(['use'], { env }).stdout).toBe('沒有用 roadmap use 設定預設課程：使用內建的課程。\n');
    expect(home.run(['use', 'llm-fundamentals'], { env }).stdout).toMatch(/^現在使用 llm-fundamentals：/);
    expect(home.run(['use'], { env }).stdout).toBe('預設課程（由 roadmap use 設定）：llm-fundamentals\n');
    expect(home.run(['curricula'], { env }).stdout).toContain('，由 roadmap use 設定。');
    const overridden = home.sample(['use', 'llm-fundamentals'], { env });
    expect(overridden.stderr).toContain('注意：有指定 --curriculum，它仍然優先於這個預設');
    expect(home.run(['use', '--clear'], { env }).stdout).toBe('已改回使用內建的預設課程。\n');
  });
});
