import { beforeAll, describe, expect, it } from 'vitest';
import { agreementRows as rows } from './agreement-rows.js';

/**
 * Session 19 (a48): a deal's completion forecast ("is expected to complete in the spring") is a later
 * mention of the deal made before; a deal that "was off", or whose collapse is named ("the collapse
 * of the deal"), collapsed. Sentences of our own writing, with the close negatives beside them.
 */
// (The tagger and WordNet load once, on a shared machine slowly.)
beforeAll(() => void rows('Halbrook Foods signed a deal with Tessel Dairies.'), 120_000);

const bought = 'Halbrook Foods agreed to buy Tessel Dairies for £40m on Monday.';
const sold = 'Tor Radio agreed to sell its studios to Marl Media.';

describe('a completion forecast', () => {
  it('"is expected to complete / close / be completed": the deal before, mentioned again, reached', () => {
    for (const later of ['The deal is expected to complete in the spring.', 'The merger is expected to close by June.', 'The acquisition is expected to be completed by June.', 'The takeover should complete next month.'])
      expect(rows(`${bought}\n${later}`)).toEqual([
        ['1.1', 'Halbrook Foods | Tessel Dairies', 'reached', null],
        ['1.2', 'Halbrook Foods | Tessel Dairies', 'reached', '1.1'],
      ]);
  });

  it('after an approval: reached (the deal still to complete); after a signing: signed', () => {
    expect(rows(`${bought}\nTessel's board approved the takeover on Tuesday.\nThe takeover is expected to close in the spring.`)).toEqual([
      ['1.1', 'Halbrook Foods | Tessel Dairies', 'reached', null],
      ['1.2', 'Halbrook Foods | Tessel Dairies', 'approved', '1.1'],
      ['1.3', 'Halbrook Foods | Tessel Dairies', 'reached', '1.1'],
    ]);
    expect(rows('Halbrook Foods signed a contract to buy Tessel Dairies.\nThe deal is expected to complete in the spring.')).toEqual([
      ['1.1', 'Halbrook Foods | Tessel Dairies', 'signed', null],
      ['1.2', 'Halbrook Foods | Tessel Dairies', 'signed', '1.1'],
    ]);
  });

  it('no deal before: none; a step still ahead of a deal held ("expected to be approved"): a later mention', () => {
    expect(rows('The deal is expected to complete in the spring.')).toEqual([]);
    expect(rows(`${bought}\nThe deal is expected to be approved by regulators in June.`)).toEqual([
      ['1.1', 'Halbrook Foods | Tessel Dairies', 'reached', null],
      ['1.2', 'Halbrook Foods | Tessel Dairies', 'reached', '1.1'],
    ]);
  });
});

describe('a deal that is off', () => {
  it('"said the deal was off", "The deal is off, …": collapsed, the deal before', () => {
    expect(rows(`${sold}\nOn Friday, Tor Radio's board said the deal was off.`)).toEqual([
      ['1.1', 'Tor Radio | Marl Media', 'reached', null],
      ['1.2', 'Tor Radio | Marl Media', 'collapsed', '1.1'],
    ]);
    expect(rows(`${sold}\nThe deal is off, the board said.`)).toEqual([
      ['1.1', 'Tor Radio | Marl Media', 'reached', null],
      ['1.2', 'Tor Radio | Marl Media', 'collapsed', '1.1'],
    ]);
  });

  it('negated, a modal, a condition, or "off the table": not collapsed', () => {
    expect(rows(`${sold}\nThe deal was not off, the board said.`)).toEqual([
      ['1.1', 'Tor Radio | Marl Media', 'reached', null],
      ['1.2', 'Tor Radio | Marl Media', 'reached', '1.1'],
    ]);
    expect(rows(`${sold}\nThe board said the deal could be off.`)).toEqual([
      ['1.1', 'Tor Radio | Marl Media', 'reached', null],
      ['1.2', 'Tor Radio | Marl Media', 'reached', '1.1'],
    ]);
    expect(rows(`${sold}\nThe board said the deal was off the table.`)).toEqual([
      ['1.1', 'Tor Radio | Marl Media', 'reached', null],
      ['1.2', 'Tor Radio | Marl Media', 'reached', '1.1'],
    ]);
    expect(rows(`${sold}\nIf the deal is off, Tor Radio will sell the studios elsewhere.`)).toEqual([['1.1', 'Tor Radio | Marl Media', 'reached', null]]);
  });
});

describe('the collapse of a deal', () => {
  it('"the collapse of the deal had cost it £200,000": collapsed; the collapse of talks, none', () => {
    expect(rows(`${sold}\nMarl Media said the collapse of the deal had cost it £200,000.`)).toEqual([
      ['1.1', 'Tor Radio | Marl Media', 'reached', null],
      ['1.2', 'Tor Radio | Marl Media', 'collapsed', '1.1'],
    ]);
    expect(rows(`${sold}\nThe collapse of the talks cost Marl Media £200,000.`)).toEqual([['1.1', 'Tor Radio | Marl Media', 'reached', null]]);
  });
});
