import { describe, expect, it } from 'vitest';
import { agreementRows as rows } from './agreement-rows.js';

/**
 * Session 16 round 2 (a40): contracts described in passing — a contract signed long ago stating
 * its terms, an offer from a rival set off by commas, a contract in a relative clause, an owner
 * set off inside "between … and …", a lease covering a site or a deal a fleet runs under, an
 * accused breach, terms under a memorandum after page furniture — in sentences of our own
 * writing, with the close negatives beside them.
 */
describe('a contract signed long ago, stating its terms', () => {
  it('"The contract, signed in 2019, commits X to …": in force, the parties of the contract before', () => {
    expect(rows('Pask Dairy signed a supply contract with Tove Farms.\nThe contract, signed in 2019, commits Pask Dairy to buying 9,000 litres of milk a week.')).toEqual([
      ['1.1', 'Pask Dairy | Tove Farms', 'signed', null],
      ['1.2', 'Pask Dairy | Tove Farms', 'in force', '1.1'],
    ]);
    // No time of long ago, or the signing is this news ("on Monday"): what a deal only signed provides keeps it signed (a27),
    // even when it binds or entitles one of its sides, as here (a91: the labels of sets 51 on keep a signed deal's terms signed even when they act on a side; a54's actsOnSide, from sets 40–47's labels, is gone.)
    expect(rows('Pask Dairy signed a supply contract with Tove Farms on Monday.\nThe contract commits Pask Dairy to buying 9,000 litres of milk a week.')).toEqual([
      ['1.1', 'Pask Dairy | Tove Farms', 'signed', null],
      ['1.2', 'Pask Dairy | Tove Farms', 'signed', '1.1'],
    ]);
    expect(rows('Pask Dairy signed a supply contract with Tove Farms.\nThe contract, signed on Monday, commits Pask Dairy to buying milk.')).toEqual([
      ['1.1', 'Pask Dairy | Tove Farms', 'signed', null],
      ['1.2', 'Pask Dairy | Tove Farms', 'signed', '1.1'],
    ]);
  });
});

describe('an offer from a rival set off by commas', () => {
  it('"rejected a cash offer … from a rival, Arno Lifts, saying …": rejected, the refuser and the rival', () => {
    expect(rows("Tessel's board formally rejected a cash offer of €14 a share from a rival, Arno Lifts, saying it undervalued the firm.")).toEqual([['1.1', 'Tessel | Arno Lifts', 'rejected', null]]);
    expect(rows('Tessel rejected an offer from its biggest rival, Arno Lifts, on Monday.')).toEqual([['1.1', 'Tessel | Arno Lifts', 'rejected', null]]);
    // An offer only weighed: none.
    expect(rows("Tessel's board is weighing a cash offer from a rival, Arno Lifts.")).toEqual([]);
  });
});

describe('a contract in a relative clause', () => {
  it('"a service contract that Brame signed last year with the Kell Transit Authority": signed, by who signed it and with whom', () => {
    expect(rows('The companies said they would honour a service contract that Brame signed last year with the Kell Transit Authority.')).toEqual([['1.1', 'Brame | Kell Transit Authority', 'signed', null]]);
    // Only might sign, or no one named to sign it with: none.
    expect(rows('A contract that Brame might sign with the port is still being drafted.')).toEqual([]);
    expect(rows('The companies said they would honour a contract that Brame signed last year.')).toEqual([]);
  });
});

describe('an owner set off inside "between … and …"', () => {
  it('"a fuel supply deal between its owner, Marr Chemicals, and the trader Velo Energy fell through": collapsed, both sides', () => {
    expect(rows('A fuel supply deal between its owner, Marr Chemicals, and the trader Velo Energy fell through on Friday.')).toEqual([['1.1', 'Marr Chemicals | Velo Energy', 'collapsed', null]]);
    expect(rows('The Hollin refinery will close in May.\nA deal between its owner, Marr Chemicals, and Velo Energy fell through.')).toEqual([['1.2', 'Marr Chemicals | Velo Energy', 'collapsed', null]]);
    // A row between them is no deal.
    expect(rows('A row between its owner, Marr Chemicals, and the trader Velo Energy ended on Friday.')).toEqual([]);
  });
});

