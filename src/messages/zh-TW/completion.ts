import type { completion as english } from '../en/completion.js';

export const completion: typeof english = {};
