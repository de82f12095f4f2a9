/** `roadmap convert` and Markdown curricula. */
export const convert = {};
