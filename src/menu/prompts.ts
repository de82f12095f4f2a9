import type { Terminal } from '../context.js';
import { messages } from '../messages/index.js';
import type { Style } from '../render/style.js';

/** What a screen's prompt gives when the user pressed Esc or chose "← Back". */
export const BACK = Symbol('back');
export type Back = typeof BACK;

interface PromptContext {
  signal: AbortSignal;
  clearPromptOnDone: boolean;
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
}

interface Key {
  name?: string;
}

/**
 * Runs one prompt so that Esc gives BACK. @inquirer has no Esc binding, but the readline it creates emits
 * 'keypress' on stdin: on Esc we abort the prompt through its AbortSignal and catch that one
 * AbortPromptError. Ctrl-C makes the prompt reject with ExitPromptError, which is left to propagate: the
 * CLI turns it into exit code 130. The answered prompt is cleared so that screens do not pile up.
 * The prompt reads and draws on `terminal`, the context's.
 */
export async function ask<T>(terminal: Terminal, start: (context: PromptContext) => Promise<T>): Promise<T | Back> {
  const controller = new AbortController();
  const onKeypress = (_text: unknown, key?: Key) => {
    if (key?.name === 'escape') controller.abort();
  };
  // Started first: creating the prompt's readline is what makes stdin emit 'keypress' events.
  const pending = start({ signal: controller.signal, clearPromptOnDone: true, input: terminal.input, output: terminal.output });
  terminal.input.on('keypress', onKeypress);
  try {
    return await pending;
  } catch (error) {
    if (controller.signal.aborted && error instanceof Error && error.name === 'AbortPromptError') return BACK;
    throw error;
  } finally {
    terminal.input.off('keypress', onKeypress);
  }
}

/** Rows left for a list under a header of `used` lines, so a prompt never scrolls (it could not redraw then). */
export function pageSize(terminal: Terminal, used: number, items: number): number {
  const rows = terminal.rows && terminal.rows > 0 ? terminal.rows : 24;
  return Math.max(3, Math.min(items, rows - used - 4));
}

/**
 * The key help line's words in the language in use. The prompts pass their own English names of keys and
 * actions; a pair this does not know is shown as the prompt gave it.
 */
function keyHelpWords([key, action]: [string, string]): [string, string] {
  const words = messages().menu.keys;
  // The checkbox calls toggling a choice "select", as the list calls choosing one.
  const actions: Record<string, string> = { navigate: words.navigate, select: key === 'space' ? words.toggle : words.select, all: words.all, invert: words.invert, submit: words.submit, back: words.back };
  return [key === 'space' ? words.space : key, actions[action] ?? action];
}

/**
 * The prompts' look, from the session's style so that --no-color and NO_COLOR hold in the menu too.
 * Screens write their own header into the message, so the message is left unstyled and has no prefix.
 */
export function promptTheme(style: Style, escapeGoesBack = true) {
  const { chalk } = style;
  const escape: [string, string][] = escapeGoesBack ? [['esc', 'back']] : [];
  return {
    i18n: { disabledError: messages().menu.disabledChoice },
    prefix: { idle: '', done: '' },
    style: {
      message: (text: string) => text,
      answer: (text: string) => chalk.cyan(text),
      highlight: (text: string) => chalk.cyan(text),
      error: (text: string) => chalk.red(`> ${text}`),
      help: (text: string) => chalk.dim(text),
      description: (text: string) => chalk.dim(text),
      disabled: (text: string) => chalk.dim(text),
      defaultAnswer: (text: string) => chalk.dim(`(${text})`),
      key: (text: string) => chalk.cyan.bold(`<${text}>`),
      keysHelpTip: (keys: [string, string][]) =>
        [...keys, ...escape].map(keyHelpWords).map(([key, action]) => `${chalk.bold(key)} ${chalk.dim(action)}`).join(chalk.dim(' • ')),
    },
    icon: {
      cursor: '❯',
      checked: chalk.green('◉'),
      unchecked: '◯',
      disabledChecked: chalk.green('◉'),
      disabledUnchecked: '-',
    },
  };
}
