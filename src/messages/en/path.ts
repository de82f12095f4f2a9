/** `roadmap path`. */
export const path = () => ({
  complete: ({ goal }: { goal: string }) => `★ ${goal}: everything on the way is complete.`,
  /** The heading: how many topics remain before the goal. */
  toGo: ({ count }: { count: number }) => `${count} ${count === 1 ? 'topic' : 'topics'} to go`,
  /** A step (or the whole path) whose required resources are all resolved. */
  nothingLeft: 'nothing left to read',
  unestimated: ({ count }: { count: number }) => `${count} ${count === 1 ? 'resource' : 'resources'} without estimate`,
  /** Between the estimate and the count of resources without one. */
  effortSeparator: ', ',
});
