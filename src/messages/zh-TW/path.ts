import type { path as english } from '../en/path.js';

export const path: typeof english = {};
