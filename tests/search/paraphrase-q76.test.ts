import { describe, expect, it } from 'vitest';
import { createSearchIndex } from '../../src/search/index.js';
import type { Ranking } from '../../src/search/options.js';
import { multiwordVerbs } from '../../src/search/related.js';
import { cite, record } from './record.js';

/**
 * Session 37, q76: a question's closing "in" / "on" that is a preposition left at the end, not a
 * phrasal verb's particle ("Which week is the regatta held in?" is no "hold_in"); and an idiom
 * ("take place") not held by its verb alone ("take the boats home"). A record and names of our own
 * invention.
 */
const verbsOf = (q: string, stranded: boolean): string[][] => [...multiwordVerbs(q, stranded).verbs];

describe('a closing preposition after a passive with its subject', () => {
  it('is no particle where the question opens on the noun phrase it asks for', () => {
    expect(verbsOf('Which week is the regatta held in?', true)).toEqual([]);
    expect(verbsOf('Which week is the regatta held in?', false)).toEqual([['held', 'hold_in']]);
    expect(verbsOf('What valley was the story set in?', true)).toEqual([]);
  });

  it('stays a particle where nothing stands between "be" and the verb, in an active clause, or after a preposition', () => {
    expect(verbsOf('Which boats were brought in?', true)).toEqual([['brought', 'bring_in']]);
    expect(verbsOf('What did the auction bring in?', true)).toEqual([['bring', 'bring_in']]);
    expect(verbsOf('In which year were the stalls let in?', true)).toEqual([['let', 'let_in']]);
    expect(verbsOf('When was the new rule brought in?', true)).toEqual([['brought', 'bring_in']]);
  });

  it('still holds a phrasal verb by its verb alone, its particle being free to stand apart', () => {
    expect(ask('Who set up the club?')).toEqual(['race ¶2.1']);
  });
});

const RACE = record('race', [
  [
    'The Tolverrin Coracle Race is a river contest held on the third Sunday of June below the old weir.',
    'Crews take their boats home on carts once the last heat has finished.',
    'In 2012 the race was moved upstream after a flood broke the weir.',
  ],
  ['A boatbuilder named Edmer Vetch set up the club behind it in 1961.', 'Its boathouse stands in a meadow beside the ford.'],
]);

const ask = (q: string, ranking: Partial<Ranking> = {}): string[] =>
  createSearchIndex(RACE, { ranking })
    .search(q)
    .hits.map((h) => cite(h.sentence));

describe('an idiom held only with its last word near its verb', () => {
  it('does not answer "take place" with the sentence where crews take boats home', () => {
    expect(ask('When does the race take place?')).toEqual(['race ¶1.3', 'race ¶1.1']);
    expect(ask('When does the race take place?', { idiomHeld: 0 })).toEqual(['race ¶1.2']);
  });

  it('still holds a phrasal verb by its verb alone, its particle being free to stand apart', () => {
    expect(ask('Who set up the club?')).toEqual(['race ¶2.1']);
  });
});
