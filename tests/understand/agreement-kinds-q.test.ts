import { describe, expect, it } from 'vitest';
import { extractAgreements } from '../../src/understand/agreements.js';
import { extractStatements } from '../../src/understand/statements.js';
import { docOf } from './statements-fixture.js';

/**
 * Session 10, round 2 (a16): kinds of miss named by the lead's unseen set 8, fixed by general
 * readings and checked on natural variants, in sentences of our own writing. Rows: key, parties,
 * status, the sentence a later mention refers to.
 */
function rows(body: string, headline: string | null = null): (string | null)[][] {
  const doc = docOf(body, headline);
  const out: (string | null)[][] = [];
  for (const [k, list] of extractAgreements(doc, extractStatements(doc)))
    for (const a of list) out.push([k, a.parties.join(' | '), a.status, a.refersTo ? `${a.refersTo.paragraph}.${a.refersTo.sentence}` : null]);
  return out;
}

describe('a passive acquisition stated as a later fact', () => {
  it('"was itself bought by", "was sold to"', () => {
    expect(
      rows(
        [
          'Dentwell runs 40 dental surgeries in the north.',
          'Dentwell was itself bought by the investment firm Carrick Partners in 2018.',
          '',
          'Its dairy unit was sold to Vale Milk.',
          'Ostra Foods was sold to the Marsh group in 2021.',
        ].join('\n'),
      ),
    ).toEqual([
      ['1.2', 'Dentwell | Carrick Partners', 'reached', null],
      ['2.1', 'Its dairy unit | Vale Milk', 'reached', null],
      ['2.2', 'Ostra Foods | Marsh group', 'reached', null],
    ]);
  });

  it('"were themselves taken over by"; "was sold" with no buyer is none', () => {
    expect(rows('Harl and Dunby were themselves taken over by Orvo in 2015.')).toEqual([['1.1', 'Harl | Dunby | Orvo', 'reached', null]]);
    expect(rows('The old mill was sold at auction in 2019.')).toEqual([]);
  });
});

describe('a deal called off', () => {
  it('"A planned merger of X\'s flour arm with Y was called off" → collapsed; a deal made, called off → voided', () => {
    expect(
      rows(
        [
          "A planned merger of Hallam's flour arm with Dunbar Mills was called off in 2021.",
          'The proposed takeover of Corvo by Marsh was called off last week.',
          '',
          'The merger of Pell and Dunbar was called off.',
        ].join('\n'),
      ),
    ).toEqual([
      ['1.1', 'Hallam | Dunbar Mills', 'collapsed', null],
      ['1.2', 'Corvo | Marsh', 'collapsed', null],
      ['2.1', 'Pell | Dunbar', 'voided', null],
    ]);
  });

  it('a planned deal scrapped collapsed; talks called off are no deal', () => {
    expect(rows('A planned takeover of Corvo by Marsh was scrapped.')).toEqual([['1.1', 'Corvo | Marsh', 'collapsed', null]]);
    expect(rows('Talks between Corvo and Marsh were called off.')).toEqual([]);
  });

  it('a part the party owns stands for it: "a merger of Hallam’s dairy unit with X was agreed"', () => {
    expect(rows('A merger of Hallam’s dairy unit with Dunbar Mills was agreed in May.')).toEqual([['1.1', 'Hallam | Dunbar Mills', 'reached', null]]);
  });
});

describe('whom a deal gives to: "a contract to supply flour to X", "to provide X with"', () => {
  it('supply, provide, sell, deliver (WordNet kinds of giving) name the other side', () => {
    expect(
      rows(
        [
          'Last year Hallam signed a ten-year contract to supply flour to the bakery chain Crumbs.',
          'Corvo signed a deal to provide the airline Skyra with fuel.',
          'Pell won a contract to deliver bread to Dunmore Hospital.',
          'Ostra has agreed a deal to sell its bakeries to Crumbs.',
        ].join('\n'),
      ),
    ).toEqual([
      ['1.1', 'Hallam | Crumbs', 'signed', null],
      ['1.2', 'Corvo | Skyra', 'signed', null],
      ['1.3', 'Pell | Dunmore Hospital', 'reached', null],
      ['1.4', 'Ostra | Crumbs', 'reached', null],
    ]);
  });

  it('a verb that gives nothing names no other side', () => {
    expect(rows('Hallam signed a contract to build a bakery near Crumbs.')).toEqual([['1.1', 'Hallam', 'signed', null]]);
  });
});

describe('an offer to do something that makes no deal, refused', () => {
  it('"offered to redo the vote, an offer the campaigners rejected" is none; an offer to buy or pay is one', () => {
    expect(rows('The council offered to redo the vote, an offer the campaigners rejected.')).toEqual([]);
    expect(rows('The council offered to hold a second inquiry, an offer the families turned down.')).toEqual([]);
    expect(rows('Pell offered to buy the club, an offer the owners rejected.')).toEqual([['1.1', 'Pell | the owners', 'rejected', null]]);
    expect(rows('Skyline had earlier offered 4 per cent, an offer the union rejected.')).toEqual([['1.1', 'Skyline | the union', 'rejected', null]]);
  });
});
