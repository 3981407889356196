import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // The end-to-end tests start a real discord.js client against the loopback stand-in;
    // give them room on a 2-core machine without letting a hung test stall CI.
    testTimeout: 20_000,
    hookTimeout: 30_000,
  },
});
