/** `roadmap validate`. */
export const validate = {};
