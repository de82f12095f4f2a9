/** `roadmap export`, `roadmap import`. */
export const exchange = {};
