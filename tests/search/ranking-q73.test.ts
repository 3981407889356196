import { describe, expect, it } from 'vitest';
import { createSearchIndex } from '../../src/search/index.js';
import { RANKING } from '../../src/search/options.js';
import { cite, record } from './record.js';

/**
 * A question asking for a kind of answer that none of the answers holding more of its words gives
 * is answered first by one sharing a single word with it that gives one and is close to it in
 * meaning (`LONE_TYPED_FIRST`, session 36, q73). On a story of our own writing (names invented);
 * the cosines are given by hand, as the sentence encoder would give them.
 */
const CLUB = record('club', [
  ['The Tarrish Rowing Club was formed in 1921 by dock workers on the Messel estuary.', "The club's boats are kept in a timber shed beside the slipway."],
  ['Today the club rows eleven gigs and a coastal skiff.', 'The club races every summer against crews from three other harbours.'],
]);
const ON = { ...RANKING, loneTypedFirst: 1 };
const OFF = { ...RANKING, loneTypedFirst: 0 };
const asked = (q: string, close: number, ranking = ON): string[] =>
  createSearchIndex(CLUB, { ranking })
    .search(q, { meaning: (s) => (s.text.startsWith('Today') ? close : 0.3) })
    .hits.map((h) => cite(h.sentence));

describe('an answer sharing one word with the question that gives the asked kind of answer', () => {
  it('comes first where the answers holding more words give no such answer', () => {
    // "The club's boats are kept …" holds every word of the question and no count; "Today the club
    // rows eleven gigs …" holds one word and the count, in other words.
    const q = 'How many boats does the club keep?';
    expect(asked(q, 0.6, OFF)).toEqual(['club ¶1.2']);
    expect(asked(q, 0.6)).toEqual(['club ¶2.1', 'club ¶1.2']);
  });

  it('stays out where it is not close to the question in meaning', () => {
    expect(asked('How many boats does the club keep?', 0.4)).toEqual(['club ¶1.2']);
  });

  it('moves nothing without the vectors', () => {
    const plain = (ranking: typeof ON): string[] =>
      createSearchIndex(CLUB, { ranking })
        .search('How many boats does the club keep?')
        .hits.map((h) => cite(h.sentence));
    expect(plain(ON)).toEqual(plain(OFF));
  });
});

/**
 * A question's common word a sentence holds through WordNet's words counts as a common word held
 * (`COMMON_HELD`, session 36, q73): a sentence holding nothing but common words of the question,
 * written or through WordNet, shares one with it, as far as the lone rule goes.
 */
const ROPE = record('rope', [
  ['Hollard & Penn is a rope maker based in the river town of Castlemere.', 'It was founded in 1890 by Ada Hollard, a sailmaker, and her cousin Tobias Penn.'],
  ['In 2019 the company moved its spinning machines into a former grain store.', 'The firm sells most of its rope to sailing schools and theatres.'],
]);
const rope = (q: string, commonHeld: number): string[] =>
  createSearchIndex(ROPE, { ranking: { ...RANKING, commonHeld } })
    .search(q, { meaning: () => 0.3 })
    .hits.map((h) => cite(h.sentence));

describe('a sentence holding only common words of the question, some through WordNet', () => {
  it('does not answer where the town and the base are written', () => {
    // "It" stands for the company, "founded" is WordNet's for "based": two common words.
    expect(rope('In which town is the company based?', 0)).toEqual(['rope ¶1.2']);
    expect(rope('In which town is the company based?', 1)).toEqual(['rope ¶1.1', 'rope ¶1.2', 'rope ¶2.1']);
  });

  it('still answers a question with a word that is not common', () => {
    expect(rope('Who founded the rope maker?', 1)).toEqual(rope('Who founded the rope maker?', 0));
  });
});
