import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BIN, SAMPLE, TempHome, type RunResult } from './helpers/roadmap.js';
import { unprivilegedPrefix } from './helpers/unprivileged.js';

let home: TempHome;
beforeEach(() => {
  home = new TempHome();
  // Another user runs the binary in the unwritable-database test: it must be able to reach the home.
  chmodSync(home.dir, 0o755);
});
afterEach(() => home.remove());

const CHINESE = { ROADMAP_LANG: 'zh-TW' };
const NOW = '2026-11-29T10:00:00.000Z';

/** The sample curriculum, in Traditional Chinese, at a fixed instant. */
function zh(args: string[], env: Record<string, string> = {}): RunResult {
  return home.sample(args, { env: { ...CHINESE, ROADMAP_NOW: NOW, ...env } });
}

/** The same, in English. */
function en(args: string[], env: Record<string, string> = {}): RunResult {
  return home.sample(args, { env: { ROADMAP_NOW: NOW, ...env } });
}

function recordProgress(): void {
  for (const argv of [['done', '1.1'], ['note', '1.2', '特徵向量']]) expect(en(argv).code, argv.join(' ')).toBe(0);
}

describe('import in Traditional Chinese', () => {
  it('places a JSON syntax error in the file, in Chinese, exit 3, writing nothing', () => {
    const file = path.join(home.dir, 'broken.json');
    writeFileSync(file, '{\n  "format": "roadmap-progress",\n  "version": 3,,\n}\n');
    const result = zh(['import', file]);
    expect(result.code).toBe(3);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(`${file}:3:16: JSON 格式錯誤：應為以雙引號括住的屬性名稱，卻是 ','\n`);
    expect(existsSync(home.db)).toBe(false);
  });

  it('lists the problems of a damaged export with their positions, in order, in Chinese, exit 3, writing nothing', () => {
    en(['done', '1.1']);
    const exported = JSON.parse(en(['export']).stdout);
    exported.events[0].status = 'finished';
    exported.events[0].colour = 'red';
    delete exported.exportedAt;
    const file = path.join(home.dir, 'damaged.json');
    writeFileSync(file, `${JSON.stringify(exported, null, 2)}\n`);
    const before = readFileSync(home.db);
    const result = zh(['import', file]);
    expect(result.code).toBe(3);
    expect(result.stdout).toBe('');
    expect(result.stderr.split('\n')).toEqual([
      `${file}:1:1: exportedAt: 缺少這個欄位`,
      `${file}:9:17: events[0].status: 應為 todo、started、done、skipped 其中之一，實際是 "finished"`,
      `${file}:12:17: events[0].colour: 不認得的欄位（應為 uid、curriculum、item、status、previous、at 其中之一）`,
      '',
    ]);
    expect(readFileSync(home.db).equals(before)).toBe(true);
    expect(home.json(['status', '--json']).topics.done).toBe(1);
  });

  it('says which file is missing', () => {
    const result = zh(['import', 'nowhere.json']);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('roadmap: 找不到檔案：nowhere.json\n');
  });
});

describe('export and import in Traditional Chinese', () => {
  it('say what they did in Chinese, and write the same file as in English', () => {
    recordProgress();
    const chineseFile = path.join(home.dir, 'zh.json');
    const englishFile = path.join(home.dir, 'en.json');
    const exported = zh(['export', '-o', chineseFile]);
    expect(exported.code, exported.stderr).toBe(0);
    expect(exported.stdout).toBe('');
    expect(exported.stderr).toBe(`已匯出 1 筆進度紀錄和 1 則筆記到 ${chineseFile}\n`);
    expect(en(['export', '-o', englishFile]).stderr).toBe(`exported 1 events and 1 notes to ${englishFile}\n`);
    expect(readFileSync(chineseFile, 'utf8')).toBe(readFileSync(englishFile, 'utf8'));

    const other = path.join(home.dir, 'other.db');
    const imported = zh(['import', chineseFile], { ROADMAP_DB: other });
    expect(imported.code, imported.stderr).toBe(0);
    expect(imported.stderr).toBe('');
    expect(imported.stdout).toBe('已匯入 1 筆進度紀錄（0 筆已存在）和 1 則筆記（0 則已更新，0 則未變動）\n');
    const again = zh(['import', chineseFile], { ROADMAP_DB: other });
    expect(again.stdout).toBe('已匯入 0 筆進度紀錄（1 筆已存在）和 0 則筆記（0 則已更新，1 則未變動）\n');
    // JSON stays in English, whatever the language.
    expect(JSON.parse(zh(['import', chineseFile, '--json'], { ROADMAP_DB: other }).stdout).eventsSkipped).toBe(1);
  });

  it('refuses an export into a folder that does not exist, in Chinese, exit 4', () => {
    const target = path.join(home.dir, 'missing', 'backup.json');
    const result = zh(['export', '-o', target]);
    expect(result.code).toBe(4);
    expect(result.stderr).toBe(`roadmap: 無法寫入 ${target}：資料夾 ${path.dirname(target)} 不存在，請先建立\n`);
    expect(existsSync(path.dirname(target))).toBe(false);
  });
});


const PREFIX = unprivilegedPrefix();

