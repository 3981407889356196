import { beforeAll, describe, expect, it } from 'vitest';
import { agreementRows as rows } from './agreement-rows.js';

/**
 * Session 23 (a58): the second side a found sentence leaves out (issue 11), in sentences of our own
 * writing, with close negatives beside them. Rows: sentence, parties, status, the sentence referred to.
 */
// (The tagger and WordNet load once, on a shared machine slowly.)
beforeAll(() => void rows('Halbrook Foods signed a deal with Tessel Dairies.'), 120_000);

describe("a deal's sides carry from its first full report", () => {
  it('a headline naming the seller only takes the buyer from the body (withBodySides), and so do the mentions linked to it', () => {
    expect(
      rows(
        'Quarrel Hill Cider, the farm cidermaker, has agreed to be bought by Brannock Drinks for £3.1m.\nUnder the agreement, the Quarrel Hill name will stay on every bottle.',
        'Quarrel Hill Cider agrees £3m sale to Brannock Drinks',
      ),
    ).toEqual([
      ['0.1', 'Quarrel Hill Cider | Brannock Drinks', 'reached', null],
      ['1.1', 'Quarrel Hill Cider | Brannock Drinks', 'reached', null],
      ['1.2', 'Quarrel Hill Cider | Brannock Drinks', 'reached', '1.1'],
    ]);
  });
  it('a one-sided headline whose side the body never reports with another stays one-sided', () => {
    expect(rows('The weather was fine all week.', 'Quarrel Hill Cider agrees £3m sale')).toEqual([['0.1', 'Quarrel Hill Cider', 'reached', null]]);
  });
  it('"The lease, agreed with landlord X, …" names the side the first report lacked; the first report and the terms after take it (madeWith)', () => {
    expect(
      rows(
        'Ferrowby Rowing Club has signed a twelve-year lease on the old ferry house.\nThe lease, agreed with landlord Pellworth Estates in May, sets the rent at £9,000 a year.\nUnder its terms, the club will repaint the ferry house every five years.',
      ),
    ).toEqual([
      ['1.1', 'Ferrowby Rowing Club | Pellworth Estates', 'signed', null],
      ['1.2', 'Pellworth Estates | Ferrowby Rowing Club', 'signed', '1.1'],
      ['1.3', 'Pellworth Estates | Ferrowby Rowing Club', 'signed', '1.1'],
    ]);
  });
});

describe('a let deal taken "from" someone', () => {
  it('"signed a lease on the press house from the Tamsin family": the family is the other side (letFrom)', () => {
    expect(rows('Brannock Drinks has signed a seven-year lease on the old press house from the Tamsin family.')).toEqual([['1.1', 'Brannock Drinks | the Tamsin family', 'signed', null]]);
  });
  it('"a lease on the cellar from March": a month is no side', () => {
    expect(rows('Brannock Drinks has signed a seven-year lease on the cellar from March.')).toEqual([['1.1', 'Brannock Drinks', 'signed', null]]);
  });
});

describe('a role set off before the one side named', () => {
  it('"The choir\'s previous sponsor, the seed merchants X, pulled out of its deal": the choir (described possessor) is the other side', () => {
    expect(
      rows(
        'The Wendle Valley Choir has signed a two-year sponsorship deal with the printing firm Ashcombe Press.\nThe choir\'s previous sponsor, the seed merchants Corvell Brothers, pulled out of its deal in 2023.',
      ),
    ).toEqual([
      ['1.1', 'the Wendle Valley Choir | Ashcombe Press', 'signed', null],
      ['1.2', 'Corvell Brothers | Wendle Valley Choir', 'voided', null],
    ]);
  });
  it('"X and its paper supplier, Y, settled a dispute": X is the other side', () => {
    expect(rows('Ashcombe Press prints programmes for choirs.\nAshcombe and its paper supplier, Yelland Mills, settled a dispute over late deliveries last month.')).toEqual([
      ['1.2', 'Yelland Mills | Ashcombe Press', 'reached', null],
    ]);
  });
});

describe("the article's main side", () => {
  const deal =
    'Crumbwell Bakeries, the sourdough chain, has signed a franchise agreement with Holmfirth Retail Partners to open six shops in Cumbria.\nThe agreement gives Holmfirth sole rights in the county for eight years.\n\nThe chain\'s shares rose 5 per cent.\nBread prices in the region have risen by a tenth this year.\nFlour costs rose too.\n\n';
  it('"a similar arrangement with X fell apart", far from any deal: the side of most deals is the other (withSide, mainSide)', () => {
    expect(rows(`${deal}Two years ago a similar arrangement with the Leeds operator Oventide Group fell apart over rents.`).at(-1)).toEqual(['3.1', 'Crumbwell Bakeries | Oventide Group', 'collapsed', null]);
  });
  it('"X signed a similar arrangement with Y": a sentence with a subject of its own takes no main side', () => {
    expect(rows(`${deal}Dunmore Foods signed a similar arrangement with Oventide Group in May.`).at(-1)).toEqual(['3.1', 'Dunmore Foods | Oventide Group', 'signed', null]);
  });
  it('"X\'s first offer was turned down": the offer was made to the other side of its maker\'s deal (offerNoun)', () => {
    expect(rows(`${deal}Holmfirth's first offer in April was turned down.`).at(-1)).toEqual(['3.1', 'Holmfirth Retail Partners | Crumbwell Bakeries', 'rejected', null]);
  });
});

describe('"Both boards" stands for the deal of its own noun', () => {
  it('after the takeover and a lease one side took, "Both boards have approved the takeover" is the takeover\'s pair (lastOfKind)', () => {
    expect(
      rows(
        'Quarrel Hill Cider has agreed to be bought by Brannock Drinks for £3.1m.\nUnder the agreement, the Quarrel Hill name will stay.\nBrannock has also signed a lease on the press house from the Tamsin family.\nBoth boards have approved the takeover.',
      ).at(-1),
      // (Linked to the takeover since session 25, a63: "agreed to be bought" makes a deal of trade.)
    ).toEqual(['1.4', 'Quarrel Hill Cider | Brannock Drinks', 'approved', '1.1']);
  });
});
