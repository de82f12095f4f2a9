/** `roadmap completion`. */
export const completion = {};
