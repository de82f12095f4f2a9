import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { LinkServer } from '../helpers/linkServer.js';
import { SAMPLE, TempHome, type RunResult } from './helpers/roadmap.js';

let home: TempHome;
beforeEach(() => (home = new TempHome()));
afterEach(() => home.remove());

const CHINESE = { ROADMAP_LANG: 'zh-TW' };

function ok(args: string[], env: Record<string, string> = {}): RunResult {
  const result = home.sample(args, { env });
  expect(result.code, `roadmap ${args.join(' ')}: ${result.stderr}`).toBe(0);
  return result;
}

describe('roadmap report in zh-TW', () => {
  it('writes a page whose headings, legend and heat map are Chinese, lang zh-Hant-TW, the curriculum text in its own language', () => {
    ok(['done', '1.1', '1.2.1']);
    ok(['skip', '1.2.2']);
    ok(['start', '2.1']);
    const file = path.join(home.dir, 'report.html');
    const result = ok(['--lang', 'zh-TW', 'report', '-o', file]);
    expect(result.stdout).toBe(`已寫入 ${file}\n`);
    expect(result.stderr).toBe('');
    const page = readFileSync(file, 'utf8');
    expect(page).toContain('<html lang="zh-Hant-TW">');
    expect(page).toContain('<title>Sample 範例：學習進度</title>');
    // The curriculum (language: en) keeps its titles, marked as English.
    expect(page).toContain('<h1 lang="en">Sample 範例</h1>');
    expect(page).toContain('<strong lang="en">1.1  Introduction 入門</strong> <span class="state">已完成</span>');
    for (const heading of ['學習路線圖', '學習活動', '章節', '主題']) expect(page).toMatch(new RegExp(`<h2 id="\\w+">${heading}</h2>`));
    expect(page).toContain(
      '<ul class="legend"><li><span class="swatch complete"></span>已完成</li><li><span class="swatch in-progress"></span>進行中</li><li><span class="swatch available"></span>可開始</li><li><span class="swatch blocked"></span>尚未解鎖</li><li><span class="swatch next"></span>建議下一步</li></ul>',
    );
    expect(page).toMatch(/<strong>2 \/ \d+<\/strong> 個主題已完成/);
    expect(page).toContain('<strong>1 天</strong> 連續天數（最長 1 天）');
    expect(page).toContain('<span class="tick" aria-label="已略過">⊘</span>');
    expect(page).toContain('<span class="muted">（選修）</span>');
    expect(page).toContain('<footer>由 roadmap 產生。勾選記號：☑ 已完成、⊘ 已略過、◐ 進行中、☐ 未開始。</footer>');
    expect(page).toContain('aria-label="過去 52 週每天的變更次數"');
    expect(page).toMatch(/>週一<\/text>/);
    expect(page).toMatch(/<text class="label" [^>]*>\d{1,2}月<\/text>/);
    const cells = [...page.matchAll(/aria-label="(\d{4}-\d\d-\d\d)：(\d+) 次變更"/g)];
    expect(cells.length).toBeGreaterThanOrEqual(364);
    // No English word of the page's own is left.
    const words = page.replace(/<style>[\s\S]*?<\/style>/, '').replace(/<svg class="graph"[\s\S]*?<\/svg>/, '');
    for (const english of ['Progress report', 'The roadmap', 'Activity', 'Current streak', 'suggested next', 'topics complete', 'Ticks:', 'changes per day']) {
      expect(words, english).not.toContain(english);
    }
  });

  it('writes the Markdown checklist in Chinese, the bold labels closed before the full-width colon', () => {
    ok(['done', '1.1']);
    const result = ok(['report', '--format', 'md', '-o', '-'], CHINESE);
    const lines = result.stdout.split('\n');
    expect(lines[0]).toBe('# Sample 範例：學習進度');
    expect(lines).toContain('- **主題**：已完成 1/6');
    expect(lines).toContain('- **連續天數**：1 天（最長 1 天）');
    expect(lines).toContain('## 1 Basics 基礎');
    expect(lines.find((line) => line.startsWith('- [ ] **2.1 '))).toBe('- [ ] **2.1 Neural networks 神經網路**（尚未解鎖）');
  });

  it('says its usage errors in Chinese, with the same exit code', () => {
    const format = home.sample(['report', '--format', 'pdf', '-o', '-'], { env: CHINESE });
    expect(format).toMatchObject({ code: 2, stdout: '' });
    expect(format.stderr).toContain('--format 只接受 html 或 md，不接受「pdf」');
    const file = path.join(home.dir, 'roadmap-report.html');
    writeFileSync(file, 'keep me');
    const exists = home.run(['--lang', 'zh-TW', '--curriculum', SAMPLE, 'report'], { cwd: home.dir });
    expect(exists.code).toBe(2);
    expect(exists.stderr).toContain(`roadmap-report.html 已經存在（${file}）；加上 --force 即可取代`);
    expect(readFileSync(file, 'utf8')).toBe('keep me');
  });
});

