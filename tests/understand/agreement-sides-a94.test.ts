import { describe, expect, it } from 'vitest';
import { agreementRows as rows } from './agreement-rows.js';

/**
 * Session 39 (a94): a side written as a description, a thing or a crowd of people is the named body
 * of the article it stands for, or no side. Rows: key, parties, status, the sentence referred to.
 */
describe('a thing is no party (WordNet: an artifact, an object; no premises, no business)', () => {
  it('"the boilers" leaves the deal\'s two bodies', () => {
    const body = 'Dovecott Steam agreed a ten-year contract with Banfield Mills in 2021 to take heat from the boilers of its dye works.';
    expect(rows(body)).toEqual([['1.1', 'Dovecott Steam | Banfield Mills', 'reached', null]]);
  });
  it('a place described ("the logistics park") is the body named for what it holds ("Ashby Logistics")', () => {
    const body = 'Dovecott Steam has now settled its claim against the logistics park.\n\nAshby Logistics had stopped heat deliveries in March.';
    expect(rows(body)).toEqual([['1.1', 'Dovecott Steam | Ashby Logistics', 'reached', null]]);
  });
});

describe('people a named body is made of are that body', () => {
  it('"councillors" are the council the article names; the subject of "… after councillors approved a lease" is the other side', () => {
    const body =
      'A bicycle cooperative will take over the old bus depot after councillors approved a twelve-year lease on Monday.\n' +
      'The Spokeshed cooperative, which has 30 members, will pay a nominal rent.\n\n' +
      'The lease was approved at a meeting of Hassenby Town Council.';
    expect(rows(body)).toEqual([
      ['1.1', 'Hassenby Town Council | Spokeshed', 'approved', null],
      ['2.1', 'Hassenby Town Council | Spokeshed', 'approved', '1.1'],
    ]);
  });
  it('"residents of X" are the one association of the article that holds X', () => {
    const body = 'Sturrow Aggregates has signed a truce with residents of Mossfield over dust from its pit.\n\nThe Mossfield Village Association has campaigned on the issue since 2020.';
    expect(rows(body)).toEqual([['1.1', 'Sturrow Aggregates | Mossfield Village Association', 'signed', null]]);
  });
  it('not when a word before the plural names another place ("Harnley growers")', () => {
    const body = 'Sturrow Teas signed a supply contract with Harnley growers in 2019.\n\nThe Wessel Growers Cooperative was founded in 1950.';
    expect(rows(body)).toEqual([['1.1', 'Sturrow Teas | Harnley growers', 'signed', null]]);
  });
  it('a bare plural of people beside a named body is its workforce: the union the article names', () => {
    const body = 'Spinners at Ormidge Textiles voted to ratify a new contract on Friday.\n\nMembers of Threadworkers Local 77 approved the agreement by 190 votes to 12.\n\nSpinners had rejected an earlier offer from Ormidge Textiles in May.';
    expect(rows(body).find((r) => r[0] === '3.1')?.[1]).toBe('Threadworkers Local 77 | Ormidge Textiles');
  });
});
