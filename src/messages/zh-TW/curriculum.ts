import type { curriculum as english } from '../en/curriculum.js';

export const curriculum: typeof english = {};
