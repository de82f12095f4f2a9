import { usageError } from '../errors.js';

/** The languages roadmap speaks. The curriculum's own text is never translated. */
export const LANGUAGES = ['en', 'zh-TW'] as const;
export type Language = (typeof LANGUAGES)[number];

/**
 * A language as a learner may write it in --lang or ROADMAP_LANG: `en`, `zh-TW`, and the spellings of a
 * locale (`zh_TW.UTF-8`, `zh-Hant`, `zh_HK`). Undefined for anything else.
 */
export function parseLanguage(value: string): Language | undefined {
  const tag = value.trim().replace(/[.@].*$/, '').replace(/_/g, '-').toLowerCase();
  if (tag === 'en' || tag.startsWith('en-')) return 'en';
  // Traditional Chinese: Taiwan, Hong Kong, Macau, or any region written in Han Traditional script.
  if (/^zh-(hant|tw|hk|mo)(-|$)/.test(tag)) return 'zh-TW';
  return undefined;
}

/**
 * The language of the POSIX locale, as `gettext` finds it: LC_ALL, then LC_MESSAGES, then LANG, the first
 * one set and not empty. A Traditional-Chinese locale means zh-TW; anything else (C, POSIX, other
 * languages) English.
 */
export function localeLanguage(env: Record<string, string | undefined>): Language {
  const locale = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((value) => value !== undefined && value !== '');
  return locale !== undefined && parseLanguage(locale) === 'zh-TW' ? 'zh-TW' : 'en';
}

/**
 * The language of this run: --lang, then ROADMAP_LANG, then the locale. With --json it is English, whatever
 * was asked: what scripts read (the JSON, and the errors beside it) stays the same in every language.
 * `argv` is read as given, up to `--`, since the messages are needed before the options are parsed.
 */
export function chooseLanguage(argv: string[], env: Record<string, string | undefined>): Language {
  const end = argv.indexOf('--');
  const words = end < 0 ? argv : argv.slice(0, end);
  let flag: string | undefined;
  words.forEach((word, index) => {
    if (word === '--lang') flag = words[index + 1] ?? '';
    else if (word.startsWith('--lang=')) flag = word.slice('--lang='.length);
  });
  const chosen = flag !== undefined ? explicitLanguage(flag, '--lang') : env.ROADMAP_LANG ? explicitLanguage(env.ROADMAP_LANG, 'ROADMAP_LANG') : localeLanguage(env);
  return words.includes('--json') ? 'en' : chosen;
}

function explicitLanguage(value: string, source: string): Language {
  const language = parseLanguage(value);
  if (language === undefined) throw usageError(`unknown language '${value}' in ${source}: use ${LANGUAGES.join(' or ')}`);
  return language;
}
