import type { exchange as english } from '../en/exchange.js';

export const exchange: typeof english = {};
