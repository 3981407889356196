import { describe, expect, it } from 'vitest';
import { agreementRows as rows } from './agreement-rows.js';

/**
 * Session 37 (a90): the sides of a deal's opening report, where later mentions copy them from.
 * Rows: key, parties, status, the sentence referred to.
 */
describe("a scraped page's headline left in the first paragraph among the page's furniture", () => {
  it('takes the sides the first sentence of the body names, as a headline of its own would', () => {
    const body =
      'Skip to main content\n' +
      'Paddling centre secures lease on riverside boathouse\n' +
      'By Idris Penhallow | 3 min read\n' +
      'Larrowmere Paddlesports has signed a lease for twenty years with Tansby Borough Council on the old ferry boathouse.';
    expect(rows(body)).toEqual([
      ['1.2', 'Larrowmere Paddlesports | Tansby Borough Council', 'reached', null],
      ['1.4', 'Larrowmere Paddlesports | Tansby Borough Council', 'signed', null],
    ]);
  });
});

describe('"X has also agreed to <verb> … with / from / to Y": the partner inside the infinitive clause', () => {
  const lede = 'Harrowby Canoe Club has signed a ten-year boathouse lease with Tansby Borough Council.\n';
  it('"with" after any verb', () => {
    expect(rows(`${lede}Harrowby Canoe Club also agreed to split its boat shed with the Pellock Sea Cadets.`).at(-1)).toEqual(['1.2', 'Harrowby Canoe Club | Pellock Sea Cadets', 'reached', null]);
  });
  it('"from" after a verb of getting, the name with the organisation noun after it', () => {
    const body = 'Ornsby Bakery has signed a supply contract with Tansby Borough Council.\nThe bakery also agreed to purchase its rye from the Tallow Moor Farmers cooperative.';
    expect(rows(body).at(-1)).toEqual(['1.2', 'Ornsby Bakery | Tallow Moor Farmers cooperative', 'reached', null]);
  });
});

describe('what is bought from a seller is no side: the seller is', () => {
  it('"has bought the X Wharf in <place> from the Y family"', () => {
    expect(rows('Brennock Marine has bought the Tolley Wharf in Carrowmouth from the Penwith family.')).toEqual([['1.1', 'Brennock Marine | the Penwith family', 'reached', null]]);
  });
  it('"agreed to buy the X mill from Y", the seller a side already', () => {
    expect(rows('Ostley Grain agreed last week to buy the Quoyness mill from Venmore Foods.')).toEqual([['1.1', 'Ostley Grain | Venmore Foods', 'reached', null]]);
  });
});

describe("the lede's other side described, then named in the next sentence", () => {
  it('"… with its old haulage contractor. Tamsworth Freight sued the quarry …": the contractor is Tamsworth Freight, in the later mentions too', () => {
    const body =
      'Quoyness Quarry Co. has settled a dispute with its old haulage contractor on the morning of the hearing.\n' +
      'Tamsworth Freight sued the quarry in 2024 over unpaid bills.\n\n' +
      'Details of that settlement stay private.';
    expect(rows(body)).toEqual([
      ['1.1', 'Quoyness Quarry Co. | Tamsworth Freight', 'reached', null],
      ['2.1', 'Quoyness Quarry Co. | Tamsworth Freight', 'in force', '1.1'],
    ]);
  });
  it('a name the reader takes for a place, its last word a plural ("… Homes"), is a body', () => {
    const body = 'Ruddock Bowls Club has settled its legal claim against the contractor a day before the trial.\nThe club had sued Penhallow Homes in 2023, blaming a new drain.';
    expect(rows(body)[0]).toEqual(['1.1', 'Ruddock Bowls Club | Penhallow Homes', 'reached', null]);
  });
});
