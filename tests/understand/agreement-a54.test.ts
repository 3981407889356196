import { beforeAll, describe, expect, it } from 'vitest';
import { agreementRows as rows } from './agreement-rows.js';

/**
 * Session 21 (a54): the statuses and kinds blind sets 28, 40, 42 and 43 got wrong, in sentences of
 * our own writing, with the close negatives beside them.
 */
// (The tagger and WordNet load once, on a shared machine slowly.)
beforeAll(() => void rows('Halbrook Foods signed a deal with Tessel Dairies.'), 120_000);

describe('the latest live mention of an agreement', () => {
  it('a lease approved by a board, then signed by its sides, is one agreement: its terms still to come and later mentions keep the status it stands at (signed)', () => {
    expect(
      rows(
        "The Harlow Licensing Board on Monday approved a 30-year lease under which developer Pendle Homes will build 200 flats on college land.\nMarsh College signed the lease with Pendle in June, subject to the board's approval.\n\nUnder the terms, Pendle will pay the college £90,000 a year and return the land when the lease ends.\nThe lease also limits rents for 50 of the flats.",
      ),
    ).toEqual([
      // (Session 23: "developer Pendle Homes" is a body, a name ending in a plural, so "Pendle" takes its fuller name after the approval.)
      ['1.1', 'Marsh College | Pendle', 'approved', null],
      ['1.2', 'Marsh College | Pendle Homes', 'signed', '1.1'],
      ['2.1', 'Marsh College | Pendle Homes', 'signed', '1.1'],
      ['2.1', 'Marsh College | Pendle Homes', 'signed', '1.1'],
      ['2.2', 'Marsh College | Pendle Homes', 'signed', '1.1'],
    ]);
  });

  it('a lease signed with sides the approval already names stays its own report (no outsider approved it)', () => {
    expect(rows('Marsh College and Pendle Homes agreed a 30-year lease in May.\nMarsh College signed the lease with Pendle in June.')).toEqual([
      ['1.1', 'Marsh College | Pendle Homes', 'reached', null],
      ['1.2', 'Marsh College | Pendle Homes', 'signed', null],
    ]);
  });
});

describe('what a signed deal provides', () => {
  it('"The deal gives Corbel the right …" (a side as the object): the deal stays as reported, signed', () => {
    // (a91: the labels of sets 51 on keep a signed deal's terms signed even when they act on a side; a54's actsOnSide, from sets 40–47's labels, is gone.)
    expect(rows("Corbel Games signed a licensing deal with Slate House Books on Monday.\nThe deal gives Corbel the right to make board games of Slate House's novels for six years.")).toEqual([
      ['1.1', 'Corbel Games | Slate House Books', 'signed', null],
      ['1.2', 'Corbel Games | Slate House Books', 'signed', '1.1'],
    ]);
    expect(rows('Pellow Council and Tidewrack Kayaks have signed a memorandum of understanding on river safety.\nThe memorandum commits the club to lending its boats to council wardens.')).toEqual([
      ['1.1', 'Pellow Council | Tidewrack Kayaks', 'signed', null],
      ['1.2', 'Pellow Council | Tidewrack Kayaks', 'signed', '1.1'],
    ]);
  });

  it('"The pact removes duties …" (a thing as the object): the deal stays as reported, signed', () => {
    expect(rows('Ostria and Velland signed a trade pact in Mora on Friday.\nThe pact removes duties on most fish.')).toEqual([
      ['1.1', 'Ostria | Velland', 'signed', null],
      ['1.2', 'Ostria | Velland', 'signed', '1.1'],
    ]);
  });
});

describe('a franchise agreement called "the franchise"', () => {
  it('"terminated the franchise" after "signed a franchise agreement with X": that agreement, voided', () => {
    expect(rows('Rhoda Wynn signed a franchise agreement with Crumbly Bakes in 2019.\nUnder that agreement, Wynn paid Crumbly £300 a month.\nCrumbly terminated the franchise in May over unpaid fees.')).toEqual([
      ['1.1', 'Rhoda Wynn | Crumbly Bakes', 'signed', null],
      ['1.2', 'Rhoda Wynn | Crumbly Bakes', 'in force', '1.1'],
      ['1.3', 'Crumbly Bakes | Rhoda Wynn', 'voided', '1.1'],
    ]);
  });

  it('after a supply agreement, "the franchise" names no deal', () => {
    expect(rows('Rhoda Wynn signed a supply agreement with Crumbly Bakes in 2019.\nCrumbly terminated the franchise in May.')).toEqual([['1.1', 'Rhoda Wynn | Crumbly Bakes', 'signed', null]]);
  });
});

describe('an indefinite description after "with", named after', () => {
  it('"signed a lease with a Danish-style bakery operator. Brodsk Bakes will pay …": Brodsk Bakes, and the cabinet that approves it is no side', () => {
    expect(rows("Marlby Town Council signed a 20-year lease with a Danish-style bakery operator.\nBrodsk Bakes will pay £30,000 a year in rent.\n\nThe council's cabinet approved the lease on Monday.")).toEqual([
      ['1.1', 'Marlby Town Council | Brodsk Bakes', 'signed', null],
      // The lease's terms in the sentence after it (a55's reading of terms without a deal word).
      ['1.2', 'Marlby Town Council | Brodsk Bakes', 'signed', '1.1'],
      ['2.1', 'Marlby Town Council | Brodsk Bakes', 'approved', '1.1'],
    ]);
  });

  it('a description left unnamed stays a description; "with an option" names no side', () => {
    expect(rows('Marlby Town Council signed a lease with a local builder last week.\nThe work starts in May.')).toEqual([['1.1', 'Marlby Town Council | a local builder', 'signed', null]]);
    expect(rows('Marlby Town Council signed a 20-year lease with an option to buy the site.')).toEqual([['1.1', 'Marlby Town Council', 'signed', null]]);
  });
});

describe('"the two sides" of a suit named past a relative clause', () => {
  it('"X, who trades as Y, sued Z" then "The two sides signed …": X and Z, and the later mention too', () => {
    expect(rows('Ivo Trench, who trades as Trench Ropes, sued Mastwell Chandlery in the county court.\n\nThe two sides signed a two-year supply agreement in 2022.\nMastwell argued that the contract had been cancelled in 2023.')).toEqual([
      ['2.1', 'Ivo Trench | Mastwell Chandlery', 'signed', null],
      ['2.2', 'Ivo Trench | Mastwell Chandlery', 'voided', '2.1'],
    ]);
  });

  it('with no one sued, "the two sides" stay unresolved', () => {
    expect(rows('Ivo Trench, who trades as Trench Ropes, has moved to Pellow.\n\nThe two sides signed a two-year supply agreement in 2022.')).toEqual([['2.1', 'the two sides', 'signed', null]]);
  });
});
