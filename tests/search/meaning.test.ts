import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createSearchIndex } from '../../src/search/index.js';
import { MEANING_DIMENSIONS, MeaningEncoder, MeaningStore, RecordMeaning, textHash } from '../../src/search/meaning.js';
import type { SearchHit } from '../../src/search/types.js';
import { cite, record } from './record.js';

/**
 * Sentence vectors in meaning (src/search/meaning.ts): the int8 store and its file, and a
 * question's candidates ranked and decided with the cosine (`SearchOptions.meaning`), on a story
 * of our own writing (names invented).
 */
const FERRY = record('ferry', [
  [
    'The Kestrel Isle ferry will stop running at the end of October after 41 years, its operator said on Monday.',
    'Harwick Sea Lines blamed the rising price of fuel and a fall in passengers since the bridge opened.',
  ],
  ['Islanders will have to drive 30 kilometres to the bridge instead.', 'The last crossing leaves the harbour at 6 pm on October 31.'],
  ['A petition to save the service has gathered 2,400 signatures.', 'The council said it could not afford to take the route over.'],
]);
const cites = (hits: readonly SearchHit[]): string[] => hits.map((h) => cite(h.sentence));

/** A unit vector pointing mostly along one axis, with a little of the next. */
function unit(axis: number, tilt: number): Float32Array {
  const v = new Float32Array(MEANING_DIMENSIONS);
  v[axis] = Math.cos(tilt);
  v[(axis + 1) % MEANING_DIMENSIONS] = Math.sin(tilt);
  return v;
}

describe('the store of sentence vectors', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'meaning-test-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('keeps a vector by its text in int8 and gives its cosine with a question to within 1 %', () => {
    const store = new MeaningStore();
    store.add('The ferry stops in October.', unit(3, 0.5));
    store.add('The ferry stops in October.', unit(9, 0));
    expect(store.size).toBe(1);
    expect(Math.abs(store.cosine(unit(3, 0), 'The ferry stops in October.') - Math.cos(0.5))).toBeLessThan(0.01);
    expect(store.cosine(unit(3, 0), 'Another sentence.')).toBeNaN();
    expect(store.has('The ferry stops in October.')).toBe(true);
    expect(textHash('a')).not.toBe(textHash('b'));
  });

  it('reads back from its file the same cosines, and an empty store from a file that is not one', () => {
    const store = new MeaningStore();
    for (let i = 0; i < 300; i++) store.add(`sentence ${i}`, unit(i % MEANING_DIMENSIONS, i / 300));
    const file = path.join(dir, 'vectors.bin');
    store.save(file);
    const back = MeaningStore.load(file);
    expect(back.size).toBe(300);
    const q = unit(7, 0.2);
    expect([0, 7, 299].map((i) => back.cosine(q, `sentence ${i}`))).toEqual([0, 7, 299].map((i) => store.cosine(q, `sentence ${i}`)));
    writeFileSync(file, 'not vectors');
    expect(MeaningStore.load(file).size).toBe(0);
    expect(MeaningStore.load(path.join(dir, 'absent.bin')).size).toBe(0);
  });

  it('drops the vectors of texts no longer in the record, keeping the others exact', () => {
    const store = new MeaningStore();
    for (let i = 0; i < 5; i++) store.add(`sentence ${i}`, unit(i, 0.1 * i));
    const q = unit(3, 0.2);
    const before = [1, 3, 4].map((i) => store.cosine(q, `sentence ${i}`));
    expect(store.retain(['sentence 1', 'sentence 3', 'sentence 4', 'a sentence it never had'])).toBe(2);
    expect(store.size).toBe(3);
    expect([1, 3, 4].map((i) => store.cosine(q, `sentence ${i}`))).toEqual(before);
    expect(store.cosine(q, 'sentence 0')).toBeNaN();
    expect(store.has('sentence 2')).toBe(false);
    expect(store.retain(['sentence 1', 'sentence 3', 'sentence 4'])).toBe(0);
    store.add('sentence 5', unit(5, 0));
    expect(store.size).toBe(4);
    expect(store.cosine(unit(5, 0), 'sentence 5')).toBeCloseTo(1, 2);
  });

  it("saves only the current record's vectors: a deleted sentence's leaves the file, even when nothing new was embedded", async () => {
    const file = path.join(dir, 'record.bin');
    const old = new MeaningStore();
    for (const t of ['The ferry stops in October.', 'A deleted sentence.', 'The council said no.']) old.add(t, unit(textHash(t) % MEANING_DIMENSIONS, 0));
    old.save(file);
    const calls: string[][] = [];
    const encoder = { embed: (texts: readonly string[]) => { calls.push([...texts]); return Promise.resolve(texts.map(() => unit(1, 0))); } } as unknown as MeaningEncoder;
    const store = MeaningStore.load(file);
    const same = new RecordMeaning(store, encoder, ['The ferry stops in October.', 'The council said no.'], { file });
    await same.finished;
    expect(calls).toEqual([]);
    expect(MeaningStore.load(file).size).toBe(2);
    expect(MeaningStore.load(file).has('A deleted sentence.')).toBe(false);
    const grown = new RecordMeaning(store, encoder, ['The ferry stops in October.', 'A new sentence.'], { file });
    await grown.finished;
    expect(calls).toEqual([['A new sentence.']]);
    const back = MeaningStore.load(file);
    expect([back.size, back.has('The ferry stops in October.'), back.has('A new sentence.'), back.has('The council said no.')]).toEqual([2, true, true, false]);
  });
});

