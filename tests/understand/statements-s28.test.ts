import { describe, expect, it } from 'vitest';
import { statementRows } from './statement-rows.js';

/** [key, name, cue] per statement, in reading order. */
const said = (body: string): string[][] => statementRows(body, ['name', 'cue']);

describe('statements, session 15 round 2 (helper s28)', () => {
  it('wire copy: a person-shaped name that "which" follows is the body a same-sentence "the company said" means', () => {
    expect(said('ARDEN, June 4 (Coastwire) — Alder Moss, which builds carriages for metro lines, will cut 400 jobs after orders slipped, the company said Tuesday.')).toEqual([['1.1', 'Alder Moss', 'said']]);
    // "who" says a person: no body for "the company".
    expect(said('Alder Moss, who builds carriages for metro lines, will cut 400 jobs, the company said.')).toEqual([['1.1', 'the company', 'said']]);
  });
  it('a capitalised word with a lower-case hyphenated tail is no body: "the Leeds-based card processor", "Pre-tax profit"', () => {
    expect(said(['Harlow Pay, the Leeds-based card processor, reported a rise in profit.', 'The company said demand had held up.'].join('\n'))).toEqual([['1.2', 'Harlow Pay', 'said']]);
    expect(said(['Dunmore Foods posted its results on Monday.', 'Pre-tax profit fell to £3m.', 'The group blamed the fall on what it called a hard winter.'].join('\n'))).toEqual([['1.3', 'Dunmore Foods', 'blamed']]);
    expect(said(['Kell Stores posted its results.', 'Like-for-like sales fell 3%.', 'The company said the weather was to blame.'].join('\n'))).toEqual([['1.3', 'Kell Stores', 'said']]);
    // A hyphenated name whose parts are both capitalised is still a body.
    expect(said(['Vane-Tempest Mining cut its forecast.', 'The company said prices had slumped.'].join('\n'))).toEqual([['1.2', 'Vane-Tempest Mining', 'said']]);
  });
  it('an amount "at" a body opening the sentence: the body is what a later "the group" means', () => {
    const before = ['Corran Mills will close its Tilby plant, the company said.', 'Its rival Tarn Looms, the Derby-based cloth maker, reported steady sales.', 'The company said its order book was full.', ''];
    const rows = (opener: string): string[][] => said([...before, opener, 'The group blamed the fall on dearer wool.'].join('\n'));
    expect(rows('Year-end profit at Corran fell to €9m.')).toEqual([
      ['1.1', 'Corran Mills', 'said'],
      ['1.3', 'Tarn Looms', 'said'],
      // (In the longer name written before, session 23: `shortFormOf` on the company noun's paths.)
      ['2.2', 'Corran Mills', 'blamed'],
    ]);
    expect(rows('Profit at Corran fell to €9m.')[2]).toEqual(['2.2', 'Corran Mills', 'blamed']);
    // People "at" a body are no amount it owns: "the group" is still the last body that spoke.
    expect(rows('Staff at Corran were told on Monday.')[2]).toEqual(['2.2', 'Tarn Looms', 'blamed']);
  });
  it('a union "local" after its name speaks, with or without a which-clause', () => {
    expect(said('The Northern Rail Workers local said the talks had failed.')).toEqual([['1.1', 'the Northern Rail Workers local', 'said']]);
    expect(said('The Northern Rail Workers local, which represents 900 drivers, said the talks had failed.')).toEqual([['1.1', 'the Northern Rail Workers local', 'said']]);
  });
  it('he/she right after a speaker of that gender is the speaker, not a man named inside the statement', () => {
    expect(
      said(['Tom Reeve, 52, denies paying bribes to Ken Dace, a port official.', '', 'Giving evidence, Mr Reeve said the calls with Mr Dace had been about boats.', '“I rang Ken because he knew engines,” he told the jury.'].join('\n')),
    ).toEqual([
      ['1.1', 'Tom Reeve', 'denies'],
      ['2.1', 'Tom Reeve', 'said'],
      ['2.2', 'Tom Reeve', 'told'],
    ]);
    // Of the other gender, the man named inside is still who "he" means.
    expect(said(['Ann Lowe, 52, denies paying Ken Dace.', '', 'Giving evidence, Ms Lowe said Mr Dace had asked for cash.', 'He told her it was for fuel, the jury heard.'].join('\n'))).toEqual([
      ['1.1', 'Ann Lowe', 'denies'],
      ['2.1', 'Ann Lowe', 'said'],
      ['2.2', 'Ken Dace', 'told'],
    ]);
  });
  it('"In her ruling, the judge said": the fronted possessive gives the judge her gender, so the next "she" is the judge', () => {
    expect(
      said(['Jane Rowe, 61, sued her former landlord.', 'Judge Carys Bell heard the case in June.', '', 'In her ruling, the judge said the accounts Ms Rowe produced did not help her.', '“Bookings had been falling for months,” she wrote.'].join('\n')),
    ).toEqual([
      ['2.1', 'Carys Bell', 'said'],
      ['2.2', 'Carys Bell', 'wrote'],
    ]);
  });
  it('a judge "ruled" with a time phrase before "that": a decision, no statement (session 27)', () => {
    expect(said('Mrs Justice Penn ruled on Thursday that the claim failed.')).toEqual([]);
    expect(said('Mr Justice Ware ruled last week that the lease was void.')).toEqual([]);
    // Ruling on a day, with no that-clause, is still no statement.
    expect(said('The judge will rule on Friday.')).toEqual([]);
    expect(said('The judge ruled on Friday in favour of the tenants.')).toEqual([]);
  });
  it('a quote in a relative clause nested in the subject\'s own is no one\'s statement', () => {
    expect(said('A baker who sued a critic over a review that described his loaf as “a brick” has lost his claim.')).toEqual([]);
    // A relative clause straight after a document still reports for it.
    expect(said('A baker sued a critic over a review that described his loaf as “a brick”.')).toEqual([['1.1', 'a review', 'described']]);
  });
});
