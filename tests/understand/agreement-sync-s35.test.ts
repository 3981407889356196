import { beforeAll, describe, expect, it } from 'vitest';
import { agreementRows as rows } from './agreement-rows.js';

/**
 * Merge review, session 35: a later mention takes the sides of the deal it links to once the
 * article's side passes have settled them (`syncedLaterSides`). Sentences of our own writing;
 * every name invented.
 */
beforeAll(() => void rows('Ibbotsley Kilns signed a deal with Marrance Glaze.'), 120_000);

describe('a later mention linked before its deal had both sides', () => {
  it('takes both sides once the deal has them', () => {
    const body = [
      'Ulvercombe Council has signed a nine-year bin contract with Vennigate Haulage.',
      '',
      'Vennigate replaces Drasket Wagons, whose contract was terminated in March after weeks of missed rounds.',
      '',
      'Drasket Wagons says it will fight the termination at a tribunal.',
    ].join('\n');
    expect(rows(body)).toEqual([
      ['1.1', 'Ulvercombe Council | Vennigate Haulage', 'signed', null],
      ['2.1', 'Ulvercombe Council | Drasket Wagons', 'voided', null],
      ['3.1', 'Ulvercombe Council | Drasket Wagons', 'voided', '2.1'],
    ]);
  });

});
