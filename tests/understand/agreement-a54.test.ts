import { beforeAll, describe, expect, it } from 'vitest';
import { agreementRows as rows } from './agreement-rows.js';

/**
 * Session 21 (a54): the statuses and kinds blind sets 28, 40, 42 and 43 got wrong, in sentences of
 * our own writing, with the close negatives beside them.
 */
// (The tagger and WordNet load once, on a shared machine slowly.)
beforeAll(() => void rows('Halbrook Foods signed a deal with Tessel Dairies.'), 120_000);

describe('the latest live mention of an agreement', () => {
  it('a lease approved by a board, then signed by its sides, is one agreement: its terms and later mentions hold (in force)', () => {
    expect(
      rows(
        "The Harlow Licensing Board on Monday approved a 30-year lease under which developer Pendle Homes will build 200 flats on college land.\nMarsh College signed the lease with Pendle in June, subject to the board's approval.\n\nUnder the terms, Pendle will pay the college £90,000 a year and return the land when the lease ends.\nThe lease also limits rents for 50 of the flats.",
      ),
    ).toEqual([
      ['1.1', 'Marsh College | Pendle', 'approved', null],
      ['1.2', 'Marsh College | Pendle', 'signed', '1.1'],
      ['2.1', 'Marsh College | Pendle', 'in force', '1.1'],
      ['2.1', 'Marsh College | Pendle', 'in force', '1.1'],
      ['2.2', 'Marsh College | Pendle', 'in force', '1.1'],
    ]);
  });

  it('a lease signed with sides the approval already names stays its own report (no outsider approved it)', () => {
    expect(rows('Marsh College and Pendle Homes agreed a 30-year lease in May.\nMarsh College signed the lease with Pendle in June.')).toEqual([
      ['1.1', 'Marsh College | Pendle Homes', 'reached', null],
      ['1.2', 'Marsh College | Pendle Homes', 'signed', null],
    ]);
  });
});
