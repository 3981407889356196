/**
 * The build `npm start` runs (`npm run build`: the sources compiled to JavaScript, run by plain
 * Node without tsx): it answers exactly as the sources do, its worker threads included (a record
 * large enough to be extracted across threads), and shares the parse cache with the sources.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import os, { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MIN_PARALLEL_DOCS } from '../../src/understand/parallel.js';
import { ferryItem } from '../fixtures/ferry.js';

/** Small news items of our own, enough of them to go to worker threads. */
function writeRecord(dir: string, n: number): void {
  mkdirSync(dir, { recursive: true });
  for (let i = 0; i < n; i++) {
    const raw = ferryItem(i);
    writeFileSync(path.join(dir, `item-${String(i).padStart(3, '0')}.txt`), raw);
  }
}

/**
 * The test's time budget: 180 s on a machine no busier than its cores (it needs about 14 s of CPU),
 * stretched by the load when the file starts (two cores under a load of 12 ran it in 201 s), so
 * that a slow machine is not taken for a hung build; a build that hangs still fails.
 */
const BUDGET = Math.round(180_000 * Math.max(1, os.loadavg()[0]! / os.availableParallelism()));

const REQUESTS = [
  { command: 'who-said', query: 'lapse' },
  { command: 'when', query: 'night ferry Dunmore' },
  { command: 'agreed', query: 'night ferry' },
  { command: 'search', query: 'crews were ready' },
]
  .map((r) => JSON.stringify(r))
  .join('\n');

describe('the build', () => {
  it('compiles the sources only, and answers byte for byte as the sources do, across worker threads', () => {
    const work = mkdtempSync(path.join(tmpdir(), 'onrecord-build-'));
    // Laid out as in the repository (dist/ beside src/), away from the repository's own dist/.
    const out = path.join(work, 'dist');
    for (const beside of ['src', 'node_modules', 'package.json']) symlinkSync(path.resolve(beside), path.join(work, beside));
    // (`--noCheck`: the same JavaScript, without a second type check of the sources — `npm run
    // typecheck` checks them: 22 s of CPU for this test became 14 s; syntax errors still fail here.)
    const tsc = spawnSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.build.json', '--outDir', out, '--noCheck'], { encoding: 'utf8' });
    expect([tsc.status, tsc.stdout]).toEqual([0, '']);
    expect(readdirSync(out).sort()).toEqual(['answer', 'cli', 'config.js', 'digest', 'discord', 'index.js', 'lazy.js', 'log.js', 'record', 'regex.js', 'render', 'search', 'storage', 'stringTable.js', 'understand', 'wordnet.js']);
    expect(existsSync(path.join(out, 'understand', 'extract-worker.js'))).toBe(true);
    expect(existsSync(path.join(out, 'search', 'meaning-worker.js'))).toBe(true);

    const knowledge = path.join(work, 'knowledge');
    writeRecord(knowledge, MIN_PARALLEL_DOCS + 4);
    const run = (command: string[], dataDir: string) =>
      spawnSync(process.execPath, [...command, '--jsonl', '--knowledge', knowledge], { input: REQUESTS, encoding: 'utf8', env: { PATH: process.env.PATH, DATA_DIR: dataDir } });
    const built = run([path.join(out, 'cli', 'ask.js')], path.join(work, 'data-built'));
    const sources = run(['--import', 'tsx', 'src/cli/ask.ts'], path.join(work, 'data-sources'));
    // Nothing on stderr but the progress lines a slow (loaded) machine prints after two seconds.
    const messages = built.stderr.split('\n').filter((l) => l !== '' && !/^onrecord: (?:extracting facts: [\d,]+ \/ [\d,]+ documents, [\d.]+ s|sentence vectors: [\d,]+ \/ [\d,]+)$/u.test(l));
    expect([built.status, messages]).toEqual([0, []]);
    expect(built.stdout).toBe(sources.stdout);
    const answers = built.stdout.trim().split('\n').map((l) => JSON.parse(l) as { status: string; results: { excerpt: { text: string } }[] });
    expect(answers.map((a) => a.status)).toEqual(['answered', 'answered', 'answered', 'answered']);
    // Facts from every document (a page of ten quotes, all the spokeswoman's sentence).
    expect(answers[0]?.results.map((r) => r.excerpt.text)).toEqual(Array(10).fill('"We will not let it lapse again," said Mara Quill, the council spokeswoman.'));

    // One parse cache for both: the build fingerprints the parser by the sources it came from.
    const parsed = (dataDir: string): unknown => {
      const [cliCache] = readdirSync(path.join(work, dataDir, 'cli-cache'));
      return (JSON.parse(readFileSync(path.join(work, dataDir, 'cli-cache', cliCache ?? '', 'cache', 'parsed.json'), 'utf8')) as { fingerprint: string }).fingerprint;
    };
    expect(parsed('data-built')).toBe(parsed('data-sources'));
  }, BUDGET);
});
