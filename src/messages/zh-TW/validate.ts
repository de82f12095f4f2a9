import type { validate as english } from '../en/validate.js';

export const validate: typeof english = {};
