import { describe, expect, it } from 'vitest';
import { agreementRows as rows } from './agreement-rows.js';

/**
 * Session 35 (a87): a deal of one named side is made with the body the article pairs that side with, or with the lede's protagonist
 * (`counterpartSides`, `protagonistSides`), with the guards beside them. Rows: key, parties, status, the sentence referred to.
 */
describe('a deal of one side takes the counterpart the article gives that side', () => {
  const claim =
    'Pellucombe Roofing has settled its quarrel with Thimblecote Farms over a leaking barn roof.\n' +
    'Thimblecote Farms reached the settlement with Pellucombe Roofing on the morning of the trial.\n\n';
  it('a contract told with one side, after the pair is reported twice, is between the pair', () => {
    expect(rows(claim + 'Pellucombe Roofing had signed a maintenance contract in 2021 promising a yearly check of the roof.')).toEqual([
      ['1.1', 'Pellucombe Roofing | Thimblecote Farms', 'reached', null],
      ['1.2', 'Thimblecote Farms | Pellucombe Roofing', 'reached', null],
      ['2.1', 'Pellucombe Roofing | Thimblecote Farms', 'signed', null],
    ]);
  });
  it('not a deal the sentence sets beside the reported one, nor a side\'s own licence', () => {
    expect(rows(claim + 'Pellucombe Roofing separately signed a maintenance contract in 2021 promising a yearly check of the roof.').at(-1)).toEqual([
      '2.1',
      'Pellucombe Roofing',
      'signed',
      null,
    ]);
    expect(rows(claim + "Pellucombe Roofing's licence runs until 2030.").at(-1)).toEqual(['2.1', 'Pellucombe Roofing', 'in force', null]);
  });
});

describe('an article whose deals each name one side, two bodies in all, tells one deal between them', () => {
  it('the staff\'s workplace and the union that ratified', () => {
    const body =
      'Staff at Harlow Looms have backed a pay deal lasting until 2029, calling off a week of strikes.\n' +
      'The Loomhands Union ratified the deal at a meeting on Sunday.\n\n' +
      'The deal raises pay by 5 per cent this year.';
    expect(rows(body)).toEqual([
      ['1.1', 'Harlow Looms | the Loomhands Union', 'approved', null],
      ['1.2', 'the Loomhands Union | Harlow Looms', 'ratified', null],
      ['2.1', 'the Loomhands Union | Harlow Looms', 'ratified', '1.2'],
    ]);
  });
});

describe('a later deal of one side, no side of the lede\'s, is the protagonist\'s', () => {
  const lede = 'Thimblecote Dairies has signed a milk supply contract with Pellucombe Stores.\n\n';
  it('"X has agreed to take the surplus milk": the lede\'s first side and X', () => {
    expect(rows(lede + 'Haddlesey Creamery has agreed to take the surplus milk.')).toEqual([
      ['1.1', 'Thimblecote Dairies | Pellucombe Stores', 'signed', null],
      ['2.1', 'Thimblecote Dairies | Haddlesey Creamery', 'reached', null],
    ]);
  });
  it('"Y replaces X, whose contract …" with Y a side of the lede\'s deal: the lede\'s other side and X', () => {
    const body = 'Pellucombe Stores has signed an egg supply contract with Durnstable Farms.\n\nDurnstable Farms replaces Haddlesey Creamery, whose contract was cancelled in May.';
    expect(rows(body).at(-1)).toEqual(['2.1', 'Pellucombe Stores | Haddlesey Creamery', 'voided', null]);
  });
  it('a sentence that names another body keeps its sides', () => {
    expect(rows(lede + 'Haddlesey Creamery has agreed to take the surplus milk from the Kellmoor Valley Trust.').at(-1)).toEqual([
      '2.1',
      'Haddlesey Creamery | Kellmoor Valley Trust',
      'reached',
      null,
    ]);
  });
});
