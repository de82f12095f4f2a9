import type { convert as english } from '../en/convert.js';

export const convert: typeof english = {};
