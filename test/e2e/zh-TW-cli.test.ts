import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { displayWidth } from '../../src/render/text.js';
import { TempHome } from './helpers/roadmap.js';

let home: TempHome;
beforeEach(() => (home = new TempHome()));
afterEach(() => home.remove());

const ZH = { ROADMAP_LANG: 'zh-TW' };

/** The one line of a usage error on stderr, and the exit code. */
function usageFailure(args: string[], env: Record<string, string> = ZH) {
  const result = home.run(args, { env });
  expect(result.stdout).toBe('');
  const lines = result.stderr.trimEnd().split('\n');
  expect(lines).toHaveLength(1);
  return { code: result.code, line: lines[0]! };
}

describe('the command line in Traditional Chinese', () => {
  it('prints the main help in zh-TW: titles, descriptions, the footer, its examples kept as commands', () => {
    const result = home.run(['--help'], { env: ZH });
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout).toMatch(/^用法：roadmap \[options\] \[command\]\n/);
    expect(result.stdout).toContain('跟著學習路線圖前進');
    expect(result.stdout).toContain('\n選項：\n');
    expect(result.stdout).toContain('\n指令：\n');
    expect(result.stdout).toMatch(/^ {2}-h, --help +顯示說明$/m);
    expect(result.stdout).toMatch(/^ {2}--lang <language> +訊息的語言：en 或 zh-TW/m);
    expect(result.stdout).toMatch(/^ {2}next \[options\] +接下來要學的主題，以及原因$/m);
    expect(result.stdout).toMatch(/^ {2}list\|ls \[options\] \[ref\] +以編號的樹狀圖顯示學習路線圖與你的進度$/m);
    expect(result.stdout).toContain('在終端機上不加指令執行，會開啟互動式選單。');
    expect(result.stdout).toContain('\n範例：\n  $ roadmap next                 現在該學什麼，以及原因\n');
    expect(result.stdout).toContain('  $ roadmap help done            等同 roadmap done --help\n');
    expect(result.stdout).not.toMatch(/Usage:|Options:|Commands:|Examples:|show help/);
    // Wrapped to the 80 columns of a pipe, a Chinese character counting two.
    for (const line of result.stdout.split('\n')) expect({ line, fits: displayWidth(line) <= 80 }).toEqual({ line, fits: true });
  });

  it("prints a command's help in zh-TW: summary, details, options, examples", () => {
    const result = home.run(['next', '--help'], { env: ZH });
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout).toMatch(/^用法：roadmap next \[options\]\n\n接下來要學的主題，以及原因\n\n建議先修都已完成的主題/);
    expect(result.stdout).toMatch(/^ {2}-n, --count <n> +要幾個建議（預設 3）$/m);
    expect(result.stdout).toMatch(/^ {2}--goal <ref> +只列出通往這個章節、主題或資源的主題$/m);
    expect(result.stdout).toMatch(/^ {2}--json +以 JSON 輸出建議$/m);
    expect(result.stdout).toContain('\n範例：\n  $ roadmap next\n  $ roadmap next -n 5\n  $ roadmap next --goal rnn\n');
    // `roadmap help COMMAND` is the same help.
    expect(home.run(['help', 'next'], { env: ZH }).stdout).toBe(result.stdout);
  });

  it("breaks a Chinese paragraph between characters, never inside an option, a number or before closing punctuation", () => {
    const result = home.run(['check-links', '--help'], { env: ZH });
    expect(result.code).toBe(0);
    const details = result.stdout.split('\n\n')[2]!;
    expect(details.split('\n').length).toBeGreaterThan(2);
    for (const line of details.split('\n')) {
      expect({ line, fits: displayWidth(line) <= 80 }).toEqual({ line, fits: true });
      expect(line).not.toMatch(/^[，。、：；）]/);
    }
    expect(details.replace(/\n/g, '')).toContain('--fresh 會全部重新詢問');
    expect(details).toContain('同時最多 8 個');
  });

  it('translates the comment of an example, and keeps the command', () => {
    const result = home.run(['list', '--help'], { env: ZH });
    expect(result.stdout).toContain('  $ roadmap list 2            # 只看章節 2\n');
  });

  it('exits 2 with one line in zh-TW for an unknown command, with its suggestion, and an unknown option', () => {
    const command = usageFailure(['nxet']);
    expect(command.code).toBe(2);
    expect(command.line).toBe("roadmap: 未知的指令 'nxet'（你是不是要輸入 'next'？）；說明請見 'roadmap --help'");
    const option = usageFailure(['list', '--jsn']);
    expect(option.code).toBe(2);
    expect(option.line).toBe("roadmap: 未知的選項 '--jsn'（你是不是要輸入 '--json'？）；說明請見 'roadmap list --help'");
  });

  it("says commander's other errors in zh-TW, keeping the names it quotes", () => {
    expect(usageFailure(['show'])).toEqual({ code: 2, line: "roadmap: 缺少必要的引數 'ref'；說明請見 'roadmap show --help'" });
    expect(usageFailure(['next', '--goal'])).toEqual({ code: 2, line: "roadmap: 選項 '--goal <ref>' 缺少引數；說明請見 'roadmap next --help'" });
    expect(usageFailure(['next', '-n', '0'])).toEqual({
      code: 2,
      line: `roadmap: 選項 '-n, --count <n>' 的引數 '0' 無效：-n 必須是 1 以上的整數，不能是 "0"；說明請見 'roadmap next --help'`,
    });
    expect(usageFailure(['next', '5'])).toEqual({ code: 2, line: "roadmap: 多出的引數 '5'（用法：roadmap next [options]）；說明請見 'roadmap next --help'" });
    expect(usageFailure(['help', 'next', 'list'])).toEqual({ code: 2, line: "roadmap: 'help' 只接受一個指令，例如 'roadmap help done'" });
  });

  it('keeps usage errors in English with --json, whatever language is asked for', () => {
    expect(usageFailure(['show', '--json'])).toEqual({ code: 2, line: "roadmap: missing required argument 'ref'; see 'roadmap show --help'" });
    expect(usageFailure(['next', '-n', '0', '--json'])).toEqual({
      code: 2,
      line: `roadmap: option '-n, --count <n>' argument '0' is invalid. -n must be a whole number of 1 or more, not "0"; see 'roadmap next --help'`,
    });
    expect(usageFailure(['--lang', 'zh-TW', 'list', '--jsn', '--json'])).toEqual({
      code: 2,
      line: "roadmap: unknown option '--jsn' (did you mean '--json'?); see 'roadmap list --help'",
    });
  });

  it('refuses a language it does not speak, with exit 2', () => {
    const result = usageFailure(['--lang', 'fr', 'next']);
    expect(result.code).toBe(2);
    expect(result.line).toContain("'fr'");
    expect(result.line).toContain('en or zh-TW');
  });

  it('takes the language from the locale: LANG=zh_TW.UTF-8, and --lang over it', () => {
    const fromLocale = home.run(['--help'], { env: { LANG: 'zh_TW.UTF-8' } });
    expect(fromLocale.code).toBe(0);
    expect(fromLocale.stdout).toMatch(/^用法：roadmap/);
    expect(fromLocale.stdout).toContain('接下來要學的主題，以及原因');
    const overridden = home.run(['--lang', 'en', '--help'], { env: { LANG: 'zh_TW.UTF-8' } });
    expect(overridden.stdout).toMatch(/^Usage: roadmap/);
    expect(overridden.stdout).toContain('the next topics to study, and why');
  });

  it('completes in zh-TW: command summaries and option descriptions beside what it offers', () => {
    const commands = home.run(['__complete', 'ne'], { env: ZH });
    expect(commands.code).toBe(0);
    expect(commands.stdout).toBe(':words\nnext\t接下來要學的主題，以及原因\n');
    const options = home.run(['__complete', 'next', '--'], { env: ZH });
    expect(options.stdout).toContain('--goal\t只列出通往這個章節、主題或資源的主題\n');
    expect(options.stdout).toContain('--help\t顯示說明\n');
    const shell = usageFailure(['completion', 'tcsh']);
    expect(shell).toEqual({ code: 2, line: 'roadmap: completion 只支援 bash、zsh、fish，不支援 "tcsh"' });
  });
});
