import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TempHome } from './helpers/roadmap.js';

let home: TempHome;
beforeEach(() => {
  home = new TempHome();
});
afterEach(() => home.remove());

/** A preload that names on stderr every catalog bundle the command reads. */
function reportCatalogLoads(): string {
  const preload = path.join(home.dir, 'report-catalogs.cjs');
  writeFileSync(
    preload,
    `const fs = require('node:fs');
const readFileSync = fs.readFileSync;
fs.readFileSync = function (file, ...rest) {
  if (typeof file === 'string' && /messages-[^/]*\\.cjs$/.test(file)) process.stderr.write('loaded ' + file.split('/').pop() + '\\n');
  return readFileSync.call(this, file, ...rest);
};
`,
  );
  return `--require ${preload}`;
}

describe('the interface language', () => {
  it('reads the Traditional-Chinese catalog only when zh-TW is in use', () => {
    const NODE_OPTIONS = reportCatalogLoads();
    const english = home.run(['next'], { env: { NODE_OPTIONS } });
    expect(english.code).toBe(0);
    expect(english.stderr).toBe('');
    const chinese = home.run(['next', '--lang', 'zh-TW'], { env: { NODE_OPTIONS } });
    expect(chinese.code).toBe(0);
    expect(chinese.stderr).toBe('loaded messages-zh-TW.cjs\n');
  });

  it('follows --lang, then ROADMAP_LANG, then LC_ALL, LC_MESSAGES and LANG', () => {
    const chinese = /^下一步：/m;
    const english = /^Next up:/m;
    expect(home.run(['next'], { env: { LANG: 'zh_TW.UTF-8' } }).stdout).toMatch(chinese);
    expect(home.run(['next'], { env: { LANG: 'zh_HK.UTF-8' } }).stdout).toMatch(chinese);
    expect(home.run(['next'], { env: { LANG: 'zh_CN.UTF-8' } }).stdout).toMatch(english);
    expect(home.run(['next'], { env: { LANG: 'zh_TW.UTF-8', LC_ALL: 'C' } }).stdout).toMatch(english);
    expect(home.run(['next'], { env: { LANG: 'C', LC_MESSAGES: 'zh_TW.UTF-8' } }).stdout).toMatch(chinese);
    expect(home.run(['next'], { env: { LANG: 'zh_TW.UTF-8', ROADMAP_LANG: 'en' } }).stdout).toMatch(english);
    expect(home.run(['next', '--lang', 'zh-TW'], { env: { ROADMAP_LANG: 'en' } }).stdout).toMatch(chinese);
    expect(home.run(['--lang=en', 'next'], { env: { LANG: 'zh_TW.UTF-8' } }).stdout).toMatch(english);
  });

  it('refuses a language it does not speak, in one line, exit 2', () => {
    const flag = home.run(['next', '--lang', 'fr']);
    expect(flag.code).toBe(2);
    expect(flag.stderr).toBe("roadmap: unknown language 'fr' in --lang: use en or zh-TW\n");
    expect(flag.stdout).toBe('');
    const environment = home.run(['next'], { env: { ROADMAP_LANG: 'de' } });
    expect(environment.code).toBe(2);
    expect(environment.stderr).toBe("roadmap: unknown language 'de' in ROADMAP_LANG: use en or zh-TW\n");
  });

  it('prints the same JSON in every language', () => {
    home.run(['done', '1.1']);
    for (const args of [['next', '--json'], ['list', '--json'], ['status', '--json'], ['show', '1.1', '--json']]) {
      const english = home.run(args);
      const chinese = home.run([...args, '--lang', 'zh-TW'], { env: { LANG: 'zh_TW.UTF-8' } });
      expect(english.code).toBe(0);
      expect(chinese.stdout).toBe(english.stdout);
    }
  });
});
