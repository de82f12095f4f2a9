import type { doctor as english } from '../en/doctor.js';

export const doctor: typeof english = {};
