import type { open as english } from '../en/open.js';

export const open: typeof english = {};
