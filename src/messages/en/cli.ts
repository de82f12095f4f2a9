/** The command line itself: usage errors, help titles, the main help. */
export const cli = {};
