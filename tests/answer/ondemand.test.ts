import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LiveCorpus, buildCorpus, openRecord } from '../../src/answer/build.js';
import type { Extract } from '../../src/answer/fill.js';
import { answer, type Request } from '../../src/answer/index.js';
import { agreedAsks, DocTexts } from '../../src/answer/agreedBound.js';
import { answerSoon, probe, probing } from '../../src/answer/ondemand.js';
import { finish } from '../../src/answer/slices.js';
import { sentencesOf, type Doc } from '../../src/record/types.js';
import { renderText } from '../../src/render/text.js';
import { analyzeDocument } from '../../src/understand/analyze.js';
import { ExtractOrder, extractAll, type DocFacts } from '../../src/understand/parallel.js';
import { sentenceKey } from '../../src/understand/types.js';
import { BOATHOUSE_ITEMS, boathouseItem } from '../fixtures/boathouse.js';
import { NETLOFT_ITEMS, netloftItem } from '../fixtures/netloft.js';
import { coldRecord } from '../fixtures/slowReader.js';

function folder(items = BOATHOUSE_ITEMS, item: (i: number) => string = boathouseItem): string {
  const dir = mkdtempSync(join(tmpdir(), 'onrecord-ondemand-'));
  for (let i = 0; i < items; i++) writeFileSync(join(dir, `item-${String(i).padStart(2, '0')}.txt`), item(i));
  return dir;
}

