/** `roadmap list`. */
export const list = () => ({
  /** After the curriculum's title: how far the learner is. */
  figures: ({ topicsDone, topicsTotal, resourcesDone, resourcesTotal, percent }: { topicsDone: number; topicsTotal: number; resourcesDone: number; resourcesTotal: number; percent: string }) =>
    `${topicsDone}/${topicsTotal} topics · ${resourcesDone}/${resourcesTotal} resources · ${percent}`,
  /** A blocked topic's missing prerequisites, their numbers already joined. */
  needs: ({ numbers }: { numbers: string }) => `needs ${numbers}`,
  /** A topic's notes after its title (`optional`, `needs 1.2`), already joined with `noteSeparator`. */
  notes: ({ notes }: { notes: string }) => `(${notes})`,
  noteSeparator: '; ',
});
