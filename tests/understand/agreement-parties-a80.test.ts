import { describe, expect, it } from 'vitest';
import { agreementRows as rows } from './agreement-rows.js';

/**
 * Session 33 (a80): the sentence reader's sides (rows: key, parties, status, the sentence a later
 * mention refers to), with the close negatives beside them.
 */
describe('a subject closed by a reduced relative clause (a past participle after its noun)', () => {
  it('"A tannery accused of staining the river with dye has settled …": the phrase before the participle is the side, not the participle\'s object', () => {
    expect(rows('A tannery accused of staining the river with dye from its vats has settled a claim lodged by 12 anglers.')).toEqual([['1.1', 'a tannery | 12 anglers', 'reached', null]]);
    expect(rows('A dairy accused of polluting the stream near its sheds has settled a lawsuit lodged by Pollard Estates.')).toEqual([['1.1', 'a dairy | Pollard Estates', 'reached', null]]);
  });
  it('the description takes the name the next sentence gives it', () => {
    expect(rows('A tannery accused of staining the river with dye from its vats has settled a claim lodged by 12 anglers.\nGorvasset Leather will pay the anglers £40,000 under the settlement.')).toEqual([
      ['1.1', 'Gorvasset Leather | 12 anglers', 'reached', null],
      ['1.2', 'Gorvasset Leather | 12 anglers', 'reached', '1.1'],
    ]);
  });
  it('a participle after the verb, or a subject with no article, is left as it was', () => {
    expect(rows('Pollard Estates, founded in 1952, has signed a lease with Gorvasset Leather.')).toEqual([['1.1', 'Pollard Estates | Gorvasset Leather', 'signed', null]]);
    expect(rows('The council signed a lease with a charity based in the old mill.')).toEqual([['1.1', 'the council | a charity', 'signed', null]]);
  });
});

describe('the partner after "with", past a time phrase or an adverb', () => {
  it('"signed an eight-year lease last week with the X Trust": the trust is the other side', () => {
    expect(rows('Tressily Wines signed an eight-year lease last week with the Pollick Abbey Trust on a former dairy.')).toEqual([['1.1', 'Tressily Wines | Pollick Abbey Trust', 'signed', null]]);
    expect(rows('Tressily Wines signed an eight-year lease on Friday with Marrick Estates.')).toEqual([['1.1', 'Tressily Wines | Marrick Estates', 'signed', null]]);
    expect(rows('Tressily Wines has agreed a new lease directly with Marrick Estates.')).toEqual([['1.1', 'Tressily Wines | Marrick Estates', 'reached', null]]);
  });
  it('a time phrase with no "with" after it adds no side', () => {
    expect(rows('Tressily Wines signed an eight-year lease last month on a former dairy.')).toEqual([['1.1', 'Tressily Wines', 'signed', null]]);
  });
});

describe('a name set off after a demonstrative description', () => {
  it('"signed a contract with that firm, Kessick Ropes,": the name is the other side', () => {
    expect(rows('Orvane Lifts has since signed a provisional two-year contract with that firm, Kessick Ropes, worth 310,000 euros.')).toEqual([['1.1', 'Orvane Lifts | Kessick Ropes', 'signed', null]]);
  });
});

describe('who brought a settled dispute, set off after a description or past a time phrase', () => {
  it('"settled a lawsuit lodged by a card game maker, Skellingrove Pastimes,": the name, not the description', () => {
    expect(rows('In 2019, Pellam Toys settled a lawsuit lodged by a card game maker, Skellingrove Pastimes, which said it had copied its designs.')).toEqual([['1.1', 'Pellam Toys | Skellingrove Pastimes', 'reached', null]]);
  });
  it('"settled a claim filed last month by …", "settled a copyright lawsuit last year with X": past the time phrase', () => {
    expect(rows('Separately, Pellam Toys settled a claim filed last month by a guitar shop chain, Fiddle Music, over faulty bridges.')).toEqual([['1.1', 'Pellam Toys | Fiddle Music', 'reached', null]]);
    expect(rows('Pellam Toys also settled a copyright lawsuit last year with Ambletick Cider over a disputed label.')).toEqual([['1.1', 'Pellam Toys | Ambletick Cider', 'reached', null]]);
  });
});

describe('a verb of the main clause is no reduced relative', () => {
  it('"The race returned in 2019 after the circuit and the organisers signed a contract": the signers, not the race', () => {
    expect(rows('Pellam Circuit hosts the Orvane Series.\nThe race returned in 2019 after the circuit and the series organisers signed a new contract.')).toEqual([['1.2', 'Pellam Circuit | Orvane Series', 'signed', null]]);
  });
});

describe('a headline description takes the body sides found last', () => {
  it('"Quarry firm signs lease" over a lede whose second side a term sentence gives: the headline takes both', () => {
    const body = 'Yelverstone Aggregates has signed a 125-year lease handing its disused quarry at Pellow to the Dunstan Wildlife Trust, which hopes to let the pit fill with water.\n\nUnder the lease, the wildlife trust will pay a token rent each year.';
    expect(rows(body, 'Quarry firm signs 125-year lease to turn Pellow pit into wetland reserve')).toEqual([
      ['0.1', 'Yelverstone Aggregates | Dunstan Wildlife Trust', 'signed', null],
      ['1.1', 'Yelverstone Aggregates | Dunstan Wildlife Trust', 'signed', null],
      ['2.1', 'Yelverstone Aggregates | Dunstan Wildlife Trust', 'signed', '1.1'],
    ]);
  });
});
