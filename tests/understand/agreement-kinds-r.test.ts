import { describe, expect, it } from 'vitest';
import { agreementRows as rows } from './agreement-rows.js';

/**
 * Session 11 (a17): the party reading made general — whom a thing agreed to be given goes to,
 * names in apposition after a description, a name and the place it stands in, descriptions
 * resolved by the document's cast. Sentences of our own writing; rows: key, parties, status, the
 * sentence a later mention refers to.
 */
describe('whom the thing agreed to be given goes to', () => {
  it('"agreed to lend X to Y", "agreed to lease X on Z to Y": a verb of giving or letting after "agreed to"', () => {
    expect(rows('The Pellow Museum has agreed to lend two of its tapestries to the Carden Trust for a summer show.')).toEqual([
      ['1.1', 'the Pellow Museum | Carden Trust', 'reached', null],
    ]);
    expect(rows('Marrow Parish Council has agreed to lease the old library on Mill Street to the Weir Theatre Company for ten years.')).toEqual([
      ['1.1', 'Marrow Parish Council | Weir Theatre Company', 'reached', null],
    ]);
  });

  it('a later "Under the lease" takes both sides; agreeing to give nobody named is one side only', () => {
    expect(
      rows(
        [
          'Marrow Parish Council has agreed to lease the old library on Mill Street to the Weir Theatre Company.',
          'Under the lease, the company must repair the roof.',
        ].join('\n'),
      ),
    ).toEqual([
      ['1.1', 'Marrow Parish Council | Weir Theatre Company', 'reached', null],
      ['1.2', 'Marrow Parish Council | Weir Theatre Company', 'in force', '1.1'],
    ]);
    expect(rows('The Pellow Museum has agreed to lend more of its tapestries to other galleries.')).toEqual([['1.1', 'the Pellow Museum', 'reached', null]]);
  });

  it('"agreed to buy heat from the plant\'s owner, X,": a name in apposition after a description', () => {
    expect(rows("Dunley Heat agreed to buy steam from the mill's owner, Carrow Paper, under a ten-year deal.")).toEqual([
      ['1.1', 'Dunley Heat | Carrow Paper', 'reached', null],
    ]);
  });
});

describe('a name and the place it stands in', () => {
  it('"The Ostrey Gallery in Vellport has agreed …" → Ostrey Gallery; "Bank of X" keeps its "of"', () => {
    expect(rows('The Ostrey Gallery in Vellport has agreed to lend a sculpture to the Palmer Institute in Corby.')).toEqual([
      ['1.1', 'Ostrey Gallery | Palmer Institute', 'reached', null],
    ]);
    expect(rows('The Bank of Ostria has agreed to lend gold to the Tellan Mint.')).toEqual([['1.1', 'the Bank of Ostria | Tellan Mint', 'reached', null]]);
  });
});

describe('a description WordNet files as a person stands for a body of the paragraph', () => {
  it('"the carrier’s deal", "the shipowner": the body the paragraph names', () => {
    expect(rows(['Tarrant Freight lost its haulage licence last year.', 'The carrier’s sponsorship deal with Halvern Bank was ended by the bank in May.'].join('\n'))).toEqual([
      ['1.2', 'Tarrant Freight | Halvern Bank', 'voided', null],
    ]);
    expect(rows(['Pell Shipping accused the Orwell Insurance group of delaying claims.', 'The insurer reached a settlement with the shipowner in May.'].join('\n'))).toEqual([
      ['1.2', 'Pell Shipping | Orwell Insurance', 'reached', null],
    ]);
  });

  it('an adjective may modify it ("the regional lender"); a noun modifier may not', () => {
    expect(rows(['Carrow Athletic needed money for a new stand, and Brannock Savings offered it.', 'The club signed a loan agreement with the regional lender on Friday.'].join('\n'))).toEqual([
      ['1.2', 'Brannock Savings | Carrow Athletic', 'signed', null],
    ]);
  });

  it('across a paragraph only when WordNet also files the noun as a group ("carrier": a common carrier)', () => {
    const story = (noun: string): string => ['Tarrant Freight lost its haulage licence last year.', '', `The ${noun} signed a lease for six lorries with Orwell Leasing in May.`].join('\n');
    expect(rows(story('carrier'))).toEqual([['2.1', 'Tarrant Freight | Orwell Leasing', 'signed', null]]);
    expect(rows(story('singer'))).toEqual([['2.1', 'the singer | Orwell Leasing', 'signed', null]]);
  });

  it('not across a paragraph, and not when the paragraph names a person (by a title or a role)', () => {
    expect(rows(['Corvo Mobile settled its dispute with the drivers.', '', 'The singer signed a recording contract with Lorne Records in 2010.'].join('\n'))).toEqual([
      ['1.1', 'Corvo Mobile | the drivers', 'reached', null],
      ['2.1', 'the singer | Lorne Records', 'signed', null],
    ]);
    expect(rows(['Ms Ada Marr left the Vell Quartet in May.', 'The singer signed a recording contract with Lorne Records.'].join('\n'))).toEqual([['1.2', 'the singer | Lorne Records', 'signed', null]]);
    expect(rows(['The cellist Ada Marr left the Vell Quartet in May.', 'The singer signed a recording contract with Lorne Records.'].join('\n'))).toEqual([['1.2', 'the singer | Lorne Records', 'signed', null]]);
    expect(rows(['Pell Shipping accused the Orwell Insurance group of delaying claims, said its lawyer, Dane Kirby.', 'The insurer reached a settlement with the shipowner in May.'].join('\n'))).toEqual([
      ['1.2', 'Pell Shipping | the shipowner', 'reached', null],
    ]);
  });
});

