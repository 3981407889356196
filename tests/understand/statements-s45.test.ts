import { describe, expect, it } from 'vitest';
import { statementRows } from './statement-rows.js';

/** [key, name, cue] per statement, in reading order. */
const said = (body: string): string[][] => statementRows(body, ['name', 'cue']);

describe('statements, session 28 (helper s45): a document opening the sentence speaks through its verb', () => {
  it('a possessive, modifiers and a study or record noun, then a verb of communication or evidence and an object', () => {
    expect(said('The Brattle society\'s 2025 census counted 415 nesting pairs on the marsh.')).toEqual([['1.1', "the Brattle society's 2025 census", 'counted']]);
    expect(said('The society\'s latest census counted 415 nesting pairs on the marsh.')).toEqual([['1.1', "the society's latest census", 'counted']]);
    expect(said('Their review praised the new lighting in the reading room.')).toEqual([['1.1', 'Their review', 'praised']]);
  });
  it('past a participle\'s phrase, with or without commas, the document speaks and not a noun inside the phrase', () => {
    expect(said('An inspectors\' report read to the tribunal found that every flat in Ashvane Court was damp.')).toEqual([['1.1', "an inspectors' report", 'found']]);
    expect(said('An inspectors\' report read to the tribunal found damp in every flat.')).toEqual([['1.1', "an inspectors' report", 'found']]);
    expect(said('The review, published on Monday, praised the new lighting.')).toEqual([['1.1', 'the review', 'praised']]);
    expect(said('Mr Drussel\'s own minutes of the vote, produced at the hearing, recorded that the fee was still open.')).toEqual([['1.1', "Mr Drussel's own minutes of the vote", 'recorded']]);
  });
  it('no document, a verb of asking, a passive or no object: nothing said', () => {
    expect(said('The survey asked 300 drivers about their hours.')).toEqual([]);
    expect(said('The report, published on Monday, was sent to every household.')).toEqual([]);
    expect(said('The new kitchen, opened in May, served 300 lunches.')).toEqual([]);
    expect(said('Their review arrived in Pelsworth late on Friday.')).toEqual([]);
    // A plural person's noun that WordNet also files as a book's title is no document.
    expect(said('The two judges rejected that argument.')).toEqual([]);
  });
});

describe('statements, session 28 (helper s45): a quote tagged by a bare pronoun after a sentence that introduces its person', () => {
  const rows = (body: string): string[][] => statementRows(body, ['name', 'resolution']);
  it('"the owner\'s nephew, 19-year-old X, joined …" then `"…," he said`: the nephew, not the earlier speaker', () => {
    const body = [
      'The ropewalk at Ashvane has made mooring lines since 1880.',
      'Its owner, Hennadine Orrisby, said orders had doubled this year.',
      'The owner\'s nephew, 19-year-old Oswy Brattle-Drussel, joined the firm in March after leaving school.',
      '"I had never tied a knot in my life," he said.',
      '"Now I do it in my sleep."',
    ].join('\n');
    expect(rows(body)).toEqual([
      ['1.2', 'Hennadine Orrisby', '-'],
      ['1.4', 'Oswy Brattle-Drussel', 'pronoun@1.3'],
      ['1.5', 'Oswy Brattle-Drussel', 'earlier-quote@1.4'],
    ]);
  });
  it('a name with an age in a sentence the next quote does not tag by a pronoun takes nothing', () => {
    const body = [
      'Its owner, Hennadine Orrisby, said orders had doubled this year.',
      'The owner\'s nephew, 19-year-old Oswy Pelsworth, joined the firm in March.',
      '"We cannot find enough hemp," Orrisby said.',
    ].join('\n');
    expect(rows(body)).toEqual([
      ['1.1', 'Hennadine Orrisby', '-'],
      ['1.3', 'Hennadine Orrisby', 'surname@1.1'],
    ]);
  });
});
