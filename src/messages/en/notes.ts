/** `roadmap note`, `roadmap notes`. */
export const notes = {};
