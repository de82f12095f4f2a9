import type { record as english } from '../en/record.js';

export const record: typeof english = {};
