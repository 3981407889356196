import { beforeAll, describe, expect, it } from 'vitest';
import { agreementRows as rows } from './agreement-rows.js';

/**
 * Session 25 (a63): recall — a headline that names the body's deal by its noun, and a deal made
 * before still waiting on a step ("still has to be signed", "must still be cleared") — in sentences
 * of our own writing, with the close negatives beside them.
 */
// (The tagger and WordNet load once, on a shared machine slowly.)
beforeAll(() => void rows('Quorvel Mills signed a deal with Brattlemoor Yarns.'), 120_000);

const merger = 'Quorvel Mills has agreed to merge with Brattlemoor Yarns, the two companies said on Monday.';
const takeover = 'Quorvel Mills has agreed to buy Brattlemoor Yarns for 4 million pounds.';
const lease = 'Velsham Rowing Club has signed a ten-year lease on its boathouse with Corriwick Borough Council.';

describe('a headline naming the body deal', () => {
  it('"X takeover of Y … collapses", "… merger sinks" over a deal the body reports: a mention of that deal, with its sides', () => {
    expect(rows(takeover, 'Quorvel takeover of Brattlemoor spinning mills collapses')).toEqual([
      ['1.1', 'Quorvel Mills | Brattlemoor Yarns', 'reached', null],
      ['0.1', 'Quorvel Mills | Brattlemoor Yarns', 'reached', '1.1'],
    ]);
    expect(rows(merger, 'Spinning mill merger sinks after bank objects')).toEqual([
      ['1.1', 'Quorvel Mills | Brattlemoor Yarns', 'reached', null],
      ['0.1', 'Quorvel Mills | Brattlemoor Yarns', 'reached', '1.1'],
    ]);
  });

  it('"Rowing club loses Corriwick lease", "… under ten-year lease": the lease of the body', () => {
    expect(rows(lease, 'Rowing club loses Corriwick lease after 40 years')).toEqual([
      ['1.1', 'Velsham Rowing Club | Corriwick Borough Council', 'signed', null],
      ['0.1', 'Velsham Rowing Club | Corriwick Borough Council', 'signed', '1.1'],
    ]);
    expect(rows(lease, 'Boathouse to become rowing school under ten-year lease')).toEqual([
      ['1.1', 'Velsham Rowing Club | Corriwick Borough Council', 'signed', null],
      ['0.1', 'Velsham Rowing Club | Corriwick Borough Council', 'signed', '1.1'],
    ]);
  });

  it('a headline that denies or negates, or names no deal, or a body with no deal of its kind: none', () => {
    expect(rows(merger, 'Wool firms deny reports of merger')).toEqual([['1.1', 'Quorvel Mills | Brattlemoor Yarns', 'reached', null]]);
    expect(rows(merger, 'No merger yet for wool firms')).toEqual([['1.1', 'Quorvel Mills | Brattlemoor Yarns', 'reached', null]]);
    expect(rows(merger, 'Wool firms plan a brighter autumn')).toEqual([['1.1', 'Quorvel Mills | Brattlemoor Yarns', 'reached', null]]);
    expect(rows('The firms make wool for carpet weavers.\nSales rose by a tenth.', 'Wool firms sign merger')).toEqual([]);
  });
});

describe('a deal made before, its last step still ahead', () => {
  it('"The lease still has to be approved by …": the lease before, waiting (its status kept)', () => {
    expect(rows(`${lease}\nThe lease still has to be approved by the council's property committee.`)).toEqual([
      ['1.1', 'Velsham Rowing Club | Corriwick Borough Council', 'signed', null],
      ['1.2', 'Velsham Rowing Club | Corriwick Borough Council', 'signed', '1.1'],
    ]);
  });

  it('"must still be cleared", "still has to be registered" (WordNet: a verb of recording): the merger before, reached', () => {
    expect(rows(`${merger}\nThe merger must still be cleared by the Competition Office.`)).toEqual([
      ['1.1', 'Quorvel Mills | Brattlemoor Yarns', 'reached', null],
      ['1.2', 'Quorvel Mills | Brattlemoor Yarns', 'reached', '1.1'],
    ]);
    expect(rows(`${merger}\nThe merger still has to be registered with the wool trade federation.`)).toEqual([
      ['1.1', 'Quorvel Mills | Brattlemoor Yarns', 'reached', null],
      ['1.2', 'Quorvel Mills | Brattlemoor Yarns', 'reached', '1.1'],
    ]);
  });

  it('no deal before, a proposed deal: none; the deal held named again with a step ahead: a later mention', () => {
    const only = [['1.1', 'Quorvel Mills | Brattlemoor Yarns', 'reached', null]];
    // (Issue 11's convention: a deal the article holds, named again, also with a step still ahead.)
    const again = [...only, ['1.2', 'Quorvel Mills | Brattlemoor Yarns', 'reached', '1.1']];
    expect(rows(`${merger}\nThe merger still has to be explained to the staff.`)).toEqual(again);
    expect(rows(`${merger}\nThe merger would still have to be approved by shareholders.`)).toEqual(again);
    expect(rows(`${merger}\nA proposed lease must still be approved by the council.`)).toEqual(only);
    expect(rows('The merger still has to be approved by shareholders.')).toEqual([]);
  });
});

