import { beforeAll, describe, expect, it } from 'vitest';
import { agreementRows as rows } from './agreement-rows.js';

/**
 * Session 38 (a93): agreement recall and status. Sentences of our own writing; every name invented.
 */
// (The tagger and WordNet load once, on a shared machine slowly.)
beforeAll(() => void rows('Quorvell Mills signed a deal with Tashby Freight.'), 120_000);

describe('one side giving notice on its own deal, reported in the future', () => {
  it('"X said it would end its contract with Y" ends it, as "X will end …" does', () => {
    expect(rows('Quorvell Mills said it would end its haulage contract with Tashby Freight in the spring.')).toEqual([
      ['1.1', 'Quorvell Mills | Tashby Freight', 'voided', null],
    ]);
  });

  it('leaves a notice that hangs on a condition', () => {
    expect(rows('Quorvell Mills said it would end its haulage contract with Tashby Freight if the rates went up again.')).toEqual([]);
  });
});

describe('a compound with a gerund before the deal noun', () => {
  it('"its yard cleaning contract with Y" is the contract, whatever its modifier', () => {
    expect(rows('Quorvell Mills has cancelled its yard cleaning contract with Tashby Freight after a string of missed shifts.')).toEqual([
      ['1.1', 'Quorvell Mills | Tashby Freight', 'voided', null],
    ]);
  });
});

describe('a page read off the web: the lede glued to the furniture before it', () => {
  it('"… ReporterThe proposed merger of X and Y has collapsed" reads the lede', () => {
    expect(rows('Posted by Ilse Marrow | Harbour ReporterThe proposed merger of Quorvell Mills and Tashby Freight has collapsed after a row over pensions.')).toEqual([
      ['1.1', 'Quorvell Mills | Tashby Freight', 'collapsed', null],
    ]);
  });
});

describe("a headline over a lede that reports a deal is the lede's deal", () => {
  it('"X Trading to acquire Y" (its "Trading" read as a noun) takes the sides and status of the lede', () => {
    const body = 'Quorvell Trading Ltd has agreed to acquire Tashby Freight, a family-owned haulier, for £9 million.';
    expect(rows(body, 'Quorvell Trading to acquire Tashby Freight')).toEqual([
      ['1.1', 'Quorvell Trading Ltd | Tashby Freight', 'reached', null],
      ['0.1', 'Quorvell Trading Ltd | Tashby Freight', 'reached', '1.1'],
    ]);
  });

  it('a headline that denies states no deal', () => {
    const body = 'Quorvell Trading Ltd has agreed to acquire Tashby Freight, a family-owned haulier, for £9 million.';
    expect(rows(body, 'Tashby Freight denies it will close depots')).toEqual([['1.1', 'Quorvell Trading Ltd | Tashby Freight', 'reached', null]]);
  });
});

describe('a failed attempt at a deal called by its generic noun', () => {
  it('"A previous effort at an agreement fell apart …" is between the two of the deal found before', () => {
    const body = [
      'Quorvell Anglers signed a fishing truce with Tashby Netters on Monday.',
      'A previous effort at an agreement fell apart in April when the netters refused to back it.',
    ].join('\n');
    expect(rows(body)).toEqual([
      ['1.1', 'Quorvell Anglers | Tashby Netters', 'signed', null],
      ['1.2', 'Quorvell Anglers | Tashby Netters', 'collapsed', '1.1'],
    ]);
  });
});
