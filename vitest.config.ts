import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // End-to-end tests spawn the real binary; on a 2-core machine more workers only add contention.
    maxWorkers: 2,
    testTimeout: 30_000,
    // The JSON report lets .ci/run print a one-line summary any CI can read.
    reporters: ['default', ['json', { outputFile: 'test-results.json' }]],
  },
});
