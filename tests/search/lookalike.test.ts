import { describe, expect, it } from 'vitest';
import { createSearchIndex, exhaustiveSearch } from '../../src/search/index.js';
import type { SearchHit, SearchOutcome } from '../../src/search/types.js';
import { cite, record } from './record.js';

/**
 * A typo match between two words of the language ("case"/"cast", "law"/"low") is another word,
 * not a misspelling: it scores, but does not make the question's term held. On a story of our own.
 */
const cites = (hits: readonly SearchHit[]): string[] => hits.map((h) => cite(h.sentence));
const scores = (hits: readonly SearchHit[]): number[] => hits.map((h) => Math.round(h.score * 1000));
const both = (o: SearchOutcome): [string[], string[]] => [cites(o.hits), cites(o.suggestions)];

const FOUNDRY = record('foundry', [
  ['The foundry cast the steel beams at a low price.', 'Its owners sold the foundry in 1990.'],
  ['The league was formed by nine clubs.', 'The term of the chairman ends in May.'],
]);
const foundry = createSearchIndex(FOUNDRY);

describe('typo matches between two real words', () => {
  it('do not answer a question about another thing', () => {
    // ¶1.1 holds "steel", and "case" and "law" only as "cast" and "low": one term held of three,
    // so it suggests (before: answered at 0.417, ¶1.2 at 0.250).
    expect(both(foundry.search('What is the case law on steel?'))).toEqual([[], ['foundry ¶1.1', 'foundry ¶1.2']]);
    expect(both(exhaustiveSearch(FOUNDRY, 'What is the case law on steel?'))).toEqual([[], ['foundry ¶1.1', 'foundry ¶1.2']]);
  });

  it('still score where the question’s other words are held', () => {
    // "cats" for "cast": two real words, but "foundry", "beams" and "price" are held as written.
    // ("What price" asks for money, which neither sentence holds: 0.575, not 0.607. ¶1.2, which
    // holds only "foundry", answered at 0.288 until session 14: holding no sum, it loses
    // `UNTYPED_ODDS` of its odds.)
    const o = foundry.search('What price did the foundry cats the beams at?');
    expect(both(o)).toEqual([['foundry ¶1.1'], []]);
    expect(scores(o.hits)).toEqual([575]);
  });

  it('a misspelling that is no word is held as before', () => {
    // (¶1.2, which holds only "foundry", no longer answers since the model was refitted with word vectors.)
    const o = foundry.search('Who cast the steel at a lwo price?');
    expect(both(o)).toEqual([['foundry ¶1.1'], []]);
    expect(scores(o.hits)).toEqual([518]);
    expect(both(foundry.search('When was the leage formed?'))).toEqual([['foundry ¶2.1'], []]);
  });
});

const MISSION = record('mission', [
  ['Jesuit missionary Tomas Kessler visited the valley in 1692.', 'The valley was dry that year.'],
  ['Farmers built a mission church near the river.'],
]);
const mission = createSearchIndex(MISSION);

describe('a two-word question about a name the record holds', () => {
  it('is answered by the sentence naming it, although that sentence lacks the other word', () => {
    // "religion" is nowhere; ¶1.1 holds the name as written, so it answers (before: suggested).
    expect(both(mission.search('What religion was Kessler?'))).toEqual([['mission ¶1.1'], []]);
    expect(both(exhaustiveSearch(MISSION, 'What religion was Kessler?'))).toEqual([['mission ¶1.1'], []]);
  });

  it('not when the question has more words, names something the record lacks, or is a topic', () => {
    // Still refused; a church (a kind of religion, WordNet's second sense: see `categoryKinds`) is suggested after it.
    // (The second's asked noun is "religion" too: a possessor, "Kessler’s", is not what it asks for.)
    expect(both(mission.search('What religion did Kessler practise?'))).toEqual([[], ['mission ¶1.1', 'mission ¶2.1']]);
    expect(both(mission.search('What religion was Kessler’s brother Ivo?'))).toEqual([[], ['mission ¶1.1', 'mission ¶2.1']]);
    expect(both(mission.search('Kessler religion'))).toEqual([[], ['mission ¶1.1']]);
  });
});
