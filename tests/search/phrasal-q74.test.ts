import { describe, expect, it } from 'vitest';
import { createSearchIndex } from '../../src/search/index.js';
import type { Ranking } from '../../src/search/options.js';
import { cite, record } from './record.js';

/**
 * Session 36, q74: a question's phrasal verb or idiom ("take place", "set up") is not held by its
 * verb alone, which is another act ("take the nets home", "set in a valley"); and one made of light
 * words only ("take place") is as light as "happen". A record and names of our own invention.
 */
const RACE = record('race', [
  [
    'The Quillfoot Coracle Race is a river contest held on the third Sunday of June below the old weir.',
    'Crews take their boats home on carts once the last heat has finished.',
    'In 2012 the race was moved upstream after a flood broke the weir.',
  ],
  ['The club behind it was set up in 1958 by a boatbuilder named Orrin Vetch.', 'Its boathouse is set in a meadow beside the ford.'],
]);

const ask = (q: string, ranking: Partial<Ranking> = { phrasalHeld: 1, lightPhrasal: 1 }): string[] =>
  createSearchIndex(RACE, { ranking })
    .search(q)
    .hits.map((h) => cite(h.sentence));

describe('a phrasal verb held only with its particle', () => {
  it('answers "take place" with the sentence naming the date, not one where crews take boats home', () => {
    expect(ask('When in the year does the race take place?')).toEqual(['race ¶1.1', 'race ¶1.3']);
    expect(ask('When in the year does the race take place?', { phrasalHeld: 0, lightPhrasal: 0 })).toEqual(['race ¶1.2']);
  });

  it('holds "set up" where the particle follows, not "set in a meadow"', () => {
    expect(ask('Who set up the club?')).toEqual(['race ¶2.1']);
    expect(ask('Who set up the club?', { phrasalHeld: 0, lightPhrasal: 0 })).toEqual(['race ¶2.1', 'race ¶2.2']);
  });
});
