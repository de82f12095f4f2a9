import { describe, expect, it } from 'vitest';
import { defaultCacheDirectory, defaultDatabasePath } from '../../src/progress/dataPaths.js';

describe('defaultDatabasePath', () => {
  it('ROADMAP_DB wins on every platform; an empty value counts as unset', () => {
    for (const platform of ['linux', 'darwin', 'win32'] as const) {
      expect(defaultDatabasePath({ ROADMAP_DB: 'my.db', XDG_DATA_HOME: '/x' }, '/home/u', platform)).toBe('my.db');
    }
    expect(defaultDatabasePath({ ROADMAP_DB: '' }, '/home/u', 'linux')).toBe('/home/u/.local/share/roadmap/progress.db');
  });

  it('Linux and other Unixes: XDG_DATA_HOME when absolute, else ~/.local/share', () => {
    expect(defaultDatabasePath({}, '/home/u', 'linux')).toBe('/home/u/.local/share/roadmap/progress.db');
    expect(defaultDatabasePath({ XDG_DATA_HOME: '/data' }, '/home/u', 'freebsd')).toBe('/data/roadmap/progress.db');
    expect(defaultDatabasePath({ XDG_DATA_HOME: 'relative' }, '/home/u', 'linux')).toBe(
      '/home/u/.local/share/roadmap/progress.db',
    );
  });

  it('macOS: Application Support', () => {
    expect(defaultDatabasePath({ XDG_DATA_HOME: '/data' }, '/Users/u', 'darwin')).toBe(
      '/Users/u/Library/Application Support/roadmap/progress.db',
    );
  });

  it('Windows: %APPDATA%, else the roaming profile folder', () => {
    expect(defaultDatabasePath({ APPDATA: 'C:\\Users\\u\\AppData\\Roaming' }, 'C:\\Users\\u', 'win32')).toBe(
      'C:\\Users\\u\\AppData\\Roaming\\roadmap\\progress.db',
    );
    expect(defaultDatabasePath({}, 'C:\\Users\\u', 'win32')).toBe('C:\\Users\\u\\AppData\\Roaming\\roadmap\\progress.db');
  });
});

describe('defaultCacheDirectory', () => {
  it('follows each platform', () => {
    expect(defaultCacheDirectory({}, '/home/u', 'linux')).toBe('/home/u/.cache/roadmap');
    expect(defaultCacheDirectory({ XDG_CACHE_HOME: '/cache' }, '/home/u', 'linux')).toBe('/cache/roadmap');
    expect(defaultCacheDirectory({ XDG_CACHE_HOME: 'rel' }, '/home/u', 'linux')).toBe('/home/u/.cache/roadmap');
    expect(defaultCacheDirectory({}, '/Users/u', 'darwin')).toBe('/Users/u/Library/Caches/roadmap');
    expect(defaultCacheDirectory({ LOCALAPPDATA: 'D:\\Local' }, 'C:\\Users\\u', 'win32')).toBe('D:\\Local\\roadmap\\Cache');
    expect(defaultCacheDirectory({}, 'C:\\Users\\u', 'win32')).toBe('C:\\Users\\u\\AppData\\Local\\roadmap\\Cache');
  });
});
