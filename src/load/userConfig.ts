import { readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { dataError, firstLineOf, storageError } from '../errors.js';
import { messages } from '../messages/index.js';
import { makeDirectory } from '../files/makeDirectory.js';
import { replaceFile } from '../files/replaceFile.js';

/**
 * The user's settings, kept between runs in one JSON file (see `defaultConfigPath`). Only what a command
 * chose on the user's behalf lives here; flags and environment variables always win over it.
 */
export interface UserConfig {
  /** The curriculum `roadmap use` made the default: a bundled id or an absolute file path. */
  curriculum?: string;
  /** The folder `roadmap sync DIR` synced with last (absolute). */
  syncFolder?: string;
}

const KNOWN_KEYS: readonly (keyof UserConfig)[] = ['curriculum', 'syncFolder'];

/** The settings in `file`; none when it does not exist. A file that is not ours to read is an error that names it. */
export function readUserConfig(file: string): UserConfig {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return {};
    throw storageError(messages().load.settings.cannotRead({ file, reason: firstLineOf(error) }));
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw dataError(messages().load.settings.notJson({ file, reason: firstLineOf(error) }));
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw dataError(messages().load.settings.notObject({ file }));
  }
  const config: UserConfig = {};
  for (const key of KNOWN_KEYS) {
    const value = (data as Record<string, unknown>)[key];
    if (value === undefined) continue;
    if (typeof value !== 'string' || value === '') throw dataError(messages().load.settings.mustBeText({ file, key }));
    config[key] = value;
  }
  return config;
}

/**
 * Sets (or, with `undefined`, removes) some settings and keeps the rest, including keys a newer roadmap
 * wrote. The file is replaced whole (written beside it, then renamed), so it is never half written.
 */
export function updateUserConfig(file: string, changes: Partial<UserConfig>): UserConfig {
  readUserConfig(file);
  let kept: Record<string, unknown> = {};
  try {
    kept = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  } catch {
    // No file yet: readUserConfig above has already refused one that exists and cannot be read.
  }
  for (const [key, value] of Object.entries(changes)) {
    if (value === undefined) delete kept[key];
    else kept[key] = value;
  }
  try {
    makeDirectory(dirname(file));
  } catch (error) {
    throw storageError(messages().load.settings.cannotCreateFolder({ file, reason: firstLineOf(error) }));
  }
  replaceFile(file, `${JSON.stringify(kept, null, 2)}\n`, file);
  return readUserConfig(file);
}
