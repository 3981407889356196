import { describe, expect, it } from 'vitest';
import { findingVerb } from '../../src/understand/lexicon.js';
import { statementRows } from './statement-rows.js';

/** [key, name, cue] per statement, in reading order. */
const said = (body: string): string[][] => statementRows(body, ['name', 'cue']);
/** [key, name, kind, content] per statement. */
const what = (body: string): string[][] => statementRows(body, ['name', 'kind', 'content']);

describe('statements, session 16 (helper s31): documents that show', () => {
  it('a filing, court papers, minutes and released figures report a clause without "that"', () => {
    expect(said('A regulatory filing showed the company had set aside $5 million for the fine.')).toEqual([['1.1', 'a regulatory filing', 'showed']]);
    expect(said('Court papers show the builder owed the bank £2 million.')).toEqual([['1.1', 'Court papers', 'show']]);
    expect(said('Minutes of the meeting, seen by this paper, show the board was warned twice.')).toEqual([['1.1', 'Minutes of the meeting', 'show']]);
    expect(said('Figures released on Monday show unemployment rose in the north.')).toEqual([['1.1', 'Figures', 'show']]);
    expect(said('Internal emails show staff raised concerns in May.')).toEqual([['1.1', 'Internal emails', 'show']]);
    // The content is the clause after the verb.
    expect(what('Court papers show the builder owed the bank £2 million.')).toEqual([['1.1', 'Court papers', 'unknown', 'the builder owed the bank £2 million']]);
  });
  it('"that" after the verb reads as before', () => {
    expect(said('Court papers show that the builder owed the bank £2 million.')).toEqual([['1.1', 'Court papers', 'show']]);
    expect(said('The filing showed that the firm had lost money.')).toEqual([['1.1', 'the filing', 'showed']]);
  });
  it('records kept by a body show: the records speak, not their keeper', () => {
    expect(said('Rainfall records kept by the council show an average of 800mm a year.')).toEqual([['1.1', 'Rainfall records', 'show']]);
    expect(said('Documents obtained by the Harlow Echo show the council knew of the leak.')).toEqual([['1.1', 'Documents', 'show']]);
    // A study's author still speaks for it (the README's author rule), named with the study (s41).
    expect(said('A study by Marlow University found that bees prefer clover.')).toEqual([['1.1', 'Marlow University study', 'found']]);
  });
  it('bare records with an object and no clause stay unreported', () => {
    expect(said('Records showed a sharp rise in thefts.')).toEqual([]);
    expect(said('Rangers from the park showed the visitors had left.')).toEqual([]);
  });
  it('an inspection or review reports with a verb of finding read from WordNet', () => {
    expect(said('The inspection identified serious failings in the kitchen.')).toEqual([['1.1', 'the inspection', 'identified']]);
    expect(said('The review highlighted delays in the ambulance service.')).toEqual([['1.1', 'the review', 'highlighted']]);
    expect(said('The audit uncovered payments made twice to one supplier.')).toEqual([['1.1', 'the audit', 'uncovered']]);
    // A person's identifying or highlighting is no finding of a study.
    expect(said('The chef identified the supplier.')).toEqual([]);
    expect(said('The mayor highlighted delays in the ambulance service.')).toEqual([]);
    // A document's other verbs are no finding.
    expect(said('The review ignored the cost of the new wards.')).toEqual([]);
    expect(said('The review covered three hospitals.')).toEqual([]);
  });
  it('the verb class: making known, putting to view, proving, establishing, detecting', () => {
    expect(['identify', 'highlight', 'uncover', 'reveal', 'indicate', 'confirm', 'detect'].map(findingVerb)).toEqual([true, true, true, true, true, true, true]);
    expect(['consider', 'cover', 'ignore', 'assume', 'record', 'include'].map(findingVerb)).toEqual([false, false, false, false, false, false]);
  });
  it('the article\'s own voice about documents has no speaker', () => {
    expect(said('The figures were published on Monday.')).toEqual([]);
    expect(said('Records go back to 1910.')).toEqual([]);
    expect(said(['Rainfall records kept by the council show an average of 800mm a year.', 'Records go back to 1911.', 'The figures were published on the council website.'].join('\n'))).toEqual([['1.1', 'Rainfall records', 'show']]);
  });
});
