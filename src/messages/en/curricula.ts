/** `roadmap curricula`, `roadmap use`. */
export const curricula = {};
