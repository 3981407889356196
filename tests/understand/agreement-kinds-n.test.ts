import { describe, expect, it } from 'vitest';
import { agreementRows as rows } from './agreement-rows.js';

/**
 * Session 9, round 2 (a13): kinds of miss reported from an unseen set, in sentences of our own
 * writing. Rows: key, parties, status, the sentence a later mention refers to.
 */
describe('a settlement "between A and B" approved by a judge: A and B, not the judge', () => {
  it('a counted group with no determiner is the second side; a rejected earlier version is the settlement rejected', () => {
    expect(
      rows(
        [
          'A district judge approved a $7m settlement between the insurer Palmont Mutual and about 2,500 policyholders who said their claims were delayed.',
          'Judge Ria Solberg rejected an earlier version of the settlement in 2022.',
        ].join('\n'),
      ),
    ).toEqual([
      ['1.1', 'Palmont Mutual | about 2,500 policyholders', 'approved', null],
      ['1.2', 'Palmont Mutual | about 2,500 policyholders', 'rejected', '1.1'],
    ]);
  });
});

describe('a parent that said in a filing it had agreed to sell; a closing still expected is a later mention', () => {
  it('"Its parent, X, said in a filing that it had agreed to sell the unit to Y": X | Y; "That sale is expected to close" mentions it again', () => {
    expect(
      rows(
        [
          'Its parent, Morrow Holdings, said in a filing that it had agreed to sell the unit to the Danish group Kestrel for $40m.',
          'That sale is expected to close in September.',
        ].join('\n'),
      ),
    ).toEqual([
      ['1.1', 'Morrow Holdings | Kestrel', 'reached', null],
      // The sale's completion forecast is a later mention of it (session 19, a48: the brief and sets 35-37 label it so).
      ['1.2', 'Morrow Holdings | Kestrel', 'reached', '1.1'],
    ]);
    // No deal before it: none.
    expect(rows('The merger is expected to be completed by the end of the year.')).toEqual([]);
  });
});

describe('the other side after "with": a role noun and the name set off after it, past what the deal is on', () => {
  it('"agreed a new lease on its main shop with the landlord, Orme Estates": both sides', () => {
    expect(rows('Pellam Books has agreed a new lease on its main shop with the landlord, Brackley Estates.')).toEqual([['1.1', 'Pellam Books | Brackley Estates', 'reached', null]]);
    expect(rows('Pellam Books has signed a new lease with the landlord, Brackley Estates.')).toEqual([['1.1', 'Pellam Books | Brackley Estates', 'signed', null]]);
    // A plural role is no single name set off after it.
    expect(rows('Pellam Books has signed a new lease with the owners, Brackley Estates.')).toEqual([['1.1', 'Pellam Books', 'signed', null]]);
  });

  it('"It has also signed": the organisation the sentence before opens with, as described there', () => {
    expect(
      rows(
        [
          'The town council signed a lease with the dance company Lindqvist Works in March.',
          'The company has asked for a grant to mend the roof.',
          'It has also signed a sponsorship deal with the local bakery, Crumb & Co, which will give its name to the café.',
        ].join('\n'),
      ).slice(-1),
    ).toEqual([['1.3', 'Lindqvist Works | Crumb & Co', 'signed', null]]);
  });
});

describe('a deal "giving Y" something: Y is the other side', () => {
  it('a participle after the deal noun, its first object a name', () => {
    expect(rows('Marsh Pictures has signed a licensing deal giving the streaming service Flixa+ exclusive rights to its old films.')).toEqual([['1.1', 'Marsh Pictures | Flixa+', 'signed', null]]);
    expect(rows('Marsh Pictures has signed a licensing deal allowing Orbit TV to show its old films.')).toEqual([['1.1', 'Marsh Pictures | Orbit TV', 'signed', null]]);
  });
});

describe('the possessor of a role set off before the one party named is the other side', () => {
  it('"Rovers\' own sponsor, the bookmaker BetLine, pulled out of its contract": BetLine | Rovers, voided', () => {
    expect(rows("Wexley Albion's shirt sponsor, the airline SkyLark, pulled out of its contract in May.")).toEqual([['1.1', 'SkyLark | Wexley Albion', 'voided', null]]);
    // The other side named: the possessor is not added.
    expect(rows("Wexley Albion's chairman, Tom Hale, signed a deal with the bank Kessel in March.")).toEqual([['1.1', 'Tom Hale | Kessel', 'signed', null]]);
  });
});

describe('who gave a contract won: the body that announced it, or "awarded by"', () => {
  it('"X has won a contract …, Y announced": X | Y, and "Under the contract" takes both', () => {
    expect(
      rows(
        [
          'Fenwick Coaches has won a seven-year contract to run the school routes, Lorne County Council announced on Friday.',
          'Under the contract, the firm will buy ten new coaches.',
        ].join('\n'),
      ),
    ).toEqual([
      ['1.1', 'Fenwick Coaches | Lorne County Council', 'reached', null],
      ['1.2', 'Fenwick Coaches | Lorne County Council', 'reached', '1.1'],
    ]);
    expect(rows('Fenwick Coaches has won a seven-year contract awarded by Lorne County Council to run the school routes.')).toEqual([['1.1', 'Fenwick Coaches | Lorne County Council', 'reached', null]]);
  });
});

