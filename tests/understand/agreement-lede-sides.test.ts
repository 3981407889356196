import { beforeAll, describe, expect, it } from 'vitest';
import { agreementRows as rows } from './agreement-rows.js';

/**
 * Session 27 (lead): a lede's deal reported first with one side, whose other side the sentence holds
 * in a phrase the readers do not take for a party ("power bought from a wind farm owned by Y"), takes that
 * side from the headline's deal of the same kind — by the fuller name the sentence writes — and so do
 * the later mentions that took the one side (the next one here links to the headline's deal). Not when the sentence does not write the
 * headline's other side, nor when the headline reports a deal of another kind.
 */
beforeAll(() => void rows('Kelling Growers signed a deal with Whitsand Heatline.'), 120_000);

const headline = 'Kelling Growers signs heat deal with Whitsand data centre';

describe("a lede's one-sided deal takes the headline's other side", () => {
  it('the side written in a phrase of the lede, by its fuller name; the mention after it too', () => {
    expect(
      rows(
        'Kelling Growers has signed a ten-year agreement to warm its greenhouses with waste heat from a nearby data centre run by Whitsand Heatline, the firms said.\nUnder the deal, Whitsand will pipe hot water to the site.',
        headline,
      ),
    ).toEqual([
      ['0.1', 'Kelling Growers | Whitsand', 'signed', null],
      ['1.1', 'Kelling Growers | Whitsand Heatline', 'signed', null],
      ['1.2', 'Kelling Growers | Whitsand Heatline', 'signed', '0.1'],
    ]);
  });
  it('not when the lede does not write the other side', () => {
    expect(rows('Kelling Growers has signed a ten-year agreement to warm its greenhouses with waste heat, the firm said.', headline)).toEqual([
      ['0.1', 'Kelling Growers | Whitsand', 'signed', null],
      ['1.1', 'Kelling Growers', 'signed', null],
    ]);
  });
});
