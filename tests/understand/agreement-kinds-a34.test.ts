import { describe, expect, it } from 'vitest';
import { agreementRows as rows } from './agreement-rows.js';

/**
 * Session 15 round 2 (a34): the readers of a30/a32 with the words real copy puts around the same
 * shapes (a sum, an adverb, a "because …" tail, a participle, a relative clause), in sentences of
 * our own writing (rows: key, parties, status, the sentence a later mention refers to), with the
 * close negatives beside them.
 */
describe('refusals with more words around them', () => {
  it('"rejected the £40m offer as too low": a sum between "the" and the offer leaves it the attempt\'s offer', () => {
    expect(rows("Harrow Media tried to buy Lisle Radio outright in 2020, but Lisle Radio's board rejected the £40m offer as too low.")).toEqual([['1.1', 'Lisle Radio | Harrow Media', 'rejected', null]]);
    expect(rows("Harrow Media made a bid for Lisle Radio, but Lisle Radio's board rejected the $2.1 billion offer.")).toEqual([['1.1', 'Lisle Radio | Harrow Media', 'rejected', null]]);
  });

  it('"…, which the team turned down because …", "a request X declined because …": a clause of reason after the refusal is no object', () => {
    expect(rows(['Penn Rovers is a cycling team based in Tolby.', 'Marsh Ales offered a two-year deal, which the team turned down because it would not cover the whole season.'].join('\n'))).toEqual([['1.2', 'Marsh Ales | Penn Rovers', 'rejected', null]]);
    expect(rows('Corvin had asked for a longer lease as well, a request Tamsworth Port declined because its berths were full.')).toEqual([['1.1', 'Corvin | Tamsworth Port', 'rejected', null]]);
    // ("declined that week": a time phrase, not a clause of reason, stays as before.)
    expect(rows('Corvin had asked for a longer lease, a request Tamsworth Port declined that week.')).toEqual([]);
  });

  it('"voted unanimously against the X offer": an adverb between the vote and "against"', () => {
    expect(rows(['Castell Holdings made an offer for Penrose Mills in May.', 'The Penrose family, which owns 60 per cent of the shares, voted unanimously against the Castell Holdings offer.'].join('\n'))).toEqual([['1.2', 'the Penrose family | Castell Holdings', 'rejected', null]]);
  });

  it('"an offer of improved holiday pay from X last week": a participle before the head the tagger reads as verbs', () => {
    expect(rows('The union rejected an offer of improved holiday pay from Gannet Press last week.')).toEqual([['1.1', 'the union | Gannet Press', 'rejected', null]]);
    expect(rows('The union rejected an offer of pay from Gannet Press last week.')).toEqual([['1.1', 'the union | Gannet Press', 'rejected', null]]);
    expect(rows("The dockers' union rejected an offer of reduced overtime pay from Gannet Press on Monday.")).toEqual([['1.1', "the dockers' union | Gannet Press", 'rejected', null]]);
    // (Help is no money or thing by WordNet's first sense: an offer of it stays no deal.)
    expect(rows('Nearby farmers turned down an offer of improved help from the army.')).toEqual([]);
    // (Help read as a noun: WordNet's first sense a kind of help, no deal noun — none; sponsorship, a deal noun, stays an offer.)
    expect(rows('Villagers turned down an offer of practical help from the council.')).toEqual([]);
    expect(rows('Marsh Ales turned down an offer of sponsorship from Gannet Press.')).toEqual([['1.1', 'Marsh Ales | Gannet Press', 'rejected', null]]);
  });
});

describe('a separate deal its own parties end', () => {
  it('"The two lines ended a separate feeder contract …": ending one (a verb of voiding) makes it the subject\'s own; a third party blocking one is none', () => {
    expect(rows(['Rook Lines and Farrow Shipping share ships on the Baltic route.', 'The two lines ended a separate feeder contract on the North Sea route by mutual consent in May.'].join('\n'))).toEqual([['1.2', 'Rook Lines | Farrow Shipping', 'voided', null]]);
    expect(rows('The regulator blocked a separate contract last year.')).toEqual([]);
  });
});

describe('precision', () => {
  it('a denial after "was surprised and" is the subject\'s own (no passive): none; a refusal suffered ("had been denied") still is no denial', () => {
    expect(rows('Gannet Press said it was surprised and denied that it had broken the contract.')).toEqual([]);
    expect(rows('The drivers, who said they had been denied overtime pay under the contract, signed a deal with Rook Lines.')).toEqual([['1.1', 'the drivers | Rook Lines', 'signed', null]]);
  });

  it('talks with a third carrier about joining a pact: none', () => {
    expect(rows('Rook Lines held talks last year with a third carrier, Sable, about joining the pact.')).toEqual([]);
  });
});
