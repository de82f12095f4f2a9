import { loadPrompts } from '../terminal/prompts.js';
import { messages } from '../messages/index.js';
import { ask, BACK, pageSize, promptTheme, type Back } from './prompts.js';
import type { Look } from './screen.js';

export interface Choice<T> {
  name: string;
  value: T;
  /** Shown under the list while the choice is highlighted. */
  description?: string;
}

/**
 * A list to pick from, ending with "← Back" (which, like Esc, gives BACK). `message` is the whole screen
 * above the list: header and question.
 */
export async function choose<T>(view: Look, message: string, choices: Choice<T>[], options: { back?: boolean; default?: T } = {}): Promise<T | Back> {
  const { select } = await loadPrompts();
  const all: Choice<T | Back>[] = options.back === false ? [...choices] : [...choices, { name: messages().menu.back, value: BACK }];
  return ask(view.terminal, (context) =>
    select<T | Back>(
      {
        message,
        choices: all,
        default: options.default,
        pageSize: pageSize(view.terminal, message.split('\n').length, all.length),
        loop: false,
        // Without a way back (the main menu), the keys help does not offer Esc.
        theme: options.back === false ? promptTheme(view.style, false) : view.theme,
      },
      context,
    ),
  );
}
