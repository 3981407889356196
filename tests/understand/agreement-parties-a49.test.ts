import { describe, expect, it } from 'vitest';
import { agreementRows as rows } from './agreement-rows.js';
import { namesIn, possessedBusinessName } from '../../src/understand/descriptions.js';

/**
 * Session 20 (a49): the parties of agreements on unseen copy — an owner's possessive name of a
 * business, a partner written "their union" that the next sentence names, the owner of a site as
 * the other side of the old holder's contract, "Under the terms, X will …" naming the deal X is a
 * side of, a passive's agent under "a separate agreement with Y", "an agreement in principle with
 * Y", "the boards" for the two sides just named, "agreed to pay royalties to rival Y", and "the deal
 * is expected to complete" naming the merger — each in sentences of our own writing (rows: key,
 * parties, status, the sentence a later mention refers to), with close negatives.
 */
describe("an owner's possessive name of a business", () => {
  it("\"Pellow's Roving Circus\" is one name; a person's role or a name of its own after the possessive is not", () => {
    expect(namesIn("Jugglers at Pellow's Roving Circus said the tour would go on.").map((c) => c.name)).toEqual(["Pellow's Roving Circus"]);
    expect(namesIn("The plan was backed by Pellow's Chief Executive, Ann Lee.").map((c) => c.name)).toEqual(['Pellow', 'Chief Executive', 'Ann Lee']);
    expect(namesIn('Orders from Fenby’s Oldcastle Metals unit fell.').map((c) => c.name)).toEqual(['Fenby', 'Oldcastle Metals']);
    expect(possessedBusinessName("Pellow's Roving Circus")).toBe(true);
    expect(possessedBusinessName("Pellow's League of Friends")).toBe(false);
  });

  it('"… broken the pay deal it reached with their union. The X Guild said …": both sides, in every later mention', () => {
    expect(rows("Jugglers at Pellow's Roving Circus say the company has broken the pay deal it reached with their union last winter.\nThe Variety and Stage Artists' Guild said its members had not received the agreed rise.\n\nThe deal, signed in February after a threatened strike, also promised a rest day every week.\nThe pay deal is due to be reopened in March.")).toEqual([
      ['1.1', "Pellow's Roving Circus | Variety and Stage Artists' Guild", 'breached', null],
      ['2.1', "Pellow's Roving Circus | Variety and Stage Artists' Guild", 'signed', '1.1'],
      // ("due to be reopened": a deal still in force, as a50 reads it and the unseen sets label it.)
      ['2.2', "Pellow's Roving Circus | Variety and Stage Artists' Guild", 'in force', '1.1'],
    ]);
  });

  it('a person, or a union already written in the sentence, names no second side', () => {
    expect(rows("Jugglers at Pellow's Roving Circus say the company has broken the pay deal it reached with their union last winter.\nDirector Martha Pellow said wages had been delayed.")).toEqual([['1.1', "Pellow's Roving Circus", 'breached', null]]);
    expect(rows("Jugglers at Pellow's Roving Circus say the company has broken the pay deal it reached with their union last winter.\nThe jugglers said they would strike.")).toEqual([['1.1', "Pellow's Roving Circus", 'breached', null]]);
  });
});

describe('the owner of a site, the other side of the old holder’s contract', () => {
  it('"X has signed a lease with landowner Y to run the canteen. Z\'s contract to run it was ended": Z and Y', () => {
    expect(rows("Bexmoor Catering has signed a lease with landowner Tolley Estates to run the Harrow Lane canteen.\nSallow Foods' contract to run the canteen was ended in May after complaints.")).toEqual([
      ['1.1', 'Bexmoor Catering | Tolley Estates', 'signed', null],
      ['1.2', 'Sallow Foods | Tolley Estates', 'voided', null],
    ]);
  });

  it('a partner described as no owner lends nothing', () => {
    expect(rows("Bexmoor Catering has signed a lease with caterer Tolley Foods to run the Harrow Lane canteen.\nSallow Foods' contract to run the canteen was ended in May after complaints.")).toEqual([
      ['1.1', 'Bexmoor Catering | Tolley Foods', 'signed', null],
      ['1.2', 'Sallow Foods', 'voided', null],
    ]);
  });
});

describe('the deal a clause under its terms names', () => {
  it('"Under the terms, Tolley will receive …": the live deal Tolley is a side of, past an ended one', () => {
    expect(rows("Bexmoor Catering has signed a lease with landowner Tolley Estates to run the Harrow Lane canteen.\nSallow Foods' contract to run the canteen was ended in May after complaints.\n\nBexmoor plans to spend £2 million on a new kitchen.\nUnder the terms, Tolley will receive a rent of £90,000 a year.")).toEqual([
      ['1.1', 'Bexmoor Catering | Tolley Estates', 'signed', null],
      ['1.2', 'Sallow Foods | Tolley Estates', 'voided', null],
      ['2.2', 'Bexmoor Catering | Tolley Estates', 'signed', '1.1'],
    ]);
  });
});

