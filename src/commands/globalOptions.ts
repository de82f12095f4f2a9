import { LANGUAGES } from '../messages/language.js';
import { helpText, type OptionSpec } from './spec.js';

/**
 * The options every command takes, declared once: the CLI gives them to the root program, and completion
 * offers them before and after the command word.
 */
/** Help and version: the root program declares them through commander's own calls. */
export const HELP_OPTION: OptionSpec = { flags: '-h, --help', get description() { return helpText().global.help; } };
export const VERSION_OPTION: OptionSpec = { flags: '-V, --version', get description() { return helpText().global.version; } };

export const GLOBAL_OPTIONS: OptionSpec[] = [
  { flags: '--curriculum <file|id>', get description() { return helpText().global.curriculum; }, values: 'curriculum' },
  { flags: '--db <file>', get description() { return helpText().global.db; }, values: 'file' },
  { flags: '--lang <language>', get description() { return helpText().global.lang; }, values: LANGUAGES },
  { flags: '--no-color', get description() { return helpText().global.noColor; } },
];
