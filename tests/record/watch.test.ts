import { appendFile, mkdir, mkdtemp, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { STILL_SERVING, watchKnowledge, type KnowledgeChange, type KnowledgeWatcher } from '../../src/record/watch.js';

/** Short timings keep the test fast; waits poll for the expected state with a deadline. */
const OPTIONS = { debounceMs: 20, stableMs: 150, incompleteHoldMs: 1_500, pollMs: 100 };
const DEADLINE_MS = 8_000;

let dir: string;
let watcher: KnowledgeWatcher | null;
let changes: KnowledgeChange[];

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'onrecord-watch-'));
  changes = [];
  watcher = null;
});
afterEach(async () => {
  await watcher?.close();
  await rm(dir, { recursive: true, force: true });
});

async function start(extra: { events?: boolean; stableMs?: number } = {}): Promise<void> {
  watcher = watchKnowledge(dir, (c) => changes.push(c), { ...OPTIONS, ...extra });
  await watcher.ready;
}

/** The last reported state, summarised: doc ids with their first sentence, and problems. */
function last(): { docs: string[]; problems: string[] } | null {
  const c = changes[changes.length - 1];
  if (!c) return null;
  return {
    docs: c.docs.map((d) => `${d.id}: ${d.paragraphs[0]?.sentences[0]?.text ?? ''}`),
    problems: c.problems.map((p) => `${path.relative(dir, p.file)}: ${p.reason}`),
  };
}

async function until(want: { docs: string[]; problems: string[] }): Promise<void> {
  const t0 = Date.now();
  while (Date.now() - t0 < DEADLINE_MS) {
    if (JSON.stringify(last()) === JSON.stringify(want)) return;
    await new Promise((r) => setTimeout(r, 25));
  }
  expect(last()).toEqual(want);
}

