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
  });
});

describe('the other side as a name before the deal\'s noun', () => {
  it('"signed the Venn agreement": the name is a side; a name before another modifier is the topic', () => {
    expect(rows('Ostby Bank signed the Venn agreement in March.')).toEqual([['1.1', 'Ostby Bank | Venn', 'signed', null]]);
    expect(rows('Ostby Bank signed the Paris climate accord in March.')).toEqual([['1.1', 'Ostby Bank', 'signed', null]]);
  });
});
