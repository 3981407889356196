import { describe, expect, it } from 'vitest';
import { agreementRows as rows } from './agreement-rows.js';

/**
 * Session 22 (a56): who the sides are when the article first writes them as words that only point
 * at a name — "She" with no one speaking before, a described side of the lede named in the next
 * sentences (a person, a couple, a body), a family by its surname, a description set off after a
 * name, a one-sided deal whose next-sentence mention opens with the other side, a deal named again
 * by its modifier, a contract awarded after a long purpose clause — in sentences of our own writing
 * (rows: key, parties, status, the sentence a later mention refers to), with close negatives.
 */
describe('a described side of the lede, and "she", named by the sentences around them', () => {
  it('a florist named next, "She" signing with the franchisor: every sentence has both sides', () => {
    expect(rows('A Dunmere florist has had her franchise agreement ended by head office after she began selling her own wreaths.\nRosa Kettle has run the Bloom Corner shop on Mill Lane for five years.\n\nShe signed a seven-year franchise deal with Petal & Stem in 2019, paying a joining fee of £9,000.\nUnder that deal, franchisees must buy their flowers from the company\'s own growers.\nPetal & Stem said Ms Kettle had broken the agreement twice.\nShe has since agreed a new lease on the shop with the landlord, Orwin Estates.')).toEqual([
      ['1.1', 'Rosa Kettle | Petal & Stem', 'reached', null],
      ['1.1', 'Rosa Kettle | Petal & Stem', 'voided', '1.1'],
      ['2.1', 'Rosa Kettle | Petal & Stem', 'signed', null],
      ['2.2', 'Rosa Kettle | Petal & Stem', 'in force', '2.1'],
      ['2.3', 'Rosa Kettle | Petal & Stem', 'breached', '2.1'],
      ['2.4', 'Rosa Kettle | Orwin Estates', 'reached', null],
    ]);
  });

  it('no person named after the description: it stays as written', () => {
    expect(rows('A Dunmere florist has had her franchise agreement ended by head office.\nThe shop on Mill Lane has been open for five years.')).toEqual([
      ['1.1', 'a Dunmere florist', 'reached', null],
      ['1.1', 'a Dunmere florist', 'voided', '1.1'],
    ]);
  });

  it('a described firm settling a claim brought by a described couple: the firm and the couple the next paragraph names', () => {
    expect(rows('A joinery firm has settled a claim brought by a couple whose kitchen collapsed a week after it was fitted.\nThe terms of the settlement were not disclosed.\n\nColin and Ada Pargeter had sued Brackley Joinery for £80,000.\nBrackley said it was glad the matter was over.')).toEqual([
      ['1.1', 'Brackley Joinery | Colin and Ada Pargeter', 'reached', null],
      ['1.2', 'Brackley Joinery | Colin and Ada Pargeter', 'reached', '1.1'],
    ]);
  });

  it('"the Pargeters": a family by its surname is the couple named with it', () => {
    expect(rows('A joinery firm has settled a claim brought by a couple whose kitchen collapsed.\n\nColin and Ada Pargeter had sued Brackley Joinery for £80,000.\nBrackley had earlier offered £20,000, an offer the Pargeters rejected in May.')).toEqual([
      ['1.1', 'Brackley Joinery | Colin and Ada Pargeter', 'reached', null],
      ['2.2', 'Brackley Joinery | Colin and Ada Pargeter', 'rejected', null],
    ]);
  });

  it('"Two other franchisees": sides set apart from the ones named stay as written (merge review)', () => {
    expect(rows('A judge has found that the chain Quillmark breached its franchise agreement with Ada Fenn.\nTwo other franchisees settled with Quillmark last year.\nMs Fenn signed a new deal with Brasswick Signs in March.')).toEqual([
      ['1.1', 'Quillmark | Ada Fenn', 'breached', null],
      ['1.2', 'Two other franchisees | Quillmark', 'reached', null],
      ['1.3', 'Ada Fenn | Brasswick Signs', 'signed', null],
    ]);
  });

  it('a described side further on than the lede is left unnamed; "both teams" points back, not forward', () => {
    expect(rows('Lark Hill Bakery has signed a supply deal with Corran Mills.\n\nLater that year, its rival Tenby Bread cancelled its own contract with a grower in the north.\nTenby Bread declined to comment.')).toEqual([
      ['1.1', 'Lark Hill Bakery | Corran Mills', 'signed', null],
      ['2.1', 'its rival Tenby Bread | a grower', 'voided', null],
    ]);
    expect(rows('The Riders Union reached a settlement with both teams on Monday.\nVelo Sarn and Orrin Cycling signed a sponsorship deal last week.')).toEqual([
      ['1.1', 'the Riders Union | both teams', 'reached', null],
      ['1.2', 'Velo Sarn | Orrin Cycling', 'signed', null],
    ]);
  });
});

describe('the other side named next to the deal', () => {
  it('"X has signed a licensing deal. Y, a snack company, will pay X a royalty … under the agreement": X and Y in both', () => {
    expect(rows('Ember Jam Co., the preserves maker behind the Red Kettle label, has signed a licensing deal that will put its name on a range of cereal bars.\nOrlo Foods, a snack company based in Hadley, will pay Ember Jam a royalty on every bar sold under the agreement, which runs for four years.\nTerms were not disclosed.')).toEqual([
      ['1.1', 'Ember Jam Co. | Orlo Foods', 'signed', null],
      ['1.2', 'Ember Jam Co. | Orlo Foods', 'in force', '1.1'],
    ]);
  });

  it('a lease to "a private operator"; the next sentence opens with its name and writes the side as "the council"', () => {
    expect(rows('Kestle Parish Council has signed a ten-year lease handing its allotments on Wren Hill to a private operator.\nGreenrow Plots Ltd will pay the council £8,000 a year under the lease.')).toEqual([
      ['1.1', 'Kestle Parish Council | Greenrow Plots Ltd', 'signed', null],
      ['1.2', 'Kestle Parish Council | Greenrow Plots Ltd', 'signed', '1.1'],
    ]);
  });

  it('a description set off after the name is the name; a contract awarded after a long purpose clause goes to the contractor', () => {
    expect(rows("LONDON, March 3 (Newswire) — Harrowgate Lamps, Britain's third-largest lighting maker, has agreed to merge with family-run rival Pellow Light in an all-share deal, the companies said on Monday.")).toEqual([
      ['1.1', 'Harrowgate Lamps | Pellow Light', 'reached', null],
    ]);
    expect(rows("Brenford District Council has awarded a three-year contract to sweep and clear gutters on 90 miles of town streets to the contractor Mossley & Vane.\nThe contract was approved by the council's cabinet on Friday.")).toEqual([
      ['1.1', 'Brenford District Council | Mossley & Vane', 'reached', null],
      ['1.2', 'Brenford District Council | Mossley & Vane', 'approved', '1.1'],
    ]);
  });
});
