import { plural } from './plural.js';

/** `roadmap status`: progress, activity, forecast. */
export const status = () => ({
  topics: 'Topics',
  resources: 'Resources',
  /** After a total: how many of the complete ones were done and how many skipped. */
  doneAndSkipped: ({ done, skipped }: { done: number; skipped: number }) => `(${done} done${skipped > 0 ? `, ${skipped} skipped` : ''})`,
  sections: 'Sections',
  /** A section's figures, each already padded to its column: `3/5`, `6/9`. */
  sectionFigures: ({ topics, resources }: { topics: string; resources: string }) => `${topics} topics ${resources} res.`,
  activity: 'Activity',
  streak: ({ current, longest }: { current: number; longest: number }) => `streak ${plural(current, 'day')}, longest ${plural(longest, 'day')}`,
  /** The heat maps' row labels (terminal and report); the other weekdays' rows have none. */
  weekdays: { monday: 'Mon', wednesday: 'Wed', friday: 'Fri', sunday: 'Sun' },
  recentActivity: 'Recent activity',
  nothingYet: 'nothing yet: try roadmap next',
  forecast: {
    notEnoughHistory: ({ days }: { days: number }) => `Forecast: not enough history yet (${plural(days, 'day')}; it takes 2 weeks)`,
    stalled: ({ weeks }: { weeks: number }) => `Forecast: no topic completed in the last ${plural(weeks, 'week')}, so no date to give`,
    /** `likely` is the date and `range` the line below, each already styled. */
    likely: ({ topics, likely, range }: { topics: number; likely: string; range: string }) =>
      `At your pace of ${plural(topics, 'topic')} a week: about ${likely} ${range}`,
    range: ({ earliest, latest }: { earliest: string; latest: string }) => `(between ${earliest} and ${latest})`,
  },
});
