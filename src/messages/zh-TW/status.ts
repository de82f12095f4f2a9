import type { status as english } from '../en/status.js';

export const status: typeof english = {};
