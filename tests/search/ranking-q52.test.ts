import { describe, expect, it } from 'vitest';
import { createSearchIndex } from '../../src/search/index.js';
import { countsTheNoun } from '../../src/search/shape.js';
import { cite, record } from './record.js';

/**
 * Session 27, q52: a "how many" question whose right sentence came second. Its answer-type bonus
 * goes to the candidates that count its noun, where one of them does, in figures or in words:
 * "Since 1985" or "a three-week closure" count something else.
 */
const HALL = record('hall', [
  [
    'The Tolverne Shuttle Club was started in 1921 in a church room beside the market.',
    'Since 1985 the club has played badminton at the Westgate sports hall, which it shares with a netball team.',
  ],
  ['The hall has six courts and stays open from September to May.'],
]);

describe('a count of the asked noun, in figures or in words', () => {
  it('countsTheNoun reads spelled numbers and a noun modifier between, not a year or a span', () => {
    expect(
      [
        ['The hall has six courts and stays open from September to May.', 'courts'],
        ['It promised to replant two young trees for every one removed.', 'trees'],
        ['It will look after 4,000 street trees across the borough.', 'trees'],
        ['Since 1985 the club has played badminton at the sports hall.', 'courts'],
        ['One of the courts is kept for juniors.', 'courts'],
        ['The club shares the hall with a netball team.', 'courts'],
      ].map(([t, c]) => countsTheNoun(t as string, c as string)),
    ).toEqual([true, true, true, false, false, false]);
  });

  it('"How many courts for badminton does the hall have?" answers with "six courts", not "Since 1985 … badminton … hall"', () => {
    const index = createSearchIndex(HALL);
    expect(index.search('How many courts for badminton does the hall have?').hits.map((h) => cite(h.sentence))).toEqual(['hall ¶2.1', 'hall ¶1.2']);
    // Without the answer type's bonus the sentence holding "badminton" and "hall" comes first.
    const without = createSearchIndex(HALL, { ranking: { typeBonus: 0 } });
    expect(without.search('How many courts for badminton does the hall have?').hits.map((h) => cite(h.sentence))).toEqual(['hall ¶1.2', 'hall ¶2.1']);
  });
});
