import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // The end-to-end tests start a real discord.js client against the loopback stand-in;
    // give them room on a 2-core machine without letting a hung test stall CI.
    testTimeout: 20_000,
    hookTimeout: 30_000,
    // Vitest's default is one worker fewer than the cores, keeping a core for its main process;
    // on 2 cores that is ONE worker, and the main process (transforms, reporting) needs about
    // 13 s of CPU over the whole run, so the second core sat mostly idle. One worker per core.
    maxWorkers: availableParallelism(),
  },
});
