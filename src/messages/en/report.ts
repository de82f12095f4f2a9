/** `roadmap report`, the HTML page. */
export const report = {};
