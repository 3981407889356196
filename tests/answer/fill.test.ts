import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LiveCorpus, buildCorpus, openRecord } from '../../src/answer/build.js';
import type { Extract } from '../../src/answer/fill.js';
import { answer } from '../../src/answer/index.js';
import { sentencesOf, type Doc } from '../../src/record/types.js';
import { renderDiscord } from '../../src/render/discord.js';
import { renderText } from '../../src/render/text.js';
import { analyzeDocument } from '../../src/understand/analyze.js';
import type { DocFacts } from '../../src/understand/parallel.js';
import { ferryItem } from '../fixtures/ferry.js';

/** A knowledge folder of four ferry items of our own (tests/fixtures/ferry.ts), each quoting the same spokeswoman. */
function folder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'onrecord-fill-'));
  for (let i = 0; i < 4; i++) writeFileSync(join(dir, `item-${i}.txt`), ferryItem(i));
  return dir;
}

/**
 * An extraction held part way: the first document's facts come in at once, the second when `step`
 * is called, the others (and the second, if still held) when `release` is (the extractors themselves, one document at a time, as
 * in one thread).
 */
function held(): { extract: Extract; step: () => Promise<void>; release: () => void } {
  let step = (): void => undefined;
  let release = (): void => undefined;
  const stepped = new Promise<void>((resolve) => (step = resolve));
  const gate = new Promise<void>((resolve) => (release = resolve));
  let second: Promise<void> = Promise.resolve();
  const extract: Extract = async (docs, options) => {
    const all = new Map<string, DocFacts>();
    const fill = (i: number): void => {
      const doc = docs[i] as Doc;
      const facts = analyzeDocument(doc);
      all.set(doc.id, facts);
      options.onDoc?.(i, facts);
    };
    fill(0);
    second = stepped.then(() => fill(1));
    await gate;
    await second;
    for (let i = 2; i < docs.length; i++) fill(i);
    return all;
  };
  return {
    extract,
    step: async () => {
      step();
      await second;
    },
    release: () => {
      step();
      release();
    },
  };
}

describe('a record answering while its facts are read behind it', () => {
  it('answers a search at once, a fact command from the documents read so far with the progress footer, and in full once they are all read', async () => {
    const dir = folder();
    const { extract, step, release } = held();
    const record = await openRecord(dir, { extract });
    const live = new LiveCorpus(record.corpus, undefined, record, 0);
    const docs = live.current.docs;
    const total = docs.reduce((n, d) => n + sentencesOf(d).length, 0);
    const first = sentencesOf(docs[0] as Doc).length;
    expect([docs.length, live.current.reading]).toEqual([4, { sentences: first, total }]);

    // A search needs no facts: answered from every document, without the footer.
    const search = answer(live.current, { command: 'search', query: 'night ferry' });
    expect([search.status, search.results.length, search.reading]).toEqual(['answered', 4, undefined]);

    // Who said: only the first document's facts are in (its quote and the "She added" that follows).
    const footer = `Still reading the record: ${first} of ${total} sentences; this answer may grow.`;
    const partial = answer(live.current, { command: 'who-said', query: 'Mara Quill' });
    expect(partial.results.map((r) => r.excerpt.doc)).toEqual(['item-0', 'item-0']);
    expect(renderText(partial).split('\n').at(-1)).toBe(footer);
    expect(renderDiscord(partial).split('\n').at(-1)).toBe(`-# ${footer}`);
    // The same through `ask`, routed to the statements.
    expect(renderText(answer(live.current, { command: 'ask', query: 'What did Mara Quill say?' })).split('\n').at(-1)).toBe(footer);

    // The second document's facts come in: the next corpus handed out sees them, the earlier one does not.
    const before = live.current;
    await step();
    const two = first + sentencesOf(docs[1] as Doc).length;
    const grown = answer(live.current, { command: 'who-said', query: 'Mara Quill' });
    expect([grown.page?.total, grown.reading]).toEqual([4, { sentences: two, total }]);
    expect(answer(before, { command: 'who-said', query: 'Mara Quill' }).page?.total).toBe(2);

    release();
    const full = await live.complete;
    expect([full === live.current, full.reading]).toEqual([true, null]);
    const after = answer(live.current, { command: 'who-said', query: 'Mara Quill' });
    expect(after.page?.total).toBe(8);
    expect(after.reading).toBe(undefined);
    // Exactly what a start that waits for every fact answers.
    const waited = await buildCorpus(dir, { threads: 1 });
    for (const request of [
      { command: 'who-said', query: 'Mara Quill' },
      { command: 'when', query: 'night ferry' },
      { command: 'agreed', query: 'ferry' },
      { command: 'timeline' },
    ] as const) {
      expect(renderText(answer(live.current, request))).toBe(renderText(answer(waited, request)));
    }
  });

  it('waits for every fact in buildCorpus, the path of `ask --jsonl`', async () => {
    const dir = folder();
    const { extract, release } = held();
    let built = false;
    const building = buildCorpus(dir, { extract }).then((c) => ((built = true), c));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(built).toBe(false);
    release();
    const corpus = await building;
    expect(corpus.reading).toBe(null);
    expect(answer(corpus, { command: 'who-said', query: 'Mara Quill' }).page?.total).toBe(8);
  });
});