describe('a question with the cosines in meaning', () => {
  const index = createSearchIndex(FERRY);

  it('ranks a candidate up by its cosine', () => {
    const q = 'What did the ferry operator blame?';
    expect(cites(index.search(q).hits)).toEqual(['ferry ¶1.1', 'ferry ¶1.2']);
    const closer = (a: number, b: number) => (s: { paragraph: number; sentence: number }) => (s.paragraph === 1 && s.sentence === 2 ? a : b);
    expect(cites(index.search(q, { meaning: closer(0.9, 0.3) }).hits)).toEqual(['ferry ¶1.2', 'ferry ¶1.1']);
    expect(cites(index.search(q, { meaning: closer(0.2, 0.6) }).hits)).toEqual(['ferry ¶1.1', 'ferry ¶1.2']);
  });

  it('is answered or refused by the model that reads the cosine', () => {
    const q = 'Why is the ferry being scrapped?';
    expect([cites(index.search(q).hits), cites(index.search(q).suggestions)]).toEqual([[], ['ferry ¶1.1']]);
    expect(cites(index.search(q, { meaning: (s) => (s.paragraph === 1 && s.sentence === 1 ? 0.55 : 0.2) }).hits)).toEqual(['ferry ¶1.1']);
    expect(cites(index.search(q, { meaning: () => 0.1 }).hits)).toEqual([]);
  });

  it('takes the encoder\'s vectors: a paraphrase answered, an off-topic question still refused', async () => {
    const encoder = new MeaningEncoder();
    try {
      const store = new MeaningStore();
      const vectors = await encoder.embed(FERRY.map((s) => s.text));
      FERRY.forEach((s, i) => store.add(s.text, vectors[i] as Float32Array));
      const ask = async (q: string): Promise<string[][]> => {
        const [v] = await encoder.embed([q], true);
        const o = index.search(q, { meaning: (s) => store.cosine(v as Float32Array, s.text) });
        return [cites(o.hits), cites(o.suggestions)];
      };
      expect(await ask('Why is the ferry being scrapped?')).toEqual([['ferry ¶1.1'], []]);
      expect(await ask('What is the price of wheat in Chicago?')).toEqual([[], ['ferry ¶1.2', 'ferry ¶2.1']]);
    } finally {
      await encoder.close();
    }
  }, 60_000);
});
