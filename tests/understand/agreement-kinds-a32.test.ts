import { describe, expect, it } from 'vitest';
import { agreementRows as rows } from './agreement-rows.js';

/**
 * Session 15 round 1c (a32): refusals, blocks, ventures held, approvals and settlements in
 * sentences of our own writing (rows: key, parties, status, the sentence a later mention refers
 * to), with the close negatives beside them.
 */
describe('offers refused after a comma', () => {
  it('"made a bid …, an offer X rejected", "offered a deal …, which X turned down": the offer refused in an apposition or a relative clause', () => {
    expect(rows('Garth Timber made an offer of £9m for the sawmill, a bid Linden Forestry rejected as too low.')).toEqual([['1.1', 'Garth Timber | Linden Forestry', 'rejected', null]]);
    expect(rows('Oriel Bank offered a naming deal worth £1m, which Cobham Athletic turned down.')).toEqual([['1.1', 'Oriel Bank | Cobham Athletic', 'rejected', null]]);
    // A price alone named in bargaining, refused: none.
    expect(rows('Oriel Bank had first offered £30, which the members turned down in May.')).toEqual([]);
  });

  it('"tried to buy X, but X\'s board rejected the approach": an attempt (WordNet: a kind of trying) at buying, refused', () => {
    expect(rows('Brisk Media tried to buy Harlow Radio in 2019, but Harlow Radio\'s board rejected the approach.')).toEqual([['1.1', 'Brisk Media | Harlow Radio', 'rejected', null]]);
    // An attempt that nobody refused: none.
    expect(rows('Brisk Media tried to buy Harlow Radio in 2019, but the talks stalled.')).toEqual([]);
  });

  it('"put in a bid …, an offer X turned down" (a phrasal WordNet files with "submit"); "sought to merge with X, but X turned it down" ("seek": a kind of trying in its third sense); a sum asked for alone is none', () => {
    expect(rows('Harwell Homes put in a bid of £2m for the chapel, an offer the Ardley Trust turned down.')).toEqual([['1.1', 'Harwell Homes | Ardley Trust', 'rejected', null]]);
    expect(rows('Pine Radio sought to merge with Vale FM in 2020, but Vale FM turned it down.')).toEqual([['1.1', 'Pine Radio | Vale FM', 'rejected', null]]);
    expect(rows('The pickers had asked for £12, which the farmers refused.')).toEqual([]);
  });

  it('"voted against the X bid": a vote against an offer whose maker is the name before it', () => {
    expect(rows('The Penrose family voted against the Castell Holdings bid.')).toEqual([['1.1', 'the Penrose family | Castell Holdings', 'rejected', null]]);
    expect(rows('Members voted against the offer from Castell Holdings.')).toEqual([['1.1', 'Members | Castell Holdings', 'rejected', null]]);
  });
});

describe("a third party's block", () => {
  it('"upheld the decision to block the merger of X and Y": rejected between the two; a decision overturned is none', () => {
    expect(rows('A tribunal upheld the watchdog\'s decision to block the merger of Alder Buses and Fenn Coaches.')).toEqual([['1.1', 'Alder Buses | Fenn Coaches', 'rejected', null]]);
    expect(rows('A tribunal overturned the watchdog\'s decision to block the merger of Alder Buses and Fenn Coaches.')).toEqual([]);
  });
});

describe('a venture held', () => {
  it('"which X and Y have run as a joint venture since": in force between the two; a past one with an end is none', () => {
    expect(rows('The ferry, which Brough Council and the operator Selkirk Marine have run as a joint venture since 2012, carries 300 cars a day.')).toEqual([['1.1', 'Brough Council | Selkirk Marine', 'in force', null]]);
    expect(rows('Brough Council and Selkirk Marine ran the ferry as a partnership until 2019.')).toEqual([]);
  });
});

describe('settlements and approvals', () => {
  it('"settled a £3m claim": a sum in the dispute\'s phrase; "approved the terms" after it is their approval', () => {
    expect(rows(['Corbridge Hospital and the surgeon Ann Wyke settled a £3m claim in March.', 'Mr Justice Hale approved the terms in April.'].join('\n'))).toEqual([
      ['1.1', 'Corbridge Hospital | Ann Wyke', 'reached', null],
      ['1.2', 'Corbridge Hospital | Ann Wyke', 'approved', '1.1'],
    ]);
    // Terms approved with no agreement before: none.
    expect(rows('Mr Justice Hale approved the terms in April.')).toEqual([]);
  });
});
