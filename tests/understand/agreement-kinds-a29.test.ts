import { describe, expect, it } from 'vitest';
import { agreementRows as rows } from './agreement-rows.js';

/**
 * Session 14 round 2 (a29): agreement kinds in sentences of our own writing (rows: key, parties,
 * status, the sentence a later mention refers to), with the close negatives beside them.
 */
describe('hiring and renting from someone', () => {
  it('"has chartered a vessel from the owner X": a verb WordNet files with "lease", read as a participle after "have" too', () => {
    expect(rows('Kell Ferries has chartered a vessel from the owner Nordbay Shipping.')).toEqual([['1.1', 'Kell Ferries | Nordbay Shipping', 'reached', null]]);
    expect(rows('Kell Ferries chartered a vessel from Nordbay Shipping.')).toEqual([['1.1', 'Kell Ferries | Nordbay Shipping', 'reached', null]]);
    // A person hired is no thing let.
    expect(rows('Kell Ferries has hired two engineers from Nordbay Shipping.')).toEqual([]);
  });

  it('"rented the hill from X under a tenancy that ended …": what became of the deal it was made under', () => {
    expect(rows('Ardle Farms rented the hill from the Dale family under a tenancy that ended when the trust bought it.')).toEqual([['1.1', 'Ardle Farms | Dale family', 'voided', null]]);
    expect(rows('Ardle Farms rented the hill from the Dale family under a tenancy that runs until 2030.')).toEqual([['1.1', 'Ardle Farms | Dale family', 'in force', null]]);
    expect(rows('Ardle Farms rented the hill from the Dale family.')).toEqual([['1.1', 'Ardle Farms | Dale family', 'reached', null]]);
  });
});

describe('sales', () => {
  it('"sold the rights to her songs to the fund X": a "to" phrase inside what is sold', () => {
    expect(rows('Mara Lind has sold the rights to her songs to Tunevest.')).toEqual([['1.1', 'Mara Lind | Tunevest', 'reached', null]]);
    expect(rows('The singer Mara Lind has a new album out.\nThe singer has sold the rights to her songs to the fund Tunevest.')).toEqual([['1.2', 'Mara Lind | Tunevest', 'reached', null]]);
  });

  it('"Its previous owner, the developer X, had agreed to sell to a US fund, Y. That deal fell apart": the apposed subject, a country before the role noun, and the deal just before', () => {
    expect(rows('Ferncliff Rovers was put up for sale last year.\nIts previous owner, the developer Ian Rhee, had agreed to sell to a US fund, Bluefin Capital.\nThat deal fell apart in July.')).toEqual([
      ['1.2', 'Ian Rhee | Bluefin Capital', 'reached', null],
      ['1.3', 'Ian Rhee | Bluefin Capital', 'collapsed', '1.2'],
    ]);
    expect(rows('Ian Rhee had agreed to sell the club to a Dutch fund, Bluefin Capital.')).toEqual([['1.1', 'Ian Rhee | Bluefin Capital', 'reached', null]]);
  });

  it('"A consortium led by X has completed its takeover of the club": the body is known by who leads it; the club is the one named before', () => {
    expect(rows('Ferncliff Rovers has a new owner.\nA consortium led by Tom Kerr has completed its takeover of the club.')).toEqual([['1.2', 'Tom Kerr | Ferncliff Rovers', 'reached', null]]);
    expect(rows('A group of nine publishers led by Ardent Games signed a licensing deal with Quillmark.')).toEqual([['1.1', 'Ardent Games | Quillmark', 'signed', null]]);
    // "X and a consortium led by Y" stays as before: two sides.
    expect(rows('Saltrec and a consortium led by Renvik Water signed a contract.')).toEqual([['1.1', 'Saltrec | Renvik Water', 'signed', null]]);
  });
});

describe('descriptions resolved', () => {
  it('"the circuit and the series organisers signed": people named by a plural after a noun stand for the body that noun describes', () => {
    expect(rows('Silverton Circuit hosts the Apex Series.\nThe race returned in 2019 after the circuit and the series organisers signed a new contract.')).toEqual([['1.2', 'Silverton Circuit | Apex Series', 'signed', null]]);
    // A plural of persons after an adjective names no body.
    expect(rows('Silverton Circuit hosts the Apex Series.\nThe circuit and the local farmers signed a new contract.')).toEqual([['1.2', 'Silverton Circuit | the local farmers', 'signed', null]]);
  });
});