describe('watchKnowledge', () => {
  it('reports an added, an edited and a removed document, without reporting the baseline', async () => {
    await writeFile(path.join(dir, 'a.txt'), 'First version.');
    await start();
    expect(changes).toEqual([]);

    await mkdir(path.join(dir, 'sub'));
    await writeFile(path.join(dir, 'sub', 'b.md'), 'Bee arrives.');
    await until({ docs: ['a: First version.', 'sub/b: Bee arrives.'], problems: [] });

    await writeFile(path.join(dir, 'a.txt'), 'Second version.');
    await until({ docs: ['a: Second version.', 'sub/b: Bee arrives.'], problems: [] });

    await rm(path.join(dir, 'sub', 'b.md'));
    await until({ docs: ['a: Second version.'], problems: [] });
  });

  it('keeps serving the last good version when an edit breaks a file, and recovers', async () => {
    await writeFile(path.join(dir, 'a.txt'), ' date 2021-05-06 Title\n\nGood text.');
    await start();
    await writeFile(path.join(dir, 'a.txt'), ' date 2021-13-06 Title\n\nBroken header.');
    await until({
      docs: ['a: Good text.'],
      problems: [`a.txt: malformed header: date "2021-13-06" is not a calendar day on line 1 (expected " date YYYY-MM-DD Title") ${STILL_SERVING}`],
    });
    await writeFile(path.join(dir, 'a.txt'), ' date 2021-05-07 Title\n\nFixed text.');
    await until({ docs: ['a: Fixed text.'], problems: [] });
  });

  it('reports a new bad file without a previous version, and serves the rest', async () => {
    await writeFile(path.join(dir, 'a.txt'), 'Alpha.');
    await start();
    await writeFile(path.join(dir, 'bad.txt'), Buffer.from([0x41, 0x00]));
    await until({ docs: ['a: Alpha.'], problems: ['bad.txt: binary file (NUL bytes, first at byte 1)'] });
  });

  it('never serves a file while it is still being written', async () => {
    await writeFile(path.join(dir, 'a.txt'), 'Alpha.');
    await start();
    const file = path.join(dir, 'slow.txt');
    await writeFile(file, 'Part one of a slow write');
    // Keep writing faster than stableMs; nothing about slow.txt may be reported meanwhile.
    for (let k = 0; k < 6; k++) {
      await new Promise((r) => setTimeout(r, 50));
      await appendFile(file, ` part ${k + 2}`);
    }
    expect(changes.flatMap((c) => c.docs.map((d) => d.id))).not.toContain('slow');
    await appendFile(file, '. Done.');
    await until({ docs: ['a: Alpha.', 'slow: Part one of a slow write part 2 part 3 part 4 part 5 part 6 part 7.'], problems: [] });
    // Only the finished file was ever served.
    const versions = changes.flatMap((c) => c.docs.filter((d) => d.id === 'slow').map((d) => d.text));
    expect(new Set(versions)).toEqual(new Set(['Part one of a slow write part 2 part 3 part 4 part 5 part 6 part 7. Done.']));
  });

  it('never serves a version that ends mid-sentence while the file grows, even after pauses longer than the window', async () => {
    await writeFile(path.join(dir, 'a.txt'), 'Alpha.');
    await start();
    const file = path.join(dir, 'ferry.txt');
    // A slow copy: the first half cut mid-word, then a pause of 4 windows, then the rest.
    await writeFile(file, 'The ferry timetable was revised on Monday t');
    await new Promise((r) => setTimeout(r, 4 * OPTIONS.stableMs));
    await appendFile(file, 'o add a night crossing.\n');
    await until({ docs: ['a: Alpha.', 'ferry: The ferry timetable was revised on Monday to add a night crossing.'], problems: [] });
    const versions = changes.flatMap((c) => c.docs.filter((d) => d.id === 'ferry').map((d) => d.text));
    expect(new Set(versions)).toEqual(new Set(['The ferry timetable was revised on Monday to add a night crossing.\n']));
  });

  it('serves a grown file that really ends without a full stop once it has held still long enough', async () => {
    await writeFile(path.join(dir, 'a.txt'), 'Alpha.');
    await start();
    const t0 = Date.now();
    await writeFile(path.join(dir, 'list.md'), 'Ferry times\n\n- Monday 06:00\n- Tuesday 06:30\n');
    await until({ docs: ['a: Alpha.', 'list: Ferry times'], problems: [] });
    expect(Date.now() - t0).toBeGreaterThanOrEqual(OPTIONS.incompleteHoldMs);
  });

  it('picks up a complete file renamed into the folder at once, without waiting out the window', async () => {
    await writeFile(path.join(dir, 'a.txt'), 'Alpha.');
    await start({ stableMs: 5_000 });
    // A rename is trusted once the watcher has settled (half a second after it starts).
    await new Promise((r) => setTimeout(r, 700));
    const outside = await mkdtemp(path.join(tmpdir(), 'onrecord-watch-out-'));
    try {
      await writeFile(path.join(outside, 'port.txt'), 'The port reopened on Friday.\n');
      const t0 = Date.now();
      await rename(path.join(outside, 'port.txt'), path.join(dir, 'port.txt'));
      await until({ docs: ['a: Alpha.', 'port: The port reopened on Friday.'], problems: [] });
      expect(Date.now() - t0).toBeLessThan(2_000);
    } finally {
      await rm(outside, { recursive: true, force: true });
    }
  });

  it('waits out the window for a file written in place, even when the first write ends a sentence', async () => {
    await writeFile(path.join(dir, 'a.txt'), 'Alpha.');
    await start({ stableMs: 1_000 });
    const file = path.join(dir, 'two.txt');
    await writeFile(file, 'First sentence.');
    await new Promise((r) => setTimeout(r, 300));
    await appendFile(file, ' Second sentence.');
    await until({ docs: ['a: Alpha.', 'two: First sentence.'], problems: [] });
    const versions = changes.flatMap((c) => c.docs.filter((d) => d.id === 'two').map((d) => d.text));
    expect(versions[0]).toBe('First sentence. Second sentence.');
  });

  it('picks up a file moved into place (the atomic-save pattern of editors)', async () => {
    await writeFile(path.join(dir, 'a.txt'), 'Alpha.');
    await start();
    await writeFile(path.join(dir, '.a.txt.swp'), 'Alpha edited.');
    await rename(path.join(dir, '.a.txt.swp'), path.join(dir, 'a.txt'));
    await until({ docs: ['a: Alpha edited.'], problems: [] });
  });

  it('picks up changes by polling alone when there are no file-system events', async () => {
    await writeFile(path.join(dir, 'a.txt'), 'Alpha.');
    await start({ events: false });
    await writeFile(path.join(dir, 'a.txt'), 'Alpha polled.');
    await until({ docs: ['a: Alpha polled.'], problems: [] });
  });

  it('stops reporting after close', async () => {
    await writeFile(path.join(dir, 'a.txt'), 'Alpha.');
    await start();
    await watcher?.close();
    await writeFile(path.join(dir, 'b.txt'), 'Beta.');
    await new Promise((r) => setTimeout(r, 400));
    expect(changes).toEqual([]);
  });
});
