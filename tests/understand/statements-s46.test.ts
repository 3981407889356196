import { describe, expect, it } from 'vitest';
import { statementRows } from './statement-rows.js';

/** [key, name, resolution] per statement, in reading order. */
const rows = (body: string): string[][] => statementRows(body, ['name', 'resolution']);

describe('statements, session 29 (helper s46): a description of a body read against the bodies the article named', () => {
  it('"the bakery" after "Crumbhold Bakeries" earlier in its own sentence: the name whose last word is the head noun', () => {
    const body = 'Shares in Crumbhold Bakeries fell 9 per cent on Monday after the family bakery warned that dearer flour would halve its profit.';
    expect(rows(body)).toEqual([['1.1', 'Crumbhold Bakeries', 'description@1.1']]);
  });
  it('"the firm" after a statement spoke for the body: the body that spoke last, not the document', () => {
    const body = [
      'The depot has stood on Grindle Lane since 1962.',
      'Its owners, Vesper Freightways, announced in a statement that the yard would shut in May.',
      '"We kept the gates open while we sensibly could," the statement said.',
      'The firm added that it would offer the cranes to any buyer.',
    ].join('\n');
    expect(rows(body)).toEqual([
      ['1.2', 'Vesper Freightways', '-'],
      ['1.3', 'the statement', '-'],
      ['1.4', 'Vesper Freightways', 'description@1.2'],
    ]);
  });
  it('a noun of a specific kind takes no body it does not head: "the union", "the charity", "the council" stay as written', () => {
    const union = [
      'Crumbhold Bakeries said it would close two of its shops in June.',
      'The union said the closures would cost 40 jobs.',
    ].join('\n');
    expect(rows(union)).toEqual([
      ['1.1', 'Crumbhold Bakeries', '-'],
      ['1.2', 'the union', '-'],
    ]);
    const charity = [
      'The Nettleford Rowers Fund must find £60,000 before the spring to keep its boathouse, it said on Friday.',
      'The charity said repair costs had tripled since 2021.',
    ].join('\n');
    expect(rows(charity).map((r) => r.slice(0, 2))).toEqual([
      ['1.1', 'The Nettleford Rowers Fund'],
      ['1.2', 'the charity'],
    ]);
    const council = [
      'Vesper Freightways said it would move its lorries to Skelby by August.',
      'The council said nobody had warned it of the move.',
    ].join('\n');
    expect(rows(council)).toEqual([
      ['1.1', 'Vesper Freightways', '-'],
      ['1.2', 'the council', '-'],
    ]);
  });
  it('a person named with a role is no body a later description means', () => {
    const body = [
      'Its finance director, Orsova Tinsley, said the shops would stay open.',
      'The charity said it would hold a collection in May.',
    ].join('\n');
    expect(rows(body)).toEqual([
      ['1.1', 'Orsova Tinsley', '-'],
      ['1.2', 'the charity', '-'],
    ]);
  });
});