describe('sides written apart from the verb', () => {
  it('"The ovens will be supplied by Krell under a separate agreement with Bexmoor": Krell and Bexmoor', () => {
    expect(rows('The ovens will be supplied by Krell Kitchens under a separate five-year agreement with Bexmoor Catering.')).toEqual([['1.1', 'Krell Kitchens | Bexmoor Catering', 'in force', null]]);
    // An active subject acting under the deal stays its side.
    expect(rows('Krell Kitchens will supply the ovens under a separate five-year agreement with Bexmoor Catering.')).toEqual([['1.1', 'Krell Kitchens | Bexmoor Catering', 'in force', null]]);
  });

  it('"reached an agreement in principle with the X District": the district is the other side', () => {
    expect(rows('The Brenna Valley Wind Cooperative signed a supply deal with the town of Ossary.\n\nThe co-op also reached an agreement in principle with the Ossary Hospital Trust to power its two clinics.\nThat deal still needs a vote of the trust’s board.')).toEqual([
      ['1.1', 'the Brenna Valley Wind Cooperative | the town of Ossary', 'signed', null],
      ['2.1', 'Brenna Valley Wind Cooperative | the Ossary Hospital Trust', 'reached', null],
      ['2.2', 'Brenna Valley Wind Cooperative | the Ossary Hospital Trust', 'reached', '2.1'],
    ]);
  });

  it('"agreed to pay royalties to rival Y": Y, and the settlement mentioned after', () => {
    expect(rows('Kettle maker Ostrey has agreed to pay royalties to rival Brackwell for a patented hinge, ending a long patent fight.\nOstrey said the settlement would not affect its profits.')).toEqual([
      ['1.1', 'Ostrey | Brackwell', 'reached', null],
      ['1.2', 'Ostrey | Brackwell', 'reached', '1.1'],
    ]);
  });
});

describe('plurals and plain mentions', () => {
  it('"The boards had agreed on an offer" after a takeover of two named sides: those two', () => {
    expect(rows("Pertwee Leisure's planned takeover of boat operator Hallam Boats collapsed on Friday after the two sides failed to agree on pensions.\nThe boards had agreed in May on a cash offer of 4 pounds a share.")).toEqual([
      ['1.1', 'Pertwee Leisure | Hallam Boats', 'collapsed', null],
      ['1.2', 'Pertwee Leisure | Hallam Boats', 'reached', null],
    ]);
  });

  it('"The deal is expected to complete" names the merger, not a supply contract reported since', () => {
    expect(rows('Marrick Tools has agreed to merge with rival Fenby Hardware in an all-share deal.\n\nFenby said its supply contract with steel maker Oldcastle Metals would continue once the merger completes.\n\nThe deal is expected to complete in May.')).toEqual([
      ['1.1', 'Marrick Tools | Fenby Hardware', 'reached', null],
      ['2.1', 'Fenby | Oldcastle Metals', 'reached', null],
      ['3.1', 'Marrick Tools | Fenby Hardware', 'reached', '1.1'],
    ]);
  });
});

describe('sides named after their deal (sets 39/40)', () => {
  it('"awarded a contract to re-lay six car parks to X": X, past the infinitive\'s phrase', () => {
    expect(rows('Brasted District Council has awarded a £2 million contract to re-lay six car parks to Kelham Paving & Kerbs.')).toEqual([['1.1', 'Brasted District Council | Kelham Paving & Kerbs', 'reached', null]]);
  });

  it('"ended its arrangement with the original firm. The earlier deal, with X, was terminated": X in both', () => {
    expect(rows('Brasted District Council has awarded a £2 million contract to re-lay six car parks to Kelham Paving & Kerbs, a month after it ended its arrangement with the original firm.\nThe earlier deal, with Torrin Asphalt, was terminated in May after work fell behind.')).toEqual([
      ['1.1', 'Brasted District Council | Kelham Paving & Kerbs', 'reached', null],
      ['1.1', 'Brasted District Council | Torrin Asphalt', 'voided', null],
      ['1.2', 'Torrin Asphalt | Brasted District Council', 'voided', '1.1'],
    ]);
  });

  it('"Both boards signed off on the deal", a paragraph after the merger of two named sides: those two', () => {
    expect(rows("Two of Dunmere's oldest bakeries, Pell Loaves and Crane Bread, have agreed to merge.\n\nBoth boards signed off on the deal on Friday.").map((r) => r.slice(0, 2))).toEqual([
      ['1.1', 'Pell Loaves | Crane Bread'],
      ['2.1', 'Pell Loaves | Crane Bread'],
    ]);
  });
});