describe('a database that cannot be written, in Traditional Chinese', () => {
  it.skipIf(PREFIX === null)('is refused with exit 4 and a Chinese message, and can still be read', () => {
    recordProgress();
    const folder = path.dirname(home.db);
    chmodSync(home.db, 0o444);
    chmodSync(folder, 0o555);
    try {
      const run = (args: string[]) => {
        const [command, ...rest] = [...PREFIX!, process.execPath, BIN, '--curriculum', SAMPLE, ...args];
        return spawnSync(command!, rest, { cwd: home.dir, env: home.env(CHINESE), encoding: 'utf8', timeout: 20_000 });
      };
      const done = run(['done', '1.3']);
      expect(done.status).toBe(4);
      expect(done.stdout).toBe('');
      expect(done.stderr).toMatch(/^roadmap: 無法寫入資料庫 .*progress\.db：\S/);
      const doctor = run(['doctor']);
      expect(doctor.status, doctor.stderr).toBe(0);
      expect(doctor.stdout).toContain('完整性檢查通過');
      expect(readdirSync(folder)).toEqual(['progress.db']);
    } finally {
      chmodSync(folder, 0o755);
    }
  });

  it('that is locked by another process is refused with exit 4 and a Chinese message, changing nothing', () => {
    recordProgress();
    const holder = new Database(home.db);
    holder.exec('BEGIN IMMEDIATE');
    try {
      const result = zh(['done', '1.3']);
      expect(result.code).toBe(4);
      expect(result.stderr).toBe('roadmap: 資料庫正由另一個 roadmap 程式使用中，請稍後再試\n');
    } finally {
      holder.exec('ROLLBACK');
      holder.close();
    }
    expect(home.json(['status', '--json']).topics.done).toBe(1);
  });

  it('that is a folder is said to be one, in Chinese', () => {
    const folder = path.join(home.dir, 'folder');
    mkdirSync(folder);
    const result = zh(['--db', folder, 'status']);
    expect(result.code).toBe(4);
    expect(result.stderr).toBe(`roadmap: 資料庫 ${folder} 是一個資料夾，請用 --db 或 ROADMAP_DB 指定一個檔案的路徑\n`);
  });
});

describe('doctor in Traditional Chinese', () => {
  it('says the database is not created yet', () => {
    const result = zh(['doctor']);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(`資料庫：${home.db}\n  尚未建立（目前還沒有任何紀錄）\n`);
  });

  it('says all is well', () => {
    recordProgress();
    const result = zh(['doctor']);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toBe(`資料庫：${home.db}\n  ✔ 完整性檢查通過\n  ✔ 每筆紀錄都對應到課程中的條目\n`);
  });

  it('lists progress for items no longer in the curriculum, with its advice, and exits 1', () => {
    for (const argv of [['done', '1.2.1'], ['note', '1.2', '特徵向量']]) expect(en(argv).code).toBe(0);
    const renamed = readFileSync(SAMPLE, 'utf8').replace('- id: algebra\n', '- id: algebras\n').replace('requires: [algebra]', 'requires: [algebras]');
    const file = path.join(home.dir, 'renamed.yaml');
    writeFileSync(file, renamed);
    const result = home.run(['--curriculum', file, 'doctor'], { env: CHINESE });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('  ✔ 完整性檢查通過\n');
    expect(result.stdout).toContain('\n已不在課程中的條目的進度（仍然保留，沒有遺失）：\n');
    expect(result.stdout).toContain('  ? algebra  （1 則筆記）\n');
    expect(result.stdout).toMatch(/ {2}\? algebra\/\S+ {2}（最後狀態：已完成）\n/);
    expect(result.stdout).toMatch(/ {6}可能已改為 1\.2 {2}.+（algebras）\n/);
    expect(result.stdout).toContain('      要沿用這些進度，請在課程的主題 algebras 寫上：  aliases: [');
    expect(result.stderr).toMatch(/^roadmap: doctor 發現 \d+ 筆紀錄屬於已不在課程中的條目\n$/);
    // JSON stays in English, whatever the language.
    const json = JSON.parse(home.run(['--curriculum', file, 'doctor', '--json'], { env: CHINESE }).stdout);
    expect(json.orphans.find((orphan: { item: string }) => orphan.item !== 'algebra').status).toBe('done');
  });
});

describe('sync in Traditional Chinese', () => {
  it('says what it received and shared, then that nothing was new', () => {
    recordProgress();
    const share = path.join(home.dir, 'share');
    mkdirSync(share);
    const first = zh(['sync', share]);
    expect(first.code, first.stderr).toBe(0);
    const [device] = readdirSync(path.join(share, 'roadmap-sync'));
    expect(first.stdout).toBe(
      `已透過 ${share} 與其他 0 台裝置同步：收到 0 筆進度紀錄、0 則筆記、0 次複習\n已將 1 筆進度紀錄、1 則筆記和 0 次複習分享到 roadmap-sync/${device}\n`,
    );
    const sharedFile = readFileSync(path.join(share, 'roadmap-sync', device!), 'utf8');
    // Only the learner's own note is in Chinese: the file holds no word of the interface.
    expect(sharedFile.replaceAll('特徵向量', '')).not.toMatch(/[\u4e00-\u9fff]/u);

    const other = path.join(home.dir, 'other.db');
    const second = zh(['sync', share], { ROADMAP_DB: other });
    expect(second.stdout.split('\n')[0]).toBe(`已透過 ${share} 與其他 1 台裝置同步：收到 1 筆進度紀錄、1 則筆記、0 次複習`);

    const again = zh(['sync']);
    expect(again.code).toBe(0);
    expect(again.stdout).toBe(`已透過 ${share} 與其他 1 台裝置同步：收到 0 筆進度紀錄、0 則筆記、0 次複習\nroadmap-sync/${device} 已經包含所有資料\n`);
  });

  it('asks for the folder the first time, in Chinese', () => {
    const result = zh(['sync']);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('roadmap: 要同步哪個資料夾？請用 roadmap sync DIR（下次會記住這個資料夾）\n');
  });

  it('refuses a folder that does not exist, in Chinese', () => {
    const missing = path.join(home.dir, 'nowhere');
    const result = zh(['sync', missing]);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(`roadmap: 找不到資料夾：${missing}\n`);
  });
});
