import { describe, expect, it } from 'vitest';
import { agreementRows as rows } from './agreement-rows.js';

/**
 * Session 14 (a28): the sides and status of an agreement, each kind in sentences of our own
 * writing (rows: key, parties, status, the sentence a later mention refers to).
 */
describe('an offer "for" a thing "from" a bidder, refused in the passive', () => {
  it('the agent decides when the target is a thing, a place or a person (WordNet), not a body', () => {
    expect(rows('An earlier bid for the marina from the hotel group Seacrest was turned down by the harbour board in May.')).toEqual([['1.1', 'the harbour board | Seacrest', 'rejected', null]]);
    expect(rows('An offer for the striker from Dunmere United was rejected by Harlow Rovers.')).toEqual([['1.1', 'Harlow Rovers | Dunmere United', 'rejected', null]]);
  });

  it('a named target still decides through its own board', () => {
    expect(rows('A bid for Kell Foods from Orrin was rejected by its board.')).toEqual([['1.1', 'Kell Foods | Orrin', 'rejected', null]]);
  });
});

describe('who acts for a body on its deal', () => {
  it('"Its board" opening the sentence is the name the sentence before opens with', () => {
    expect(rows('Wexley Rail has bought four new trains this year.\nIts board approved the Tolland contract on Monday.')).toEqual([['1.2', 'Wexley Rail | Tolland', 'approved', null]]);
  });

  it('"signed by the museum\'s director and the gallery\'s chairman": the bodies, resolved to their names', () => {
    expect(rows('Ferrow Museum will lend three paintings to the Calder Gallery.\nThe loan agreement was signed by the museum\'s director and the gallery\'s chairman.')).toEqual([
      ['1.2', 'Ferrow Museum | Calder Gallery', 'signed', null],
    ]);
    expect(rows("Greyhill Bank's chairman signed the agreement with Tarn Foods.")).toEqual([['1.1', 'Greyhill Bank | Tarn Foods', 'signed', null]]);
    // A role noun whose first sense is another thing ("principal": a sum of money) but a person among its first two.
    expect(rows("Ashby Grammar School and the Wrenfield Academy will share a science block.\nThe partnership agreement was signed by the school's head teacher and the academy's principal.")).toEqual([
      ['1.2', 'Ashby Grammar School | Wrenfield Academy', 'signed', null],
    ]);
  });
});

describe('the other side as a name before the deal\'s noun', () => {
  it('"signed the Venn agreement": the name is a side; a name before another modifier is the topic', () => {
    expect(rows('Ostby Bank signed the Venn agreement in March.')).toEqual([['1.1', 'Ostby Bank | Venn', 'signed', null]]);
    expect(rows('Ostby Bank signed the Paris climate accord in March.')).toEqual([['1.1', 'Ostby Bank', 'signed', null]]);
  });
});

describe('the subject of a breach that is a description of a body named before', () => {
  it('"said the company had already breached a 2019 agreement with X": the company named before', () => {
    expect(rows('Orrel Freight runs the bus depot at Tanby.\nA councillor said the company had already breached a 2019 agreement with Tanby Council.')).toEqual([
      ['1.2', 'Orrel Freight | Tanby Council', 'breached', null],
    ]);
  });

  it('a description of another kind of body than the name ("the army") is still no side', () => {
    expect(rows('Orrel Freight runs the bus depot at Tanby.\nThe army had already breached a 2019 agreement with Tanby Council.')).toEqual([['1.2', 'Tanby Council', 'breached', null]]);
  });
});

describe('"Its contract with the hospital runs until …"', () => {
  it('"its" opening the sentence is the name the sentence before opens with, past a which-clause', () => {
    expect(rows('Pask Cleaning, which looks after the wards at Morrow Hospital, lost a tribunal case on Friday.\nIts contract with the hospital runs until 2028.')).toEqual([
      ['1.2', 'Pask Cleaning | Morrow Hospital', 'in force', null],
    ]);
  });
});

