import { beforeAll, describe, expect, it } from 'vitest';
import { agreementRows as rows } from './agreement-rows.js';

/**
 * Session 31 (a77): the sides a reader names across the article. A holder's promise to back an
 * offer is made to the bidder, not to the company whose shares it holds. Sentences of our own
 * writing; every name invented.
 */
// (The tagger and WordNet load once, on a shared machine slowly.)
beforeAll(() => void rows('Corvellan Pumps signed a deal with Ashtrove Gaskets.'), 120_000);

const BID = [
  'Corvellan Pumps has agreed to buy Ashtrove Gaskets for £12m, it said on Thursday.',
  'Ashtrove\'s board has recommended the offer.',
  '',
  'Ashtrove\'s founder, Mabrey Pennacott, who holds a fifth of the company, has signed a binding undertaking to support the bid.',
].join('\n');

describe('a holder\'s promise to back the offer', () => {
  it('is made to the buyer of the article\'s purchase, not to the body whose shares it holds', () => {
    expect(rows(BID).map((r) => r.slice(0, 3))).toEqual([
      ['1.1', 'Corvellan Pumps | Ashtrove Gaskets', 'reached'],
      ['1.2', 'Corvellan Pumps | Ashtrove Gaskets', 'approved'],
      ['2.1', 'Mabrey Pennacott | Corvellan Pumps', 'signed'],
    ]);
  });

  it('keeps its sides when the article tells of two purchases, or when it promises something else', () => {
    const rival = BID.replace('\n\n', '\nBrentacre Sieveworks had agreed to buy Quintley Meshworks in May.\n\n');
    expect(rows(rival).map((r) => r.slice(0, 2)).filter((r) => r[0]!.startsWith('2.'))).toEqual([['2.1', 'Mabrey Pennacott | Ashtrove Gaskets']]);
    const other = BID.replace('to support the bid', 'to sell her workshop to Ormby Bursary');
    expect(rows(other).map((r) => r.slice(0, 2)).filter((r) => r[0]!.startsWith('2.'))).toEqual([['2.1', 'Mabrey Pennacott | Ormby Bursary']]);
  });

  it('in a merger, names the other body only when it names the one held', () => {
    const merger = [
      'Quintley Meshworks has agreed to merge with Brentacre Sieveworks in an all-share deal.',
      'Brentacre\'s largest investor, Ormby Bursary, has signed a binding undertaking to support the bid.',
      'Separately, the Nettlecomb family signed an undertaking to vote for it.',
    ].join('\n');
    expect(rows(merger).map((r) => r.slice(0, 2))).toEqual([
      ['1.1', 'Quintley Meshworks | Brentacre Sieveworks'],
      ['1.2', 'Ormby Bursary | Quintley Meshworks'],
      ['1.3', 'the Nettlecomb family'],
    ]);
  });
});

describe('a lede that describes its body and names it next', () => {
  const LEDE = [
    'A riverside sawmill that had faced closure has settled its rent dispute with the Pellisant Feoffees.',
    'Corvellan Timberworks has cut oak beside the weir since 1961.',
    '',
    'In May the mill struck a deal to supply Ashtrove Stairbuilders with oak treads.',
  ].join('\n');

  it('gives that name to the description and to a later one of its head, or of its compound\'s last part', () => {
    expect(rows(LEDE).map((r) => r.slice(0, 2))).toEqual([
      ['1.1', 'Corvellan Timberworks | Pellisant Feoffees'],
      ['2.1', 'Corvellan Timberworks | Ashtrove Stairbuilders'],
    ]);
  });

  it('not a name after a title, a person\'s', () => {
    const titled = LEDE.replace('Corvellan Timberworks has cut', 'Chief executive Mabrey Pennacott has cut');
    expect(rows(titled).map((r) => r.slice(0, 2)).filter((r) => r[0] === '2.1')).toEqual([['2.1', 'the mill | Ashtrove Stairbuilders']]);
  });
});
