import type { Session } from '../session.js';
import { browseScreen } from './browseScreen.js';
import { mainMenu, type MainChoice } from './mainMenu.js';
import { nextScreen } from './nextScreen.js';
import { noteScreen } from './noteScreen.js';
import { BACK } from './prompts.js';
import { statusScreen } from './statusScreen.js';

const SCREENS: Record<Exclude<MainChoice, 'quit'>, (session: Session) => Promise<void>> = {
  next: nextScreen,
  browse: browseScreen,
  note: noteScreen,
  status: statusScreen,
};

/**
 * The interactive menu (`roadmap` on a terminal). Every screen returns here when the user goes back; Quit
 * returns to the CLI, which exits 0. Ctrl-C is not caught: the prompt's ExitPromptError reaches the CLI,
 * which exits 130 without a message. Nothing is half-written then, as each change is one transaction.
 */
export async function runMenu(session: Session): Promise<void> {
  let last: MainChoice | undefined;
  for (;;) {
    const choice = await mainMenu(session, last);
    // Esc on the first screen: there is nothing to go back to.
    if (choice === BACK) continue;
    if (choice === 'quit') return;
    last = choice;
    await SCREENS[choice](session);
  }
}
