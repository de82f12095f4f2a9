/** `roadmap graph`. */
export const graph = {};
