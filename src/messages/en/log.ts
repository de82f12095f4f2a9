/** `roadmap log`. */
export const log = () => ({
  nothingYet: 'No changes recorded yet. Mark something with: roadmap done REF',
  /** The word in the status column of a note change, by the change's kind. */
  noteChanges: { 'note-added': 'added', 'note-edited': 'edited', 'note-deleted': 'deleted' },
  noteNumber: ({ id }: { id: number }) => `note #${id}`,
  reviewed: 'reviewed',
  hard: '(hard)',
  noLongerInCurriculum: '(no longer in the curriculum)',
  sinceInvalid: ({ value }: { value: string }) =>
    `--since takes a date (2026-11-01), a date-time (2026-11-01T09:00:00Z) or a span (3d, 2w, 12h), not "${value}"`,
});
