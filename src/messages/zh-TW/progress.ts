import type { progress as english } from '../en/progress.js';

export const progress: typeof english = {};
