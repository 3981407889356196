import { beforeAll, describe, expect, it } from 'vitest';
import { agreementRows as rows } from './agreement-rows.js';

/**
 * Session 20 (a50): recall and status on unseen copy — a board commending a deal's terms or an
 * offer to those who decide, a failed attempt "by X to join forces with Y", a payment proposed and
 * turned down after a comma, leaving a deal already collapsed, a deal "also signed last week", one
 * due to be reopened or to complete, one said to carry on or to stay valid — in sentences of our own
 * writing, with the close negatives beside them.
 */
// (The tagger and WordNet load once, on a shared machine slowly.)
beforeAll(() => void rows('Ferrand Ceramics signed a deal with Oakhurst Pottery.'), 120_000);

const merger = 'Ferrand Ceramics has agreed to merge with Oakhurst Pottery.';
const catering = 'Pell Playhouse signed a catering contract with Mossop Foods in 2019.';
const payDeal = "Pell Playhouse signed a pay deal with the Stagehands' Guild in January.";

describe('a deal commended to those who decide', () => {
  it('"have recommended the terms / the offer to shareholders": approved, the deal before', () => {
    expect(rows(`${merger}\nThe boards of both firms have recommended the terms to investors.`)).toEqual([
      ['1.1', 'Ferrand Ceramics | Oakhurst Pottery', 'reached', null],
      ['1.2', 'Ferrand Ceramics | Oakhurst Pottery', 'approved', '1.1'],
    ]);
    expect(rows(`${merger}\nThe directors of Oakhurst have recommended the offer to shareholders.`)).toEqual([
      ['1.1', 'Ferrand Ceramics | Oakhurst Pottery', 'reached', null],
      ['1.2', 'Ferrand Ceramics | Oakhurst Pottery', 'approved', '1.1'],
    ]);
  });

  it('shares recommended to investors, or terms that only could be: none', () => {
    expect(rows(`${merger}\nAnalysts recommended the shares to investors.`)).toEqual([['1.1', 'Ferrand Ceramics | Oakhurst Pottery', 'reached', null]]);
    expect(rows(`${merger}\nThe boards of both firms could recommend the terms to investors.`)).toEqual([['1.1', 'Ferrand Ceramics | Oakhurst Pottery', 'reached', null]]);
  });
});

describe('a failed attempt to join forces', () => {
  it('"An earlier attempt by X to join forces with Y collapsed": collapsed, both', () => {
    expect(rows('An earlier attempt by Oakhurst Pottery to join forces with Brenlow Ware collapsed in 2018 over price.')).toEqual([
      ['1.1', 'Oakhurst Pottery | Brenlow Ware', 'collapsed', null],
    ]);
  });

  it('an attempt that did not fail, or a try with no attempt noun: none', () => {
    expect(rows('An attempt by Oakhurst Pottery to join forces with Brenlow Ware is still possible.')).toEqual([]);
    expect(rows('Oakhurst Pottery tried to join forces with Brenlow Ware in 2018.')).toEqual([]);
  });
});

describe('offers refused', () => {
  it('"had proposed a one-off payment of £3 million, which X turned down": rejected, proposer first', () => {
    expect(rows('Marlow Tools and Pendle Works have settled their patent dispute.\nPendle had earlier proposed a one-off payment of £3 million, which Marlow turned down.')).toEqual([
      ['1.1', 'Marlow Tools | Pendle Works', 'reached', null],
      ['1.2', 'Pendle Works | Marlow Tools', 'rejected', null],
    ]);
  });

  it('a plan put forward and rejected: none', () => {
    expect(rows('Marlow Tools unveiled a plan for a new warehouse, which the town council rejected.')).toEqual([]);
  });
});

describe('leaving a deal', () => {
  it('walking away from a deal already collapsed: collapsed; from one only agreed: collapsed as before', () => {
    expect(rows("Halvard Group's planned takeover of Crandle Foods collapsed on Monday.\nHalvard said it had walked away from the deal because Crandle's debts were too large.")).toEqual([
      ['1.1', 'Halvard Group | Crandle Foods', 'collapsed', null],
      ['1.2', 'Halvard Group | Crandle Foods', 'collapsed', '1.1'],
    ]);
    expect(rows("Halvard Group agreed to buy Crandle Foods in May.\nHalvard said it had walked away from the deal because Crandle's debts were too large.")).toEqual([
      ['1.1', 'Halvard Group | Crandle Foods', 'reached', null],
      ['1.2', 'Halvard Group | Crandle Foods', 'collapsed', '1.1'],
    ]);
  });
});

describe('statuses', () => {
  it('"under a new agreement with Y, also signed last week": signed; signed long ago: in force', () => {
    expect(rows('Tamsin Freight will haul the parcels under a new seven-year agreement with Orbel Post, also signed last week.')).toEqual([
      ['1.1', 'Tamsin Freight | Orbel Post', 'signed', null],
    ]);
    expect(rows('Tamsin Freight will haul the parcels under a new seven-year agreement with Orbel Post, signed in 2015.')).toEqual([
      ['1.1', 'Tamsin Freight | Orbel Post', 'in force', null],
    ]);
  });

  it('"is due to be reopened": in force; "due to be signed" keeps the deal before; "due to complete" waits (reached)', () => {
    expect(rows(`${payDeal}\nThe pay deal is due to be reopened in March.`)).toEqual([
      ['1.1', "Pell Playhouse | the Stagehands' Guild", 'signed', null],
      ['1.2', "Pell Playhouse | the Stagehands' Guild", 'in force', '1.1'],
    ]);
    expect(rows(`${payDeal}\nThe pay deal is due to be signed in March.`)).toEqual([
      ['1.1', "Pell Playhouse | the Stagehands' Guild", 'signed', null],
      ['1.2', "Pell Playhouse | the Stagehands' Guild", 'signed', '1.1'],
    ]);
    expect(rows('Pell Playhouse agreed to sell its studio to Corbin Arts in May.\nThe sale is due to complete in June.')).toEqual([
      ['1.1', 'Pell Playhouse | Corbin Arts', 'reached', null],
      ['1.2', 'Pell Playhouse | Corbin Arts', 'reached', '1.1'],
    ]);
  });

  it('"said its contract with Y would carry on unchanged", "said the contract remained valid": in force', () => {
    expect(rows(`${catering}\nPell said its catering contract with Mossop Foods would carry on unchanged.`)).toEqual([
      ['1.1', 'Pell Playhouse | Mossop Foods', 'signed', null],
      ['1.2', 'Pell Playhouse | Mossop Foods', 'in force', '1.1'],
    ]);
    expect(rows(`${catering}\nPell said the contract remained valid.`)).toEqual([
      ['1.1', 'Pell Playhouse | Mossop Foods', 'signed', null],
      ['1.2', 'Pell Playhouse | Mossop Foods', 'in force', '1.1'],
    ]);
  });

  it('negated, under a condition, or people carrying on: not in force', () => {
    expect(rows(`${catering}\nPell said the contract would not carry on.`)).toEqual([
      ['1.1', 'Pell Playhouse | Mossop Foods', 'signed', null],
      ['1.2', 'Pell Playhouse | Mossop Foods', 'signed', '1.1'],
    ]);
    expect(rows(`${catering}\nIf the sale goes through, the contract will carry on unchanged.`)).toEqual([['1.1', 'Pell Playhouse | Mossop Foods', 'signed', null]]);
    expect(rows(`${catering}\nThe guild said its members would carry on working.`)).toEqual([['1.1', 'Pell Playhouse | Mossop Foods', 'signed', null]]);
  });
});