describe('an apposition with a number in it says what the name is', () => {
  it('", the 90-year-old grocery chain," → "The chain\'s lease" is that name\'s', () => {
    expect(
      rows(['Pemberton & Hale, the 90-year-old grocery chain, has agreed to be bought by Oster Capital.', 'The chain’s lease on its Leeds shop, signed with the landlord Fenn Estates in 2001, expires next year.'].join('\n')),
    ).toEqual([
      ['1.1', 'Pemberton & Hale | Oster Capital', 'reached', null],
      ['1.2', 'Pemberton & Hale | Fenn Estates', 'in force', null],
    ]);
  });
});

describe('who votes on a deal named with one side', () => {
  it('"was rejected by X’s shareholders", "approved by X\'s board": X is the other side; a person or an outside body is not', () => {
    expect(rows('A proposed merger with Calder Foods was rejected by Pinecrest Dairy’s shareholders on Monday.')).toEqual([['1.1', 'Pinecrest Dairy | Calder Foods', 'rejected', null]]);
    expect(rows("A merger with Calder Foods was approved by Pinecrest Dairy's board on Monday.")).toEqual([['1.1', 'Pinecrest Dairy | Calder Foods', 'approved', null]]);
    expect(rows("A merger with Calder Foods was approved by Pinecrest Dairy's chairman on Monday.")).toEqual([['1.1', 'Calder Foods', 'approved', null]]);
    expect(rows('A merger with Calder Foods was approved by the regulator on Monday.')).toEqual([['1.1', 'Calder Foods', 'approved', null]]);
  });
});

describe('a counted collective goes to the agreement whose parties were introduced as such', () => {
  const story = (collective: string): string =>
    [
      'Two struggling rowing clubs, Calder Oars and Ferris Boat Club, will merge next spring.',
      "Ferris's head coach, Ana Roe, has signed a two-year contract with Halden Rowing.",
      `The Rowers' Guild reached a settlement with ${collective} on Friday.`,
    ].join('\n');
  it('"both clubs" after "two … clubs, X and Y" → X and Y, past a nearer deal; "both sides" still the nearest', () => {
    expect(rows(story('both clubs'))[2]).toEqual(['1.3', "the Rowers' Guild | Calder Oars | Ferris Boat Club", 'reached', null]);
    expect(rows(story('both sides'))[2]).toEqual(['1.3', "the Rowers' Guild | Ana Roe | Halden Rowing", 'reached', null]);
  });
});

describe('the announcer of a contract won, a name with "for" in it', () => {
  it('", the Office for Rail Services announced" is the side that gave the contract', () => {
    expect(rows('Tarnside Trains has won the contract to run the valley line for seven years, the Office for Rail Services announced on Monday.')).toEqual([
      ['1.1', 'Tarnside Trains | the Office for Rail Services', 'reached', null],
    ]);
  });
});
