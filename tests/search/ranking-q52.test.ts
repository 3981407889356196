import { describe, expect, it } from 'vitest';
import { createSearchIndex } from '../../src/search/index.js';
import { countsTheNoun } from '../../src/search/shape.js';
import { cite, record } from './record.js';

/**
 * Session 27, q52: a "how many" question whose right sentence came second. Its answer-type bonus
 * goes to the candidates that count its noun, where one of them does, in figures or in words:
 * "Since 1978" or "a three-week closure" count something else.
 */
const RINK = record('rink', [
  [
    'The Holmvarra Curling Club was formed in 1839 on a frozen mill pond outside the town.',
    'Since 1978 the club has played indoors at the Tindrel Road ice rink, which it shares with a skating club.',
  ],
  ['The rink has four sheets and is open from October to March.'],
]);

describe('a count of the asked noun, in figures or in words', () => {
  it('countsTheNoun reads spelled numbers and a noun modifier between, not a year or a span', () => {
    expect(
      [
        ['The rink has four sheets and is open from October to March.', 'sheets'],
        ['It promised to replant two young trees for every one removed.', 'trees'],
        ['It will look after 4,000 street trees across the borough.', 'trees'],
        ['Since 1978 the club has played indoors at the ice rink.', 'sheets'],
        ['One of the sheets is kept for beginners.', 'sheets'],
        ['The club shares the rink with a skating club.', 'sheets'],
      ].map(([t, c]) => countsTheNoun(t as string, c as string)),
    ).toEqual([true, true, true, false, false, false]);
  });

  it('"How many sheets of ice does the rink have?" answers with "four sheets", not "Since 1978 … ice rink"', () => {
    const index = createSearchIndex(RINK);
    expect(index.search('How many sheets of ice does the rink have?').hits.map((h) => cite(h.sentence))).toEqual(['rink ¶2.1', 'rink ¶1.2']);
    // Without the answer type's bonus the sentence holding "ice" and "rink" comes first.
    const without = createSearchIndex(RINK, { ranking: { typeBonus: 0 } });
    expect(without.search('How many sheets of ice does the rink have?').hits.map((h) => cite(h.sentence))).toEqual(['rink ¶1.2', 'rink ¶2.1']);
  });
});
