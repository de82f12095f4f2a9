import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { TempHome } from './helpers/roadmap.js';

let home: TempHome;
beforeEach(() => (home = new TempHome()));
afterEach(() => home.remove());

const zhTW = { ROADMAP_LANG: 'zh-TW' };

/** `FILE:LINE:COL:` of every problem line, in order. */
function places(stderr: string): string[] {
  return stderr
    .trim()
    .split('\n')
    .map((line) => /^[^:]+:\d+:\d+:/.exec(line)?.[0] ?? line);
}

describe('curriculum problems in Traditional Chinese', () => {
  it('validate reports every problem in Chinese, at the same FILE:LINE:COL and in the same order as in English, exit 3', () => {
    const file = 'test/fixtures/bad/missing-and-unknown.yaml';
    const english = home.run(['validate', file]);
    const chinese = home.run(['--lang', 'zh-TW', 'validate', file]);
    expect(chinese.code).toBe(3);
    expect(english.code).toBe(3);
    expect(places(chinese.stderr)).toEqual(places(english.stderr));
    expect(places(chinese.stderr).length).toBeGreaterThanOrEqual(5);
    expect(chinese.stdout).toBe(`✘ ${file}: 8 個問題\n`);
    expect(chinese.stderr).toContain(`${file}:2:1: 課程中缺少必要的鍵 "title"\n`);
    expect(chinese.stderr).toContain(`${file}:16:9: 主題中缺少必要的鍵 "title"（它沒有值）\n`);
    // The quoted YAML stays as the file has it; the suggestion is kept.
    expect(chinese.stderr).toMatch(/^.*:17:9: 主題中出現未知的鍵 "optinal"（可用的鍵：id、title、summary、requires、optional、aliases、resources）；是不是要寫 "optional"？$/m);
    expect(chinese.stderr).not.toMatch(/missing required key|unknown key|did you mean/);
  });

  it('words type problems, pattern rules and cycles in Chinese', () => {
    const types = home.run(['validate', 'test/fixtures/bad/types.yaml'], { env: zhTW });
    expect(types.code).toBe(3);
    expect(types.stderr).toContain('types.yaml:3:8: "title" 必須是文字，不能是數字 2024；加上引號就會是文字');
    expect(types.stderr).toContain('types.yaml:25:12: "resources" 的第 3 項 是空的；必須是對應表（一個資源）');
    expect(types.stderr).toContain('types.yaml:29:13: "topics" 至少要列出 1 個主題');

    const slugs = home.run(['validate', 'test/fixtures/bad/slugs-and-urls.yaml'], { env: zhTW });
    expect(slugs.stderr).toContain('slugs-and-urls.yaml:2:5: "id" 必須是 slug：只能有小寫字母、數字和連字號，且至少有一個字母（實際為 "Slugs And URLs"）');

    const cycles = home.run(['validate', 'test/fixtures/bad/cycles.yaml'], { env: zhTW });
    expect(cycles.stderr).toContain('cycles.yaml:13:20: 先修形成循環：b → a → c → b');
  });

  it('marks warnings with 警告 and words a valid file’s summary in Chinese', () => {
    const duplicates = home.run(['validate', 'test/fixtures/bad/duplicates.yaml'], { env: zhTW });
    expect(duplicates.stderr).toContain('duplicates.yaml:16:18: 警告：重複的網址 "https://example.com/video"（第一次出現在第 13 行）');
    expect(duplicates.stderr).toContain('duplicates.yaml:22:9: 重複的鍵 "title"（第一次出現在第 21 行）');

    const valid = home.run(['validate', 'test/fixtures/sample.yaml'], { env: zhTW });
    expect(valid.code).toBe(0);
    expect(valid.stdout).toBe('✔ test/fixtures/sample.yaml: 有效（3 個章節、7 個主題、11 項資源）\n');
    expect(valid.stderr).toBe('');
  });

});

describe('REFs in Traditional Chinese', () => {
  it('an unknown number exits 2 with a Chinese hint', () => {
    const result = home.sample(['show', '99.9'], { env: zhTW });
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('沒有編號為 99.9 的條目（章節的編號是 1–3）');
    expect(result.stderr).toContain('執行 `roadmap list` 查看編號');
  });

  it('an unknown word exits 2 and keeps the suggestions', () => {
    const result = home.sample(['show', 'vectrs'], { env: zhTW });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('沒有條目符合 "vectrs"');
    expect(result.stderr).toContain('你是不是要找：\n  1.2.3  Immersive linear algebra (algebra/extra)\n  2.2    Extras 延伸 (extras)');
  });

  it('several bad REFs are reported together', () => {
    const result = home.sample(['done', '1.1', '99.9', 'vectrs'], { env: zhTW });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('3 個 REF 中有 2 個無法剛好指出一個條目：');
  });
});

describe('loading in Traditional Chinese', () => {
  it('a curriculum file that is not there', () => {
    const result = home.run(['--curriculum', 'nope.yaml', 'list'], { env: zhTW });
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('找不到課程檔案：nope.yaml');
  });

  it('a bundled curriculum that does not exist', () => {
    const result = home.run(['--curriculum', 'nope', 'list'], { env: zhTW });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/沒有名為 "nope" 的內建課程（內建課程：llm-[a-z-]+、/);
  });
});

describe('convert in Traditional Chinese', () => {
  it('says what it left out and what it wrote', () => {
    const markdown = path.join(home.dir, 'course.md');
    writeFileSync(markdown, '# My course\n\n## Basics\n\n- **Intro** [guide](https://example.com/a) and [local](notes.md)\n');
    const result = home.run(['convert', 'course.md', '-o', 'out.yaml'], { env: zhTW, cwd: home.dir });
    expect(result.code).toBe(0);
    expect(result.stderr).toContain('course.md:5: 警告：已略去連結 "notes.md"：這是相對連結；只有 http(s) 連結會成為資源');
    expect(result.stderr).toMatch(/已寫入 out\.yaml：1 個章節、1 個主題、1 項資源；1 個警告/);

    const again = home.run(['convert', 'course.md', '-o', 'out.yaml'], { env: zhTW, cwd: home.dir });
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('out.yaml 已經存在；要覆寫請加上 --force');
  });

  it('keeps its JSON in English', () => {
    writeFileSync(path.join(home.dir, 'course.md'), '# My course\n\n## Basics\n\n- **Intro** [guide](https://example.com/a) and [local](notes.md)\n');
    const result = home.run(['--lang', 'zh-TW', 'convert', 'course.md', '--json'], { cwd: home.dir });
    expect(result.code).toBe(0);
    const output = JSON.parse(result.stdout) as { warnings: { message: string }[] };
    expect(output.warnings.map((warning) => warning.message)).toEqual(['link "notes.md" left out: a relative link; only http(s) links become resources']);
  });
});
