import { beforeAll, describe, expect, it } from 'vitest';
import { agreementRows as rows } from './agreement-rows.js';

/**
 * Session 30 (a74): the sides a reader names across the article — a union's deal is with its
 * members' employer; a pair of bodies telling a deal are its two sides; a headline tells the deal
 * the body's first sentence reports, not a deal set apart further on; "the pay agreement" is the
 * pay deal; a side called by its trade is the body named for it. Sentences of our own writing;
 * every name invented.
 */
// (The tagger and WordNet load once, on a shared machine slowly.)
beforeAll(() => void rows('Vantridge Bottlers signed a deal with Plimbury Fruitworks.'), 120_000);

const PAY = [
  'Throwers at Brisemoor Kilnworks in Quarnley have now voted to accept a wage deal lasting three years, ending a month of walkouts.',
  'Members of the Kilnhands Union endorsed the offer by 90 votes to 12.',
  'The union had turned down a smaller offer in March.',
  '',
  'The works signed a glaze supply contract with Ossingdale Homewares in the spring.',
  '',
  'The wage agreement lasts until 2028.',
].join('\n');

describe('a union deals with its members\' employer', () => {
  it('a vote of the union on an offer is a deal with the body of its two-sided deals; the headline and the wage agreement are the wage deal', () => {
    expect(rows(PAY, 'Quarnley throwers back wage deal').map((r) => [r[0], r[1], r[3]])).toEqual([
      ['1.1', 'Kilnhands Union | Brisemoor Kilnworks', null],
      ['1.2', 'the Kilnhands Union | Brisemoor Kilnworks', null],
      ['2.1', 'the works | Ossingdale Homewares', null],
      ['3.1', 'Kilnhands Union | Brisemoor Kilnworks', '1.1'],
      ['0.1', 'Kilnhands Union | Brisemoor Kilnworks', '1.1'],
    ]);
  });

  it('a fresh deal of the union alone, with the one body it has dealt with; not when it has dealt with two', () => {
    const fresh = '\n\nOn Friday, members of the Kilnhands Union ratified a fresh wage agreement by 90 votes to 12.';
    expect(rows(`The Kilnhands Union signed a pay deal with Brisemoor Kilnworks in 2021.${fresh}`).map((r) => r.slice(0, 2))).toEqual([
      ['1.1', 'the Kilnhands Union | Brisemoor Kilnworks'],
      ['2.1', 'the Kilnhands Union | Brisemoor Kilnworks'],
    ]);
    expect(rows(`The Kilnhands Union signed a pay deal with Brisemoor Kilnworks in 2021.\nThe Kilnhands Union also signed a pay deal with Ossingdale Homewares in 2022.${fresh}`).map((r) => r.slice(0, 2))).toEqual([
      ['1.1', 'the Kilnhands Union | Brisemoor Kilnworks'],
      ['1.2', 'the Kilnhands Union | Ossingdale Homewares'],
      ['2.1', 'the Kilnhands Union'],
    ]);
  });
});

describe('a pair of bodies telling the deal', () => {
  const body = [
    'Vantridge Bottlers has signed a six-year contract to fill every bottle of Plimbury Fruitworks\' pressed juice, the two firms said on Monday.',
    'The contract starts in June.',
    '',
    'Vantridge also holds a separate licence from the Glennarby Water Trust to draw spring water.',
  ].join('\n');

  it('are its two sides; the headline takes no side of a deal the body sets apart', () => {
    expect(rows(body, 'Vantridge Bottlers signs six-year deal').map((r) => r.slice(0, 2))).toEqual([
      ['0.1', 'Vantridge Bottlers'],
      ['1.1', 'Vantridge Bottlers | Plimbury Fruitworks'],
      ['1.2', 'Vantridge Bottlers | Plimbury Fruitworks'],
      ['2.1', 'Vantridge Bottlers | Glennarby Water Trust'],
    ]);
  });

  it('but not a reporter\'s "said" of one body', () => {
    expect(rows('Vantridge Bottlers has signed a six-year contract to fill the juice of Plimbury Fruitworks, the firm said on Monday.').map((r) => r.slice(0, 2))).toEqual([
      ['1.1', 'Vantridge Bottlers'],
    ]);
  });
});

describe('a side called by its trade', () => {
  it('is the one body whose name holds the trade\'s word ("the marmalade maker"); none when two do', () => {
    const pact = '\nThe Glennarby Fruitworks cooperative signed a seven-year fruit pact with the marmalade maker in 2023.';
    expect(rows(`Brisemoor Marmalades has a factory in Quarnley.${pact}`).map((r) => r.slice(0, 2))).toEqual([['1.2', 'the Glennarby Fruitworks cooperative | Brisemoor Marmalades']]);
    expect(rows(`Brisemoor Marmalades and Vantridge Marmalades both have factories in Quarnley.${pact}`).map((r) => r.slice(0, 2))).toEqual([['1.2', 'the Glennarby Fruitworks cooperative | the marmalade maker']]);
  });
});
