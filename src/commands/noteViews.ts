import { isWithin, itemById, itemFacts, type CurriculumItem } from '../curriculum/index.js';
import type { Curriculum } from '../curriculum/types.js';
import { progressCurricula } from '../curriculum/progressHome.js';
import type { ProgressStore } from '../progress/store.js';
import type { Note } from '../model/progress.js';
import type { NoteView } from '../render/notes.js';

/**
 * A note as show, notes and note print it. Its item is looked up through the curriculum's `aliases` too:
 * a note taken before a rename stays with its item, as progress does.
 */
export function noteView(curriculum: Curriculum, note: Note): NoteView {
  return view(note, itemById(curriculum, note.item));
}

/**
 * The live notes of `within` and of what it contains (a section's topics and resources, a topic's
 * resources), or of the whole curriculum; oldest first.
 */
export function noteViews(curriculum: Curriculum, store: ProgressStore | null, within?: CurriculumItem): NoteView[] {
  if (!store) return [];
  const views: NoteView[] = [];
  for (const note of store.notes(progressCurricula(curriculum))) {
    const item = itemById(curriculum, note.item);
    if (within && !(item && isWithin(item, within))) continue;
    views.push(view(note, item));
  }
  return views;
}

/**
 * Notes grouped by item, in roadmap order (1, 1.1, 1.1.1, 1.2…), oldest first within an item; notes on
 * items the curriculum no longer has come last, by their stored key.
 */
export function byItem(notes: NoteView[]): NoteView[] {
  const position = (note: NoteView) => (note.number === null ? undefined : note.number.split('.').map(Number));
  return [...notes].sort((a, b) => {
    const at = position(a);
    const bt = position(b);
    if (at && bt) {
      for (let i = 0; i < Math.min(at.length, bt.length); i++) if (at[i] !== bt[i]) return at[i]! - bt[i]!;
      if (at.length !== bt.length) return at.length - bt.length;
    } else if (at || bt) {
      return at ? -1 : 1;
    } else if (a.item !== b.item) {
      return a.item < b.item ? -1 : 1;
    }
    return a.createdAt.localeCompare(b.createdAt) || a.id - b.id;
  });
}

function view(note: Note, item: CurriculumItem | undefined): NoteView {
  const facts = item && itemFacts(item);
  return {
    id: note.id,
    item: note.item,
    number: facts?.number ?? null,
    itemTitle: facts?.title ?? null,
    text: note.text,
    createdAt: note.createdAt,
    updatedAt: note.updatedAt,
  };
}
