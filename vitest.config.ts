import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

/**
 * The core's own tests (extraction and search: three files in four) only call functions on text.
 * Each used to start a fresh worker that loaded the tagger's model, the lexicon and WordNet's
 * indexes again (about 0.8 s of CPU a file); they share one module graph per worker instead. The
 * files that change process-wide state (a tagger mode set for the whole file, a mocked module) keep
 * a worker of their own, as every other folder does (Discord, processes, storage, timers).
 */
const SHARED = ['tests/understand/**/*.test.ts', 'tests/search/**/*.test.ts'];
const OWN_WORKER = ['tests/understand/tag-without-entities.test.ts', 'tests/understand/analyze-guard.test.ts'];

export default defineConfig({
  test: {
    // No top-level include: `extends: true` would add it to each project's own (arrays merge).
    // The end-to-end tests start a real discord.js client against the loopback stand-in;
    // give them room on a 2-core machine without letting a hung test stall CI.
    testTimeout: 20_000,
    hookTimeout: 30_000,
    projects: [
      // Vitest's default is one worker fewer than the cores, keeping a core for its main process;
      // on 2 cores that is ONE worker, and the main process (transforms, reporting) needs about
      // 13 s of CPU over the whole run, so the second core sat mostly idle. The in-process tests
      // run first, one worker per core; the rest keep the default, as before, so that the
      // end-to-end tests' waits and back-offs meet the same contention as they always have.
      { extends: true, test: { name: 'shared', include: SHARED, exclude: OWN_WORKER, isolate: false, maxWorkers: availableParallelism(), sequence: { groupOrder: 0 } } },
      { extends: true, test: { name: 'isolated', include: ['tests/**/*.test.ts'], exclude: SHARED, sequence: { groupOrder: 1 } } },
      { extends: true, test: { name: 'own-worker', include: OWN_WORKER, sequence: { groupOrder: 1 } } },
    ],
  },
});
