/** Words many outputs share: states, statuses, kinds, durations, counts. */
export const common = () => ({
  /** Between the items of a list in running text. */
  listSeparator: ', ',
  /** Between a label that ends in a colon (`Next up:`, `Usage:`) and what follows it. */
  labelGap: ' ',
  /** A topic's state as the learner reads it (list, show, graph). JSON keeps the state's own id. */
  topicState: {
    complete: 'complete',
    'in-progress': 'in-progress',
    available: 'available',
    blocked: 'blocked',
  },
  /** What the learner marked a topic or a resource as. */
  status: {
    todo: 'todo',
    started: 'started',
    done: 'done',
    skipped: 'skipped',
  },
  /** A resource's kind, as the curriculum's `kind:` names it. */
  resourceKind: {
    book: 'book',
    article: 'article',
    video: 'video',
    course: 'course',
    notebook: 'notebook',
    paper: 'paper',
    tool: 'tool',
    website: 'website',
  },
  /** Said of a topic or a resource that is not required. */
  optional: 'optional',
  /** An effort, short, beside a resource or a step: `45 min`. */
  minutesShort: ({ minutes }: { minutes: number }) => `${minutes} min`,
  /** `2 h`, `1.5 h`: `hours` comes already written. */
  hoursShort: ({ hours }: { hours: string }) => `${hours} h`,
  /** An estimate: `≈ 2 h`. */
  approximately: ({ effort }: { effort: string }) => `≈ ${effort}`,
  /** An effort in words, as the report writes it. */
  minutes: ({ count }: { count: number }) => `${count} ${count === 1 ? 'minute' : 'minutes'}`,
  hours: ({ count }: { count: number }) => `${count} ${count === 1 ? 'hour' : 'hours'}`,
  hoursAndMinutes: ({ hours, minutes }: { hours: number; minutes: number }) => `${hours} h ${minutes} min`,
  /** Counts: `3 topics`, `1 resource`. */
  topics: ({ count }: { count: number }) => `${count} ${count === 1 ? 'topic' : 'topics'}`,
  resources: ({ count }: { count: number }) => `${count} ${count === 1 ? 'resource' : 'resources'}`,
});