describe('leaving a deal', () => {
  it('a sale only agreed collapses when one side pulls out; a contract signed is voided', () => {
    expect(rows('Calder Mills agreed in May to sell its bakery arm to Hollin Partners.\nHollin Partners pulled out of the deal in September.')).toEqual([
      ['1.1', 'Calder Mills | Hollin Partners', 'reached', null],
      ['1.2', 'Hollin Partners | Calder Mills', 'collapsed', '1.1'],
    ]);
    expect(rows('Calder Mills signed a supply contract with Hollin Partners in 2020.\nHollin Partners pulled out of the contract in September.')).toEqual([
      ['1.1', 'Calder Mills | Hollin Partners', 'signed', null],
      ['1.2', 'Hollin Partners | Calder Mills', 'voided', '1.1'],
    ]);
  });
});

describe('a vote with its tally', () => {
  it('"voted 6-1 in favour of the lease" approves the lease made before', () => {
    expect(rows('Riverlight Arts signed a lease with Dunmoor Council in March.\nCouncillors voted 6-1 in favour of the lease.')).toEqual([
      ['1.1', 'Riverlight Arts | Dunmoor Council', 'signed', null],
      ['1.2', 'Riverlight Arts | Dunmoor Council', 'approved', '1.1'],
    ]);
  });
});

describe('a relative clause with no pronoun on the deal', () => {
  it('its subject and whom it was made with, past a time phrase, are the sides', () => {
    expect(rows('The loan agreement Tesk struck in June with the lender Ardley Capital runs until 2031.')).toEqual([['1.1', 'Tesk | Ardley Capital', 'in force', null]]);
    expect(rows('The new mill is financed by a loan agreement Tesk struck in June with the lender Ardley Capital.')).toEqual([['1.1', 'Tesk | Ardley Capital', 'reached', null]]);
    expect(rows('Under a supply contract Tesk signed in 2020 with the grower Hollins Fruit, the firm buys all its apples in Kent.')).toEqual([['1.1', 'Tesk | Hollins Fruit', 'signed', null]]);
  });

  it('a thing made with someone is no deal', () => {
    expect(rows('The film Tesk made in 2020 with the director Ann Roe won a prize.')).toEqual([]);
  });
});

describe('"the United States" is one side', () => {
  it('a name ending in a plural is not the pair of the deal before', () => {
    expect(rows('Tarn Bank and Osk Savings agreed to merge last year.\nThe United States signed a fisheries treaty with Morland on Friday.')).toEqual([
      ['1.1', 'Tarn Bank | Osk Savings', 'reached', null],
      ['1.2', 'the United States | Morland', 'signed', null],
    ]);
  });
});

describe('a deal negotiated by a side', () => {
  it('"a pay deal negotiated by the union": the union is a side; staff at a workplace stand for it', () => {
    expect(rows("Corby Foods signed a pay deal negotiated by the Bakers' Union.")).toEqual([['1.1', "Corby Foods | Bakers' Union", 'signed', null]]);
    expect(rows("Staff at Corby Foods will get a rise under a pay deal negotiated by the Bakers' Union.")).toEqual([['1.1', "Corby Foods | Bakers' Union", 'in force', null]]);
  });
});

describe('"buy X from the Lowe family trust"', () => {
  it('the seller is the whole body, its two lower-case nouns with it', () => {
    expect(rows('Arden Media agreed to buy the two papers from the Lowe family trust for £3m.')).toEqual([['1.1', 'Arden Media | Lowe family trust', 'reached', null]]);
  });
});

describe('a counted plural named in the next sentences', () => {
  it('"Three water companies …. They are X, Y and Z.": the three named', () => {
    expect(rows('Three water companies in the south have agreed to share a reservoir.\nThey are Wessex Springs, Dunmore Water and Kell Aqua.')).toEqual([
      ['1.1', 'Wessex Springs | Dunmore Water | Kell Aqua', 'reached', null],
    ]);
  });

  it('another count than the names given resolves nothing', () => {
    expect(rows('Two water companies in the south have agreed to share a reservoir.\nThey are Wessex Springs, Dunmore Water and Kell Aqua.')[0]![1]).not.toContain('Wessex Springs');
  });
});

describe('a plural description for the names of its kind', () => {
  it('"The forces\' contract with X": every force named before', () => {
    expect(rows("The Norland Army and the Norland Navy rely on private helicopters.\nThe forces' contract with Skylark runs until 2030.")).toEqual([
      ['1.2', 'Norland Army | Norland Navy | Skylark', 'in force', null],
    ]);
  });
});
