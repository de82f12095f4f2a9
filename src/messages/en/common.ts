/** Words many outputs share: states, statuses, kinds, durations, counts. */
export const common = {
  /** Between the items of a list in running text. */
  listSeparator: ', ',
};
