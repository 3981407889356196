import { beforeAll, describe, expect, it } from 'vitest';
import { agreementRows as rows } from './agreement-rows.js';

/**
 * Session 28 (a70): a body's approval of a deal found just before, written with a proposal noun
 * ("the offer", "the scheme") — the largest kind of approval missed over the read sets — in
 * sentences of our own writing, with the close negatives beside them.
 */
// (The tagger and WordNet load once, on a shared machine slowly.)
beforeAll(() => void rows('Brindlemoor signed a deal with Quaysend.'), 120_000);

describe('a board commends the offer (WordNet: a sense shared with "recommend", a body that decides)', () => {
  it('"X\'s board recommended the offer" after a takeover agreed: that deal, approved', () => {
    expect(rows("Brindlemoor has agreed to buy Quaysend for £4m.\nQuaysend's board recommended the offer on Tuesday.")).toEqual([
      ['1.1', 'Brindlemoor | Quaysend', 'reached', null],
      ['1.2', 'Brindlemoor | Quaysend', 'approved', '1.1'],
    ]);
  });

  it('persons commend, they do not approve; a negated recommendation is none', () => {
    expect(rows('Brindlemoor has agreed to buy Quaysend for £4m.\nAnalysts recommended the offer on Tuesday.')).toEqual([['1.1', 'Brindlemoor | Quaysend', 'reached', null]]);
    expect(rows("Brindlemoor has agreed to buy Quaysend for £4m.\nQuaysend's board has not recommended the offer.")).toEqual([['1.1', 'Brindlemoor | Quaysend', 'reached', null]]);
  });

  it('the passive, past a relative clause set off by commas: "The offer, which …, was recommended by the two boards"', () => {
    expect(rows('Tarnwick has agreed to buy Pollanby for £9m.\nThe offer, which puts a value of nine times profit on the firm, was recommended by the two boards.')).toEqual([
      ['1.1', 'Tarnwick | Pollanby', 'reached', null],
      ['1.2', 'Tarnwick | Pollanby', 'approved', '1.1'],
    ]);
    expect(rows('Tarnwick has agreed to buy Pollanby for £9m.\nThe offer has been recommended by several analysts.')).toEqual([['1.1', 'Tarnwick | Pollanby', 'reached', null]]);
  });
});

describe('"approved the scheme" with an adjunct after it', () => {
  it('a phrase of when or where ("during a spring meeting", "on 4 May") leaves the plan the whole object: the deal just found, approved', () => {
    expect(rows("Plovercote agreed a deal with Kettlemire to give free music lessons.\nKettlemire's trustees approved the scheme during a spring meeting.")).toEqual([
      ['1.1', 'Plovercote | Kettlemire', 'reached', null],
      ['1.2', 'Plovercote | Kettlemire', 'approved', '1.1'],
    ]);
    expect(rows("Plovercote agreed a deal with Kettlemire to give free music lessons.\nKettlemire's governors approved the plan on 4 May.")).toEqual([
      ['1.1', 'Plovercote | Kettlemire', 'reached', null],
      ['1.2', 'Plovercote | Kettlemire', 'approved', '1.1'],
    ]);
  });

  it('a phrase saying which plan ("the plan for a new music room") is another plan: none', () => {
    expect(rows("Plovercote agreed a deal with Kettlemire to give free music lessons.\nKettlemire's governors approved the plan for a new music room.")).toEqual([['1.1', 'Plovercote | Kettlemire', 'reached', null]]);
  });
});

describe('"are to merge": a merger arranged, by named sides or by a counted plural', () => {
  it('"Plovercote and Kettlemire are to merge" (as "is to buy" already reads): the merger, reached', () => {
    expect(rows('Plovercote and Kettlemire are to merge.')).toEqual([['1.1', 'Plovercote | Kettlemire', 'reached', null]]);
  });

  it('"Two of the oldest bell foundries in the county are to merge": a counted plural subject is both sides (named later by the linker)', () => {
    expect(rows('Two of the oldest bell foundries in the county are to merge next spring.')).toEqual([['1.1', 'Two of the oldest bell foundries in the county', 'reached', null]]);
  });

  it('one side alone, or a plan to merge, is none', () => {
    expect(rows('The Plovercote foundry is to merge.')).toEqual([]);
    expect(rows('Plovercote and Kettlemire plan to merge.')).toEqual([]);
  });
});

describe('whatever is put forward is proposed, a plan or not', () => {
  it('"had put forward a pay award of 4 per cent, which the drivers rejected": a refused offer between the two', () => {
    expect(rows('Plovercote had put forward a pay award of 4 per cent, which the drivers rejected in May.')).toEqual([['1.1', 'Plovercote | the drivers', 'rejected', null]]);
    expect(rows('Plovercote had proposed a cheaper route using barges, but Kettlemire rejected it as too slow.')).toEqual([['1.1', 'Plovercote | Kettlemire', 'rejected', null]]);
  });

  it('a person proposed ("an outside referee", WordNet\'s first sense a person) is no terms: none', () => {
    expect(rows('Plovercote had proposed an outside referee in March, but Kettlemire refused.')).toEqual([]);
    expect(rows('Plovercote had proposed an outside referee in March, which Kettlemire rejected.')).toEqual([]);
    expect(rows('The Plovercote council had proposed a referee in the second month, but the bus firm refused.')).toEqual([]);
  });
});
