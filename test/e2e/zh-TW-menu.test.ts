import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { displayWidth } from '../../src/render/text.js';
import { BIN, ROOT, SAMPLE, TempHome } from './helpers/roadmap.js';
import { Tmux } from './helpers/tmux.js';

let home: TempHome;
let tmux: Tmux;
beforeEach(() => {
  home = new TempHome();
  tmux = new Tmux(home.dir);
});
afterEach(() => {
  tmux.kill();
  home.remove();
});

const MAIN = '想做什麼？';

/** The menu on the sample curriculum in an 80-column terminal, in zh-TW (by ROADMAP_LANG unless `args` say otherwise). */
function startMenu(options: { args?: string[]; env?: Record<string, string> } = {}): string {
  const stderrFile = path.join(home.dir, 'stderr.txt');
  const argv = [process.execPath, path.relative(ROOT, BIN), ...(options.args ?? []), '--curriculum', path.relative(ROOT, SAMPLE)];
  const env = options.args ? home.env(options.env) : home.env({ ROADMAP_LANG: 'zh-TW', ...options.env });
  tmux.start(argv, env, { cwd: ROOT, stderrFile, width: 80 });
  return stderrFile;
}

/** The list rows (not the header) that contain `marker`, each with the column (in display cells) where the marker starts. */
function columnsOf(screen: string, marker: string): number[] {
  return screen
    .split('\n')
    .filter((line) => /^[ ❯]/.test(line) && line.includes(marker))
    .map((line) => displayWidth(line.slice(0, line.indexOf(marker))));
}

/** From the main menu: 離開, then the menu has ended with 0 and written nothing to stderr. */
async function quitCleanly(stderrFile: string): Promise<void> {
  tmux.keys('Up', 'Up', 'Up', 'Up', 'Up');
  await tmux.waitFor('❯ 下一步 — ');
  tmux.keys('Down', 'Down', 'Down', 'Down');
  await tmux.waitFor('❯ 離開');
  tmux.keys('Enter');
  expect(await tmux.exitCode()).toBe(0);
  expect(readFileSync(stderrFile, 'utf8')).toBe('');
}

