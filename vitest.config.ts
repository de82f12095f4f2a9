import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // End-to-end tests spawn the real binary; on a 2-core machine more workers only add contention.
    maxWorkers: 2,
    testTimeout: 30_000,
  },
});
