import { describe, expect, it } from 'vitest';
import { createSearchIndex } from '../../src/search/index.js';
import { RANKING } from '../../src/search/options.js';
import { cite, record } from './record.js';

/**
 * A candidate sharing one word with a short question moves by its cosine in meaning with it
 * (`LONE_MEANING_ODDS`, session 35, q71): up above `LONE_MEANING_CENTRE`, where the sentence says
 * the rest of the question in other words, down below it, where it is another matter sharing the
 * word. On a story of our own writing (names invented); the cosines are given by hand, as the
 * sentence encoder would give them once every vector is computed.
 */
const SHED = record('shed', [
  ['The Corvel weaving shed in Lanbury closed in 1968 after ninety years of making sailcloth.', 'A group of former weavers bought the building in 2011 and turned it into a working museum.'],
  ['Its steam engine, restored by volunteers over six winters, is fired up on the second Saturday of every month.', 'The boiler was found rusting in a scrapyard near Quelmarsh and carried back on a borrowed lorry.'],
  ['Visitors can watch a loom at work and buy cloth in the shop.', 'The museum is open from Easter to October.'],
]);
// The rule at the weights measured in session 35, whatever the shipped constants (the merge may switch it off).
const ON = { ...RANKING, loneMeaningOdds: 3, loneMeaningCentre: 0.28, loneMeaningTerms: 3 };
const OFF = { ...RANKING, loneMeaningOdds: 0 };
const asked = (q: string, to: string, close: number, others: number, ranking = ON): [string[], string[]] => {
  const o = createSearchIndex(SHED, { ranking }).search(q, { meaning: (s) => (s.text.startsWith(to) ? close : others) });
  return [o.hits.map((h) => cite(h.sentence)), o.suggestions.map((h) => cite(h.sentence))];
};

describe('a short question’s sentence sharing one word with it, read by its cosine in meaning', () => {
  it('answers where the sentence is close in meaning, where it would have suggested it', () => {
    // "buy cloth in the shop" says what guests take home in other words: it shares one of the
    // question's three words at most.
    const q = 'What do guests take home?';
    expect(asked(q, 'Visitors', 0.45, 0.15, OFF)[0]).toEqual([]);
    expect(asked(q, 'Visitors', 0.45, 0.15)).toEqual([['shed ¶3.1'], []]);
  });

  it('drops a sentence sharing the word by chance, far from the question in meaning', () => {
    // "turned it into a working museum" shares "turn" with the question and nothing else.
    const q = 'Where did the boiler turn up?';
    expect(asked(q, 'The boiler', 0.1, 0.2, OFF)[0]).toEqual(['shed ¶2.2', 'shed ¶1.2']);
    expect(asked(q, 'The boiler', 0.1, 0.2)[0]).toEqual(['shed ¶2.2']);
  });

  it('moves nothing without the vectors, nor in a question of more than three topical words', () => {
    const plain = (q: string, ranking = ON): string[] => createSearchIndex(SHED, { ranking }).search(q).hits.map((h) => cite(h.sentence));
    expect(plain('Where did the boiler turn up?')).toEqual(plain('Where did the boiler turn up?', OFF));
    const long = 'Who brought the old engine back to life?';
    expect(asked(long, 'Its', 0.45, 0.15)).toEqual(asked(long, 'Its', 0.45, 0.15, OFF));
  });
});