describe('a deal awaiting its last step in a relative clause', () => {
  it('"The merger, which still needs the approval of X, would create …": the merger before, waiting', () => {
    expect(rows(`${merger}\nThe merger, which still needs the approval of Brattlemoor's shareholders, would create the largest spinner in the valley.`)).toEqual([
      ['1.1', 'Quorvel Mills | Brattlemoor Yarns', 'reached', null],
      ['1.2', 'Quorvel Mills | Brattlemoor Yarns', 'reached', '1.1'],
    ]);
  });

  it('an indefinite deal, no deal before: none; what the deal held would do: a later mention', () => {
    const only = [['1.1', 'Quorvel Mills | Brattlemoor Yarns', 'reached', null]];
    expect(rows(`${merger}\nThe merger, which includes the dye works, would create the largest spinner in the valley.`)).toEqual([...only, ['1.2', 'Quorvel Mills | Brattlemoor Yarns', 'reached', '1.1']]);
    expect(rows(`${merger}\nA merger, which still needs approval, would create the largest spinner in the valley.`)).toEqual(only);
    expect(rows("The merger, which still needs the approval of Brattlemoor's shareholders, would create the largest spinner in the valley.")).toEqual([]);
  });
});

describe('a deal agreed in the passive of a verb of trade', () => {
  it('"agreed to be bought by X", then "The sale was approved …": the sale is that deal', () => {
    expect(rows("Quorvel Mills has agreed to be bought by the Brattlemoor Group for an undisclosed sum.\nThe sale was approved by Quorvel's shareholders on Friday.")).toEqual([
      ['1.1', 'Quorvel Mills | Brattlemoor Group', 'reached', null],
      ['1.2', 'Quorvel Mills | Brattlemoor Group', 'approved', '1.1'],
    ]);
  });

  it('"agreed to be taken over", then "Under the terms of …, X will …": that deal, reached as it was made (its terms still to come)', () => {
    expect(rows('Quorvel Mills has agreed to be taken over by the Brattlemoor Group.\nUnder the terms of the takeover, Brattlemoor will keep all 52 staff.')).toEqual([
      ['1.1', 'Quorvel Mills | Brattlemoor Group', 'reached', null],
      ['1.2', 'Quorvel Mills | Brattlemoor Group', 'reached', '1.1'],
    ]);
  });

  it('agreed to be interviewed: no deal of trade, no takeover linked to it', () => {
    expect(rows('Quorvel Mills has agreed to be interviewed by the Brattlemoor Group.\nUnder the terms of the takeover, Brattlemoor will keep all 52 staff.')).toEqual([
      ['1.1', 'Quorvel Mills', 'reached', null],
    ]);
  });
});

describe('"Under the …" after a deal of one side found so far', () => {
  const approved = 'Velsham Ropeworks will stay in its harbour-front shed after the Corriwick Harbour Commissioners approved a new 25-year lease on Tuesday.\nThe vote was five to two.\nThe business had been trading month to month since the spring.\n\n';
  it('"Under the terms, …" three sentences on, in the next paragraph: the lease, approved as it was (its terms still to come)', () => {
    expect(rows(`${approved}Under the terms, rent will rise to 14,000 pounds a year.`)).toEqual([
      // (The body that stays "after" the commissioners approved the lease is its other side: a94.)
      ['1.1', 'the Corriwick Harbour Commissioners | Velsham Ropeworks', 'approved', null],
      ['2.1', 'the Corriwick Harbour Commissioners | Velsham Ropeworks', 'approved', '1.1'],
    ]);
  });

  it('"Under the terms, …" two paragraphs on: none', () => {
    expect(rows(`${approved}Fees rose last year.\n\nUnder the terms, rent will rise to 13,000 pounds a year.`)).toEqual([['1.1', 'the Corriwick Harbour Commissioners | Velsham Ropeworks', 'approved', null]]);
  });

  it('"Under the memorandum, …" after a memorandum approved: that memorandum; "Under the scheme": none', () => {
    const memo = 'The Corriwick Harbour Commissioners approved a memorandum of understanding on Tuesday.\n';
    expect(rows(`${memo}Under the memorandum, the commissioners will provide moorings for the college's boats.`)).toEqual([
      ['1.1', 'the Corriwick Harbour Commissioners', 'approved', null],
      ['1.2', 'the Corriwick Harbour Commissioners', 'approved', '1.1'],
    ]);
    expect(rows(`${memo}Under the scheme, the commissioners will provide moorings for the college's boats.`)).toEqual([['1.1', 'the Corriwick Harbour Commissioners', 'approved', null]]);
  });
});

describe('"agreed a standstill with its lender, X,"', () => {
  it('the partner set off after a possessed description; "Under the standstill, …" is that deal', () => {
    expect(rows('Tollcarrow Press has already agreed a standstill with its lender, Fenwray Commercial Bank, until the end of the year.\nUnder the standstill, the bank will not demand repayment while Tollcarrow looks for a buyer.')).toEqual([
      ['1.1', 'Tollcarrow Press | Fenwray Commercial Bank', 'reached', null],
      ['1.2', 'Tollcarrow Press | Fenwray Commercial Bank', 'reached', '1.1'],
    ]);
  });

  it('"agreed a budget with its staff, X said": X reports, no partner, no agreement', () => {
    expect(rows('Tollcarrow Press has already agreed a budget with its staff, Fenwray Commercial Bank said.')).toEqual([]);
  });
});

describe('terms signed', () => {
  it('"The two companies signed heads of terms", "signed final terms with X": signed', () => {
    expect(rows('Tollcarrow Press and Fenwray Books held talks in May.\nThe two companies signed heads of terms in July, and Tollcarrow had been due to complete the purchase by the end of September.')).toEqual([
      ['1.2', 'Tollcarrow Press | Fenwray Books', 'signed', null],
    ]);
    expect(rows('Tollcarrow Press signed final terms with Fenwray Books in July.')).toEqual([['1.1', 'Tollcarrow Press | Fenwray Books', 'signed', null]]);
  });

  it('terms only said fair, or signed in a hypothesis: none', () => {
    expect(rows('Tollcarrow Press said the terms were fair.')).toEqual([]);
    expect(rows('Tollcarrow Press would have signed final terms with Fenwray Books in July.')).toEqual([]);
  });
});