describe('a dispute settled, its sides told before', () => {
  it('"The dispute was settled by arbitration in 2014.": the opening subject and the name after "a dispute with" the sentence before', () => {
    expect(rows('Arden Water has been in a dispute with Tolley Council since 2010.\nThe dispute was settled by arbitration in 2014.')).toEqual([['1.2', 'Arden Water | Tolley Council', 'reached', null]]);
    // No dispute told before: none.
    expect(rows('Arden Water opened a plant in 2010.\nThe dispute was settled by arbitration in 2014.')).toEqual([]);
    // A dispute of no named other side: none.
    expect(rows('Arden Water has been in a dispute with its neighbours since 2010.\nThe dispute was settled in 2014.')).toEqual([]);
  });
});

describe('partners in a venture', () => {
  it('"The two contractors are already partners in a joint venture": a state after a copula holds (in force); a counted plural is the pair named before', () => {
    expect(rows('Tarrow Build and Hale Civil won the bridge contract.\nThe two contractors are already partners in a joint venture.')).toEqual([
      ['1.1', 'Tarrow Build | Hale Civil', 'reached', null],
      ['1.2', 'Tarrow Build | Hale Civil', 'in force', null],
    ]);
    expect(rows('Tarrow Build and Hale Civil are partners in a joint venture.')).toEqual([['1.1', 'Tarrow Build | Hale Civil', 'in force', null]]);
    // Made by the clause's verb, as before.
    expect(rows('Telvo and Skyreach will pool their masts in a joint venture.')).toEqual([['1.1', 'Telvo | Skyreach', 'reached', null]]);
    // No pair named before: none.
    expect(rows('The two contractors are already partners in a joint venture.')).toEqual([]);
  });
});

describe('a deal given back', () => {
  it('"handed back its contract with X", "gave up its lease": giving back, or a phrasal sharing a WordNet sense with "abandon", voids it', () => {
    expect(rows('Brookside Practice has handed back its contract with the health board.')).toEqual([['1.1', 'Brookside Practice | the health board', 'voided', null]]);
    expect(rows('Brookside Practice has given up its contract with Selby Council.')).toEqual([['1.1', 'Brookside Practice | Selby Council', 'voided', null]]);
    expect(rows('Brookside Practice gave back the lease to Orme Estates.')).toEqual([['1.1', 'Brookside Practice | Orme Estates', 'voided', null]]);
    // Taking a deal up is no ending.
    expect(rows('Brookside Practice took up the lease.')).toEqual([]);
  });
});

describe('requests turned down, steps still ahead', () => {
  it('"X asked Y for landing slots, but the request was refused": whom the request was made to is the other side', () => {
    expect(rows('Skyvale asked Dunmore for landing slots, but the request was refused.')).toEqual([['1.1', 'Skyvale | Dunmore', 'rejected', null]]);
    // A request granted is a favour, no deal.
    expect(rows('Skyvale asked Dunmore for landing slots, and the request was granted.')).toEqual([]);
  });

  it('"still has to approve the deal": an obligation in the present is no approval yet', () => {
    expect(rows("The festival's board still has to approve the deal.")).toEqual([]);
    // (A deal held, its approval still ahead: a later mention of it, issue 11's convention.)
    expect(rows('Harlow Town agreed a deal with Vesta Sport.\nThe league still has to approve the deal.')).toEqual([
      ['1.1', 'Harlow Town | Vesta Sport', 'reached', null],
      ['1.2', 'Harlow Town | Vesta Sport', 'reached', '1.1'],
    ]);
    expect(rows('Harlow Town agreed a deal with Vesta Sport.\nThe league approved the deal on Monday.')).toEqual([
      ['1.1', 'Harlow Town | Vesta Sport', 'reached', null],
      ['1.2', 'Harlow Town | Vesta Sport', 'approved', '1.1'],
    ]);
  });
});
