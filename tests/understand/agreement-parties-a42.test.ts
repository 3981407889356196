import { describe, expect, it } from 'vitest';
import { agreementRows as rows } from './agreement-rows.js';

/**
 * Session 17 (a42): parties the article names otherwise — by description, as "both sides", as the
 * one a contract is for or awarded to, as an unnamed body, never the places a road joins nor a
 * group's leader — each kind in sentences of our own writing (rows: key, parties, status, the
 * sentence a later mention refers to), with close negatives.
 */
describe('a body by description stands for the organisation the article described so', () => {
  it('backward: a trade noun (WordNet has no "toymaker": read by its last part) after the name', () => {
    expect(rows('Pelton Games said its sales rose by a tenth last year.\nThe Lowfield-based toymaker signed the agreement with Mirren Studios on Monday.')).toEqual([['1.2', 'Pelton Games | Mirren Studios', 'signed', null]]);
    expect(rows('Pelton Games, a toymaker based in Lowfield, employs 300 people.\nThe toymaker renewed its distribution deal with Carrow Retail.')).toEqual([['1.2', 'Pelton Games | Carrow Retail', 'reached', null]]);
  });

  it('forward: sides only described take the names the next sentence gives a deal of the same kind', () => {
    expect(rows('A paper recycler breached its contract with a packaging firm, the court ruled.\nDallow Fibre signed a supply agreement with Crane Packaging in 2021.')).toEqual([
      ['1.1', 'Dallow Fibre | Crane Packaging', 'breached', null],
      ['1.2', 'Dallow Fibre | Crane Packaging', 'signed', null],
    ]);
    // No deal in the next sentence: the descriptions stay (both sides, a54's describedSide).
    expect(rows('A paper recycler signed a deal with a packaging firm.\nDallow Fibre hired Crane Packaging in 2021.')).toEqual([['1.1', 'a paper recycler | a packaging firm', 'signed', null]]);
  });
});

describe('"both sides", "the firms": the two bodies one set against the other before', () => {
  it('after a lawsuit or an accusation', () => {
    expect(rows('Brisco Freight sued Halden Shipping last year over berth fees.\nBoth sides signed a settlement on Friday.')).toEqual([['1.2', 'Brisco Freight | Halden Shipping', 'signed', null]]);
    expect(rows('Brisco Freight accused Halden Shipping of overcharging it.\nThe parties settled the dispute on Friday.')).toEqual([['1.2', 'Brisco Freight | Halden Shipping', 'reached', null]]);
    expect(rows('Brisco Freight accused Halden Shipping of overcharging it.\nThe firms settled the dispute on Friday.')).toEqual([['1.2', 'Brisco Freight | Halden Shipping', 'reached', null]]);
  });

  it('"the two sides" are not a body and the region of the sentence before, when its subject is neither', () => {
    expect(rows('Tessa Burgers ended its franchise, with the Cairo-based Nilo Group in the Middle East, in 2022.\nNilo disputed the termination, and the two sides settled the dispute a year later.')).toEqual([
      ['1.1', 'Tessa Burgers', 'voided', null],
      // ("Nilo disputed the termination": the end of the franchise ended just before, one side named there; a86.)
      ['1.2', 'Tessa Burgers', 'voided', '1.1'],
      ['1.2', 'the two sides', 'reached', null],
    ]);
  });
});

describe('the one a contract is for or awarded to is a party', () => {
  it('"to fly satellites for X", "awarded … to the construction group X", then "That contract"', () => {
    expect(rows('Orbis Rockets signed a contract to fly six satellites for Kestrel Survey.')).toEqual([['1.1', 'Orbis Rockets | Kestrel Survey', 'signed', null]]);
    expect(rows('Orbis Rockets signed a contract to fly six satellites for Kestrel Survey.\nThe prisons ministry has awarded a £120m contract to build cells to the construction group Holm Construction.\nThat contract was signed last week.')).toEqual([
      ['1.1', 'Orbis Rockets | Kestrel Survey', 'signed', null],
      ['1.2', 'the prisons ministry | Holm Construction', 'reached', null],
      ['1.3', 'the prisons ministry | Holm Construction', 'signed', '1.2'],
    ]);
  });
});

