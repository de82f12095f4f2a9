/** `roadmap sync`. */
export const sync = {};
