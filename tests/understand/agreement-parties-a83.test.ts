import { describe, expect, it } from 'vitest';
import { agreementRows as rows } from './agreement-rows.js';

/**
 * Session 34 (a83): the sides of later mentions and of descriptions (rows: key, parties, status, the
 * sentence a later mention refers to), with the close negatives beside them.
 */
describe('a demonstrative mention names the deal told just before', () => {
  const lede = 'Quibbleton Cycles has sued Harlow Spokes, claiming the wheel maker broke a contract to supply rims for its touring bikes.\n\n';
  const second = 'Harlow Spokes signed a three-year deal with Wyvenhoe Bikes last year to supply spokes.\n';
  // (Sides and link only: what status "is not touched" should carry is the status readers' matter.)
  const sides = (body: string): (string | null)[][] => rows(body).map((r) => [r[0]!, r[1]!, r[3] ?? null]);
  it('"That contract …" after a second deal names that deal, not the earlier deal of its noun', () => {
    expect(sides(lede + second + 'That contract is not touched by the row.')).toEqual([
      ['1.1', 'Quibbleton Cycles | Harlow Spokes', null],
      ['2.1', 'Harlow Spokes | Wyvenhoe Bikes', null],
      ['2.2', 'Harlow Spokes | Wyvenhoe Bikes', '2.1'],
    ]);
  });
  it('"The contract …" keeps the link by its noun; "that" opening a clause is no demonstrative', () => {
    expect(sides(lede + second + 'The contract is not touched by the row.').at(-1)).toEqual(['2.2', 'Quibbleton Cycles | Harlow Spokes', '1.1']);
    const body =
      'Harlow Spokes signed a nine-year lease with Wyvenhoe Estates on its workshop in 2021.\n\n' +
      'Harlow Spokes also ended a supply deal with Pollick Tyres in March.\n' +
      'Wyvenhoe Estates said on Monday that its lease with Harlow Spokes remained in force.';
    expect(rows(body).at(-1)).toEqual(['2.2', 'Harlow Spokes | Wyvenhoe Estates', 'in force', '1.1']);
  });
});

describe('a description whose head the article writes right after a name', () => {
  const sale = "The sale of the Harrowgate Chronicle's printing plant to Lindqvist Print has collapsed, the paper's owner, Vantley Media, said.\n";
  const terms = '\nThe plant also prints two weekly papers for the Oakbridge Weekly under a contract that runs to 2028.';
  it('"the Harrowgate Chronicle\'s printing plant … The plant … under a contract": the plant is the paper\'s', () => {
    expect(rows(sale + terms)).toEqual([['2.1', 'Harrowgate Chronicle | Oakbridge Weekly', 'in force', null]]);
  });
  it('two names so written, or none, leave the description as it is', () => {
    expect(rows(sale + 'The Ossing Gazette plant nearby is idle.\n' + terms)).toEqual([['2.1', 'the plant | Oakbridge Weekly', 'in force', null]]);
    expect(rows('Lindqvist Print has agreed to buy a printing business from Vantley Media.\n' + terms)).toEqual([
      ['1.1', 'Lindqvist Print | Vantley Media', 'reached', null],
      ['2.1', 'the plant | Oakbridge Weekly', 'in force', null],
    ]);
  });
});

describe('a lede\'s described side, named next by its own head noun', () => {
  const lede = 'An angling club whose lake flooded repeatedly after a road was built on the next field has settled its lawsuit against the developer, days before a High Court trial.\n';
  const sued = 'The Pellow Tarn Angling Club had sued Gallowby Homes for £90,000, claiming that a new drain sent run-off into its lake.\n\n';
  const terms = 'Under the settlement, made public at Hexley on Monday, Gallowby will pay the club £40,000.';
  it('"An angling club … The Pellow Tarn Angling Club had sued Gallowby Homes": the club, not the body it sued', () => {
    // (Sides and link: the term sentence's status is the status readers' matter.)
    // (Session 37, a90: "the developer", described by its trade in the lede, is the one other body the next sentence names; it was left "the developer".)
    expect(rows(lede + sued + terms).map((r) => [r[0], r[1], r[3]])).toEqual([
      ['1.1', 'Pellow Tarn Angling Club | Gallowby Homes', null],
      ['2.1', 'Pellow Tarn Angling Club | Gallowby Homes', '1.1'],
    ]);
  });
});

describe('a later mention leaves a side it took from the deal it links to as that deal named it', () => {
  it('"the developer" of the lede is not the person quoted just before a later mention', () => {
    const body =
      'An angling club whose lake flooded repeatedly after a road was built on the next field has settled its lawsuit against the developer, days before a High Court trial.\n' +
      'The Pellow Tarn Angling Club had sued Gallowby Homes for £90,000, claiming that a new drain sent run-off into its lake.\n\n' +
      'Under the settlement, made public at Hexley on Monday, Gallowby will pay the club £40,000.\n\n' +
      "The club's secretary, Ada Brackwater, told the court that anglers had lost three seasons of fishing.\n\n" +
      'The club holds its lake on a 50-year lease from Hexley Town Council, granted in 1980.\n' +
      'Outside court, Ms Brackwater said the money would go on new pegs.\n' +
      '"It is a fair result for the club," she said.\n' +
      'Gallowby Homes said on Tuesday it was glad the matter had been resolved.';
    // (Session 37, a90: the developer is named from the next sentence, `describedCounterpart`; was "the developer".)
    expect(rows(body).map((r) => [r[0], r[1], r[3]])).toEqual([
      ['1.1', 'Pellow Tarn Angling Club | Gallowby Homes', null],
      ['2.1', 'Pellow Tarn Angling Club | Gallowby Homes', '1.1'],
      ['4.4', 'Pellow Tarn Angling Club | Gallowby Homes', '1.1'],
    ]);
  });
});

describe('a judge approving an order after a settlement', () => {
  const settled = 'Hollowby Sheds has settled a lawsuit filed by Pellam Timber over a door hinge, days before the trial.\n';
  it('"The judge, X, approved a consent order": the settlement approved, between its sides, not the judge', () => {
    expect(rows(`${settled}\nThe judge, Ada Quarrel, approved a consent order and closed the hearing.`)).toEqual([
      ['1.1', 'Hollowby Sheds | Pellam Timber', 'reached', null],
      ['2.1', 'Hollowby Sheds | Pellam Timber', 'approved', '1.1'],
    ]);
    expect(rows(`${settled}The judge then approved a consent order ending the claim.`).at(-1)).toEqual(['1.2', 'Hollowby Sheds | Pellam Timber', 'approved', '1.1']);
  });
  it('no settlement before: the approval is linked to no deal', () => {
    expect(rows('Hollowby Sheds has signed a lease with Pellam Timber on a yard.\nThe judge approved a consent order in a separate case.').at(-1)![3]).toBeNull();
  });
});
