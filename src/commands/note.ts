import { itemFacts, itemKey } from '../curriculum/index.js';
import { messages } from '../messages/index.js';
import { resolveRef } from '../curriculum/resolveRef.js';
import { progressHome } from '../curriculum/progressHome.js';
import { makeStyle } from '../render/style.js';
import { renderNoteAdded } from '../render/noteAdded.js';
import { safeText } from '../render/text.js';
import { saveTypedNote } from './noteText.js';
import { noteView } from './noteViews.js';
import { helpText, type CommandSpec } from './spec.js';

export const noteCommand: CommandSpec = {
  name: 'note',
  arguments: '<ref> [text...]',
  argumentKinds: ['ref'],
  get summary() { return helpText().note.summary; },
  get details() { return helpText().note.details; },
  options: [{ flags: '--json', get description() { return helpText().note.options.json; } }],
  examples: ['roadmap note 1.2 "eigenvectors finally clicked"', 'roadmap note linear-algebra/3b1b-essence', 'echo "from a script" | roadmap note 2.1'],
  async run(session, [ref, words], options) {
    const curriculum = await session.curriculum();
    const target = resolveRef(curriculum, ref as string);
    const given = (words as string[]).join(' ');
    // Opened before anything is typed: a database that cannot be written fails first.
    const store = session.writeStore();
    const add = (text: string) => store.addNote(progressHome(curriculum, target), itemKey(target), text, session.now().toISOString());
    const facts = itemFacts(target);
    const message = messages().notes.prompt({ item: `${facts.number} ${safeText(facts.title)}` });
    const note = given.trim() !== '' ? add(given) : await saveTypedNote(session, { message, initial: '' }, add);
    const view = noteView(curriculum, note);
    if (options.json) session.printJson(view);
    else {
      const style = makeStyle(session.terminal.colorLevel, session.terminal.width);
      session.print(renderNoteAdded(view, style));
    }
  },
};
