import { describe, expect, it } from 'vitest';
import { agreementRows as rows } from './agreement-rows.js';

/**
 * Session 9, round 3 (a14): round 2's fixes widened to the forms an unseen set used, in sentences
 * of our own writing. Rows: key, parties, status, the sentence a later mention refers to.
 */
describe('a possessive name before the apposed reporter', () => {
  it('"Brindle\'s parent, Osgood Holdings, said in a filing that it had agreed to sell …": Osgood Holdings | the buyer, not the judge', () => {
    expect(
      rows(
        [
          'Judge Maren Quist approved the payout plan on Friday.',
          "Brindle's parent, Osgood Holdings, said in a filing that it had agreed to sell the heating unit to the Finnish group Lakso for $75m.",
        ].join('\n'),
      ),
    ).toEqual([['1.2', 'Osgood Holdings | Lakso', 'reached', null]]);
  });
});

describe('what a deal is on, then where, before "with" its partner', () => {
  it('"a new lease on its largest shop on Mill Lane with the landlord, Corve Estates": both sides', () => {
    expect(rows('Quillon Books has agreed a new 10-year lease on its largest shop on Mill Lane with the landlord, Corve Estates.')).toEqual([
      ['1.1', 'Quillon Books | Corve Estates', 'reached', null],
    ]);
  });
});

describe('"approved the award" names the contract won, past another contract mentioned between', () => {
  it('the contract won two paragraphs up, not the old contract extended just before', () => {
    expect(
      rows(
        [
          'Fenwick Coaches has won a five-year contract to run the school routes, Lorne County Council announced on Monday.',
          'Under the contract, the firm will run 20 routes.',
          '',
          "Marley Travel's current contract with the council, which ends in June, has been extended by two months.",
          "The council's cabinet approved the award on Tuesday.",
        ].join('\n'),
      ),
    ).toEqual([
      ['1.1', 'Fenwick Coaches | Lorne County Council', 'reached', null],
      ['1.2', 'Fenwick Coaches | Lorne County Council', 'reached', '1.1'],
      ['2.1', 'Marley Travel | Lorne County Council', 'in force', null],
      ['2.2', 'Fenwick Coaches | Lorne County Council', 'approved', '1.1'],
    ]);
  });
});

describe('whom a thing was licensed to under an earlier contract, read before linking', () => {
  it('"licensed to the cable network KTV under a 2014 contract, which Hollin terminated": Hollin | KTV, not the licensing deal of the lede', () => {
    expect(
      rows(
        [
          'Hollin Films has signed a licensing deal giving the streaming service Vista+ exclusive rights to its catalogue of 80 titles.',
          '',
          'The films had previously been licensed to the cable network KTV under a 2014 contract, which Hollin terminated last year in a row over fees.',
          'KTV sued, and the two companies settled in May for an undisclosed sum.',
        ].join('\n'),
      ),
    ).toEqual([
      ['1.1', 'Hollin Films | Vista+', 'signed', null],
      ['2.1', 'Hollin Films | KTV', 'voided', null],
      ['2.2', 'Hollin Films | KTV', 'reached', null],
    ]);
  });
});

describe('"the two companies" after a deal found since the last pair named together', () => {
  it('the sides of the contract just ended, not two streamers named in talks a paragraph up', () => {
    expect(
      rows(
        [
          'Hollin Films has signed a licensing deal giving the streaming service Vista+ exclusive rights to its catalogue of 80 titles.',
          '',
          'Hollin had held talks with two other streamers, Zelo and Brightcast, over the summer.',
          'Zelo made an offer in July.',
          'Brightcast said it had never made a bid.',
          '',
          'The films had previously been licensed to the cable network KTV under a 2014 contract, which Hollin terminated last year in a row over fees.',
          'KTV sued, and the two companies settled in May for an undisclosed sum.',
        ].join('\n'),
      ),
    ).toEqual([
      ['1.1', 'Hollin Films | Vista+', 'signed', null],
      ['3.1', 'Hollin Films | KTV', 'voided', null],
      ['3.2', 'Hollin Films | KTV', 'reached', null],
    ]);
  });
});

describe('"agreed to the settlement": a definite mention behind its preposition', () => {
  it('links to the settlement just approved and takes both its sides', () => {
    expect(
      rows(
        [
          'A county judge on Monday approved a $5 million settlement between the appliance maker Coldra and about 3,000 tenants who said its heaters failed.',
          'Coldra agreed to the settlement in May without admitting fault.',
        ].join('\n'),
      ),
    ).toEqual([
      ['1.1', 'Coldra | about 3,000 tenants', 'approved', null],
      ['1.2', 'Coldra | about 3,000 tenants', 'reached', '1.1'],
    ]);
  });
});

describe('"Under the ground-share": terms under a deal noun no lexicon knows, made just before', () => {
  it('the noun the earlier deal was agreed with names it; with no such deal nothing is reported', () => {
    expect(
      rows(
        [
          'Ashby Rugby Club will play at the Dene Stadium from next season after agreeing a five-year ground-share with Dene Town Football Club.',
          '',
          'Ashby sold its old ground to a builder in 2022.',
          'Under the ground-share, Ashby will pay £200,000 a year in rent.',
        ].join('\n'),
      ),
    ).toEqual([
      ['1.1', 'Ashby Rugby Club | Dene Town Football Club', 'reached', null],
      ['2.2', 'Ashby Rugby Club | Dene Town Football Club', 'reached', '1.1'],
    ]);
    expect(rows('Under the ground-share, Ashby will pay £200,000 a year in rent.')).toEqual([]);
  });
});

describe('a deal "between X and its neighbour, Y," with the name set off by commas', () => {
  it('the second side is the apposed name, and the phrase ends at its closing comma', () => {
    expect(
      rows(
        [
          'Norland signed a treaty with Estmark on Monday to build a rail tunnel.',
          'A similar rail deal between Norland and its northern neighbour, Vaska, collapsed in 2018 after a row over costs.',
        ].join('\n'),
      ),
    ).toEqual([
      ['1.1', 'Norland | Estmark', 'signed', null],
      ['1.2', 'Norland | Vaska', 'collapsed', null],
    ]);
  });
});

describe('an offer set off by its amount, rejected by "the cooperative" (read by the tagger as an adjective)', () => {
  it('the cooperative of the contract before rejected the buyer\'s offer', () => {
    const lede = 'Dairy farmers in the Vale Milk Cooperative have voted to accept a two-year supply contract with the cheese maker Brindell.';
    for (const offer of ["Brindell's first offer, of 30p a litre, was rejected by the cooperative in May.", "Brindell's first offer was rejected by the cooperative in May."])
      expect(rows([lede, '', offer].join('\n')).slice(1)).toEqual([['2.1', 'Vale Milk Cooperative | Brindell', 'rejected', null]]);
  });
});
