import { describe, expect, it } from 'vitest';
import { agreementRows as rows } from './agreement-rows.js';

/**
 * Session 15 round 3 (a35): agreement parties where real copy adds words to the shapes a33 read,
 * in sentences of our own writing, with the close negatives beside them.
 */
describe('the body the article opens with, described at length', () => {
  it('"X\'s Y, the Leeds-founded chain known for …" then "the coffee chain Z": "the chain" is X\'s Y', () => {
    const lede = "Rowan's Bakehouse, the Leeds-founded chain known for its pies, has signed a lease with Harwell Estates.\nIt competes with the coffee chain Ridgeline Roasters.\n";
    expect(rows(`${lede}Separately, the chain signed a supply deal with Pell Foods.`)).toEqual([
      ['1.1', "Rowan's Bakehouse | Harwell Estates", 'signed', null],
      ['1.3', "Rowan's Bakehouse | Pell Foods", 'signed', null],
    ]);
    // Only one body introduced as a chain: the nearest, as before.
    expect(rows("Rowan's Bakehouse has signed a lease with Harwell Estates.\nIt competes with the coffee chain Ridgeline Roasters.\nSeparately, the chain signed a supply deal with Pell Foods.")).toEqual([
      ['1.1', "Rowan's Bakehouse | Harwell Estates", 'signed', null],
      ['1.3', 'Ridgeline Roasters | Pell Foods', 'signed', null],
    ]);
  });
});

describe('a description set off by the name it stands for', () => {
  it('"with the local NHS trust, Arden Health, to …": one party, the name', () => {
    expect(rows('Fenshire Police and Ouse Valley Police have ended their joint patrols.\nThe forces have signed a contract with the local NHS trust, Arden Health, to share a custody suite.')).toEqual([
      ['1.2', 'Fenshire Police | Ouse Valley Police | Arden Health', 'signed', null],
    ]);
    // A list after the description: read as before, each name a party.
    expect(rows('Fenshire Police has signed a contract with the local NHS trust, Arden Health and Kell Care.')).toEqual([
      ['1.1', 'Fenshire Police | the local NHS trust | Arden Health | Kell Care', 'signed', null],
    ]);
  });
});

describe('a description of a body named as something in the same sentence', () => {
  it('"for the supermarket chain Fairway was cancelled by the retailer": the retailer is Fairway', () => {
    expect(rows('The brewer’s 2019 contract to brew lager for the supermarket chain Fairway was cancelled by the retailer.')).toEqual([['1.1', 'the brewer | Fairway', 'voided', null]]);
    // Named with nothing said of it: the description stays as written.
    expect(rows('The brewer’s 2019 contract to brew lager for Fairway was cancelled by the retailer.')).toEqual([['1.1', 'the brewer | the retailer', 'voided', null]]);
  });
});

describe('a body whose name opens with its noun', () => {
  it('"The team …" after "Team Halyard", a boat and a sponsor named since: Team Halyard', () => {
    expect(rows('Team Halyard will race the boat Sea Wolf this year.\nIts sponsor is Bravo Bank.\nThe team has signed a deal with Orrin Sails.')).toEqual([['1.3', 'Team Halyard | Orrin Sails', 'signed', null]]);
    // No name opening with the noun: the body the sentences before open with as subject, not the
    // sponsor named since (session 36, a88: the topic of a generic description; it was Bravo Bank).
    expect(rows('Halyard Racing will race the boat Sea Wolf this year.\nIts sponsor is Bravo Bank.\nThe team has signed a deal with Orrin Sails.')).toEqual([['1.3', 'Halyard Racing | Orrin Sails', 'signed', null]]);
  });
});

describe('a seller after a stake in a thing and where it is', () => {
  it('"a stake in the X gas field in the Y Sea from its operator, Z, for $620 million": the buyer | Z', () => {
    expect(rows('Astor Energy has agreed to buy a 40 percent stake in the Hessel gas field in the Varran Sea from its operator, Calder Offshore, for $620 million.\nUnder the agreement, Astor Energy will also pay a share of the drilling costs.')).toEqual([
      ['1.1', 'Astor Energy | Calder Offshore', 'reached', null],
      ['1.2', 'Astor Energy | Calder Offshore', 'reached', '1.1'],
    ]);
    // No seller after the place: the buyer alone, and the sea is no party.
    expect(rows('Astor Energy has agreed to buy a 40 percent stake in the Hessel gas field in the Varran Sea.')).toEqual([['1.1', 'Astor Energy', 'reached', null]]);
  });
});
