/** Finding and reading curricula, user settings. */
export const load = {};
