import { defineConfig } from 'vitest/config';

// Unit tests sit beside the code (internal/**/*.test.ts); integration and end-to-end tests under
// test/ start the real binaries from dist/ (built by `npm test` before vitest runs).
export default defineConfig({
  test: {
    include: ['internal/**/*.test.ts', 'test/**/*.test.ts'],
    exclude: ['test/bench/**', 'node_modules/**', 'dist/**'],
    pool: 'forks',
    testTimeout: 30_000,
    hookTimeout: 30_000,
  },
});