describe('who awarded a contract, named after the thing awarded', () => {
  it('"has been awarded a contract by X to …" names X; the full stop ends the name, "Ltd." keeps its own', () => {
    expect(rows('Brightway Services has been awarded a contract by Halden Council to clean its schools.')).toEqual([['1.1', 'Brightway Services | Halden Council', 'reached', null]]);
    expect(rows('Brightway Services was awarded a cleaning contract by Halden Council.')).toEqual([['1.1', 'Brightway Services | Halden Council', 'reached', null]]);
    expect(rows('Brightway Services was awarded a cleaning contract by Gatehouse Ltd.')).toEqual([['1.1', 'Brightway Services | Gatehouse Ltd.', 'reached', null]]);
    // "by" in a clause about something else names no giver.
    expect(rows('Brightway Services was awarded a contract to clean schools used by Halden Council.')).toEqual([['1.1', 'Brightway Services', 'reached', null]]);
  });
});

describe('an unnamed body by its definite description', () => {
  it('"the company had breached the contract": the company is the earlier deal\'s party, and the deal is that one', () => {
    expect(rows('The justice ministry has terminated its contract with Gatehouse Ltd, a security firm.\nMinisters said the company had breached the contract.')).toEqual([
      ['1.1', 'the justice ministry | Gatehouse Ltd', 'voided', null],
      ['1.2', 'Gatehouse Ltd | the justice ministry', 'breached', '1.1'],
    ]);
    // "the crew" is no name introduced as a crew: the deal is not the firm's earlier one.
    expect(rows('Kelso Lines has agreed to buy Morva Shipping.\nThe crew\'s new pay agreement with Morva was approved by union members.')).toEqual([
      ['1.1', 'Kelso Lines | Morva Shipping', 'reached', null],
      ['1.2', 'the crew | Morva Shipping', 'approved', null],
    ]);
  });

  it('"the ministry" after "the health ministry": the same unnamed body, never a capitalised common noun', () => {
    expect(rows('The health ministry has signed a contract with Brightway Services.\nOfficials said the firm would start work in May.\nThe ministry later cancelled the contract.')).toEqual([
      ['1.1', 'the health ministry | Brightway Services', 'signed', null],
      ['1.3', 'the health ministry | Brightway Services', 'voided', '1.1'],
    ]);
  });

  it("\"the city's arena authority\" is a body of its own; \"the city's council\" acts for the city", () => {
    expect(rows("The city's arena authority signed a catering contract with Pell Foods.")).toEqual([['1.1', "the city's arena authority | Pell Foods", 'signed', null]]);
    expect(rows("The city's council signed a catering contract with Pell Foods.")).toEqual([['1.1', 'the city | Pell Foods', 'signed', null]]);
  });
});

describe('places a road joins are no parties', () => {
  it('"a toll road between X and Y", "the bridge from X to Y"', () => {
    expect(rows('The roads ministry granted a concession for a toll road between Holmvik and Skarne to Varro Roads.')).toEqual([['1.1', 'the roads ministry | Varro Roads', 'reached', null]]);
    expect(rows('Varro Roads and the roads ministry signed a contract for a bridge from Holmvik to Skarne.')).toEqual([['1.1', 'Varro Roads | the roads ministry', 'signed', null]]);
  });

  it('a deal between two places keeps them', () => {
    expect(rows('A ferry deal between Holmvik and Skarne was signed.')).toEqual([['1.1', 'Holmvik | Skarne', 'signed', null]]);
  });
});

describe('a group led by a named member is the party', () => {
  it('"the Veska Consortium, a group led by …" after "with" or as the subject', () => {
    expect(rows('The port authority signed a contract with the Veska Consortium, a group led by builder Holm & Partner.')).toEqual([['1.1', 'the port authority | the Veska Consortium', 'signed', null]]);
    expect(rows('The Veska Consortium, a group led by Holm & Partner, signed a contract with Carrow Harbour.')).toEqual([['1.1', 'the Veska Consortium | Carrow Harbour', 'signed', null]]);
  });

  it('"Its rival Tessel Care won …": the name after the possessive is the subject, not the owner before', () => {
    expect(rows('Brightway Services has been awarded a contract by Halden Council to clean its schools.\nIts rival Tessel Care won a cleaning contract from the regional health authority.')).toEqual([
      ['1.1', 'Brightway Services | Halden Council', 'reached', null],
      ['1.2', 'Tessel Care | the regional health authority', 'reached', null],
    ]);
  });

  it('a contract won from an unnamed body ("the port authority": WordNet files "authority" among groups) names it', () => {
    expect(rows('The Veska Consortium, led by Holm & Partner, won a dredging contract from the port authority.')).toEqual([['1.1', 'the Veska Consortium | the port authority', 'reached', null]]);
  });
});
