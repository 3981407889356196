import { describe, expect, it } from 'vitest';
import { createSearchIndex } from '../../src/search/index.js';
import type { Ranking } from '../../src/search/options.js';
import { readsAsStopWord } from '../../src/search/related.js';
import { cite, record } from './record.js';

/**
 * Session 38, q79: a question's word whose most common adverb sense is a synonym of a stop word
 * ("today", "nowadays" ~ "now"; "roughly" ~ "about") is no term, as the stop word is not: the record
 * writes "now", which is not indexed, so "today" was held by no answer and only by a sentence that
 * happens to open on "Today". A record and names of our own invention.
 */
const MILL = record('mill', [
  [
    'Pellow Mill is a working watermill on the River Tavy, built in 1780 to grind corn for the estate.',
    'A miller named Orrin Brant ran it for forty years and trained his sons in the trade.',
    'The mill is now run by Ada Kernow, who bought it in 2011.',
  ],
  [
    'Today the mill shop sells flour and cakes to walkers.',
    'The wheel turns on weekends only.',
    'Visitors pay roughly four pounds to see the stones grind, and about 9,000 came last year.',
  ],
]);

const ask = (q: string, ranking: Partial<Ranking> = {}): string[] =>
  createSearchIndex(MILL, { ranking })
    .search(q)
    .hits.map((h) => cite(h.sentence));

describe('a word reading as a stop word', () => {
  it('is an adverb whose commonest sense holds a stop word, and no verb', () => {
    expect(['today', 'nowadays', 'roughly', 'around', 'nearly', 'almost'].filter((w) => readsAsStopWord(w))).toEqual(['today', 'nowadays', 'roughly', 'around', 'nearly', 'almost']);
    // A stop word itself, a word with a verb sense ("fine" ~ "ok"), a content adverb, a noun.
    expect(['now', 'about', 'fine', 'quickly', 'currently', 'mill', 'yesterday'].filter((w) => readsAsStopWord(w))).toEqual([]);
    // Read against "now" alone (`STOP_SYNONYMS` 2): the present-time words only.
    expect(['today', 'nowadays', 'roughly', 'around', 'nearly', 'later'].filter((w) => readsAsStopWord(w, new Set(['now'])))).toEqual(['today', 'nowadays']);
  });
});

describe('a question asked with "today" of a record writing "now"', () => {
  it('keeps "roughly" as a term by default (only the words of "now")', () => {
    expect(ask('Roughly how much do visitors pay?')).toEqual(['mill ¶2.3']);
  });

  it('is answered by who owns it now, not by the sentence opening on "Today"', () => {
    expect(ask('Who owns the mill today?')).toEqual(['mill ¶1.3', 'mill ¶2.1', 'mill ¶1.1']);
    expect(ask('Who owns the mill today?', { stopSynonyms: 0 })).toEqual(['mill ¶2.1']);
  });

  it('no longer lists the "Today" sentence among who runs it', () => {
    expect(ask('Who runs the mill nowadays?')).toEqual(['mill ¶1.3', 'mill ¶1.2']);
    expect(ask('Who runs the mill nowadays?', { stopSynonyms: 0 })).toEqual(['mill ¶1.3', 'mill ¶2.1', 'mill ¶1.2']);
  });

  it('keeps a question whose only word reads as a stop word', () => {
    expect(createSearchIndex(MILL).search('Today?').hits.map((h) => cite(h.sentence))).toEqual(['mill ¶2.1']);
  });
});
