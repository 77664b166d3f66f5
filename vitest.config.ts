import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Property tests and the OpenCC suite are CPU-bound; two workers match the CI machine.
    pool: 'threads',
    testTimeout: 60_000,
  },
});
