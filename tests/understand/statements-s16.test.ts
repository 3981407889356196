import { describe, expect, it } from 'vitest';
import { statementRows } from './statement-rows.js';

/** [key, name, mention, resolution] per statement, in reading order. */
const speakers = (body: string): string[][] => statementRows(body, ['name', 'mention', 'resolution']);

describe('a "she"/"he" after a first name apposed to a gendered relation word', () => {
  it('"Hale\'s wife, June, is …" then "She says …" is June, not a woman named before', () => {
    expect(speakers("Mary Pell runs the corner shop.\nTom Hale bought the house in 2001.\nHale's wife, June, is less keen.\nShe says the stairs worry her.")).toEqual([
      ['1.4', 'June', 'She', 'pronoun@1.3'],
    ]);
  });
  it('a husband and "he", with a curly apostrophe', () => {
    expect(speakers('Mary Pell runs the corner shop.\nJune Hale bought the house in 2001.\nHale’s husband, Tom, is less keen.\nHe says the stairs worry him.')).toEqual([
      ['1.4', 'Tom', 'He', 'pronoun@1.3'],
    ]);
  });
  it('a possessive pronoun owner and an age', () => {
    expect(speakers('Ann Kerr runs the farm.\nHer daughter, Rose, 19, is at college.\nShe said she would come home in June.')).toEqual([
      ['1.3', 'Rose', 'She', 'pronoun@1.2'],
    ]);
  });
  it('"The farmer\'s son, Ben, has …" then "He says …"', () => {
    expect(speakers("Ann Kerr runs the farm.\nThe farmer's son, Ben, has other plans.\nHe says he wants to fly planes.")).toEqual([
      ['1.3', 'Ben', 'He', 'pronoun@1.2'],
    ]);
  });
  it('an animal in apposition is no person: "she" stays with the woman named before', () => {
    expect(speakers('Ann Kerr runs the farm.\nHer dog, Rex, is old.\nShe said she would sell up.')).toEqual([['1.3', 'Ann Kerr', 'She', 'pronoun@1.1']]);
  });
});

describe('praise or criticism "for" quoted words', () => {
  it('an apposed object, then "for" and a quote', () => {
    expect(speakers('The captain praised her wicketkeeper, Ana Diaz, for "keeping calm under pressure".')).toEqual([['1.1', 'the captain', 'The captain', '-']]);
  });
  it('curly quotes and "criticised"', () => {
    expect(speakers('Councillor Ray Dunn criticised the water board for “years of neglect” at the reservoir.')).toEqual([['1.1', 'Ray Dunn', 'Councillor Ray Dunn', '-']]);
  });
  it('with no quote, praise for a deed stays in the article\'s voice', () => {
    expect(speakers('The captain praised her wicketkeeper, Ana Diaz, for keeping calm.')).toEqual([]);
  });
});

describe('tail attribution with a place of publication', () => {
  it('"…, the researchers report in the journal X." (the tagger reads "report" as a noun)', () => {
    expect(speakers('The reef is recovering faster than expected, the researchers report in the journal Marine Notes.')).toEqual([['1.1', 'the researchers', 'the researchers', '-']]);
  });
  it('past tense, a bare title, "the team", "conclude"', () => {
    expect(
      speakers(
        [
          'Coral cover rose by a fifth, the researchers reported in the journal Marine Notes.',
          'Worm numbers doubled in two years, the team writes in Soil Letters.',
          'Soil carbon fell by a third, the authors conclude in Soil Letters.',
        ].join('\n\n'),
      ),
    ).toEqual([
      ['1.1', 'the researchers', 'the researchers', '-'],
      ['2.1', 'the team', 'the team', '-'],
      ['3.1', 'the authors', 'the authors', '-'],
    ]);
  });
  it('a document noun as the place: "in an earlier paper"; a place that is no publication is not skipped', () => {
    expect(
      speakers('Boat moorings tear up large patches every summer, the team reported in an earlier paper.\n\nThe reef is recovering, the team found in the lagoon.'),
    ).toEqual([['1.1', 'the team', 'the team', '-']]);
  });
  it('a noun that is no verb before a place stays a noun', () => {
    expect(speakers('Tourists flock to the Gulf states in Winter.')).toEqual([]);
  });
});

describe('records report a clause in the past tense, with or without "that"', () => {
  it('"Records from the harbour office showed (that) …"', () => {
    expect(
      speakers(
        [
          'Records from the harbour office showed the crane had not been inspected.',
          'Records from the harbour office showed that the crane had not been inspected.',
          'Emails seen by the Echo showed the mayor knew of the leak.',
        ].join('\n\n'),
      ),
    ).toEqual([
      ['1.1', 'Records from the harbour office', 'Records from the harbour office', '-'],
      ['2.1', 'Records from the harbour office', 'Records from the harbour office', '-'],
      ['3.1', 'Emails', 'Emails', '-'],
    ]);
  });
  it('an object with no clause, or people showing, is no record\'s report', () => {
    expect(speakers('Records showed a sharp rise in thefts.\n\nRangers from the park showed the visitors had left.')).toEqual([]);
  });
});
