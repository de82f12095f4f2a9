import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { displayWidth } from '../../src/render/text.js';
import { TempHome } from './helpers/roadmap.js';

let home: TempHome;
beforeEach(() => (home = new TempHome()));
afterEach(() => home.remove());

const zh = (args: string[], env: Record<string, string> = {}) => home.sample(['--lang', 'zh-TW', ...args], { env });

/** The display column where `character` first appears in `line` (CJK counting two). */
function columnOf(line: string, character: string): number {
  return displayWidth(line.slice(0, line.indexOf(character)));
}

describe('the everyday views in Traditional Chinese', () => {
  it('next: the suggestion, its reasons, its resources and what follows', () => {
    const result = zh(['next']);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout).toContain('下一步：1.1  Introduction 入門  · Basics 基礎\n');
    expect(result.stdout).toContain('  解鎖 3 個主題 · 不需要先修\n');
    expect(result.stdout).toContain('  ○ 1.1.1  Welcome video  影片 · ≈ 30 分鐘\n');
    expect(result.stdout).toContain('\n接著：\n');
    expect(result.stdout).toContain('  1.2  線性代數 Linear algebra  — 解鎖 3 個主題 · 不需要先修\n');
    expect(result.stdout).not.toMatch(/Next up|Then:|unlocks|needs nothing|video ·|\bmin\b/);
  });

  it('next: the reasons name the prerequisites done, and a resource is shown in hours', () => {
    expect(zh(['done', '1.1']).code).toBe(0);
    const result = zh(['next', '-n', '5']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('  ○ 1.2.1  Linear Algebra Done Right  書籍 · ≈ 2 小時\n');
    expect(result.stdout).toContain('  3.2  Reading list  — 先修都已完成：Introduction 入門\n');
  });

  it('list: figures, kinds, optional and what a blocked topic needs', () => {
    const result = zh(['list']);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    const lines = result.stdout.split('\n');
    expect(lines[0]).toBe('Sample 範例  主題 0/6 · 資源 0/7 · 0%');
    expect(result.stdout).toMatch(/^ {6}○ 1\.2\.1 {2}Linear Algebra Done Right {2}書籍$/m);
    expect(result.stdout).toMatch(/^ {6}○ 1\.1\.2 {2}A short history {2}文章、選修$/m);
    expect(result.stdout).toMatch(/^ {2}⊘ 2\.1 {2}Neural networks 神經網路 {2}（需先完成 1\.1、1\.2、1\.3）/m);
    expect(result.stdout).toMatch(/2\.2 {2}Extras 延伸 {2}（選修；需先完成 1\.2）/);
    expect(result.stdout).not.toMatch(/topics|resources|optional|needs|book/);
  });

  it('list: the language can come from ROADMAP_LANG', () => {
    const result = home.sample(['list'], { env: { ROADMAP_LANG: 'zh-TW' } });
    expect(result.code).toBe(0);
    expect(result.stdout.split('\n')[0]).toBe('Sample 範例  主題 0/6 · 資源 0/7 · 0%');
  });

  it('list at 80 columns: no line wider than 80, the progress bars in one column', () => {
    const result = zh(['list'], { COLUMNS: '80' });
    expect(result.code).toBe(0);
    const lines = result.stdout.split('\n');
    for (const line of lines) expect(displayWidth(line), line).toBeLessThanOrEqual(80);
    const bars = lines.filter((line) => /[░█]{10} \d+\/\d+$/.test(line));
    expect(bars.length).toBeGreaterThan(5);
    const barColumn = (line: string) => Math.min(...['░', '█'].filter((c) => line.includes(c)).map((c) => columnOf(line, c)));
    // Where English puts them: the bars do not move with the language.
    const englishBar = home.sample(['list'], { env: { COLUMNS: '80' } }).stdout.split('\n').find((line) => line.includes('░'))!;
    expect(new Set(bars.map(barColumn))).toEqual(new Set([barColumn(englishBar)]));
  });

  it('list at 80 columns: long Chinese titles and notes give way to the bars, cut with …', () => {
    const file = path.join(home.dir, 'long.yaml');
    const long = '深度學習與自然語言處理的數學基礎，從線性代數、機率統計到最佳化方法的完整導覽';
    writeFileSync(
      file,
      [
        'schema: 1',
        'id: long',
        `title: ${long}`,
        'language: zh-TW',
        'sections:',
        `  - id: first`,
        `    title: ${long}`,
        '    topics:',
        '      - id: a',
        `        title: 前置主題`,
        '        resources:',
        `          - { id: r, title: "${long}", url: "https://example.com/r", kind: notebook, optional: true }`,
        '      - id: b',
        `        title: ${long}`,
        '        optional: true',
        '        requires: [a]',
        '        resources:',
        '          - { id: s, title: 短標題, url: "https://example.com/s", kind: paper }',
        '      - id: c',
        '        title: 短主題',
        '        optional: true',
        '        requires: [a]',
        '        resources:',
        '          - { id: t, title: 短標題, url: "https://example.com/t" }',
        '',
      ].join('\n'),
    );
    const result = home.run(['--curriculum', file, '--lang', 'zh-TW', 'list'], { env: { COLUMNS: '80' } });
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    const lines = result.stdout.split('\n');
    for (const line of lines) expect(displayWidth(line), line).toBeLessThanOrEqual(80);
    expect(result.stdout).toContain('…');
    expect(result.stdout).toMatch(/^ {2}⊘ 1\.3 {2}短主題 {2}（選修；需先完成 1\.1）/m);
    expect(result.stdout).toMatch(/ {2}筆記本、選修$/m);
    const bars = lines.filter((line) => /[░█]{10} \d+\/\d+$/.test(line));
    // The right column: a bar of 10, a space, `0/1`, and the gap of 2 before it, right after the title's room.
    expect(new Set(bars.map((line) => columnOf(line, '░')))).toEqual(new Set([80 - '░░░░░░░░░░ 0/1'.length - 2]));
  });

  it('show wraps a Chinese summary as help is wrapped: within the width, no line starting with closing punctuation', () => {
    const summary = '先讀「線性代數」第一章，再用 NumPy 做練習。然後（可選）複習向量、矩陣與特徵值，最後寫下心得。'.repeat(3);
    const file = path.join(home.dir, 'summary.yaml');
    writeFileSync(file, ['schema: 1', 'id: summary', 'title: 摘要', 'sections:', '  - id: s', '    title: 章節', '    topics:', '      - id: a', '        title: 主題', `        summary: ${summary}`, ''].join('\n'));
    for (const width of [23, 24, 25, 26, 30]) {
      const result = home.run(['--curriculum', file, '--lang', 'zh-TW', 'show', '1.1'], { env: { COLUMNS: String(width) } });
      expect(result.code).toBe(0);
      // The title's line, then the summary's, indented, up to the first empty line.
      const [, ...after] = result.stdout.split('\n');
      const summaryLines = after.slice(0, after.indexOf(''));
      // Nothing lost but the spaces a line broke at.
      expect(summaryLines.map((line) => line.slice(2)).join('').replace(/ /g, '')).toBe(summary.replace(/ /g, ''));
      for (const line of summaryLines) {
        expect(displayWidth(line), `${width}: ${line}`).toBeLessThanOrEqual(width);
        expect(line, `${width}`).not.toMatch(/^ {2}[，。、：；！？）」』》〉…]/);
        expect(line, `${width}`).not.toMatch(/[（「『《〈]$/);
      }
      expect(summaryLines.some((line) => line.includes('NumPy')), `${width}: NumPy whole`).toBe(true);
    }
  });

  it('show: a topic, its state, prerequisites lined up, what it unlocks, resources and notes', () => {
    const result = zh(['show', '2.1']);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout).toContain('\n章節         2  Models 模型\n');
    expect(result.stdout).toContain('\n狀態         ⊘ 尚未解鎖\n');
    expect(result.stdout).toContain('\n進度         ░░░░░░░░░░ 資源 0/2\n');
    expect(result.stdout).toContain('\n先修主題\n  ✘ 未完成  1.1  Introduction 入門\n');
    expect(result.stdout).toContain('\n完成後解鎖\n  3.1  Text processing 文字處理\n');
    expect(result.stdout).toContain('\n資源\n  ○ 2.1.1  But what is a neural network?  影片\n');
    expect(result.stdout).toContain('\n筆記\n  還沒有筆記：roadmap note neural-nets "…"\n');
  });

  it('show: a topic marked done, and its resources covered by it', () => {
    expect(zh(['done', '1.1']).code).toBe(0);
    const topic = zh(['show', '2.1']);
    expect(topic.stdout).toContain('\n先修主題\n  ✔ 已完成  1.1  Introduction 入門\n  ✘ 未完成  1.2  線性代數 Linear algebra\n');
    const done = zh(['show', '1.1']);
    expect(done.stdout).toContain('\n狀態         ✔ 已完成（標記為已完成）\n');
    expect(done.stdout).toContain('\n先修主題\n  無：現在就可以開始\n');
    expect(done.stdout).toContain('  ✔ 1.1.2  A short history  文章、選修\n');
    const resource = zh(['show', '1.1.2']);
    expect(resource.code).toBe(0);
    expect(resource.stdout).toContain('1.1.2  A short history  （選修）\n');
    expect(resource.stdout).toContain('\n類型         文章\n');
    expect(resource.stdout).toContain('\n狀態         ✔ 未開始（由所屬主題涵蓋）\n');
  });

  it('show: a resource with its kind and effort, and a section', () => {
    const resource = zh(['show', '1.2.1']);
    expect(resource.code).toBe(0);
    expect(resource.stdout).toContain('\n網址         https://example.com/ladr\n');
    expect(resource.stdout).toContain('\n主題         1.2  線性代數 Linear algebra\n');
    expect(resource.stdout).toContain('\n類型         書籍\n');
    expect(resource.stdout).toContain('\n所需時間     ≈ 2 小時\n');
    expect(resource.stdout).toContain('\n狀態         ○ 未開始\n');
    const section = zh(['show', '1']);
    expect(section.code).toBe(0);
    expect(section.stdout).toContain('\n進度         ░░░░░░░░░░ 資源 0/4\n\n主題\n  ○ 1.1  Introduction 入門\n');
  });

  it('path: the steps with their effort, and a goal reached', () => {
    const result = zh(['path', '3.1']);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout).toMatch(/^還有 5 個主題 {2}· {2}≈ 3\.8 小時，3 項資源沒有預估時間$/m);
    expect(result.stdout).toContain('  1. ○ 1.1  Introduction 入門  ≈ 30 分鐘\n');
    expect(result.stdout).toContain('  3. ○ 1.3  Calculus 微積分  1 項資源沒有預估時間\n');
    expect(result.stdout).toContain('  4. ⊘ 2.1  Neural networks 神經網路  ≈ 20 分鐘，1 項資源沒有預估時間\n');
    expect(zh(['done', '1.1']).code).toBe(0);
    const reached = zh(['path', '1.1']);
    expect(reached.code).toBe(0);
    expect(reached.stdout).toBe('★ intro：通往目標的主題都完成了。\n');
  });

  it('path at 40 columns: labels give way to the effort measured in display columns', () => {
    const result = zh(['path', '3.1'], { COLUMNS: '40' });
    expect(result.code).toBe(0);
    for (const line of result.stdout.split('\n').filter((line) => /^ +\d+\. /.test(line))) {
      expect(displayWidth(line), line).toBeLessThanOrEqual(40);
    }
  });

  it('open and graph: their errors in Chinese, with the usage exit code', () => {
    const section = zh(['open', '1']);
    expect(section.code).toBe(2);
    expect(section.stdout).toBe('');
    expect(section.stderr).toContain('1 是章節；請開啟主題或資源');
    const failed = zh(['open', '1.2.1'], { BROWSER: 'false' });
    expect(failed.code).toBe(2);
    expect(failed.stderr).toContain('無法開啟網址：「false」結束，狀態碼為 1\n  https://example.com/ladr\n請自行在瀏覽器中開啟');
    const format = zh(['graph', '--format', 'png']);
    expect(format.code).toBe(2);
    expect(format.stderr).toContain('--format 只接受 mermaid 或 dot，不接受「png」');
  });

  it('--json prints the same with and without --lang zh-TW', () => {
    expect(zh(['done', '1.1']).code).toBe(0);
    for (const args of [['next', '--json'], ['next', '-n', '5', '--json'], ['list', '--json'], ['show', '2.1', '--json'], ['path', '3.1', '--json']]) {
      const english = home.sample(args);
      const chinese = zh(args);
      expect(chinese.code).toBe(0);
      expect(chinese.stdout).toBe(english.stdout);
    }
    expect(zh(['next', '-n', '5', '--json']).stdout).toContain('all prerequisites done: Introduction 入門');
  });
});
