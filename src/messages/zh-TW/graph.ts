import type { graph as english } from '../en/graph.js';

export const graph: typeof english = {};
