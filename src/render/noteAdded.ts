import { messages } from '../messages/index.js';
import { formatNoteLines, type NoteView } from './notes.js';
import type { Style } from './style.js';
import { safeText } from './text.js';

/** What `roadmap note` prints once the note is saved: the item it went to, then the note as `notes` shows it. */
export function renderNoteAdded(note: NoteView, style: Style): string {
  const item = note.number === null ? safeText(note.item) : `${note.number}  ${safeText(note.itemTitle ?? '')}`;
  return [`${style.chalk.green('✎')} ${messages().notes.added({ id: note.id, item })}`, ...formatNoteLines([note], style, '  ').slice(1)].join('\n');
}
