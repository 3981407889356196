import { describe, expect, it } from 'vitest';
import { opinionLemma } from '../../src/understand/lexicon.js';
import { statementRows } from './statement-rows.js';

/** [key, name, kind] per statement, in reading order. */
const who = (lines: readonly string[]): string[][] => statementRows(lines.join('\n'), ['name', 'kind']);
/** [key, name, cue, content] per statement. */
const what = (lines: readonly string[]): string[][] => statementRows(lines.join('\n'), ['name', 'cue', 'content']);

describe('statements, session 17 (helper s33): short names, role synonyms, pronouns, opinions', () => {
  it('a short form of a body named in full before is that body', () => {
    expect(who(['Brannock Haulage raised its prices on Monday.', 'Brannock said the rise was unavoidable.'])).toEqual([['1.2', 'Brannock Haulage', 'organisation']]);
    // Named in the article's own voice paragraphs before.
    expect(who(['Brannock Haulage has run lorries from the town since 1962.', '', 'Fuel costs doubled last year.', '', 'Brannock said the rise in prices was unavoidable.'])).toEqual([['3.1', 'Brannock Haulage', 'organisation']]);
    // Past a person who spoke in between.
    expect(who(['Drivers at Brannock Haulage walked out on Monday.', 'Union official Kay Morrow said the stoppage would last a week.', 'Brannock said it would meet the union on Friday.'])).toEqual([
      ['1.2', 'Kay Morrow', 'person'],
      ['1.3', 'Brannock Haulage', 'organisation'],
    ]);
  });
  it('a person who carries the word is the person, not the firm that shares it', () => {
    expect(who(['Pia Brannock founded Brannock Haulage in 1962.', 'Brannock said she had never missed a delivery.'])).toEqual([['1.2', 'Pia Brannock', 'person']]);
    expect(who(['Haulier Pia Brannock has run Brannock Haulage since 1990.', 'Brannock said the rise was unavoidable.'])).toEqual([['1.2', 'Pia Brannock', 'person']]);
    // A full name whose last word is an animal's is a person's shape, never a body's ("Finch").
    expect(who(['Dara Finch has run the stall since 1990.', 'Dara said the market was dying.'])).toEqual([['1.2', 'Dara Finch', 'person']]);
  });
  it('a role noun that is a WordNet synonym or derivation of the title or verb that introduced the person', () => {
    expect(who(['Captain Ilse Varga told reporters the ship had been held for two days.', 'The crew were unhurt.', 'The skipper said later that the cargo was safe.'])).toEqual([
      ['1.1', 'Ilse Varga', 'person'],
      ['1.3', 'Ilse Varga', 'person'],
    ]);
    expect(who(['Cllr Tom Rudd, who chairs the licensing panel, said the bar would close at 11pm.', 'Drinkers left quietly.', 'The chairman added that the panel would review the licence in a year.'])).toEqual([
      ['1.1', 'Tom Rudd', 'person'],
      ['1.3', 'Tom Rudd', 'person'],
    ]);
    // A role no word of the introduction names stays its own.
    expect(who(['Captain Ilse Varga told reporters the ship had been held for two days.', 'The mayor said the berth was needed.'])).toEqual([
      ['1.1', 'Ilse Varga', 'person'],
      ['1.2', 'the mayor', 'person'],
    ]);
  });
  it('"he said" agrees with the pronouns the article gave its people', () => {
    expect(who(['Mabel Orrin owns the workshop.', 'She hired Tobin Kell in 1990.', 'He said the trade was dying.'])).toEqual([['1.3', 'Tobin Kell', 'person']]);
    expect(who(['Mabel Orrin owns the workshop on Quay Street.', 'Her foreman is Tobin Kell.', 'She says the trade is dying.', 'He said nobody wanted to learn any more.'])).toEqual([
      ['1.3', 'Mabel Orrin', 'person'],
      ['1.4', 'Tobin Kell', 'person'],
    ]);
    // A woman the article called "her" is never who "he" means, even with no man named in full.
    expect(who(['Dana Rowe, 52, has run the shop since 1990.', 'Her husband Piet helps on Saturdays.', '"We have never closed," he said.'])).toEqual([['1.3', 'he', 'person']]);
    // "she said" never goes to a document or a body.
    expect(who(['The Harlow Trust report was published on Monday.', 'She said it was fair.'])).toEqual([['1.2', 'She', 'person']]);
    expect(who(['Anna Kirby chaired the inquiry.', 'The Harlow Trust report was published on Monday.', 'She said it was fair.'])).toEqual([['1.3', 'Anna Kirby', 'person']]);
  });
  it('verbs of opinion by WordNet class report a clause without "that"', () => {
    expect(what(['Farmer Jon Ash has grown barley for decades.', 'He reckons he can double his yield.'])).toEqual([['1.2', 'Jon Ash', 'reckons', 'he can double his yield']]);
    expect(what(['Lena Fosse has led the campaign for ten years.', 'She maintains that the quarry will ruin the valley.'])).toEqual([['1.2', 'Lena Fosse', 'maintains', 'the quarry will ruin the valley']]);
    expect(what(['Lena Fosse has led the campaign for ten years.', 'She doubts the quarry will close.'])).toEqual([['1.2', 'Lena Fosse', 'doubts', 'the quarry will close']]);
    // Knowing and deciding hold no opinion reported.
    expect(what(['Lena Fosse has led the campaign for ten years.', 'She knows the quarry will close.'])).toEqual([]);
    expect(what(['Lena Fosse has led the campaign for ten years.', 'She decided the campaign would go on.'])).toEqual([]);
    expect(['believe', 'think', 'expect', 'reckon', 'suppose', 'doubt', 'hope', 'fear'].map(opinionLemma)).toEqual([true, true, true, true, true, true, true, true]);
    expect(['know', 'decide', 'find', 'learn', 'remember', 'accept', 'reject', 'describe', 'want'].map(opinionLemma)).toEqual([false, false, false, false, false, false, false, false, false]);
    // Wanting is no view reported.
    expect(what(['A survey by the Dunmore Institute found that most residents wanted the bridge closed.'])).toEqual([['1.1', 'Dunmore Institute survey', 'found', 'most residents wanted the bridge closed']]);
  });
  it('a report\'s author between commas speaks for it, and "it" after is the author', () => {
    expect(what(['The report, by the Aldmoor Inspectorate, described the wards as cramped and poorly lit.', 'It noted that staff were working long shifts.'])).toEqual([
      ['1.1', 'Aldmoor Inspectorate', 'described', 'the wards as cramped and poorly lit'],
      ['1.2', 'Aldmoor Inspectorate', 'noted', 'staff were working long shifts'],
    ]);
    // Without an author the report itself speaks.
    expect(who(['The report described the wards as cramped.', 'It noted that staff were working long shifts.'])).toEqual([
      ['1.1', 'the report', 'unknown'],
      ['1.2', 'the report', 'unknown'],
    ]);
  });
  it('a bare quantifier stands for the group named before', () => {
    const hall = 'Residents who crowded the hall clapped as the plan was dropped.';
    expect(who([hall, 'Several told the paper afterwards that they had feared for their homes.'])).toEqual([['1.2', 'Residents', 'group']]);
    expect(who([hall, 'Many said they would return next week.'])).toEqual([['1.2', 'Residents', 'group']]);
    expect(who([hall, 'Some told us they had not slept for days.'])).toEqual([['1.2', 'Residents', 'group']]);
    // With no group before, the quantifier is its own.
    expect(who(['Several told the paper afterwards that they had feared for their homes.'])).toEqual([['1.1', 'several', 'group']]);
  });
  it('a quote that closes the sentence keeps its close; told + a hearer + a clause without "that"', () => {
    expect(what(['Chief executive Ana Pell said on an earnings call that bookings were "the best we have had in years."'])).toEqual([['1.1', 'Ana Pell', 'said', 'bookings were "the best we have had in years."']]);
    // After a sentence of the article's own voice, "on an earnings call" is the occasion (skipped like "in a statement"), not the content.
    expect(what(['Revenue at Lingo Group rose 12% in the first half.', 'Chief executive Ana Pell said on an earnings call that bookings for the spring term were "the best we have had in years."'])).toEqual([['1.2', 'Ana Pell', 'said', 'bookings for the spring term were "the best we have had in years."']]);
    expect(what(['Dorn Mills was fined on Tuesday.', 'For the company, Gil Marr said the fire had been an accident.', 'He told the bench the directors were "truly sorry".'])).toEqual([
      ['1.2', 'Gil Marr', 'said', 'the fire had been an accident'],
      ['1.3', 'Gil Marr', 'told', 'the directors were "truly sorry"'],
    ]);
    // Telling a story is no report.
    expect(what(['Gil Marr spoke for the company.', 'He told the story of the fire.'])).toEqual([]);
  });
  it('the article\'s own voice: a wire dateline lead and an award', () => {
    expect(who(['HOLM, May 2 (Norden Wire) — Dog food maker Oakfell Petcare is recalling 30,000 bags of kibble.'])).toEqual([]);
    expect(who(['Jo Tarn was dismissed from the bakery in 2023.', 'The tribunal awarded her £8,000.'])).toEqual([]);
  });
});
