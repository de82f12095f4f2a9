import { suggestNext } from '../plan/next.js';
import type { Session } from '../session.js';
import { choose } from './choose.js';
import type { Back } from './prompts.js';
import { header, look, named } from './screen.js';

export type MainChoice = 'next' | 'browse' | 'note' | 'status' | 'quit';

/**
 * The first screen. Its entries start with the words the product promises (`What's next`, `Browse`,
 * `Add a note`, `Status`, `Quit`); "What's next" names the top suggestion so it is one keypress away.
 */
export async function mainMenu(session: Session, last: MainChoice | undefined): Promise<MainChoice | Back> {
  const view = look(session);
  const { curriculum, state } = await session.snapshot();
  const next = suggestNext(curriculum, state, { limit: 1 });
  const top = next.suggestions[0]?.topic;
  const nextLabel = top ? named(top.number, top.title) : next.complete ? 'everything is complete' : 'nothing available';
  return choose<MainChoice>(
    view,
    `${header(view, curriculum, state, ['Main menu'])}\n\nWhat would you like to do?`,
    [
      { name: `What's next — ${nextLabel}`, value: 'next' },
      { name: 'Browse — sections, topics and resources', value: 'browse' },
      { name: 'Add a note', value: 'note' },
      { name: 'Status — progress and recent activity', value: 'status' },
      { name: 'Quit', value: 'quit' },
    ],
    { back: false, default: last },
  );
}
