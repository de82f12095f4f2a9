/** `roadmap open`. */
export const open = {};
