import type { sync as english } from '../en/sync.js';

export const sync: typeof english = {};
