import { describe, expect, it } from 'vitest';
import { agreementRows as rows } from './agreement-rows.js';

/**
 * Session 18 (a44): parties the sentence does not name plainly — past a time phrase, in the next
 * sentence, further back, inside a name with "and" or "&", and never the board that approved the
 * deal — each kind in sentences of our own writing (rows: key, parties, status, the sentence a
 * later mention refers to), with close negatives.
 */
describe('a time phrase between the deal and what it is for', () => {
  it('"signed a contract Thursday to carry … for X", "a deal last week to build … for X": X is the other side', () => {
    expect(rows('Corvane Aerospace signed a contract Thursday to carry four satellites for Halloway Meteo.')).toEqual([['1.1', 'Corvane Aerospace | Halloway Meteo', 'signed', null]]);
    expect(rows('Dunmere Builders signed a deal last week to build a bus depot for Ashcombe Council.')).toEqual([['1.1', 'Dunmere Builders | Ashcombe Council', 'signed', null]]);
    // Work for no named body leaves the one side.
    expect(rows('Dunmere Builders signed a deal last week to build a bus depot for its own staff.')).toEqual([['1.1', 'Dunmere Builders', 'signed', null]]);
  });
});

describe('one side first, the other in a later mention of the same deal', () => {
  it('"The concession was signed in 2018 with X" completes the concession cancelled before, both ways', () => {
    expect(rows('The Veyland government on Tuesday cancelled a concession to run the Carrick ferry link.\nThe concession was signed in 2018 with Marlin Ferries.')).toEqual([
      ['1.1', 'the Veyland government | Marlin Ferries', 'voided', null],
      ['1.2', 'Marlin Ferries | the Veyland government', 'signed', '1.1'],
    ]);
  });

  it('a deal of another noun, or an indefinite one, is another deal', () => {
    expect(rows('The Veyland government on Tuesday cancelled a concession to run the Carrick ferry link.\nA lease was signed in 2018 with Marlin Ferries.')).toEqual([
      ['1.1', 'the Veyland government', 'voided', null],
      ['1.2', 'Marlin Ferries', 'signed', null],
    ]);
  });
});

describe('"the parties", "the two companies": the sides named before', () => {
  it('the two bodies a sentence a few back sets against each other', () => {
    expect(rows('Brackwell & Lowe Chairs had accused Ostby Design of copying its Linden Arc frame.\nOstby denied the claim.\nThe terms were not disclosed.\nThe parties signed a settlement on Tuesday.')).toEqual([
      ['1.4', 'Brackwell & Lowe Chairs | Ostby Design', 'signed', null],
    ]);
    // Neither body opens that sentence as its subject: no sides are set against each other.
    expect(rows('A court heard last year that Brackwell & Lowe Chairs owed Ostby Design money.\nOstby denied the claim.\nThe terms were not disclosed.\nThe parties signed a settlement on Tuesday.')).toEqual([['1.4', 'the parties', 'signed', null]]);
  });

  it('a counted collective after a deal between two named firms is that deal\'s sides', () => {
    expect(rows('A fuel supply deal between its owner, Tarrow Mills, and the trader Onslow Power collapsed on Friday.\nThe two companies had reached a provisional agreement in March to supply the mill with gas.')).toEqual([
      ['1.1', 'Tarrow Mills | Onslow Power', 'collapsed', null],
      ['1.2', 'Tarrow Mills | Onslow Power', 'reached', null],
    ]);
  });
});

describe('a name with "and" or "&" inside it is one side', () => {
  it('"the Metal and Allied Trades Union", "Hesketh & Lyle Estates" named beside the other side', () => {
    expect(rows('Managers at Marlow Foundry and the Metal and Allied Trades Union met on Monday.\nThe two sides agreed a pay deal on Friday.')).toEqual([
      ['1.2', 'Marlow Foundry | the Metal and Allied Trades Union', 'reached', null],
    ]);
    expect(rows('Hesketh & Lyle Estates and Brannock Farms met on Monday.\nThe two sides signed a grazing agreement on Friday.')).toEqual([
      ['1.2', 'Hesketh & Lyle Estates | Brannock Farms', 'signed', null],
    ]);
  });
});

describe('who approved a deal is no side of it when the next sentence names its sides', () => {
  it('a planning board approves a lease that a college signed with a builder', () => {
    expect(rows('The Corrin Planning Board approved a lease under which Halsey Homes will build flats.\nMarrow College signed the lease with Halsey Homes in May.')).toEqual([
      ['1.1', 'Marrow College | Halsey Homes', 'approved', null],
      // (The signing is of the lease approved: one agreement, a54's sameApprovedDeal.)
      ['1.2', 'Marrow College | Halsey Homes', 'signed', '1.1'],
    ]);
    // The approver signing it itself is a side.
    expect(rows('The Corrin Planning Board approved a lease under which Halsey Homes will build flats.\nThe Corrin Planning Board signed the lease with Halsey Homes in May.')).toEqual([
      ['1.1', 'the Corrin Planning Board', 'approved', null],
      ['1.2', 'the Corrin Planning Board | Halsey Homes', 'signed', null],
    ]);
  });
});
