const DAY = 86_400_000;
/** Day 0 of the tests that move the clock (ROADMAP_NOW): a Monday, 09:00 UTC. */
const START = Date.parse('2026-01-05T09:00:00.000Z');

/** An instant `days` after START, for ROADMAP_NOW. */
export const day = (days: number) => new Date(START + days * DAY).toISOString();
