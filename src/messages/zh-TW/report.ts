import type { report as english } from '../en/report.js';

export const report: typeof english = {};
