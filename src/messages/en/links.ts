/** `roadmap check-links`. */
export const links = {};
