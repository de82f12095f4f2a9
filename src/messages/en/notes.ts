/** `roadmap note`, `roadmap notes`. */
export const notes = () => ({
  nothingYet: 'No notes yet. Add one with: roadmap note REF "text"',
  edited: ' (edited)',
  /** A note listed under another item than its own (a topic's resource). */
  onItem: ({ item, title }: { item: string; title: string }) => `  on ${item}  ${title}`,
  noLongerInCurriculum: '(no longer in the curriculum)',
  added: ({ id, item }: { id: number; item: string }) => `note #${id} added to ${item}`,
  updated: ({ id }: { id: number }) => `note #${id} updated`,
  deleted: ({ id }: { id: number }) => `note #${id} deleted`,
  /** The prompt for a new note's text; `item` is its number and title. */
  prompt: ({ item }: { item: string }) => `Note on ${item}:`,
  editPrompt: ({ id, item }: { id: number; item: string }) => `Note #${id} on ${item}:`,
  editOrDelete: 'use --edit or --delete, not both',
  messageWithoutEdit: '--message goes with --edit ID',
  noSuchNote: ({ id }: { id: number }) => `no note with id ${id}; see 'roadmap notes'`,
  empty: 'empty note: nothing saved',
  editorDidNotStart: ({ editor, reason }: { editor: string; reason: string }) => `could not start the editor "${editor}": ${reason}`,
  editorFailed: ({ editor, code }: { editor: string; code: string }) => `the editor "${editor}" exited with code ${code}: nothing saved`,
  keptIn: ({ file }: { file: string }) => `your note was not saved; its text is kept in ${file}`,
  hereIsText: 'your note was not saved; here is its text:',
});
