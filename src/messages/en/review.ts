/** `roadmap review`, `roadmap reviewed`. */
export const review = {};
