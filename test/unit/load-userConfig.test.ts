import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readUserConfig, updateUserConfig } from '../../src/load/userConfig.js';
import { defaultConfigPath } from '../../src/progress/dataPaths.js';

const folders: string[] = [];
function tempFile(): string {
  const folder = mkdtempSync(path.join(os.tmpdir(), 'roadmap-config-'));
  folders.push(folder);
  return path.join(folder, 'deeper', 'config.json');
}
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

describe('the user settings file', () => {
  it('is under XDG_CONFIG_HOME when it is absolute, else ~/.config', () => {
    expect(defaultConfigPath({ XDG_CONFIG_HOME: '/x/config' }, '/home/a', 'linux')).toBe('/x/config/roadmap/config.json');
    expect(defaultConfigPath({ XDG_CONFIG_HOME: 'relative' }, '/home/a', 'linux')).toBe('/home/a/.config/roadmap/config.json');
    expect(defaultConfigPath({}, 'C:\\Users\\a', 'win32')).toBe('C:\\Users\\a\\AppData\\Roaming\\roadmap\\config.json');
  });

  it('reads as no settings when missing, and keeps what it does not know when updated', () => {
    const file = tempFile();
    expect(readUserConfig(file)).toEqual({});
    expect(updateUserConfig(file, { curriculum: 'llm-course' })).toEqual({ curriculum: 'llm-course' });
    writeFileSync(file, JSON.stringify({ curriculum: 'llm-course', future: [1] }));
    expect(updateUserConfig(file, { syncFolder: '/sync' })).toEqual({ curriculum: 'llm-course', syncFolder: '/sync' });
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({ curriculum: 'llm-course', future: [1], syncFolder: '/sync' });
    expect(updateUserConfig(file, { curriculum: undefined })).toEqual({ syncFolder: '/sync' });
  });

  it('refuses a file that is not a JSON object of strings, naming it, and leaves it as it was', () => {
    const file = tempFile();
    updateUserConfig(file, {});
    writeFileSync(file, '{ nope');
    expect(() => readUserConfig(file)).toThrow(/config\.json: not valid JSON .*delete it to start over/);
    expect(() => updateUserConfig(file, { curriculum: 'x' })).toThrow(/not valid JSON/);
    expect(readFileSync(file, 'utf8')).toBe('{ nope');
    writeFileSync(file, '{"curriculum": 3}');
    expect(() => readUserConfig(file)).toThrow(/"curriculum" must be a non-empty string/);
  });
});
