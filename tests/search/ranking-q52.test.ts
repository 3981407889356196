import { describe, expect, it } from 'vitest';
import { createSearchIndex } from '../../src/search/index.js';
import { countsTheNoun, writesAYear } from '../../src/search/shape.js';
import { cite, record } from './record.js';

/**
 * Session 27, q52: two ranker features for a question whose right sentence came second.
 * (1) A "how many" question's answer-type bonus goes to the candidates that count its noun, where
 * one of them does, in figures or in words: "Since 1978" or "a ten-week course" count something else.
 * (2) A question asking which year is held by a year the sentence writes as a date, which scores
 * for the asked noun but holds no word of the question's topic ("each year" writes the noun and
 * names no year).
 */
const RINK = record('rink', [
  [
    'The Holmvarra Curling Club was formed in 1839 on a frozen mill pond outside the town.',
    'Since 1978 the club has played indoors at the Tindrel Road ice rink, which it shares with a skating club.',
  ],
  ['The rink has four sheets and is open from October to March.'],
]);

const FORGE = record('forge', [
  ['The Quillbrook Forge is a working smithy in the village of Ostermere.', 'It opened in 1987 in a converted barn on the Corvaston road.'],
  ['The forge is open to visitors on Saturday mornings, when the smiths shoe ponies in the yard.', 'Its shop sells hand-made hooks, hinges and fire irons.'],
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

describe('a year written as a date holds a question asking which year', () => {
  it('writesAYear: a four-figure number in a date or a span, not a count nor the noun alone', () => {
    expect(
      [
        'It was founded in 1987 by a retired blacksmith.',
        'Since 1978 the club has played indoors.',
        'The order books cover every toy shipped between 1912 and 1939.',
        'About 2000 people came to the opening.',
        'Today it trains around 90 students a year.',
      ].map(writesAYear),
    ).toEqual([true, true, true, false, false]);
  });

  it('"In which year did the forge open?" answers with "It opened in 1987", not "open … on Saturday mornings"', () => {
    const index = createSearchIndex(FORGE);
    expect(index.search('In which year did the forge open?').hits.map((h) => cite(h.sentence))).toEqual(['forge ¶1.2', 'forge ¶2.1', 'forge ¶2.2']);
    // Without a kind of the asked noun held, the sentence writing "forge" as typed comes first.
    const without = createSearchIndex(FORGE, { ranking: { kindHeld: 0 } });
    expect(without.search('In which year did the forge open?').hits.map((h) => cite(h.sentence))).toEqual(['forge ¶2.1', 'forge ¶1.2', 'forge ¶2.2']);
  });
});
