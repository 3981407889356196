import { beforeAll, describe, expect, it } from 'vitest';
import { agreementRows as rows } from './agreement-rows.js';

/**
 * Session 19 (a46): the kinds the unseen set 35 missed — a merger told by "they" after a reporting
 * verb, the merged body after it, a failed attempt at a merger, a refusal whose particle comes before
 * its object, an offer of a deal still unanswered, a deal replacing another — in sentences of our own
 * writing, with the close negatives beside them.
 */
// (The tagger and WordNet load once, on a shared machine slowly.)
beforeAll(() => void rows('Pryce Movers signed a deal with Lanyard Removals.'), 120_000);

const merged = 'Pryce Movers and Lanyard Removals said on Monday that they will merge.';

describe('a merger reported with "they"', () => {
  it('"X and Y said that they will merge": both, reached; the apposition of a group subject names them', () => {
    expect(rows(merged)).toEqual([['1.1', 'Pryce Movers | Lanyard Removals', 'reached', null]]);
    expect(rows("Two of Halden's oldest removal firms, Pryce Movers and Lanyard Removals, said on Monday that they will merge.")).toEqual([
      ['1.1', 'Pryce Movers | Lanyard Removals', 'reached', null],
    ]);
    // Negated: none.
    expect(rows('Pryce Movers and Lanyard Removals said on Monday that they would not merge.')).toEqual([]);
  });

  it('"The combined business will employ 90": the merger before, at the status it was made with (session 34, a85); none after a deal of no merger', () => {
    expect(rows(`${merged}\nThe combined business, to be called Pryce Lanyard, will employ 90 people.`)).toEqual([
      ['1.1', 'Pryce Movers | Lanyard Removals', 'reached', null],
      ['1.2', 'Pryce Movers | Lanyard Removals', 'reached', '1.1'],
    ]);
    expect(rows('Pryce Movers said on Monday that it had hired Lanyard Removals.\nThe combined business will employ 90 people.')).toEqual([]);
    // Where the body will be is no term of the merger.
    expect(rows(`${merged}\nThe combined business will be based in Eastgate.`)).toEqual([['1.1', 'Pryce Movers | Lanyard Removals', 'reached', null]]);
  });
});

describe('a failed attempt', () => {
  it('"An earlier attempt to combine the two firms collapsed": collapsed, the two of the merger before', () => {
    expect(rows(`${merged}\nThe combined business will employ 90 people.\nAn earlier attempt to combine the two firms collapsed in 2016 over the value of their licences.`)).toEqual([
      ['1.1', 'Pryce Movers | Lanyard Removals', 'reached', null],
      ['1.2', 'Pryce Movers | Lanyard Removals', 'reached', '1.1'],
      ['1.3', 'Pryce Movers | Lanyard Removals', 'collapsed', '1.1'],
    ]);
    // No two firms named before, or an attempt that only might collapse: none.
    expect(rows('An earlier attempt to combine the two firms collapsed in 2016.')).toEqual([]);
    expect(rows('Kell Foods tried to hire Dorn Mills.\nAn earlier attempt to buy the two mills could collapse.')).toEqual([]);
  });
});

describe('offers', () => {
  it('"turned down both offers", "turned down the offer": the particle before the object refuses the bid', () => {
    expect(rows('Kessock Bulbs had bid for the rights, but Hollin Bulbs turned down the offer.')).toEqual([['1.1', 'Kessock Bulbs | Hollin Bulbs', 'rejected', null]]);
    expect(rows('Kessock Bulbs and a second grower had bid for the rights, but Hollin Bulbs turned down both offers.')).toEqual([
      ['1.1', 'Kessock Bulbs | a second grower | Hollin Bulbs', 'rejected', null],
    ]);
  });

  it('"offered Y a £400,000 settlement": proposed; an offer of no deal, or one not made, none', () => {
    expect(rows('The Ardley Trust has also offered Brigley Pumps a £400,000 settlement; Brigley has until May to respond.')).toEqual([
      ['1.1', 'the Ardley Trust | Brigley Pumps', 'proposed', null],
    ]);
    expect(rows('The Ardley Trust has also offered Brigley Pumps a tour of the site.')).toEqual([]);
    expect(rows('The Ardley Trust would have offered Brigley Pumps a settlement.')).toEqual([]);
  });

  it('"had offered to extend that contract": the deal before, proposed; extending a deadline is none', () => {
    expect(rows('Gannet Oils signed a laundry contract with Kelby Port in 2019.\nGannet had offered to extend that contract for two years at a lower price.')).toEqual([
      ['1.1', 'Gannet Oils | Kelby Port', 'signed', null],
      ['1.2', 'Gannet Oils | Kelby Port', 'proposed', '1.1'],
    ]);
    expect(rows('Gannet had offered to extend the deadline by two years.')).toEqual([]);
  });
});

describe('a deal replacing another', () => {
  it('"It replaces an arrangement with Z that runs until June": the side that stays and Z, in force', () => {
    expect(rows('Gannet Oils has signed a four-year contract to supply diesel to Kelby Port.\nIt replaces a supply arrangement with Harwick Fuels that runs until June.')).toEqual([
      ['1.1', 'Gannet Oils | Kelby Port', 'signed', null],
      ['1.2', 'Kelby Port | Harwick Fuels', 'in force', null],
    ]);
  });
});
