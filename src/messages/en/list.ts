/** `roadmap list`. */
export const list = {};