describe('a deal ended in a relative clause, and "the two companies settled"', () => {
  it('"licensed to the channel X under a contract, which Y ended": Y | X; "the two companies settled in June": reached', () => {
    expect(
      rows(
        [
          'The songs had earlier been licensed to the radio network Wavecast under a 2015 contract, which Tallis Records ended last year.',
          'Wavecast sued, and the two companies settled in June.',
        ].join('\n'),
      ),
    ).toEqual([
      ['1.1', 'Tallis Records | Wavecast', 'voided', null],
      ['1.2', 'Tallis Records | Wavecast', 'reached', null],
    ]);
  });

  it('an intransitive "settled" elsewhere is no settlement', () => {
    expect(rows('The two families settled in Leeds in 1990.')).toEqual([]);
    expect(rows('The dust settled on Tuesday.')).toEqual([]);
  });
});

describe('"after agreeing X with Y": the main clause\'s subject and Y', () => {
  it('a hyphenated deal noun unknown to WordNet, and a known one', () => {
    expect(rows('Kelby United moved to the new ground in 2018 after agreeing a five-year ground-share with Pellow Town.')).toEqual([['1.1', 'Kelby United | Pellow Town', 'reached', null]]);
    expect(rows('Kelby United moved to the new ground in 2018 after agreeing a five-year deal with Pellow Town.')).toEqual([['1.1', 'Kelby United | Pellow Town', 'reached', null]]);
    // No partner: nothing agreed between two.
    expect(rows('Kelby United moved to the new ground in 2018 after agreeing to pay the rent.')).toEqual([]);
  });
});

describe('a description with an accented word the tagger reads as a name: "the café chain X"', () => {
  it('"A 2020 joint venture between X and the café chain Y was dissolved": voided, X | Y', () => {
    expect(rows('A 2019 joint venture between Orrin and the café chain Beanery was dissolved in March.')).toEqual([['1.1', 'Orrin | Beanery', 'voided', null]]);
  });
});

describe('a takeover abandoned by its maker collapsed; a pact ended is voided', () => {
  it('"has abandoned its €2bn takeover of X": collapsed; "scrapped the treaty": voided', () => {
    expect(rows('Brennan Foods has abandoned its €2bn takeover of Pettifer.')).toEqual([['1.1', 'Brennan Foods | Pettifer', 'collapsed', null]]);
    expect(rows('Ostria and Varden scrapped their 1998 fishing treaty on Monday.')).toEqual([['1.1', 'Ostria | Varden', 'voided', null]]);
    // "call off" is cancelling in WordNet, not giving up: voided.
    expect(rows('Brennan Foods and Pettifer have called off their planned merger.')).toEqual([['1.1', 'Brennan Foods | Pettifer', 'voided', null]]);
  });
});

describe('"approved the award" after a contract won: the contract, approved', () => {
  it('the act of awarding stands for the contract just reported', () => {
    expect(
      rows(
        [
          'Fenwick Coaches has won a seven-year contract to run the school routes, Lorne County Council announced on Friday.',
          "The council's cabinet approved the award last week.",
        ].join('\n'),
      ),
    ).toEqual([
      ['1.1', 'Fenwick Coaches | Lorne County Council', 'reached', null],
      ['1.2', 'Fenwick Coaches | Lorne County Council', 'approved', '1.1'],
    ]);
    // With no deal before, an award is a prize.
    expect(rows("The council's cabinet approved the award last week.")).toEqual([]);
  });
});

describe('variants of the kinds above, written afterwards as a fresh check', () => {
  it('a draft the tagger reads as a verb; a possessive description before the reporter; "after signing a lease with"', () => {
    expect(
      rows(
        [
          'A federal judge approved a $30 million settlement between the payments firm Clearway and roughly 12,000 merchants.',
          'Judge Harriet Osei had rejected an earlier draft of the settlement in March.',
        ].join('\n'),
      ),
    ).toEqual([
      ['1.1', 'Clearway | roughly 12,000 merchants', 'approved', null],
      ['1.2', 'Clearway | roughly 12,000 merchants', 'rejected', '1.1'],
    ]);
    expect(rows("The brewer's owner, Galloway Holdings, said in a statement that it had agreed to sell the brand to the Belgian group Stavelot for €45m.")).toEqual([
      ['1.1', 'Galloway Holdings | Stavelot', 'reached', null],
    ]);
    expect(rows('Harlow Athletic returned to the town in 2017 after signing a 20-year lease with Harlow District Council.')).toEqual([
      ['1.1', 'Harlow Athletic | Harlow District Council', 'signed', null],
    ]);
  });
});
