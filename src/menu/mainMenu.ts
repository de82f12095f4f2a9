import { messages } from '../messages/index.js';
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
  const words = messages().menu.main;
  const { curriculum, state } = await session.snapshot();
  const next = suggestNext(curriculum, state, { limit: 1 });
  const top = next.suggestions[0]?.topic;
  const nextLabel = top ? named(top.number, top.title) : next.complete ? words.everythingComplete : words.nothingAvailable;
  return choose<MainChoice>(
    view,
    `${header(view, curriculum, state, [words.trail])}\n\n${words.question}`,
    [
      { name: words.next({ suggestion: nextLabel }), value: 'next' },
      { name: words.browse, value: 'browse' },
      { name: words.note, value: 'note' },
      { name: words.status, value: 'status' },
      { name: words.quit, value: 'quit' },
    ],
    { back: false, default: last },
  );
}
