import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { memoryFlags } from '../../src/discord/shards.js';

// Issue 15 (m3): after 1,000 queries at 100,000 sentences most of the growth in RSS was not V8's
// heap but malloc arenas of V8's helper threads, each keeping the peak of a large function's
// optimising compilation (about 18 MB) once it was freed; node's default pool of four helpers kept
// up to four of them. The bot runs with one helper (`--v8-pool-size=1` in `npm start`), and a
// shard process must run with the same flags as the bot that starts it.

/** The node flags of `npm start` (package.json), in order. */
function startFlags(): string[] {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { scripts: Record<string, string> };
  const words = (pkg.scripts.start ?? '').split(/\s+/u);
  expect(words[0]).toBe('node');
  return words.slice(1).filter((w) => w.startsWith('--'));
}

describe('the node flags the bot runs with', () => {
  it('give V8 one helper thread, beside a smaller young generation and an exposed collector', () => {
    expect(startFlags()).toEqual(['--expose-gc', '--max-semi-space-size=8', '--v8-pool-size=1']);
  });

  it('are all passed on to every shard process', () => {
    expect(memoryFlags(startFlags())).toEqual(startFlags());
  });

  it('leave the parent process its other flags', () => {
    expect(memoryFlags(['--inspect=9230', '--import', 'tsx', '--v8-pool-size=1', '--max-old-space-size=2048', '--expose-gc'])).toEqual(['--v8-pool-size=1', '--expose-gc']);
  });
});
