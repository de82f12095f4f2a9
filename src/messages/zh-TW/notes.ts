import type { notes as english } from '../en/notes.js';

export const notes: typeof english = {};
