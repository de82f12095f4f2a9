import { describe, expect, it } from 'vitest';
import { chooseLanguage, localeLanguage, parseLanguage } from '../../src/messages/language.js';
import { RoadmapError } from '../../src/errors.js';

describe('the language of the messages', () => {
  it('reads the spellings of a language and of a locale', () => {
    for (const value of ['zh-TW', 'zh_TW', 'zh_TW.UTF-8', 'zh-Hant', 'zh_Hant_TW', 'zh_HK.Big5', 'ZH-tw', 'zh_MO']) expect(parseLanguage(value), value).toBe('zh-TW');
    for (const value of ['en', 'en_US.UTF-8', 'en-GB']) expect(parseLanguage(value), value).toBe('en');
    for (const value of ['zh', 'zh_CN.UTF-8', 'zh-Hans', 'fr', 'C', '']) expect(parseLanguage(value), value).toBeUndefined();
  });

  it('takes the locale from LC_ALL, then LC_MESSAGES, then LANG, the first one set', () => {
    expect(localeLanguage({ LANG: 'zh_TW.UTF-8' })).toBe('zh-TW');
    expect(localeLanguage({ LC_MESSAGES: 'zh_TW.UTF-8', LANG: 'en_US.UTF-8' })).toBe('zh-TW');
    expect(localeLanguage({ LC_ALL: 'C', LC_MESSAGES: 'zh_TW.UTF-8' })).toBe('en');
    expect(localeLanguage({ LC_ALL: '', LANG: 'zh_HK.UTF-8' })).toBe('zh-TW');
    expect(localeLanguage({ LANG: 'zh_CN.UTF-8' })).toBe('en');
    expect(localeLanguage({})).toBe('en');
  });

  it('prefers --lang, then ROADMAP_LANG, then the locale; --json is always English', () => {
    const env = { ROADMAP_LANG: 'en', LANG: 'zh_TW.UTF-8' };
    expect(chooseLanguage(['next', '--lang', 'zh-TW'], env)).toBe('zh-TW');
    expect(chooseLanguage(['--lang=zh-TW', 'next'], env)).toBe('zh-TW');
    expect(chooseLanguage(['next'], env)).toBe('en');
    expect(chooseLanguage(['next'], { LANG: 'zh_TW.UTF-8' })).toBe('zh-TW');
    expect(chooseLanguage(['next', '--json', '--lang', 'zh-TW'], env)).toBe('en');
    // After `--`, words are the command's own text.
    expect(chooseLanguage(['note', '1.1', '--', '--lang', 'en'], { LANG: 'zh_TW.UTF-8' })).toBe('zh-TW');
  });

  it('refuses a language it does not speak, saying which it does', () => {
    expect(() => chooseLanguage(['--lang', 'fr'], {})).toThrow(RoadmapError);
    expect(() => chooseLanguage(['--lang', 'fr'], {})).toThrow("unknown language 'fr' in --lang: use en or zh-TW");
    expect(() => chooseLanguage([], { ROADMAP_LANG: 'klingon' })).toThrow("unknown language 'klingon' in ROADMAP_LANG: use en or zh-TW");
  });
});
