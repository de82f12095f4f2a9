/** `roadmap completion`, and the descriptions completion shows beside what it offers. */
export const completion = () => ({
  /** `shells` are the shells it supports, joined. */
  unknownShell: ({ shells, shell }: { shells: string; shell: string }) => `completion is for ${shells}, not "${shell}"`,
  /** Beside the id of a bundled curriculum. */
  bundledCurriculum: 'bundled curriculum',
});
