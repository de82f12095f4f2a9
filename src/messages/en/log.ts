/** `roadmap log`. */
export const log = {};
