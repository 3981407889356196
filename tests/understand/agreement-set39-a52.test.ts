import { beforeAll, describe, expect, it } from 'vitest';
import { agreementRows as rows } from './agreement-rows.js';

/**
 * Session 21 (a52): the recall and parties blind set 39 missed, in sentences of our own writing —
 * a deal someone failed to leave, a courtesy title for the full name, "the chain" after "the X
 * chain", agreements with "other" franchisees, a deal "for X to stock … Y shops" that fell apart and
 * its collapse, "agreed to stock … from X", "whether the new deal was …", a place bought and its
 * seller, "exchanged contracts", "under the five-year licence" — with the close negatives beside them.
 */
// (The tagger and WordNet load once, on a shared machine slowly.)
beforeAll(() => void rows('Halbrook Foods signed a deal with Tessel Dairies.'), 120_000);

describe('a deal someone tries to leave, and the names of its sides', () => {
  it('"has lost her bid to leave a franchise agreement with the Crumbly chain": held, in force; "Mrs Hale signed the agreement" is the full name and the same deal', () => {
    expect(rows('Dora Hale, who runs a bakery in Ames, has lost her bid to leave a ten-year franchise agreement with the Crumbly chain.\nMrs Hale signed the agreement in 2020.')).toEqual([
      ['1.1', 'Dora Hale | Crumbly chain', 'in force', null],
      ['1.2', 'Dora Hale | Crumbly chain', 'signed', '1.1'],
    ]);
  });

  it('"is trying to escape a lease with X" holds too; "wants to leave" a deal states none', () => {
    expect(rows('Nell Orr is trying to escape a lease with Tolley Estates.')).toEqual([['1.1', 'Nell Orr | Tolley Estates', 'in force', null]]);
    expect(rows('Dora Hale wants to leave a franchise agreement with the Crumbly chain.')).toEqual([]);
  });

  it('"the chain" is the name introduced as "the Crumbly chain" (a business, WordNet\'s fourth sense)', () => {
    expect(rows('Crumbly runs 80 bakeries under the Crumbly chain name.\nThe chain has since signed a new servicing contract with Tolley Ovens.')).toEqual([['1.2', 'Crumbly | Tolley Ovens', 'signed', null]]);
  });

  it('"its agreements with three other franchisees": the counted plural with "other" is a side as written', () => {
    expect(rows('Crumbly terminated its agreements with three other franchisees last year.')).toEqual([['1.1', 'Crumbly | three other franchisees', 'voided', null]]);
  });
});

describe('a deal that fell apart, and the deal after it', () => {
  it('"A deal for X to stock its pasties in all 200 Y shops has fallen apart": X and Y; "The collapse leaves X …" mentions it', () => {
    expect(rows('A deal for Pellow Pies to stock its pasties in all 200 Marl Stores shops has fallen apart.\nThe collapse leaves Pellow with 30,000 pasties.')).toEqual([
      ['1.1', 'Pellow Pies | Marl Stores', 'collapsed', null],
      ['1.2', 'Pellow Pies | Marl Stores', 'collapsed', '1.1'],
    ]);
  });

  it('"The founder leaves X …" (a person, WordNet) mentions no collapse', () => {
    expect(rows('Pellow Pies and Marl Stores signed a supply deal in May.\nThe founder leaves Pellow with a large debt.')).toEqual([['1.1', 'Pellow Pies | Marl Stores', 'signed', null]]);
  });

  it('"has agreed to stock pasties from X": a deal with whom the goods come from', () => {
    expect(rows('Marl Stores has since agreed to stock pasties from Tanner Bakes, a larger rival.')).toEqual([['1.1', 'Marl Stores | Tanner Bakes', 'reached', null]]);
  });

  it('"declined to say whether the new deal was exclusive" mentions the deal; "whether the deal would go ahead" does not', () => {
    expect(rows('Marl Stores has agreed a deal with Tanner Bakes.\nAda Roe declined to say whether the new deal was exclusive.')).toEqual([
      ['1.1', 'Marl Stores | Tanner Bakes', 'reached', null],
      ['1.2', 'Marl Stores | Tanner Bakes', 'reached', '1.1'],
    ]);
    expect(rows('Marl Stores has agreed a deal with Tanner Bakes.\nAda Roe would not say whether the deal would go ahead.')).toEqual([['1.1', 'Marl Stores | Tanner Bakes', 'reached', null]]);
  });
});

describe('a place bought, and its seller', () => {
  it('"X Holiday Park has been bought by Y": the park is no side; the family that "exchanged contracts with" Y is the seller', () => {
    expect(rows('Gull Rock Holiday Park has been bought by Brackwater Leisure in a deal worth £5m.\nThe Penhale family exchanged contracts with Brackwater on Friday.')).toEqual([
      ['1.1', 'the Penhale family | Brackwater Leisure', 'reached', null],
      ['1.2', 'the Penhale family | Brackwater Leisure', 'signed', null],
    ]);
  });

  it('a firm whose name ends in a plural ("Brackley Homes") is no place; insults exchanged are no contracts', () => {
    expect(rows('Harbury Rugby Club sold its ground to Brackley Homes in 2023.')).toEqual([['1.1', 'Harbury Rugby Club | Brackley Homes', 'reached', null]]);
    expect(rows('The two men exchanged insults outside the court.')).toEqual([]);
  });
});

describe('terms under a licence', () => {
  it('"Under the five-year licence, X will design …" is the licence signed before, signed (terms still to come)', () => {
    expect(rows('Pell & Sons has signed a licensing agreement with Varo.\nUnder the five-year licence, Varo will design two collections a year.')).toEqual([
      ['1.1', 'Pell & Sons | Varo', 'signed', null],
      ['1.2', 'Pell & Sons | Varo', 'signed', '1.1'],
    ]);
  });
});

describe('a term under a condition', () => {
  it('"If the club fails to …, the lease allows the council to …": the approved lease\'s term, at the status the lease was made with; "would allow" after "If" states nothing', () => {
    expect(rows('The Wexley Rowing Club has signed a lease with Ambridge Council.\nThe council approved the lease on Monday.\nIf the club fails to repair the slipway, the lease allows the council to take the boathouse back.')).toEqual([
      ['1.1', 'the Wexley Rowing Club | Ambridge Council', 'signed', null],
      ['1.2', 'the Wexley Rowing Club | Ambridge Council', 'approved', '1.1'],
      ['1.3', 'the Wexley Rowing Club | Ambridge Council', 'signed', '1.1'],
    ]);
    expect(rows('The Wexley Rowing Club has signed a lease with Ambridge Council.\nIf the club signs, the lease would allow the council to take the boathouse back.')).toEqual([['1.1', 'the Wexley Rowing Club | Ambridge Council', 'signed', null]]);
  });
});
