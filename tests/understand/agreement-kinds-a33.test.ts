import { describe, expect, it } from 'vitest';
import { agreementRows as rows } from './agreement-rows.js';

/**
 * Session 15 round 2 (a33): agreement parties in sentences of our own writing (rows: key, parties,
 * status, the sentence a later mention refers to), with the close negatives beside them.
 */
describe('a description of the body the article opens with', () => {
  it('"The chain signed …" after "X, the bakery chain, …" and "the rival chain Y": X, the article\'s subject', () => {
    const lede = 'Bexley Bakes, the bakery chain, will open ten shops.\nIt competes with the rival chain Honeycut.\n';
    expect(rows(`${lede}The chain has signed a lease with Harwell Estates.`)).toEqual([['1.3', 'Bexley Bakes | Harwell Estates', 'signed', null]]);
    // Only one body introduced as a chain: the nearest, as before.
    expect(rows('Bexley Bakes will open ten shops.\nIt competes with the rival chain Honeycut.\nThe chain has signed a lease with Harwell Estates.')).toEqual([['1.3', 'Honeycut | Harwell Estates', 'signed', null]]);
  });
});

describe('who told of the deal is no party', () => {
  it('"with Y, the club announced": the reporting clause after the with-party adds nobody', () => {
    expect(rows('The rugby club Velham Rovers has signed a sponsorship deal with Crane Cider, the club announced.')).toEqual([['1.1', 'Velham Rovers | Crane Cider', 'signed', null]]);
    expect(rows("Velham Rovers has signed a deal with Crane Cider, the club's chairman said on Monday.")).toEqual([['1.1', 'Velham Rovers | Crane Cider', 'signed', null]]);
    // A list closed by "and" before the reporting clause stays whole.
    expect(rows('Velham Rovers has signed a deal with Crane Cider, Arden Ales and Pell Foods, the club said.')).toEqual([['1.1', 'Velham Rovers | Crane Cider | Arden Ales | Pell Foods', 'signed', null]]);
  });
});

describe('"Its contract …" after a thing and its owner', () => {
  it('"The ferry X is owned by Y. Its charter contract with Z …": Y | Z', () => {
    expect(rows('Tenby Council signed a care contract with Morwen Health.\nThe ferry Saint Bride is owned by Corran Marine.\nIts charter contract with Westsea Lines ends in May.')).toEqual([
      ['1.1', 'Tenby Council | Morwen Health', 'signed', null],
      ['1.3', 'Corran Marine | Westsea Lines', 'in force', null],
    ]);
    expect(rows('The ferry Saint Bride is operated by Corran Marine Ltd. for the county.\nIts charter contract with Westsea Lines ends in May.')).toEqual([['1.2', 'Corran Marine Ltd | Westsea Lines', 'in force', null]]);
    // Named after someone, not owned or run by them: nobody.
    expect(rows('The ferry is named after Corran Marine.\nIts charter contract with Westsea Lines ends in May.')).toEqual([['1.2', 'Westsea Lines', 'in force', null]]);
  });
});

describe('whom the work is done for under a contract', () => {
  it('"X prints magazines for the Y group under a contract signed in 2018": X | Y, in force; "That contract runs until" the same', () => {
    expect(rows('Peverell Press already prints magazines for the Harbour Media group under a contract signed in 2018.\nThat contract runs until 2028.')).toEqual([
      ['1.1', 'Peverell Press | Harbour Media', 'in force', null],
      ['1.2', 'Peverell Press | Harbour Media', 'in force', '1.1'],
    ]);
    // No deal noun after "under": no agreement.
    expect(rows('Peverell Press prints magazines for Harbour Media under its own name.')).toEqual([]);
  });
});

describe('short and possessive forms of a name used before', () => {
  it('"Ambrose\'s contract …", "Thackray\'s signed …" after "Ambrose & Sons": the fuller name', () => {
    expect(rows("Ambrose & Sons makes bottles in Sunderland.\nAmbrose's contract with Kelso Glass runs until 2030.")).toEqual([['1.2', 'Ambrose & Sons | Kelso Glass', 'in force', null]]);
    expect(rows("Thackray & Sons makes bottles in Sunderland.\nThackray's signed a contract with Kelso Glass.")).toEqual([['1.2', 'Thackray & Sons | Kelso Glass', 'signed', null]]);
    // Nothing fuller before: the name as written.
    expect(rows('Ambrose signed a contract with Kelso Glass.')).toEqual([['1.1', 'Ambrose | Kelso Glass', 'signed', null]]);
    // Two fuller names that differ: neither.
    expect(rows('Ambrose Holdings and Ambrose Glassworks are rivals.\nAmbrose signed a contract with Kelso Glass.')).toEqual([['1.2', 'Ambrose | Kelso Glass', 'signed', null]]);
    // A company suffix adds no name.
    expect(rows('Fjordline Ltd runs ferries.\nFjordline signed a charter deal with Nordhav Shipping.')).toEqual([['1.2', 'Fjordline | Nordhav Shipping', 'signed', null]]);
  });
});

describe('the other side after what was agreed to or bought', () => {
  it('"agreed to a consent decree with X": X, whatever the noun', () => {
    expect(rows('Marlow Chemicals agreed to a consent decree with the state Department of Ecology.')).toEqual([['1.1', 'Marlow Chemicals | Department of Ecology', 'reached', null]]);
    expect(rows('Marlow Chemicals agreed to the plan with reluctance.')).toEqual([['1.1', 'Marlow Chemicals', 'reached', null]]);
  });
  it('"agreed to buy a stake in the field from its operator, X": X', () => {
    expect(rows('Harrow Energy agreed to buy a stake in the field from its owner, Brinmoor Oil.')).toEqual([['1.1', 'Harrow Energy | Brinmoor Oil', 'reached', null]]);
    expect(rows('Harrow Energy agreed to buy a stake in the field from Brinmoor Oil.')).toEqual([['1.1', 'Harrow Energy | Brinmoor Oil', 'reached', null]]);
  });
});

describe('a proposed deal of one party refused by the other', () => {
  it('"The players\' union voted to reject the league\'s proposed deal": the union | the league, as for an offer', () => {
    expect(rows("The players' union voted to reject the league's proposed deal.")).toEqual([['1.1', "the players' union | the league", 'rejected', null]]);
    // A merger or a takeover refused by a third party: no side of it.
    expect(rows("The regulator rejected Kell's proposed takeover.")).toEqual([]);
    // Not proposed by the possessor: the description is dropped as before.
    expect(rows("The union rejected the league's planned deal.")).toEqual([['1.1', 'the league', 'rejected', null]]);
  });
});
