/** The interactive menu. */
export const menu = {};
