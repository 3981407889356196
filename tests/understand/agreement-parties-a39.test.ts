import { describe, expect, it } from 'vitest';
import { agreementRows as rows } from './agreement-rows.js';

/**
 * Session 16 round 2 (a39): who the parties of an agreement are, each kind in sentences of our own
 * writing (rows: key, parties, status, the sentence a later mention refers to), with close negatives.
 */
describe('an approver is no side of the deal it approves', () => {
  it('"approved a ground lease between X and Y": X and Y only', () => {
    expect(rows('The Tolby Planning Board approved a ground lease between Halden College and Brickyard Homes.')).toEqual([['1.1', 'Halden College | Brickyard Homes', 'approved', null]]);
  });
});

describe('a name with "and" inside is one side', () => {
  it('"the Metal and Allied Workers Union", after "with" or as the subject', () => {
    expect(rows('Corvel Mining signed a wage agreement with the Metal and Allied Workers Union on Friday.')).toEqual([['1.1', 'Corvel Mining | the Metal and Allied Workers Union', 'signed', null]]);
    expect(rows('The Metal and Allied Workers Union signed a wage agreement with Corvel Mining.')).toEqual([['1.1', 'the Metal and Allied Workers Union | Corvel Mining', 'signed', null]]);
  });

  it('"the National Union of Metal and Allied Workers": a head "of" common words ending in a plural is one name', () => {
    expect(rows('Corvel Mining reached a wage agreement with the National Union of Metal and Allied Workers.')).toEqual([['1.1', 'Corvel Mining | the National Union of Metal and Allied Workers', 'reached', null]]);
    expect(rows('The Department of Health and Human Services signed a contract with Orvo Labs.')).toEqual([['1.1', 'the Department of Health and Human Services | Orvo Labs', 'signed', null]]);
    // A plural that heads a body of its own is a second name.
    expect(rows('Corvel Mining signed a pay deal with the Bank of Tarn and Allied Irish Banks.')).toEqual([['1.1', 'Corvel Mining | the Bank of Tarn | Allied Irish Banks', 'signed', null]]);
  });
});

describe('"the two companies", "the pair": the two named before', () => {
  it('both stand for the pair of the sentence before', () => {
    expect(rows('Ravel Foods and Tamsin Dairy have worked together for years.\nThe pair signed a new supply deal on Monday.')).toEqual([['1.2', 'Ravel Foods | Tamsin Dairy', 'signed', null]]);
    expect(rows('Ravel Foods and Tamsin Dairy are in talks over a supply deal.\nThe two companies signed the agreement on Monday.')).toEqual([['1.2', 'Ravel Foods | Tamsin Dairy', 'signed', null]]);
  });

  it('with no pair named together, the two bodies the sentence before names', () => {
    expect(rows('Tessel Rail hired Brant Bus as a contractor in 2020.\nThe pair have now agreed to merge.')).toEqual([['1.2', 'Tessel Rail | Brant Bus', 'reached', null]]);
    // One body before: no pair to take.
    expect(rows('Tessel Rail hired a new chief engineer in 2020.\nThe pair have now agreed to merge.')).toEqual([['1.2', 'the pair', 'reached', null]]);
  });
});

describe('sides known by description, named in the clause under the deal', () => {
  it('"Under the lease, X will pay Y …" names both sides of a lease agreed by descriptions, in both sentences', () => {
    expect(rows("The valley's owners agreed a new lease with the firm that runs its lifts.\nUnder the lease, Corrie Slopes will pay Dunmore Estate £2m a year.")).toEqual([
      ['1.1', 'Corrie Slopes | Dunmore Estate', 'reached', null],
      ['1.2', 'Corrie Slopes | Dunmore Estate', 'reached', '1.1'],
    ]);
  });

  it('a lease whose sides are named keeps them; a clause naming no payee changes nothing', () => {
    expect(rows('Brant Estates agreed a new lease with Corrie Slopes.\nUnder the lease, Corrie Slopes will pay Dunmore Estate £2m a year.')).toEqual([
      ['1.1', 'Brant Estates | Corrie Slopes', 'reached', null],
      ['1.2', 'Corrie Slopes | Dunmore Estate', 'in force', null],
    ]);
    expect(rows("The valley's owners agreed a new lease with the firm that runs its lifts.\nUnder the lease, the firm will repair the lifts.")).toEqual([
      ['1.1', 'the valley', 'reached', null],
      ['1.2', 'the valley', 'reached', '1.1'],
    ]);
  });
});

describe('a payee written before the sum', () => {
  it('"will pay X $40 million …, under a licensing agreement": the payer and X', () => {
    expect(rows('Pell Pharma will pay Orvane Bio $40 million for the rights to a drug, under a licensing agreement.')).toEqual([['1.1', 'Pell Pharma | Orvane Bio', 'reached', null]]);
  });

  it('a payment only possible, or wages paid, make no deal', () => {
    expect(rows('Pell Pharma may pay Orvane Bio $40 million for the rights to a drug, under a licensing agreement.')).toEqual([]);
    expect(rows('Pell Pharma pays its staff above the industry average.')).toEqual([]);
  });
});

describe('a thing licensed from a firm, held by the main clause\'s subject', () => {
  it('"Its new frame follows a design licensed from X": the owner named before and X', () => {
    expect(rows('Harrow Cycles makes folding bikes in Leeds.\nIts new frame follows a design licensed from the architects Varn Design under an agreement struck last year.')).toEqual([
      ['1.2', 'Harrow Cycles | Varn Design', 'reached', null],
      ['1.2', 'Harrow Cycles | Varn Design', 'in force', '1.2'],
    ]);
  });

  it('"X builds a frame licensed from Y": X, not the words up to the participle', () => {
    expect(rows('Harrow Cycles builds a frame licensed from Varn Design.')).toEqual([['1.1', 'Harrow Cycles | Varn Design', 'reached', null]]);
  });
});

describe('share buttons glued before a name', () => {
  it('the name is the part written alone elsewhere in the article', () => {
    expect(rows('Twitter Facebook LinkedIn Kettlewick Games signed a licensing deal with Orla Studios.\nKettlewick makes puzzle games in Dundee.')).toEqual([['1.1', 'Kettlewick Games | Orla Studios', 'signed', null]]);
  });

  it('a long name whose tail is used alone keeps its first words', () => {
    expect(rows('North Ridge Water Company signed a supply deal with Orla Fuels.\nRidge Water customers will see no change.')).toEqual([['1.1', 'North Ridge Water Company | Orla Fuels', 'signed', null]]);
    expect(rows('Royal Harbour Shipping Group signed a supply deal with Orla Fuels.\nGroup profits rose last year.')).toEqual([['1.1', 'Royal Harbour Shipping Group | Orla Fuels', 'signed', null]]);
  });
});
