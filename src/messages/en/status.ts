/** `roadmap status`: progress, activity, forecast. */
export const status = {};
