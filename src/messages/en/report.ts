/** `roadmap report`: the HTML page and the Markdown checklist, and the command's own lines. */
export const report = () => ({
  /** The page's `lang`: the language of the words roadmap writes in it, not of the curriculum's text. */
  pageLanguage: 'en',
  title: ({ title }: { title: string }) => `${title}: progress`,
  subtitle: ({ date, curriculum }: { date: string; curriculum: string }) => `Progress report of ${date} · ${curriculum}`,
  /** Around a remark after a title or a number. */
  aside: ({ text }: { text: string }) => `(${text})`,
  /** Between a title or a number and its aside: none before a full-width parenthesis. */
  asideGap: ' ',
  /** A topic's state, keyed by its id (src/plan/state.ts). */
  states: {
    complete: 'complete',
    'in-progress': 'in progress',
    available: 'available',
    blocked: 'blocked',
  },
  /** In the legend, beside the states: the topic `next` would suggest. */
  suggestedNext: 'suggested next',
  withoutEstimate: ({ count }: { count: number }) => `${count} ${count === 1 ? 'resource' : 'resources'} without an estimate`,
  /** A complete topic that was skipped rather than done. */
  stateSkipped: ({ state }: { state: string }) => `${state}, skipped`,
  totals: {
    topicsComplete: 'topics complete',
    resourcesResolved: 'resources resolved',
    about: ({ time }: { time: string }) => `about ${time}`,
    notEstimated: 'not estimated',
    left: 'left',
    days: ({ count }: { count: number }) => `${count} ${count === 1 ? 'day' : 'days'}`,
    streak: ({ longest }: { longest: number }) => `streak (longest ${longest})`,
  },
  roadmap: 'The roadmap',
  graphLabel: ({ count }: { count: number }) => `The roadmap's ${count} ${count === 1 ? 'topic' : 'topics'} and their prerequisites, coloured by state`,
  activity: 'Activity',
  currentStreak: 'Current streak',
  longestStreak: 'Longest streak',
  changesOnDays: ({ changes, days }: { changes: number; days: number }) =>
    `${changes} ${changes === 1 ? 'change' : 'changes'} on ${days} ${days === 1 ? 'day' : 'days'}`,
  studyDay: ({ timeZone }: { timeZone: string }) => `A study day has at least one change (a status set or a note written), in the time zone ${timeZone}.`,
  sections: 'Sections',
  topics: 'Topics',
  sectionCounts: ({ topicsComplete, topics, resourcesResolved, resources }: { topicsComplete: number; topics: number; resourcesResolved: number; resources: number }) =>
    `${topicsComplete}/${topics} topics · ${resourcesResolved}/${resources} res.`,
  footer: 'Made by roadmap. Ticks: ☑ done, ⊘ skipped, ◐ started, ☐ to do.',
  heatMap: {
    /** Short month names, January first, over the heat map's columns. */
    months: {
      january: 'Jan',
      february: 'Feb',
      march: 'Mar',
      april: 'Apr',
      may: 'May',
      june: 'Jun',
      july: 'Jul',
      august: 'Aug',
      september: 'Sep',
      october: 'Oct',
      november: 'Nov',
      december: 'Dec',
    },
    /** What hovering a day or a screen reader says: `2026-11-29: 3 changes`. */
    day: ({ date, count }: { date: string; count: number }) => `${date}: ${count} ${count === 1 ? 'change' : 'changes'}`,
    label: 'Changes per day over the last 52 weeks',
  },
  markdown: {
    subtitle: ({ date, curriculum }: { date: string; curriculum: string }) => `Progress report of ${date} (${curriculum})`,
    topics: ({ complete, total }: { complete: number; total: number }) => `**Topics:** ${complete}/${total} complete`,
    resources: ({ resolved, total }: { resolved: number; total: number }) => `**Resources:** ${resolved}/${total} resolved`,
    timeLeft: ({ left }: { left: string }) => `**Time left:** ${left}`,
    streak: ({ current, longest }: { current: number; longest: number }) =>
      `**Streak:** ${current} ${current === 1 ? 'day' : 'days'} (longest ${longest} ${longest === 1 ? 'day' : 'days'})`,
    next: ({ topics }: { topics: string }) => `**Next:** ${topics}`,
    sectionCounts: ({ topicsComplete, topics, resourcesResolved, resources }: { topicsComplete: number; topics: number; resourcesResolved: number; resources: number }) =>
      `${topicsComplete}/${topics} topics, ${resourcesResolved}/${resources} resources`,
  },
  formatUnknown: ({ format }: { format: string }) => `--format takes html or md, not "${format}"`,
  openNeedsFile: '--open needs a file: name one with -o',
  fileExists: ({ output, target }: { output: string; target: string }) =>
    `${output} already exists (${target}); add --force to replace it, or name another file with -o`,
  wrote: ({ file }: { file: string }) => `wrote ${file}`,
});
