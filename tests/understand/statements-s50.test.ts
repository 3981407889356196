import { describe, expect, it } from 'vitest';
import { statementRows } from './statement-rows.js';

/** [key, name] per statement, in reading order. */
const rows = (body: string): string[][] => statementRows(body, ['name']);

describe('statements, session 31 (helper s50): the body or person a description means, read over the whole article', () => {
  it('a bare "the panel" three paragraphs after the story introduced "a grading panel of X" is that panel', () => {
    const body = [
      'A grading panel of Brannoway Pellew ruled on Monday that the cheese had been mislabelled for two seasons.',
      '',
      'Orlagh Zennor, who made the cheese, said she would seek a second opinion.',
      '',
      'The dairy sold about 900 wheels last year.',
      'Its herd grazes on the cliffs above the harbour.',
      '',
      'On Friday the panel said the labels had been careless rather than dishonest.',
    ].join('\n');
    expect(rows(body)).toEqual([
      ['2.1', 'Orlagh Zennor'],
      ['4.1', 'grading panel of Brannoway Pellew'],
    ]);
  });
  it('the nearest fuller phrase wins: a second panel named since is the one "the panel" means', () => {
    const body = [
      'A grading panel of Brannoway Pellew ruled on Monday that the cheese had been mislabelled for two seasons.',
      '',
      'Orlagh Zennor, who made the cheese, said she would seek a second opinion.',
      '',
      'An appeal panel at Wyvis Halcombe will hear her case in June.',
      '',
      'On Friday the panel said it would sit for two days.',
    ].join('\n');
    expect(rows(body)).toEqual([
      ['2.1', 'Orlagh Zennor'],
      ['4.1', 'appeal panel at Wyvis Halcombe'],
    ]);
  });
  it('the opening sentence describes a person, the second names her with a "whose" clause sharing none of its words: she said it', () => {
    const body = [
      'The owner of a small bakery in Velindre says the town has priced her out of its market square.',
      'Morwetha Cadwen, whose grandmother opened the shop in 1958, was told last month that her pitch would cost twice as much.',
      '"I have baked here since I was fifteen," Cadwen said.',
    ].join('\n');
    expect(rows(body)).toEqual([
      ['1.1', 'Morwetha Cadwen'],
      ['1.3', 'Morwetha Cadwen'],
    ]);
  });
  it('past the opening sentence, a description is not the full name with a "whose" clause that follows it', () => {
    const body = [
      'Market fees in Velindre will double from April, the town council said on Monday.',
      'The owner of a small bakery said the rise was more than she could pay.',
      'Morwetha Cadwen, whose grandmother opened the shop in 1958, was told last month that her pitch would cost twice as much.',
    ].join('\n');
    expect(rows(body)).toEqual([
      ['1.1', 'the town council'],
      ['1.2', 'the owner of a small bakery'],
    ]);
  });
  it('"Shares in X" names a company, not a place: the brewer of the same sentence and a later one-word short form are that company', () => {
    const body = [
      'Shares in Quentock Brewers fell 9 per cent on Monday after the brewer said a cold winter had cut its sales.',
      'The firm employs 300 people at two sites.',
      '',
      'Its founder, Elwin Pennick, said the business had survived worse.',
      '',
      'Quentock said it would close one of its shops in the spring.',
    ].join('\n');
    expect(statementRows(body, ['name', 'kind'])).toEqual([
      ['1.1', 'Quentock Brewers', 'organisation'],
      ['2.1', 'Elwin Pennick', 'person'],
      ['3.1', 'Quentock Brewers', 'organisation'],
    ]);
  });
  it('after any other noun, "in X" stays a place: a later short form of it is nobody the article named', () => {
    const body = ['Three bakeries in Locryn Brewers closed on Monday after the landlord raised the rent.', '', 'Locryn said the rent had doubled.'].join('\n');
    expect(statementRows(body, ['name', 'kind'])).toEqual([['2.1', 'Locryn', 'unknown']]);
  });
  it('a document the short form of a body issued ("In a statement, X said …", then "the statement said") speaks for the body by its full name', () => {
    const body = [
      'The new ferry will be built at Tethra by Maelor Yards under a contract with Locryn Barges.',
      'In a statement, Locryn said the vessel would carry 40 lorries a day.',
      '"It will double what we can move across the strait," the statement said.',
    ].join('\n');
    expect(rows(body)).toEqual([
      ['1.2', 'Locryn Barges'],
      ['1.3', 'Locryn Barges'],
    ]);
  });
});
