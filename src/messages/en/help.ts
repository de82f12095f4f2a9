/** Each command's help: summary, details, option descriptions. */
export const help = {};
