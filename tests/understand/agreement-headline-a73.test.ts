import { beforeAll, describe, expect, it } from 'vitest';
import { agreementRows as rows } from './agreement-rows.js';

/**
 * Session 29 (a73): a headline that names the deal its body reports, read at the level of the
 * article — when the body's report of that kind gives no two sides of its own, when the headline
 * calls the deal by the body's own noun, and what the word governing the noun (a verb the tagger
 * may miss in headline style) says became of it. Sentences of our own writing, negatives beside them.
 */
// (The tagger and WordNet load once, on a shared machine slowly.)
beforeAll(() => void rows('Corbel Twine signed a deal with Duxley Hemp.'), 120_000);

const makers = 'Two of the oldest twine makers in the county have scrapped the merger they planned, the firms said on Friday.\nCorbel Twine and Duxley Hemp had agreed in May to combine their works.';
const charities = 'Two donkey charities in the Tilbrook valley are to merge, their chairs said on Tuesday.\nThe Corbel Donkey Shelter and the Duxley Goat Shelter look after about 90 animals.';
const licence = 'Gantling Wrack has been granted a twelve-year licence by the Harrowsand Tideway to cut weed.';

describe('a headline over a body deal whose sides the body gives only as a description', () => {
  it('"Twine makers call off merger": a mention of the merger, collapsed (a phrasal verb the tagger reads as a noun)', () => {
    expect(rows(makers, 'Twine makers call off merger after staff vote')).toEqual([
      // (With a72's pair rule the counted description is the two bodies the next sentence names.)
      ['1.1', 'Corbel Twine | Duxley Hemp', 'voided', null],
      ['1.2', 'Corbel Twine | Duxley Hemp', 'reached', null],
      ['0.1', 'Corbel Twine | Duxley Hemp', 'collapsed', '1.1'],
    ]);
  });

  it('"trustees back merger": approved, by the word before the noun the tagger calls an adverb', () => {
    expect(rows(charities, "Donkey charities' trustees back merger")).toEqual([
      ['1.1', 'Corbel Donkey Shelter | Duxley Goat Shelter', 'reached', null],
      ['0.1', 'Corbel Donkey Shelter | Duxley Goat Shelter', 'approved', '1.1'],
    ]);
  });

  it('a headline ending talks "without a merger" states none', () => {
    expect(rows(makers, 'Twine makers end talks without a merger')).toEqual([
      ['1.1', 'Corbel Twine | Duxley Hemp', 'voided', null],
      ['1.2', 'Corbel Twine | Duxley Hemp', 'reached', null],
    ]);
  });
});

describe('a headline calling the deal by the noun the body calls it', () => {
  it('"secures twelve-year shore licence" over "granted a twelve-year licence": that licence, with its sides', () => {
    expect(rows(licence, 'Gantling Wrack secures twelve-year shore licence')).toEqual([
      ['1.1', 'Gantling Wrack | Harrowsand Tideway', 'reached', null],
      ['0.1', 'Gantling Wrack | Harrowsand Tideway', 'reached', '1.1'],
    ]);
  });

  it('a headline naming no deal, or a plural ("exercises options"), is none', () => {
    expect(rows(licence, 'Gantling Wrack plans new drying sheds')).toEqual([['1.1', 'Gantling Wrack | Harrowsand Tideway', 'reached', null]]);
    expect(rows('Wetherlow Airways said today that it is exercising its options with Brimley Jetworks to buy five new jets.', 'Wetherlow Airways exercises options on five Brimley jets')).toEqual([
      ['1.1', 'Wetherlow Airways | Brimley Jetworks', 'reached', null],
    ]);
  });
});

describe('"It" as the subject of a passive that makes or approves a deal, right after one', () => {
  const pay = 'Conductors at Corbel Omnibuses backed a new pay deal with the firm in a ballot on Monday.';
  const deal = ['1.1', 'Conductors | Corbel Omnibuses', 'approved', null];
  it('"It was reached after …" (same paragraph): the deal just found, reached', () => {
    expect(rows(`${pay}\nIt was reached after a week of hard bargaining in Tilbrook.`)).toEqual([deal, ['1.2', 'Conductors | Corbel Omnibuses', 'reached', '1.1']]);
  });

  it('a step still ahead ("must still be signed") keeps the deal\'s status', () => {
    expect(rows(`${pay}\nIt must still be signed by the two sides.`)).toEqual([deal, ['1.2', 'Conductors | Corbel Omnibuses', 'approved', '1.1']]);
  });

  it('a thing traded or founded, or a new paragraph, is none', () => {
    expect(rows(`${pay}\nIt was founded in 1931 by three brothers who ran carts.`)).toEqual([deal]);
    expect(rows(`${pay}\nIt was sold to a rival in 2019.`)).toEqual([deal]);
    expect(rows(`${pay}\n\nIt was reached after a week of hard bargaining in Tilbrook.`)).toEqual([deal]);
  });
});
