import { describe, expect, it } from 'vitest';
import { agreementRows as rows } from './agreement-rows.js';

/**
 * Session 15 round 1 (a30): agreement recall kinds in sentences of our own writing (rows: key,
 * parties, status, the sentence a later mention refers to), with the close negatives beside them.
 */
describe('a deal as the adjunct of an act', () => {
  it('"… in a deal with X": the act done in a new deal is that deal made, the subject and the partner (named or described)', () => {
    expect(rows('Pell Farms will sell cheese in every Dunmore market in a deal with Dunmore Council.')).toEqual([['1.1', 'Pell Farms | Dunmore Council', 'reached', null]]);
    expect(rows('Pell Farms has won the right to graze the common in a deal with the parish trust.')).toEqual([['1.1', 'Pell Farms | the parish trust', 'reached', null]]);
    // No partner: none.
    expect(rows('The firm sold cheese in a deal worth £2m.')).toEqual([]);
  });

  it('"has secured the right … under an agreement with X" is the deal made; "will keep … under" acts under one in force', () => {
    expect(rows('Orme Rowing Club has secured the right to moor boats under an agreement with Weir Trust.')).toEqual([['1.1', 'Orme Rowing Club | Weir Trust', 'reached', null]]);
    expect(rows('Orme Rowing Club will keep mooring boats under an agreement with Weir Trust.')).toEqual([['1.1', 'Orme Rowing Club | Weir Trust', 'in force', null]]);
  });
});

describe('offers and invitations turned down', () => {
  it('"turned down an offer from a developer, X, to build …": the apposed name made the offer; the infinitive does not block it', () => {
    expect(rows('Ivy Hall turned down an offer from a developer, Norcott Homes, to build flats on the lawn.')).toEqual([['1.1', 'Ivy Hall | Norcott Homes', 'rejected', null]]);
    // An offer of help is no deal.
    expect(rows('Ivy Hall turned down an offer of help from a neighbour, Norcott Homes.')).toEqual([]);
  });

  it('"invited X to merge with it, an offer X refused": a verb of requesting (WordNet) that asks for an act, refused in apposition', () => {
    expect(rows('The Arden Choir invited the Bellway Singers to merge with it, an offer the singers refused.')).toEqual([['1.1', 'the Arden Choir | Bellway Singers', 'rejected', null]]);
    // An invitation to an event asks for no act: none.
    expect(rows('The Arden Choir invited the Bellway Singers to the concert, which the singers declined.')).toEqual([]);
  });
});

describe('votes against', () => {
  it('"voted against a merger with X": the voters refuse a new deal with a named partner', () => {
    expect(rows('Selby Athletic voted against a merger with Corran Rovers.')).toEqual([['1.1', 'Selby Athletic | Corran Rovers', 'rejected', null]]);
    expect(rows('Selby Athletic voted narrowly against a merger with Corran Rovers.')).toEqual([['1.1', 'Selby Athletic | Corran Rovers', 'rejected', null]]);
    // A vote against a deal others made, or against no deal: none.
    expect(rows('The opposition voted against the merger with Corran Rovers.')).toEqual([]);
    expect(rows('The club voted against a rise in fees.')).toEqual([]);
  });
});

describe('what became of an earlier deal', () => {
  it('"ended in a row" collapsed; "ended in 2021", "ended in the spring" (a time, WordNet noun.time) voided', () => {
    expect(rows('An earlier partnership between Tolley Council and Marsh Trust ended in a row over costs.')).toEqual([['1.1', 'Tolley Council | Marsh Trust', 'collapsed', null]]);
    expect(rows('An earlier partnership between Tolley Council and Marsh Trust ended in 2021.')).toEqual([['1.1', 'Tolley Council | Marsh Trust', 'voided', null]]);
    expect(rows('An earlier partnership between Tolley Council and Marsh Trust ended in the spring.')).toEqual([['1.1', 'Tolley Council | Marsh Trust', 'voided', null]]);
  });
});

describe('terms right after a lasting deal', () => {
  const lease = 'Orme Rowing Club has signed a lease on the boathouse with Weir Trust.';
  it('a description whose noun ends one party\'s name, and a perfect of promising ("has undertaken to")', () => {
    expect(rows(`${lease}\nThe club will paint the sheds every year.`)).toEqual([
      ['1.1', 'Orme Rowing Club | Weir Trust', 'signed', null],
      ['1.2', 'Orme Rowing Club | Weir Trust', 'signed', '1.1'],
    ]);
    expect(rows(`${lease}\nOrme has undertaken to paint the sheds.`)).toEqual([
      ['1.1', 'Orme Rowing Club | Weir Trust', 'signed', null],
      ['1.2', 'Orme Rowing Club | Weir Trust', 'signed', '1.1'],
    ]);
  });

  it('no term: a decision, a description of no party, a buyer\'s plan after a sale', () => {
    expect(rows(`${lease}\nOrme has decided to paint the sheds.`)).toEqual([['1.1', 'Orme Rowing Club | Weir Trust', 'signed', null]]);
    expect(rows(`${lease}\nThe firm will paint the sheds.`)).toEqual([['1.1', 'Orme Rowing Club | Weir Trust', 'signed', null]]);
    expect(rows('Orme Rowing Club has bought the boathouse from Weir Trust.\nThe club will paint the sheds.')).toEqual([['1.1', 'Orme Rowing Club | Weir Trust', 'reached', null]]);
    // "the club announced" is who told of the deal, no party (a33); the renaming after a
    // sponsorship is no term.
    expect(rows('The rowing club Orme Rowers has signed a three-year sponsorship deal with the brewer Fenn Ales, the club announced on Monday.\nThe club will race as Fenn Orme from May.')).toEqual([
      ['1.1', 'Orme Rowers | Fenn Ales', 'signed', null],
    ]);
  });
});
