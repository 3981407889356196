import { describe, expect, it } from 'vitest';
import { agreementRows as rows } from './agreement-rows.js';

/**
 * Session 10 (a15): kinds of miss of the own set a15 (agreement-own-a15.fixture.ts), fixed by
 * general readings and checked on natural variants, in sentences of our own writing. Rows: key,
 * parties, status, the sentence a later mention refers to.
 */
describe('an agreement noun the tagger reads as an adjective, heading its phrase', () => {
  it('"signed a compact", "The compact gives", "Under the compact,", "approved the compact", "X\'s old compact with Y"', () => {
    expect(
      rows(
        [
          'Kelvar and Dosk signed a compact in Geneva on Monday.',
          "The compact gives Kelvar two thirds of the lake's water.",
          'Under the compact, a joint panel will set fishing quotas.',
          "Dosk's parliament approved the compact on Friday.",
          '',
          "Kelvar's old compact with Marrow, signed in 1971, still runs.",
        ].join('\n'),
      ),
    ).toEqual([
      ['1.1', 'Kelvar | Dosk', 'signed', null],
      // ("gives Kelvar …": what a signed compact provides keeps it signed. (a91: the labels of sets 51 on keep a signed deal's terms signed even when they act on a side; a54's actsOnSide, from sets 40–47's labels, is gone.))
      ['1.2', 'Kelvar | Dosk', 'signed', '1.1'],
      ['1.3', 'Kelvar | Dosk', 'signed', '1.1'],
      ['1.4', 'Kelvar | Dosk', 'approved', '1.1'],
      ['2.1', 'Kelvar | Marrow', 'in force', null],
    ]);
  });

  it('the adjective before a noun or as a predicate stays an adjective: no agreement', () => {
    expect(rows(['Her answer was compact and clear.', 'The players kept a compact shape in the second half.'].join('\n'))).toEqual([]);
  });
});

describe('what a contract is for, or where, between it and whom it is given to', () => {
  it('"awarded a contract for street lighting across the district to the engineering firm X"', () => {
    expect(rows('Fenmoor District Council has awarded a five-year contract for street lighting across the district to the engineering firm Lumic.')).toEqual([
      ['1.1', 'Fenmoor District Council | Lumic', 'reached', null],
    ]);
  });

  it('"gave its laundry contract for the three wards to X", "handed the contract at its ground to a local firm, X"', () => {
    expect(rows('Ashgrove Hospital gave its laundry contract for the three wards to Ashby Linen.')).toEqual([['1.1', 'Ashgrove Hospital | Ashby Linen', 'reached', null]]);
    expect(rows('Corran United handed the catering contract at its ground to a local firm, Pell Kitchens.')).toEqual([['1.1', 'Corran United | Pell Kitchens', 'reached', null]]);
  });

  it('"to" and a verb after the phrases is no receiver', () => {
    expect(rows('Tarvik City awarded a contract for the new bridge to build it by 2027.')).toEqual([['1.1', 'Tarvik City', 'reached', null]]);
  });
});

describe('a headline verb the tagger reads as a noun', () => {
  const head = (headline: string): (string | null)[][] => rows('Officials gave no further details on Monday.', headline).filter((r) => r[0] === '0.1');

  it('"X and Y sign a compact", "X, Y and Z sign River compact" (the compound name is read as a party too)', () => {
    expect(head('Kelvar and Dosk sign a compact')).toEqual([['0.1', 'Kelvar | Dosk', 'signed', null]]);
    expect(head('Kelvar, Dosk and Marrow sign Lenna River compact')).toEqual([['0.1', 'Kelvar | Dosk | Marrow | Lenna River', 'signed', null]]);
  });

  it('"Hospital trust hands cleaning contract to X", "Council signs new lease with X"', () => {
    expect(head('Hospital trust hands cleaning contract to Ashby Linen')).toEqual([['0.1', 'Hospital trust | Ashby Linen', 'reached', null]]);
    expect(head('Council signs new lease with Corran Rovers')).toEqual([['0.1', 'Council | Corran Rovers', 'signed', null]]);
  });

  it('a noun compound, a petition or a third party voiding a deal is no headline deal of its own', () => {
    expect(head('Contract award ceremony held in Tarvik')).toEqual([]);
    expect(head('Court voids Pell Foods merger')).toEqual([]);
    expect(head('Corran Rovers fans sign petition against stadium move')).toEqual([]);
  });
});

