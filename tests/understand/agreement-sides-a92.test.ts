import { describe, expect, it } from 'vitest';
import { agreementRows as rows } from './agreement-rows.js';

/**
 * Session 38 (a92): the sides of labour deals. Rows: key, parties, status, the sentence referred to.
 */
describe('"the Glaze and Kiln Workers Guild": a word joined by "and" before a head WordNet files as an organisation makes one name', () => {
  it('keeps the guild whole, not "the Glaze" and "Kiln Workers Guild"', () => {
    expect(rows('Members of the Glaze and Kiln Workers Guild voted to ratify the pay deal on Monday.')).toEqual([['1.1', 'the Glaze and Kiln Workers Guild', 'ratified', null]]);
  });
});

describe("a deal whose one body is the article's union is made with the body the article is about", () => {
  it('its members and its managers give way to the guild and the employer', () => {
    const body =
      'Members of the Glaze and Kiln Workers Guild voted by 88 to 12 to accept the offer.\n\n' +
      'Managers and the guild signed a separate agreement on apprentices as well.\n\n' +
      'Vemberlode Ceramics was founded in 1921.\n\nVemberlode Ceramics employs 140 people.';
    expect(rows(body)).toEqual([
      ['1.1', 'the Glaze and Kiln Workers Guild | Vemberlode Ceramics', 'reached', null],
      // ("the guild" is named by the description resolver, in the shorter form it finds.)
      ['2.1', 'Vemberlode Ceramics | Kiln Workers Guild', 'signed', null],
    ]);
  });
  it('a workforce at a workplace it only describes ("Staff at the works")', () => {
    const body = 'Staff at the works voted last week to accept a pay deal negotiated by the Glaze Workers Union.\n\nVemberlode Ceramics was founded in 1921.\n\nVemberlode Ceramics also owns a shop at Ostravane.';
    expect(rows(body)).toEqual([['1.1', 'Vemberlode Ceramics | Glaze Workers Union', 'ratified', null]]);
  });
  it('people a body\'s ("Crews", a group in WordNet) beside the union give way to the employer', () => {
    const body =
      'Crews voted on Monday to approve a two-year pay deal.\n\nMembers of the Lighter Workers Union backed it by 80 votes to 9.\n\n' +
      'Vemberlode Barges runs nine boats on the river.\n\nVemberlode Barges said it was pleased.';
    expect(rows(body)).toEqual([
      ['1.1', 'the Lighter Workers Union | Vemberlode Barges', 'approved', null],
      ['2.1', 'the Lighter Workers Union | Vemberlode Barges', 'approved', '1.1'],
    ]);
  });
  it('a deal of people only, the employer\'s ("Its deckhands"), is the union\'s with the employer', () => {
    const body =
      'Its deckhands last ratified a pay agreement in 2020.\n\nThe Lighter Workers Union represents them.\n\n' +
      'Vemberlode Barges runs nine boats on the river.\n\nVemberlode Barges said it was pleased.';
    expect(rows(body)).toEqual([['1.1', 'Lighter Workers Union | Vemberlode Barges', 'ratified', null]]);
  });
  it('nothing changes when two bodies are written equally often', () => {
    const body = 'Staff at the works voted last week to accept a pay deal negotiated by the Glaze Workers Union.\n\nVemberlode Ceramics was founded in 1921.\n\nCorvashay Kilnworks also owns a shop at Ostravane.';
    expect(rows(body)).toEqual([['1.1', 'Staff at the works | Glaze Workers Union', 'ratified', null]]);
  });
  it('nor for a credit union, which WordNet files as a bank, not a labour union', () => {
    const body = 'The Plenderwick Credit Union rejected the merger proposal.\n\nVemberlode Ceramics was founded in 1921.\n\nVemberlode Ceramics also owns a shop at Ostravane.';
    expect(rows(body)).toEqual([['1.1', 'the Plenderwick Credit Union', 'rejected', null]]);
  });
});
