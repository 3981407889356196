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
    const q = 'How many boats are kept by the club?';
    expect(asked(q, 0.6, OFF)).toEqual(['club ¶1.2']);
    expect(asked(q, 0.6)).toEqual(['club ¶2.1', 'club ¶1.2']);
  });

  it('stays out where it is not close to the question in meaning', () => {
    expect(asked('How many boats are kept by the club?', 0.4)).toEqual(['club ¶1.2']);
  });

  it('moves nothing without the vectors', () => {
    const plain = (ranking: typeof ON): string[] =>
      createSearchIndex(CLUB, { ranking })
        .search('How many boats are kept by the club?')
        .hits.map((h) => cite(h.sentence));
    expect(plain(ON)).toEqual(plain(OFF));
  });
});
