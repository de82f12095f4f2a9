/** Problems in a curriculum file, and REFs that do not resolve. */
export const curriculum = {};
