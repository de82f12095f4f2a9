import type { links as english } from '../en/links.js';

export const links: typeof english = {};
