/** `roadmap doctor`. */
export const doctor = {};
