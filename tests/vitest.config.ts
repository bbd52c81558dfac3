import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    root: fileURLToPath(new URL('..', import.meta.url)),
    include: ['tests/**/*.test.ts'],
    // Browser tests start Chromium; on two cores, give them room.
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Two Chromium test files share two cores; a first Pagefind search can take seconds there.
    expect: { poll: { timeout: 10_000 } },
  },
});
