import { resolveRef } from '../curriculum/resolveRef.js';
import { usageError } from '../errors.js';
import { messages } from '../messages/index.js';
import { makeStyle } from '../render/style.js';
import { renderNotes } from '../render/notes.js';
import { safeText } from '../render/text.js';
import { saveTypedNote } from './noteText.js';
import { byItem, noteView, noteViews } from './noteViews.js';
import { helpText, positiveInteger, type CommandSpec } from './spec.js';

export const notesCommand: CommandSpec = {
  name: 'notes',
  arguments: '[ref]',
  argumentKinds: ['ref'],
  get summary() { return helpText().notes.summary; },
  get details() { return helpText().notes.details; },
  options: [
    { flags: '--edit <id>', get description() { return helpText().notes.options.edit; }, parse: positiveInteger('--edit') },
    { flags: '-m, --message <text>', get description() { return helpText().notes.options.message; } },
    { flags: '--delete <id>', get description() { return helpText().notes.options.delete; }, parse: positiveInteger('--delete') },
    { flags: '--json', get description() { return helpText().notes.options.json; } },
  ],
  examples: ['roadmap notes', 'roadmap notes 1.2', 'roadmap notes --edit 3 -m "corrected"', 'roadmap notes --delete 3'],
  async run(session, [ref], options) {
    const curriculum = await session.curriculum();
    const style = makeStyle(session.terminal.colorLevel, session.terminal.width);
    const text = messages().notes;
    if (options.edit !== undefined && options.delete !== undefined) throw usageError(text.editOrDelete);
    if (options.message !== undefined && options.edit === undefined) throw usageError(text.messageWithoutEdit);
    const at = session.now().toISOString();
    if (options.edit !== undefined) {
      const store = session.writeStore();
      const existing = store.note(options.edit as number);
      if (!existing) throw usageError(text.noSuchNote({ id: options.edit as number }));
      const edit = (text: string) => store.editNote(existing.id, text, at);
      const shown = noteView(curriculum, existing);
      const message = text.editPrompt({ id: existing.id, item: `${shown.number ?? safeText(existing.item)} ${safeText(shown.itemTitle ?? '')}`.trimEnd() });
      const note = typeof options.message === 'string' ? edit(options.message) : await saveTypedNote(session, { message, initial: existing.text }, edit);
      if (options.json) session.printJson(noteView(curriculum, note));
      else session.print(`${style.chalk.green('✎')} ${text.updated({ id: note.id })}`);
      return;
    }
    if (options.delete !== undefined) {
      const note = session.writeStore().deleteNote(options.delete as number, at);
      if (options.json) session.printJson(noteView(curriculum, note));
      else session.print(`${style.chalk.yellow('✘')} ${text.deleted({ id: note.id })}`);
      return;
    }
    const within = ref === undefined ? undefined : resolveRef(curriculum, ref as string);
    const notes = byItem(noteViews(curriculum, session.readStore(), within));
    if (options.json) session.printJson({ curriculum: curriculum.id, notes });
    else session.print(renderNotes(notes, style));
  },
};
