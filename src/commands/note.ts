import { itemKey } from '../curriculum/index.js';
import { readFileSync } from 'node:fs';
import { resolveRef } from '../curriculum/resolveRef.js';
import { makeStyle } from '../render/style.js';
import { formatNoteLines } from '../render/notes.js';
import { noteTextFromUser } from './noteText.js';
import { noteView } from './noteViews.js';
import type { CommandSpec } from './spec.js';

export const noteCommand: CommandSpec = {
  name: 'note',
  arguments: '<ref> [text...]',
  summary: 'add a note to a section, topic or resource',
  details: 'With no TEXT, opens $VISUAL or $EDITOR (or asks on a terminal; reads standard input otherwise).',
  options: [{ flags: '--json', description: 'print the new note as JSON' }],
  examples: ['roadmap note 1.2 "eigenvectors finally clicked"', 'roadmap note linear-algebra/3b1b-essence', 'echo "from a script" | roadmap note 2.1'],
  async run(session, [ref, words], options) {
    const curriculum = await session.curriculum();
    const target = resolveRef(curriculum, ref as string);
    const given = (words as string[]).join(' ');
    const text = given.trim() !== '' ? given : await noteTextFromUser(session, '', () => readFileSync(0, 'utf8'));
    const note = session.writeStore().addNote(curriculum.id, itemKey(target), text, session.now().toISOString());
    const view = noteView(curriculum, note);
    if (options.json) session.printJson(view);
    else {
      const style = makeStyle(session.terminal.colorLevel, session.terminal.width);
      session.print([`${style.chalk.green('✎')} note #${note.id} added to ${view.number}  ${view.itemTitle}`, ...formatNoteLines([view], style, '  ').slice(1)].join('\n'));
    }
  },
};
