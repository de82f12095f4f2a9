import type { list as english } from '../en/list.js';

export const list: typeof english = {};
