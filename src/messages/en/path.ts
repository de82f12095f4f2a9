/** `roadmap path`. */
export const path = {};
