import type { curricula as english } from '../en/curricula.js';

export const curricula: typeof english = {};
