/** The progress database. */
export const progress = {};