describe('a share of a group after "with", and an emphatic reflexive after the subject', () => {
  it('"reached a deal with most of its creditors", "with some of its landlords"; "with all of its unions" as before', () => {
    expect(rows('The cinema chain Luminar has reached a deal with most of its creditors to cut its debts by half.')).toEqual([['1.1', 'Luminar | most of its creditors', 'reached', null]]);
    expect(rows('Harlow Bakeries signed an agreement with some of its landlords on Friday.')).toEqual([['1.1', 'Harlow Bakeries | some of its landlords', 'signed', null]]);
    expect(rows('Tovar Steel signed an agreement with all of its unions on Friday.')).toEqual([['1.1', 'Tovar Steel | all of its unions', 'signed', null]]);
  });

  it('"The company itself paid a fine to settle charges brought by X": the company named before', () => {
    expect(rows(['Carrow Line, a shipping firm, was fined last year.', 'The company itself paid a fine to settle charges brought by the Maritime Authority.'].join('\n'))).toEqual([
      ['1.2', 'Carrow Line | Maritime Authority', 'reached', null],
    ]);
  });
});

describe('a bare plural of people or bodies after "with" is a party', () => {
  it('"struck a deal with prosecutors", "signed a deal with sponsors", after a long apposition too', () => {
    expect(rows('Neil Brask struck a deal with prosecutors.')).toEqual([['1.1', 'Neil Brask | prosecutors', 'reached', null]]);
    expect(rows('Corran United signed a deal with sponsors.')).toEqual([['1.1', 'Corran United | sponsors', 'signed', null]]);
    expect(rows('A former finance director of the shipping firm Carrow Line, Neil Brask, struck a deal with prosecutors.')).toEqual([['1.1', 'Neil Brask | prosecutors', 'reached', null]]);
  });

  it('a plural of things is none: "a settlement with shares", "a lease with years of delay"', () => {
    expect(rows('Tovar Steel reached a settlement with shares.')).toEqual([['1.1', 'Tovar Steel', 'reached', null]]);
    expect(rows('Tovar Steel signed a lease with years of delay.')).toEqual([['1.1', 'Tovar Steel', 'signed', null]]);
  });
});

describe('a description, then one name between commas, as the subject; the partner of the deal a commitment is made in', () => {
  it('"The former finance director, Neil Brask, has agreed …", also with a long description', () => {
    expect(rows('The former finance director, Neil Brask, has agreed to plead guilty.')).toEqual([['1.1', 'Neil Brask', 'reached', null]]);
    expect(rows('A former finance director of the shipping firm Carrow Line, Neil Brask, has agreed to plead guilty.')).toEqual([['1.1', 'Neil Brask', 'reached', null]]);
  });

  it('"agreed to plead guilty to fraud in a deal with prosecutors", "agreed to cut its prices under a new agreement with the regulator, X"', () => {
    expect(rows('A former finance director of the shipping firm Carrow Line, Neil Brask, has agreed to plead guilty to fraud in a deal with prosecutors that will see him testify.')).toEqual([
      ['1.1', 'Neil Brask | prosecutors', 'reached', null],
    ]);
    expect(rows('Tarn Water agreed to cut its prices under a new agreement with the regulator, Ofwat.')).toEqual([['1.1', 'Tarn Water | Ofwat', 'reached', null]]);
  });

  it('a friendly or a statement "with" someone is no deal partner', () => {
    expect(rows('Corran United agreed to play in a friendly with Tarvik City.')).toEqual([['1.1', 'Corran United', 'reached', null]]);
  });
});
