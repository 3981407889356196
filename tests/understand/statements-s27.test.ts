import { describe, expect, it } from 'vitest';
import { statementRows } from './statement-rows.js';

/** [key, name, cue] per statement, in reading order. */
const said = (body: string): string[][] => statementRows(body, ['name', 'cue']);

describe('statements, session 15 round 1b (helper s27)', () => {
  it('a role "to" a body, or a role then a described name, in apposition: the name speaks', () => {
    expect(said('Adviser to the board, Tomas Lind, said the bid was too low.')).toEqual([['1.1', 'Tomas Lind', 'said']]);
    expect(said('The secretary to the committee, Hana Roy, said the minutes were lost.')).toEqual([['1.1', 'Hana Roy', 'said']]);
    expect(said('The head of the review, the retired banker Sir Peter Vance, said the rules were unclear.')).toEqual([['1.1', 'Peter Vance', 'said']]);
    expect(said('The head of the review, the retired banker Peter Vance, said the rules were unclear.')).toEqual([['1.1', 'Peter Vance', 'said']]);
    // "to" before no determiner is no role's body: the infinitive's object stays out.
    expect(said('Plans to close the depot, Hale Road, were dropped.')).toEqual([]);
  });
  it('"according to" a role "to" a body and a name: the name', () => {
    expect(said('The gates were shut early, according to adviser to the board, Tomas Lind.')).toEqual([['1.1', 'Tomas Lind', 'according to']]);
  });
  it('a lone name whose reported words open with "his"/"he" is a person: the next "He said" is that name', () => {
    const body = ['Corby drew 1-1 with Ashby, with Ian Shaw scoring late.', 'Tull admitted his players had tired.', 'He said the draw was fair.'].join('\n');
    expect(said(body)).toEqual([
      ['1.2', 'Tull', 'admitted'],
      ['1.3', 'Tull', 'said'],
    ]);
    // A sentence that mentions the other gender too teaches nothing.
    expect(said(['Ian Shaw scored late.', 'Tull admitted his players had tired and her striker was hurt.', 'He said the draw was fair.'].join('\n'))).toEqual([
      ['1.2', 'Tull', 'admitted'],
      ['1.3', 'Ian Shaw', 'said'],
    ]);
  });
  it('"according to" an owner\'s role and a name at the sentence\'s end: the name', () => {
    expect(said('Ticket sales fell by a third, according to the theatre\'s box office manager, Rhian Pugh.')).toEqual([['1.1', 'Rhian Pugh', 'according to']]);
    // An owner's document with no name after it is unchanged.
    expect(said('Ticket sales fell by a third, according to the theatre\'s own figures.')).toEqual([['1.1', "the theatre's own figures", 'according to']]);
  });
  it('people a present participle describes speak: "Workers leaving the night shift said"', () => {
    expect(said('Nurses finishing the late shift said the ward was short of staff.')).toEqual([['1.1', 'Nurses finishing the late shift', 'said']]);
    expect(said('Two parents waiting at the gates told reporters the bus was late.')).toEqual([['1.1', 'Two parents waiting at the gates', 'told']]);
    // Not a thing the participle describes, nor a clause with a verb of its own before the cue.
    expect(said('Figures showing a fall in sales said nothing about profit.')).toEqual([]);
  });
  it('a judge "ruled that" is a decision, no statement (session 27); "Mrs Justice X" is a person a later "the judge" means', () => {
    expect(
      said(['Mrs Justice Orme ruled that the lease was void.', 'The landlord, Parkway Estates, had argued that it still ran.', 'The judge said the notice had come too late.'].join('\n')),
    ).toEqual([
      ['1.2', 'Parkway Estates', 'argued'],
      ['1.3', 'Justice Orme', 'said'],
    ]);
    expect(said('The fire was an accident, the coroner ruled.')).toEqual([]);
    // Ruling on something, not that something, is no statement.
    expect(said('The judge will rule on the claim in May.')).toEqual([]);
    // A participle of ruling is the court's act, the article's own voice (the convention of the sets).
    expect(said('The Appeal Court freed the men, ruling that the trial had been unfair.')).toEqual([]);
    // "the Justice Department" names a body, not a person "Department".
    expect(said(['The Justice Department opened an inquiry.', 'The department said it would report in May.'].join('\n'))).toEqual([['1.2', 'Justice Department', 'said']]);
  });
  it('an indefinite person opening the sentence, not the speaker, is who the next sentence names', () => {
    expect(said(['A young farmer who fell from a barn roof died by accident, a coroner has found.', '', 'Owen Pryce, 24, had been fixing a gutter.'].join('\n'))).toEqual([['1.1', 'a coroner', 'found']]);
  });
  it('"the group" is the body named before, never a common noun that opens a sentence ("Turnover", "Revenue")', () => {
    const body = ['Corvel Foods Group\'s profit fell by a tenth.', 'Revenue slipped to £80m, and debt rose.', 'The group blamed the drop on what it called “a year of dear grain”.'].join('\n');
    expect(said(body)).toEqual([
      ['1.3', 'Corvel Foods Group', 'blamed'],
      ['1.3', 'Corvel Foods Group', 'called'],
    ]);
    // A company named by a common word that is no amount ("Apple", food in WordNet) is still the body meant.
    expect(said(['Apple will open a store in Leeds.', 'The company said it would hire 90 staff.'].join('\n'))).toEqual([['1.2', 'Apple', 'said']]);
  });
  it('the present "calls it “…”" names with a quote, as "called" does', () => {
    expect(said('The festival director, Ana Cruz, who chose the film, calls it “a quiet masterpiece”.')).toEqual([['1.1', 'Ana Cruz', 'calls']]);
    // Without a quote it names nothing said.
    expect(said('Ana Cruz calls the hall home.')).toEqual([]);
  });
});
