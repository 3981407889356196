import { describe, expect, it } from 'vitest';
import { agreementRows as rows } from './agreement-rows.js';

/**
 * Session 13 round 2 (a25): agreement recall and precision, each kind in sentences of our own
 * writing (rows: key, parties, status, the sentence a later mention refers to).
 */
describe('deals held, granted and mentioned again', () => {
  it('"has a separate cleaning contract with the council": the present "has" with its partner is in force', () => {
    expect(rows('Fenn Marine has a separate cleaning contract with the council.')).toEqual([['1.1', 'Fenn Marine | the council', 'in force', null]]);
    expect(rows('Orla Foods has a supply contract with Brennan Farms.')).toEqual([['1.1', 'Orla Foods | Brennan Farms', 'in force', null]]);
    // Not the past ("had": over), not a thing that is no deal.
    expect(rows('Fenn Marine had a cleaning contract with the council.')).toEqual([]);
    expect(rows('Fenn Marine has a long history with the council.')).toEqual([]);
  });

  it('"a licence granted by A to B": the giver after "by" and the taker after "to"', () => {
    expect(rows('A court has voided a licence granted by the port authority to Fenn Marine.')).toEqual([['1.1', 'the port authority | Fenn Marine', 'voided', null]]);
    expect(rows('A court has voided a licence granted by the port authority.')).toEqual([]);
  });

  it('"That contract is not affected by the ruling": a deal before, denied a change, is mentioned again', () => {
    expect(rows('A court has voided a licence granted by the port authority to Fenn Marine.\nFenn Marine has a separate cleaning contract with the council.\nThat contract is not affected by the ruling.')).toEqual([
      ['1.1', 'the port authority | Fenn Marine', 'voided', null],
      ['1.2', 'Fenn Marine | the council', 'in force', null],
      ['1.3', 'Fenn Marine | the council', 'in force', '1.2'],
    ]);
    // A hypothesis, or a verb that says what became of it ("was not signed"), is no mention.
    expect(rows('Orla Foods has a supply contract with Brennan Farms.\nThe contract would not be affected by the sale.')).toEqual([['1.1', 'Orla Foods | Brennan Farms', 'in force', null]]);
    expect(rows('The contract was not signed by the council.')).toEqual([]);
  });

  it('"under a five-year loan agreed on Monday": a loan made by its participle needs no second side in the phrase', () => {
    expect(rows('Ostby will service the loans under a five-year loan agreed on Monday.')).toEqual([['1.1', 'Ostby', 'reached', null]]);
  });

  it('"will continue to run their joint venture": their own deal, run on, is in force', () => {
    expect(rows('Ardent and Corvel will continue to run their joint venture.')).toEqual([['1.1', 'Ardent | Corvel', 'in force', null]]);
    expect(rows('Ardent and Corvel set up a joint venture in 2010.\nThey will continue to run their joint venture.')).toEqual([
      ['1.1', 'Ardent | Corvel', 'reached', null],
      ['1.2', 'Ardent | Corvel', 'in force', '1.1'],
    ]);
    expect(rows('Ardent will continue to run its bakery.')).toEqual([]);
  });

  it('"said it had settled to avoid a trial": a settlement told before, its sides from it', () => {
    expect(rows('Ardent reached a settlement with Corvel in June over the patent.\nArdent said it had settled to avoid a trial.')).toEqual([
      ['1.1', 'Ardent | Corvel', 'reached', null],
      ['1.2', 'Ardent | Corvel', 'reached', '1.1'],
    ]);
    expect(rows('The family settled to avoid the crowds.')).toEqual([]);
  });
});

describe('an offer made by a verb, refused or taken after', () => {
  it('"offered a replacement boiler, but Kell declined": a thing (WordNet artifact or possession) offered', () => {
    expect(rows('Dunmore offered a replacement boiler, but Kell declined.')).toEqual([['1.1', 'Dunmore | Kell', 'rejected', null]]);
    expect(rows('Dunmore offered an apology, but Kell declined.')).toEqual([]);
    expect(rows('She offered to help, but he declined.')).toEqual([]);
  });

  it('"had proposed splitting the fees, but Arden refused": an act proposed by its gerund', () => {
    expect(rows('Ross had proposed splitting the fees, but Arden refused.')).toEqual([['1.1', 'Ross | Arden', 'rejected', null]]);
    expect(rows('Ross had proposed meeting in May, but Arden refused.')).toEqual([]);
  });

  it('"X first approached Y, but Y\'s board turned down an offer of £3m": the opener made the offer', () => {
    expect(rows("Vance first approached Lune in May, but Lune's board turned down an offer of £3m.")).toEqual([['1.1', 'Lune | Vance', 'rejected', null]]);
    expect(rows('Vance first approached Lune in May, and Lune later received an offer of £3m.')).toEqual([]);
  });

  it('"Its owners have accepted the offer": an offer made before ("made an offer for"), taken', () => {
    expect(rows("Vance Group made an offer for Lune Hotels in May.\nLune's owners have accepted the offer.")).toEqual([['1.2', 'Lune Hotels | Vance Group', 'reached', null]]);
    expect(rows('Kell said it had accepted the offer.')).toEqual([]);
  });

  it('"turned down two offers from betting firms": a bare plural of a group (WordNet) made them', () => {
    expect(rows('The manager said he had turned down two offers from betting firms.')).toEqual([['1.1', 'the manager | betting firms', 'rejected', null]]);
  });
});

describe('no agreement sentence', () => {
  it('"met to discuss how to finance the purchase": an infinitive after how asks, it states nothing', () => {
    expect(rows('Vale Homes agreed to buy the Marsh estate from Ostby Capital for £40m.\nThe board met on Tuesday to discuss how to finance the purchase.').map((r) => r[0])).toEqual(['1.1']);
  });

  it('"said it would honour the agreement if the sale goes through": a modal with a condition after', () => {
    expect(rows('Vale Homes signed a supply agreement with Ostby Capital in May.\nVale has said it would honour the agreement if the sale goes through.')).toEqual([['1.1', 'Vale Homes | Ostby Capital', 'signed', null]]);
    expect(rows('Vale Homes signed a supply agreement with Ostby Capital in May.\nVale has said it would honour the agreement.')).toEqual([
      ['1.1', 'Vale Homes | Ostby Capital', 'signed', null],
      ['1.2', 'Vale Homes | Ostby Capital', 'signed', '1.1'],
    ]);
  });
});

describe('one row per agreement in a sentence', () => {
  it('"granted a licence to X": the verb\'s reading and the licence\'s are one agreement, kept with its noun', () => {
    expect(rows('The port authority granted a licence to Fenn Marine in 2019.')).toEqual([['1.1', 'the port authority | Fenn Marine', 'reached', null]]);
  });
});
