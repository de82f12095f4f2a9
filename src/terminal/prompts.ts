import type { Context } from '../context.js';

export type Prompts = typeof import('./inquirer.js');

let loaded: Promise<Prompts> | undefined;

/**
 * The prompts, loaded on first use only (the build keeps them in a bundle of their own), so that no
 * command that does not ask anything pays for them at start-up. Used by the menu and by `note`.
 */
export function loadPrompts(): Promise<Prompts> {
  loaded ??= import('./inquirer.js');
  return loaded;
}

/** The streams a prompt reads keys from and draws on, from the context: nothing reaches for the process. */
export function terminalStreams(context: Context): { input: NodeJS.ReadableStream; output: NodeJS.WritableStream } {
  const { input, output } = context.terminal();
  return { input, output };
}
