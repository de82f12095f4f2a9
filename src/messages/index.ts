import { en, type Messages } from './en/index.js';
import type { Language } from './language.js';

/**
 * Every word roadmap itself says is in one catalog per language: `src/messages/en/` and `src/messages/zh-TW/`,
 * one file per area, the same keys in both. The Traditional-Chinese catalog is typed against the English
 * one (`Messages`), so a missing key or a parameter the English does not pass is a compile error.
 */
export type { Messages };

let current: Messages = en;
let currentLanguage: Language = 'en';

/**
 * The catalog of the language in use. Messages are made on every floor (a validation problem in the
 * core, a storage error, a renderer's heading), and the language is chosen once, before any command runs
 * (`useLanguage`, from src/cli.ts), so it is read here rather than handed down through every function.
 */
export function messages(): Messages {
  return current;
}

/**
 * Items of a list in running text, separated as the language in use separates them (`a, b`, `a、b`).
 * Absent items (null, undefined, false, an empty string) are left out.
 */
export function listInText(items: readonly (string | null | undefined | false)[]): string {
  return items.filter((item): item is string => Boolean(item)).join(current.common.listSeparator);
}

export function language(): Language {
  return currentLanguage;
}

/** Makes `language` the one in use. Only the catalog in use is loaded: zh-TW is a file of its own in the build. */
export async function useLanguage(chosen: Language): Promise<void> {
  current = chosen === 'zh-TW' ? (await import('./zh-TW/index.js')).zhTW : en;
  currentLanguage = chosen;
}