describe('roadmap check-links in zh-TW', () => {
  let server: LinkServer;
  beforeAll(async () => {
    server = await LinkServer.start();
  });
  afterAll(async () => {
    await server.stop();
  });

  function curriculumLinkingTo(paths: string[]): string {
    const file = path.join(home.dir, 'links.yaml');
    writeFileSync(file, server.curriculum(paths));
    return file;
  }

  const run = (args: string[], env: Record<string, string | undefined> = {}) => home.runInBackground(args, env);

  it('groups the links under Chinese headings, says why in Chinese, and exits 1', async () => {
    const file = curriculumLinkingTo(['/ok', '/missing', '/chain/1', '/loop/a', '/slow', '/temporary']);
    const result = await run(['--curriculum', file, 'check-links', '--timeout', '1', '--verbose'], CHINESE);
    expect(result.code).toBe(1);
    const report = result.stdout;
    expect(report).toContain(`✘ 失效（2）\n  ${server.url('/missing')}\n    404 Not Found\n`);
    expect(report).toContain(`  ${server.url('/loop/a')}\n    重新導向形成迴圈（回到 ${server.url('/loop/a')}）`);
    expect(report).toContain(`↪ 已搬移（1）\n  ${server.url('/chain/1')}\n    已搬移到 ${server.url('/chain/end')} (301 → 308)`);
    expect(report).toContain(`⧗ 逾時（1）\n  ${server.url('/slow')}\n    1 秒內沒有回應`);
    expect(report).toContain(`✔ 正常（2）`);
    expect(report).toContain(`200 OK（重新導向到 ${server.url('/ok')}）`);
    expect(report).toContain('已檢查 6 個連結：失效 2、已搬移 1、逾時 1、正常 2');
    expect(result.stderr).toBe('roadmap: check-links 發現 6 個連結中有 4 個需要修正：失效 2、已搬移 1、逾時 1\n');

    // The cache keeps why as data: the next run says it in Chinese, and --json in English.
    const again = await run(['--curriculum', file, 'check-links', '--timeout', '1'], CHINESE);
    expect(again.stdout).toContain('重新導向形成迴圈');
    expect(again.stdout).toContain('（5 個沿用過去一天的檢查結果；加上 --fresh 可重新檢查）');
    const json = await run(['--curriculum', file, 'check-links', '--json', '--lang', 'zh-TW']);
    const view = JSON.parse(json.stdout);
    expect(view.links.find((link: { url: string }) => link.url === server.url('/loop/a')).reason).toBe(`redirect loop (back to ${server.url('/loop/a')})`);
    expect(view.links[0]).not.toHaveProperty('cause');
  });

  it('says all is well in Chinese and exits 0', async () => {
    const file = curriculumLinkingTo(['/ok', '/temporary']);
    const result = await run(['--curriculum', file, 'check-links', '--fresh'], CHINESE);
    expect(result).toMatchObject({ code: 0, stdout: '✔ 全部 2 個連結都正常\n', stderr: '' });
  });

  it('says in Chinese when no address answered at all', async () => {
    const stopped = await LinkServer.start();
    const file = path.join(home.dir, 'offline.yaml');
    writeFileSync(file, stopped.curriculum(['/a', '/b']));
    await stopped.stop();
    const result = await run(['--curriculum', file, 'check-links'], CHINESE);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('連線被拒絕');
    expect(result.stderr).toBe('roadmap: check-links 發現 2 個連結中有 2 個需要修正：失效 2\n沒有任何位址回應：這台電腦有連上網路嗎？\n');
  });

  it('refuses a bad --timeout in Chinese', async () => {
    const file = curriculumLinkingTo(['/ok']);
    const result = await run(['--curriculum', file, 'check-links', '--timeout', '0'], CHINESE);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--timeout 必須是大於 0 的秒數，不接受「0」');
  });
});
