/**
 * Where roadmap keeps its files when the user does not say. Pure functions of (env, home, platform)
 * so every platform's answer can be tested on any machine: the path flavour (posix or win32) follows
 * `platform`, not the machine running the code.
 *
 * Precedence for the database: `--db` (the CLI checks it before calling this), then `ROADMAP_DB`,
 * then the platform's per-user data directory. Relative values are returned as given; the caller
 * resolves them against its working directory.
 */
import { posix, win32 } from 'node:path';

type Env = Record<string, string | undefined>;

const DATABASE_FILE = 'progress.db';
const APP_DIRECTORY = 'roadmap';
const CONFIG_FILE = 'config.json';

/** An environment variable that is set and non-empty, else undefined (an empty value means unset). */
function envValue(env: Env, name: string): string | undefined {
  const value = env[name];
  return value !== undefined && value !== '' ? value : undefined;
}

/**
 * The XDG base directory spec says relative values are invalid and must be ignored, which also
 * protects against a stray `XDG_DATA_HOME=.` scattering databases across working directories.
 */
function xdgDirectory(env: Env, name: string): string | undefined {
  const value = envValue(env, name);
  return value !== undefined && posix.isAbsolute(value) ? value : undefined;
}

export function defaultDatabasePath(env: Env, homeDir: string, platform: NodeJS.Platform): string {
  const explicit = envValue(env, 'ROADMAP_DB');
  if (explicit !== undefined) return explicit;
  if (platform === 'win32') {
    const appData = envValue(env, 'APPDATA') ?? win32.join(homeDir, 'AppData', 'Roaming');
    return win32.join(appData, APP_DIRECTORY, DATABASE_FILE);
  }
  if (platform === 'darwin') {
    return posix.join(homeDir, 'Library', 'Application Support', APP_DIRECTORY, DATABASE_FILE);
  }
  const dataHome = xdgDirectory(env, 'XDG_DATA_HOME') ?? posix.join(homeDir, '.local', 'share');
  return posix.join(dataHome, APP_DIRECTORY, DATABASE_FILE);
}

export function defaultCacheDirectory(env: Env, homeDir: string, platform: NodeJS.Platform): string {
  if (platform === 'win32') {
    const localAppData = envValue(env, 'LOCALAPPDATA') ?? win32.join(homeDir, 'AppData', 'Local');
    return win32.join(localAppData, APP_DIRECTORY, 'Cache');
  }
  if (platform === 'darwin') {
    return posix.join(homeDir, 'Library', 'Caches', APP_DIRECTORY);
  }
  const cacheHome = xdgDirectory(env, 'XDG_CACHE_HOME') ?? posix.join(homeDir, '.cache');
  return posix.join(cacheHome, APP_DIRECTORY);
}

/** The user's settings file (`roadmap use`, the sync folder): the platform's per-user config directory. */
export function defaultConfigPath(env: Env, homeDir: string, platform: NodeJS.Platform): string {
  if (platform === 'win32') {
    const appData = envValue(env, 'APPDATA') ?? win32.join(homeDir, 'AppData', 'Roaming');
    return win32.join(appData, APP_DIRECTORY, CONFIG_FILE);
  }
  if (platform === 'darwin') {
    return posix.join(homeDir, 'Library', 'Application Support', APP_DIRECTORY, CONFIG_FILE);
  }
  const configHome = xdgDirectory(env, 'XDG_CONFIG_HOME') ?? posix.join(homeDir, '.config');
  return posix.join(configHome, APP_DIRECTORY, CONFIG_FILE);
}
