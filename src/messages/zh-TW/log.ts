import type { log as english } from '../en/log.js';

export const log: typeof english = {};
