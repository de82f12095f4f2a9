import type { cli as english } from '../en/cli.js';

export const cli: typeof english = {};
