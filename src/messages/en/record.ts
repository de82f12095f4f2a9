/** `done`, `start`, `skip`, `undo`: what changed. */
export const record = {};