describe('fact commands answered in full during a cold start', () => {
  it('reads the documents a who-said needs first and answers it as a record with every fact does, without the footer', async () => {
    const dir = folder();
    const { read, record, live, finish: readRest } = await coldRecord(dir);
    const warm = await buildCorpus(dir, { threads: 1 });
    const plain = (corpus: typeof warm, request: Request) => answer(corpus, request);

    // From the facts read so far (the first document), Corvath is unknown: the plain answer says it is still reading.
    const early = answer(live.current, { command: 'who-said', query: 'Ottiline Corvath' });
    expect([early.status, early.reading?.total]).toEqual(['not_found', warm.docs.reduce((n, d) => n + sentencesOf(d).length, 0)]);

    const full = await answerSoon(live, { command: 'who-said', query: 'Ottiline Corvath' }, plain, { waitMs: 5_000 });
    expect(full.reading).toBe(undefined);
    expect(full.results.map((r) => [r.excerpt.doc, r.speaker?.name])).toEqual([
      ['item-09', 'Ottiline Corvath'],
      ['item-09', 'Ottiline Corvath'],
    ]);
    expect(renderText(full)).toBe(renderText(answer(warm, { command: 'who-said', query: 'Ottiline Corvath' })));
    // Only the boathouse item was read for it: the eight footbridge items after the first are not.
    expect(read).toEqual([0, 9]);
    expect(record.fill?.complete).toBe(false);

    // A date asked through /ask, routed to /when, likewise.
    const when = await answerSoon(live, { command: 'ask', query: 'When will the boathouse reopen?' }, plain, { waitMs: 5_000 });
    expect([when.reading, when.results[0]?.excerpt.doc, when.results[0]?.when?.text]).toEqual([undefined, 'item-09', '14 June 2031']);
    expect(renderText(when)).toBe(renderText(answer(warm, { command: 'ask', query: 'When will the boathouse reopen?' })));

    // /agreed without a topic and the timeline read every fact: answered at once from what is read, with the footer.
    const agreed = await answerSoon(live, { command: 'agreed', query: '' }, plain, { waitMs: 5_000 });
    expect(agreed.reading?.sentences).toBe(sentencesOf(warm.docs[0] as Doc).length + sentencesOf(warm.docs[9] as Doc).length);
    expect(read).toEqual([0, 9]);

    await readRest();
    const after = await answerSoon(live, { command: 'who-said', query: 'Cindle Draybrook' }, plain);
    expect([after.reading, after.page?.total]).toEqual([undefined, 18]);
  });

  it('gives up waiting after its bound and answers from what is read, with the footer', async () => {
    const dir = folder();
    const { live, finish: readRest } = await coldRecord(dir);
    // The engineer is quoted in nine documents; the reader reads the asked ones, but the wait is 0 ms.
    const given = await answerSoon(live, { command: 'who-said', query: 'Cindle Draybrook' }, (c, r) => answer(c, r), { waitMs: 0 });
    expect([given.status, given.page?.total, given.reading === undefined]).toEqual(['answered', 2, false]);
    await readRest();
  });

  it('stops waiting once the extraction has failed, and answers from what is read, with the footer', async () => {
    const dir = folder();
    const failing: Extract = async (docs, options) => {
      options.onDoc?.(0, analyzeDocument(docs[0] as Doc));
      await new Promise((resolve) => setTimeout(resolve, 5));
      throw new Error('the reader broke');
    };
    const record = await openRecord(dir, { extract: failing });
    const live = new LiveCorpus(record.corpus, undefined, record, 0);
    await expect(live.complete).rejects.toThrow('the reader broke');
    // Were it to wait for documents that never come, it would wait ten minutes (past the test's time).
    const given = await answerSoon(live, { command: 'who-said', query: 'Ottiline Corvath' }, (c, r) => answer(c, r), { waitMs: 600_000 });
    expect([given.status, given.reading?.sentences]).toEqual(['not_found', sentencesOf(live.current.docs[0] as Doc).length]);
  });

  it('asks, for a speaker by name, for the documents that write every word of the name, and for the sentences its search looks at', async () => {
    const dir = folder();
    const warm = await buildCorpus(dir, { threads: 1 });
    const factsOf = (id: string): DocFacts => {
      const doc = warm.docs.find((d) => d.id === id) as Doc;
      return new Map(sentencesOf(doc).map((s) => [sentenceKey(s), warm.facts(s)]));
    };
    const needs: Record<string, string[]> = {};
    for (const request of [
      { command: 'who-said', query: 'Corvath' },
      { command: 'who-said', query: 'Cindle Draybrook' },
      { command: 'who-said', query: 'pontoon juniors' },
      { command: 'who-said', query: 'What did Corvath say about the juniors?' },
      { command: 'when', query: 'footbridge span lifted' },
      { command: 'ask', query: 'Who said every bolt was counted twice?' },
    ] as const) {
      // From nothing read, rounds of probing until it asks for nothing missing.
      const has = new Set<string>();
      const filling = { has: (id: string) => has.has(id), facts: { get: (id: string) => (has.has(id) ? factsOf(id) : undefined) } };
      let found = probe(warm, filling, request);
      for (let round = 0; found && found.missing.size > 0 && round < 5; round++) {
        for (const id of found.missing) has.add(id);
        found = probe(warm, filling, request);
      }
      expect([found?.missing.size, found?.answer && renderText(found.answer)]).toEqual([0, renderText(answer(warm, request))]);
      needs[request.query] = [...has].sort();
    }
    expect(needs['Corvath']).toEqual(['item-09']);
    expect(needs['What did Corvath say about the juniors?']).toEqual(['item-09']);
    expect(needs['Cindle Draybrook']).toEqual(['item-00', 'item-01', 'item-02', 'item-03', 'item-04', 'item-05', 'item-06', 'item-07', 'item-08']);
  });

  it('extracts the documents asked for first (extractAll, one thread)', async () => {
    const docs = (await buildCorpus(folder(), { threads: 1 })).docs;
    const order = new ExtractOrder();
    order.hurry([9, 4]);
    const seen: number[] = [];
    await extractAll(docs, { threads: 1, order, onDoc: (i) => seen.push(i) });
    expect(seen).toEqual([9, 4, 0, 1, 2, 3, 5, 6, 7, 8]);
  });
});

