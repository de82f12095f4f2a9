/** `roadmap show`. */
export const show = {};