describe('a site covered by a lease, a fleet run under a deal', () => {
  it('"covered by a 15-year lease with the port operator Linn Docks that runs until 2033": in force, the holder named by its possessive and the lessor', () => {
    expect(rows("Quell Freight's Tarn depot is covered by a 15-year lease with the port operator Linn Docks that runs until 2033.")).toEqual([['1.1', 'Quell Freight | Linn Docks', 'in force', null]]);
    // "The depot" is no side: the lessor alone.
    expect(rows('The depot is covered by a 15-year lease with Linn Docks that runs until 2033.')).toEqual([['1.1', 'Linn Docks', 'in force', null]]);
    // Covered by insurance: no deal.
    expect(rows('The depot is covered by insurance that runs until May.')).toEqual([]);
  });

  it('"runs 12 lorries leased from a rival maker, Drum Axial, under a deal that expires in 2027": in force, the subject and whom they came from', () => {
    expect(rows('Quell Freight runs 12 lorries leased from a rival maker, Drum Axial, under a deal that expires in 2027.')).toEqual([['1.1', 'Quell Freight | Drum Axial', 'in force', null]]);
    expect(rows('Quell Freight runs 12 lorries from Drum Axial under a deal that expires in 2027.')).toEqual([['1.1', 'Quell Freight | Drum Axial', 'in force', null]]);
  });
});

describe('an accused breach', () => {
  it('"Vale Growers has accused Halden Foods of breaching a five-year supply contract": breached, the accused and the accuser', () => {
    expect(rows('Vale Growers has accused Halden Foods of breaching a five-year supply contract.')).toEqual([['1.1', 'Halden Foods | Vale Growers', 'breached', null]]);
    // The accuser by a description: the organisation it described before; unresolved, the accused alone.
    expect(rows('Dunmore Growers, a fruit cooperative, supplies apples to Halden Foods.\nThe cooperative has accused Halden Foods of breaching a five-year supply contract.')).toEqual([['1.2', 'Halden Foods | Dunmore Growers', 'breached', null]]);
    expect(rows('The regulator has accused Halden Foods of breaching a supply contract.')).toEqual([['1.1', 'Halden Foods', 'breached', null]]);
    // Critics are no side (a common noun opening the sentence); a denial states no agreement.
    expect(rows('Critics have accused Halden Foods of breaching the spirit of a supply contract.')).toEqual([['1.1', 'Halden Foods', 'breached', null]]);
    expect(rows('Halden denies any breach.')).toEqual([]);
  });
});

describe('terms under a memorandum after page furniture', () => {
  it('"Under the memorandum, Zeph will lease …" two sentences on, one of them a byline; an initialism in brackets after the deal noun', () => {
    expect(rows('Zeph Holdings has signed a memorandum of understanding (MoU) with Tarrow Port.\nBy Ann Lee | 4 min read\nThe port handles two million tonnes of grain a year.\nUnder the memorandum, Zeph will lease two berths for ten years.')).toEqual([
      ['1.1', 'Zeph Holdings | Tarrow Port', 'signed', null],
      ['1.4', 'Zeph Holdings | Tarrow Port', 'signed', '1.1'],
    ]);
    expect(rows('Zeph Holdings has signed a memorandum with Tarrow Port.\n\nBy Ann Lee | 4 min read\n\nThe port handles grain.\n\nUnder the memorandum, Zeph will lease two berths.')).toEqual([
      ['1.1', 'Zeph Holdings | Tarrow Port', 'signed', null],
      ['4.1', 'Zeph Holdings | Tarrow Port', 'signed', '1.1'],
    ]);
  });
});
