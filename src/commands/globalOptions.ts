import { LANGUAGES } from '../messages/language.js';
import { helpText, type OptionSpec } from './spec.js';

/**
 * The options every command takes, declared once: the CLI gives them to the root program, and completion
 * offers them before and after the command word.
 */
export const GLOBAL_OPTIONS: OptionSpec[] = [
  { flags: '--curriculum <file|id>', get description() { return helpText().global.curriculum; }, values: 'curriculum' },
  { flags: '--db <file>', get description() { return helpText().global.db; }, values: 'file' },
  { flags: '--lang <language>', get description() { return helpText().global.lang; }, values: LANGUAGES },
  { flags: '--no-color', get description() { return helpText().global.noColor; } },
];
