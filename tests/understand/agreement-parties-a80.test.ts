import { describe, expect, it } from 'vitest';
import { agreementRows as rows } from './agreement-rows.js';

/**
 * Session 33 (a80): the sentence reader's sides (rows: key, parties, status, the sentence a later
 * mention refers to), with the close negatives beside them.
 */
describe('a subject closed by a reduced relative clause (a past participle after its noun)', () => {
  it('"A tannery accused of staining the river with dye has settled …": the phrase before the participle is the side, not the participle\'s object', () => {
    expect(rows('A tannery accused of staining the river with dye from its vats has settled a claim brought by 12 anglers.')).toEqual([['1.1', 'a tannery | 12 anglers', 'reached', null]]);
    expect(rows('A dairy accused of polluting the stream near its sheds has settled a lawsuit brought by Pollard Estates.')).toEqual([['1.1', 'a dairy | Pollard Estates', 'reached', null]]);
  });
  it('the description takes the name the next sentence gives it', () => {
    expect(rows('A tannery accused of staining the river with dye from its vats has settled a claim brought by 12 anglers.\nMarrowgate Leather will pay the anglers £40,000 under the settlement.')).toEqual([
      ['1.1', 'Marrowgate Leather | 12 anglers', 'reached', null],
      ['1.2', 'Marrowgate Leather | 12 anglers', 'reached', '1.1'],
    ]);
  });
  it('a participle after the verb, or a subject with no article, is left as it was', () => {
    expect(rows('Pollard Estates, founded in 1952, has signed a lease with Marrowgate Leather.')).toEqual([['1.1', 'Pollard Estates | Marrowgate Leather', 'signed', null]]);
    expect(rows('The council signed a lease with a charity based in the old mill.')).toEqual([['1.1', 'the council | a charity', 'signed', null]]);
  });
});

describe('the partner after "with", past a time phrase or an adverb', () => {
  it('"signed a ten-year lease last month with the X Trust": the trust is the other side', () => {
    expect(rows('Pemberly Wines signed a ten-year lease last month with the Pollick Abbey Trust on a former dairy.')).toEqual([['1.1', 'Pemberly Wines | Pollick Abbey Trust', 'signed', null]]);
    expect(rows('Pemberly Wines signed a ten-year lease on Friday with Marrick Estates.')).toEqual([['1.1', 'Pemberly Wines | Marrick Estates', 'signed', null]]);
    expect(rows('Pemberly Wines has agreed a new lease directly with Marrick Estates.')).toEqual([['1.1', 'Pemberly Wines | Marrick Estates', 'reached', null]]);
  });
  it('a time phrase with no "with" after it adds no side', () => {
    expect(rows('Pemberly Wines signed a ten-year lease last month on a former dairy.')).toEqual([['1.1', 'Pemberly Wines', 'signed', null]]);
  });
});

describe('a name set off after a demonstrative description', () => {
  it('"signed a contract with that firm, Kessick Ropes,": the name is the other side', () => {
    expect(rows('Orvane Lifts has since signed an interim one-year contract with that firm, Kessick Ropes, worth 310,000 euros.')).toEqual([['1.1', 'Orvane Lifts | Kessick Ropes', 'signed', null]]);
  });
});

describe('who brought a settled dispute, set off after a description or past a time phrase', () => {
  it('"settled a lawsuit brought by a board game company, Tollow Games,": the name, not the description', () => {
    expect(rows('In 2019, Pellam Toys settled a lawsuit brought by a board game company, Tollow Games, which said it had copied its designs.')).toEqual([['1.1', 'Pellam Toys | Tollow Games', 'reached', null]]);
  });
  it('"settled a claim brought last month by …", "settled a trademark lawsuit last year with X": past the time phrase', () => {
    expect(rows('Separately, Pellam Toys settled a claim brought last month by a music shop chain, Fiddle Music, over faulty bridges.')).toEqual([['1.1', 'Pellam Toys | Fiddle Music', 'reached', null]]);
    expect(rows('Pellam Toys also settled a trademark lawsuit last year with Marrow Bay Cider over the use of a word.')).toEqual([['1.1', 'Pellam Toys | Marrow Bay Cider', 'reached', null]]);
  });
});

describe('a verb of the main clause is no reduced relative', () => {
  it('"The race returned in 2019 after the circuit and the organisers signed a contract": the signers, not the race', () => {
    expect(rows('Pellam Circuit hosts the Orvane Series.\nThe race returned in 2019 after the circuit and the series organisers signed a new contract.')).toEqual([['1.2', 'Pellam Circuit | Orvane Series', 'signed', null]]);
  });
});

describe('a headline description takes the body sides found last', () => {
  it('"Quarry firm signs lease" over a lede whose second side a term sentence gives: the headline takes both', () => {
    const body = 'Marwick Aggregates has signed a 99-year lease handing its worked-out quarry at Pellow to the Dunstan Wildlife Trust, which plans to flood the pit.\n\nUnder the lease, the trust will pay a peppercorn rent.';
    expect(rows(body, 'Quarry firm signs 99-year lease to turn Pellow pit into wetland reserve')).toEqual([
      ['0.1', 'Marwick Aggregates | Dunstan Wildlife Trust', 'signed', null],
      ['1.1', 'Marwick Aggregates | Dunstan Wildlife Trust', 'signed', null],
      ['2.1', 'Marwick Aggregates | Dunstan Wildlife Trust', 'signed', '1.1'],
    ]);
  });
});
