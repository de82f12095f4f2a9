import type { OptionSpec } from './spec.js';

/**
 * The options every command takes, declared once: the CLI gives them to the root program, and completion
 * offers them before and after the command word.
 */
export const GLOBAL_OPTIONS: OptionSpec[] = [
  { flags: '--curriculum <file|id>', description: 'curriculum file, or id of a bundled one (env ROADMAP_CURRICULUM)', values: 'curriculum' },
  { flags: '--db <file>', description: 'progress database (env ROADMAP_DB)', values: 'file' },
  { flags: '--lang <language>', description: 'language of the messages: en or zh-TW (env ROADMAP_LANG, else the locale)', values: ['en', 'zh-TW'] },
  { flags: '--no-color', description: 'no colors, also when on a terminal (env NO_COLOR)' },
];