describe('the interactive menu in zh-TW, in a real terminal', () => {
  it('shows the main entries in Chinese, browses to a topic with aligned columns, goes back, and quits with 0', async () => {
    const stderrFile = startMenu();
    const first = await tmux.waitFor(MAIN);
    for (const entry of ['下一步 — 1.1 Introduction 入門', '瀏覽 — 章節、主題與資源', '新增筆記', '狀態 — 進度與最近的活動', '離開']) expect(first).toMatch(new RegExp(`^[ ❯]+${entry}`, 'm'));
    expect(first).toContain('Sample 範例  主題 0/6 已完成 · 資源 0/7 已處理');
    expect(first).toContain('主選單');
    // The main menu has no way back: its key help does not offer esc.
    expect(first).toContain('↑↓ 移動 • ⏎ 選擇');
    expect(first).not.toContain('esc');
    expect(first).not.toMatch(/What would you like|Browse|Quit|navigate/);

    tmux.keys('Down', 'Enter');
    const sections = await tmux.waitFor('要看哪個章節？');
    expect(sections).toContain('瀏覽');
    expect(sections).toContain('↑↓ 移動 • ⏎ 選擇 • esc 返回');
    expect(sections).toMatch(/^ {2}← 返回$/m);
    // Titles mixing Latin and CJK: the figures column starts at the same cell on every row.
    const sectionColumns = columnsOf(sections, '主題 0/');
    expect(sectionColumns).toHaveLength(3);
    expect(new Set(sectionColumns).size).toBe(1);
    expect(sections).toMatch(/1 +○ Basics 基礎 +主題 0\/3 · 資源 0\/4/);

    tmux.keys('Enter');
    const topics = await tmux.waitFor('要看哪個主題？');
    expect(topics).toContain('瀏覽 › 1 Basics 基礎');
    const topicColumns = columnsOf(topics, '資源 0/');
    expect(topicColumns).toHaveLength(3);
    expect(new Set(topicColumns).size).toBe(1);

    tmux.keys('Down');
    await tmux.waitFor(/❯ 1\.2 +○ 線性代數 Linear algebra/);
    tmux.keys('Enter');
    const topic = await tmux.waitFor('接下來要做什麼？');
    expect(topic).toContain('瀏覽 › 1 Basics 基礎 › 1.2 線性代數 Linear algebra');
    expect(topic).toContain('○ 未開始 · 資源 0/2 已處理');
    expect(topic).toMatch(/1\.2\.1 +○ Linear Algebra Done Right +書籍/);
    expect(topic).toMatch(/1\.2\.2 +○ 3Blue1Brown 線性代數的本質 +影片/);
    expect(topic).toMatch(/1\.2\.3 +○ Immersive linear algebra +網站 · 選修/);
    // The kinds column lines up under CJK and Latin titles alike.
    const kindColumns = ['書籍', '影片', '網站'].flatMap((kind) => columnsOf(topic, kind));
    expect(kindColumns).toHaveLength(3);
    expect(new Set(kindColumns).size).toBe(1);
    for (const action of ['勾選資源…', '開始這個主題', '將這個主題標為已完成', '略過這個主題', '開啟資源…', '← 返回']) expect(topic).toMatch(new RegExp(`^[ ❯]+${action}$`, 'm'));

    // The checklist: its own key help in Chinese too.
    tmux.keys('Enter');
    const checklist = await tmux.waitFor('勾選已完成的資源（空白鍵），再按 enter：');
    expect(checklist).toContain('↑↓ 移動 • 空白鍵 勾選 • a 全選 • i 反向選取 • ⏎ 確定 • esc 返回');
    tmux.keys('Space');
    await tmux.waitFor(/❯◉ 1\.2\.1/);
    tmux.keys('Enter');
    const saved = await tmux.waitFor('資源 1/7 已處理');
    expect(saved).toContain('◐ 進行中 · 資源 1/2 已處理');

    // Back with Esc (topic → topics → sections), then with "← 返回" (sections → main menu).
    tmux.keys('Escape');
    await tmux.waitFor('要看哪個主題？');
    tmux.keys('Escape');
    await tmux.waitFor('要看哪個章節？');
    tmux.keys('Down', 'Down', 'Down');
    await tmux.waitFor('❯ ← 返回');
    tmux.keys('Enter');
    await tmux.waitFor(MAIN);
    await quitCleanly(stderrFile);
    expect(home.json(['status', '--json']).resources.resolved).toBe(1);
  });

  it('speaks zh-TW with --lang zh-TW too, and shows the next topic and what to do about it', async () => {
    const stderrFile = startMenu({ args: ['--lang', 'zh-TW'] });
    await tmux.waitFor(MAIN);
    tmux.keys('Enter');
    const next = await tmux.waitFor('接下來要做什麼？');
    expect(next).toContain('下一步：');
    expect(next).toContain('1.1 Introduction 入門');
    expect(next).toMatch(/^❯ 開始 — 1\.1 Introduction 入門$/m);
    for (const action of ['開啟資源…', '勾選已完成的資源…', '將整個主題標為已完成']) expect(next).toMatch(new RegExp(`^ +${action}$`, 'm'));

    tmux.keys('Down', 'Enter');
    const open = await tmux.waitFor('要開啟哪項資源？');
    expect(open).toMatch(/1\.1\.1 +○ Welcome video +影片/);
    tmux.keys('Escape');
    await tmux.waitFor('接下來要做什麼？');
    tmux.keys('Escape');
    await tmux.waitFor(MAIN);
    await quitCleanly(stderrFile);
  });

  it('shows a review due in Chinese', async () => {
    expect(home.sample(['done', '1.1', '1.2'], { env: { ROADMAP_NOW: '2026-01-05T09:00:00Z' } }).code).toBe(0);
    const stderrFile = startMenu({ env: { ROADMAP_NOW: '2026-01-08T09:00:00Z' } });
    await tmux.waitFor(MAIN);
    tmux.keys('Enter');
    const review = await tmux.waitFor('該複習了：1.1 Introduction 入門 · 之後還有 1 個');
    expect(review).toContain('2026-01-05 完成 · 再看一遍，然後說說感覺如何');
    expect(review).toMatch(/^❯ 已複習 — 很快就想起來了$/m);
    for (const action of ['已複習，但有點吃力', '開啟資源…', '稍後再說']) expect(review).toMatch(new RegExp(`^ +${action}$`, 'm'));
    tmux.keys('Escape');
    await tmux.waitFor(MAIN);
    await quitCleanly(stderrFile);
  });

  it('adds a note in Chinese words, and refuses an empty one', async () => {
    const stderrFile = startMenu();
    await tmux.waitFor(MAIN);
    tmux.keys('Down', 'Down', 'Enter');
    await tmux.waitFor('筆記是關於哪個章節？');
    tmux.keys('Enter');
    const inSection = await tmux.waitFor('關於章節本身，還是其中一個主題？');
    expect(inSection).toMatch(/❯ 1 +Basics 基礎（章節本身）/);
    tmux.keys('Down', 'Down', 'Enter');
    const inTopic = await tmux.waitFor('關於主題本身，還是其中一項資源？');
    expect(inTopic).toMatch(/❯ 1\.2 +線性代數 Linear algebra（主題本身）/);
    tmux.keys('Enter');
    const box = await tmux.waitFor('1.2 線性代數 Linear algebra 的筆記：');
    expect(box).toContain('單行筆記；按 esc 返回。較長的筆記：roadmap note REF（開啟 $EDITOR）。');
    tmux.keys('Enter');
    await tmux.waitFor('筆記不能是空白的。');
    tmux.keys('-l', 'eigenvectors 終於懂了');
    await tmux.waitFor('eigenvectors 終於懂了');
    tmux.keys('Enter');
    await tmux.waitFor(MAIN);
    expect(tmux.screen()).toContain('✎ 已新增筆記 #1 到 1.2  線性代數 Linear algebra');
    await quitCleanly(stderrFile);
    const { notes } = home.json(['notes', '--json']);
    expect(notes.map((note: { item: string; text: string }) => [note.item, note.text])).toEqual([['algebra', 'eigenvectors 終於懂了']]);
  });
});
