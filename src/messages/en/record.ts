/** `done`, `start`, `skip`, `undo`: what changed. */
export const record = () => ({
  /** A status as the history names it. */
  /** What the command did to an item, before its label. */
  changed: { done: 'done', started: 'started', skipped: 'skipped', todo: 'back to todo' },
  already: { done: 'already done', started: 'already started', skipped: 'already skipped', todo: 'already todo' },
  /** `what` is one of the words above; `item` its number and title. */
  line: ({ what, item }: { what: string; item: string }) => `${what}: ${item}`,
  was: ({ previous }: { previous: string }) => ` (was ${previous})`,
  staysResolved: ({ item, topic, status }: { item: string; topic: string; status: string }) =>
    `${item} stays resolved: its topic ${topic} is marked ${status} (roadmap undo ${topic} reopens it)`,
  noteAdded: '✎ note added',
  topicComplete: ({ item }: { item: string }) => `★ topic complete: ${item}`,
  noLongerComplete: ({ item }: { item: string }) => `↺ no longer complete: ${item}`,
  unlocked: ({ item }: { item: string }) => `→ unlocked: ${item}`,
  nothingRecorded: 'nothing recorded',
  prerequisitesUnmet: ({ item, prerequisites }: { item: string; prerequisites: string }) =>
    `warning: ${item} is done before its prerequisites: ${prerequisites}`,
});
