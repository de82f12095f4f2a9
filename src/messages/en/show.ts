/** `roadmap show`. */
export const show = () => ({
  /** The names of the fields under the title, in one column. */
  field: {
    progress: 'progress',
    section: 'section',
    state: 'state',
    url: 'url',
    topic: 'topic',
    kind: 'kind',
    effort: 'effort',
    status: 'status',
  },
  /** After the title of an optional topic or resource. */
  optionalTag: '(optional)',
  resourcesDone: ({ done, total }: { done: number; total: number }) => `${done}/${total} resources`,
  /** A topic's state, and what the learner marked it as when that says more. */
  stateMarked: ({ state, status }: { state: string; status: string }) => `${state} (marked ${status})`,
  /** A resource not marked itself whose topic is complete. */
  coveredByTopic: ({ status }: { status: string }) => `${status} (covered by its topic)`,
  topics: 'Topics',
  prerequisites: 'Prerequisites',
  noPrerequisites: 'none: you can start right away',
  /** Beside each prerequisite; shown in one column, so the shorter is padded to the longer. */
  met: 'met',
  notMet: 'not met',
  unlocks: 'Unlocks',
  resources: 'Resources',
  noResources: 'none listed',
  notes: 'Notes',
  /** `command` is the one to type: `roadmap note REF "…"`. */
  noNotes: ({ command }: { command: string }) => `none yet: ${command}`,
});
