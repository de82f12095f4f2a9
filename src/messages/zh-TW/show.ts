import type { show as english } from '../en/show.js';

export const show: typeof english = {};
