import type { load as english } from '../en/load.js';

export const load: typeof english = {};