describe('/agreed with a topic answered in full during a cold start', () => {
  it('reads the documents whose text could hold an agreement on the topic and answers as a record with every fact does', async () => {
    const dir = folder(NETLOFT_ITEMS, netloftItem);
    const { read, record, live, finish: readRest } = await coldRecord(dir);
    const warm = await buildCorpus(dir, { threads: 1 });
    const plain = (corpus: typeof warm, request: Request) => answer(corpus, request);
    const sides = (given: ReturnType<typeof answer>) => given.results.map((r) => [r.excerpt.doc, r.agreement?.parties, r.agreement?.status]);
    const asked = async (request: Request) => {
      const given = await answerSoon(live, request, plain, { waitMs: 5_000 });
      // Byte for byte the answer of the record with every fact.
      if (given.reading === undefined) expect(renderText(given)).toBe(renderText(answer(warm, request)));
      return given;
    };

    // A party by name: only the last item writes it, so only it is read.
    const party = await asked({ command: 'agreed', query: 'Pembrow' });
    expect([party.reading, ...sides(party)]).toEqual([undefined, ['item-09', ['the Yarrowick Wharfage Board', 'Pembrow Tiles'], 'signed']]);
    expect(read).toEqual([0, 9]);

    // A kind noun: the items writing a word of its stem too ("leaseholders", item 5), which holds none.
    const lease = await asked({ command: 'agreed', query: 'lease' });
    expect([lease.reading, ...sides(lease)]).toEqual([undefined, ['item-09', ['the Yarrowick Wharfage Board', 'Pembrow Tiles'], 'signed']]);
    expect(read).toEqual([0, 9, 5]);

    // A status alone and no topic at all may be answered by any item: from what is read, with the footer.
    const voided = await asked({ command: 'agreed', query: 'voided' });
    const every = await asked({ command: 'agreed' });
    expect([voided.reading?.sentences, every.reading?.sentences, every.results.length]).toEqual([9, 9, 1]);
    expect(read).toEqual([0, 9, 5]);

    // A question /ask routes to the agreements, about two parties that only item 3 names.
    const merger = await asked({ command: 'ask', query: 'What did Tamsley Ovens agree?' });
    expect([merger.reading, ...sides(merger)]).toEqual([undefined, ['item-03', ['Tamsley Ovens', 'Fadgett Bakeries'], 'reached']]);
    // A status with a party: bounded by the party's items, all read (and none of them voided).
    const status = await asked({ command: 'agreed', query: 'voided Tamsley' });
    expect([status.reading, status.status]).toEqual([undefined, 'not_found']);
    expect(read).toEqual([0, 9, 5, 3]);
    expect(record.fill?.complete).toBe(false);
    await readRest();
  });

  it('reads, a document a step, the record as it was when the round began, and keeps the unread texts for the next round', async () => {
    const dir = folder(NETLOFT_ITEMS, netloftItem);
    const warm = await buildCorpus(dir, { threads: 1 });
    const factsOf = (id: string): DocFacts => new Map(sentencesOf(warm.doc(id) as Doc).map((s) => [sentenceKey(s), warm.facts(s)]));
    const read = new Set(['item-00']);
    const filling = { has: (id: string) => read.has(id), facts: { get: (id: string) => (read.has(id) ? factsOf(id) : undefined) } };
    const request: Request = { command: 'agreed', query: 'lease' };
    const texts = new DocTexts();
    expect([...(probe(warm, filling, request)?.missing ?? [])]).toEqual(['item-05', 'item-09']);
    // Item 5 comes in after the round's first step: the round still asks what it asked as it began.
    const steps = probing(warm, filling, request, texts);
    steps.next();
    read.add('item-05');
    expect([...(finish(steps)?.missing ?? [])]).toEqual(['item-05', 'item-09']);
    expect(texts.size).toBe(9);
    // The next round forgets the text of item 5, read now, and no longer asks for it.
    expect([...(probe(warm, filling, request, texts)?.missing ?? [])]).toEqual(['item-09']);
    expect(texts.size).toBe(8);
  });

  it('asks for the documents a party could be written in: its words, a country spelled another way, its initials', async () => {
    const dir = folder(NETLOFT_ITEMS, netloftItem);
    const warm = await buildCorpus(dir, { threads: 1 });
    const nothing = { byPartyWord: new Map<string, readonly number[]>() };
    const asks = (words: string[], read = nothing) => agreedAsks(warm.docs, words, read)?.map((d) => d.id) ?? null;
    expect(asks(['pembrow'])).toEqual(['item-09']);
    // A capital stands for its country (lexicon.ts): a party "Mongolia" may come from item 7.
    expect(asks(['mongolia'])).toEqual(['item-07']);
    // Initials of a party named in one sentence ("Yarrowick Wharfage Board"), or pieced from names.
    expect(asks(['ywb'])).toEqual(['item-09']);
    expect(asks(['tfpt'])).toEqual([]);
    // A stem: "leaseholders" may hold a lease's agreement; a word of two letters is no facet.
    expect(asks(['lease'])).toEqual(['item-05', 'item-09']);
    // Once every word is some read party's, only parties answer: the stem alone ("leaseholders") no longer asks.
    expect(asks(['lease'], { byPartyWord: new Map([['lease', [0]]]) })).toEqual(['item-09']);
    // Statuses alone: no text rules a document out.
    expect(asks(['voided'])).toBe(null);
    expect(asks(['cancelled', 'pembrow'])).toEqual(['item-09']);
  });
});
