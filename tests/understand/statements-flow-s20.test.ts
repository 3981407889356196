import { describe, expect, it } from 'vitest';
import { statementRows } from './statement-rows.js';

/** [key, name, cue] per statement, in reading order. */
const said = (body: string): string[][] => statementRows(body, ['name', 'cue']);

/** [key, name, content] per statement. */
const contents = (body: string): string[][] => statementRows(body, ['name', 'content']);

describe('who speaks on after a sentence, an interview topic or a subordinate clause (issue 10, session 12 round 2)', () => {
  it('interview topic lines in one paragraph are the words of the last person who spoke before them', () => {
    const body = [
      'Ivo Brandt has repaired clocks in Hallam Street since 1979.',
      'Brandt said the trade had nearly vanished.',
      '',
      'The shop first opened in 1962.',
      'Most of its parts now come from Tamsin Reyes Supplies in Leeds.',
      '',
      'On his first customer: “She paid me in apples.”',
      'On the future: “Someone will carry on.”',
    ].join('\n');
    expect(contents(body)).toEqual([
      ['1.2', 'Ivo Brandt', 'the trade had nearly vanished'],
      ['3.1', 'Ivo Brandt', 'She paid me in apples'],
      ['3.2', 'Ivo Brandt', 'Someone will carry on'],
    ]);
  });
  it('a bare quote after "Asked …, Surname smiled." is that person\'s, with nobody quoted before', () => {
    const body = ['Mirela Tosh ran the lighthouse café for 22 years.', '', 'Pressed on whether she would return, Tosh shrugged.', '“Never say never.”'].join('\n');
    expect(said(body)).toEqual([['2.2', 'Mirela Tosh', 'said']]);
  });
  it('"she said" after a reported clause naming someone else is the previous speaker\'s', () => {
    const body = [
      'Prosecuting, Dana Quill told the jury that a neighbour had heard shouting at midnight.',
      '“The door had been forced,” she said.',
    ].join('\n');
    expect(said(body)).toEqual([
      ['1.1', 'Dana Quill', 'told'],
      ['1.2', 'Dana Quill', 'said'],
    ]);
  });
  it('"it" in a relative clause or an apposition is the body that is the subject of the clause before', () => {
    expect(said('Orland Rail is closing two ticket offices, a step it says will save £60,000.')).toEqual([['1.1', 'Orland Rail', 'says']]);
    expect(said('The council is selling the old depot, which it says costs £9,000 a year to heat.')).toEqual([['1.1', 'the council', 'says']]);
  });
  it('a person noun post-modified by a place is the whole subject of speech in a subordinate clause', () => {
    expect(said('The hall may shut at ten after a newcomer to the village complained that the music kept him awake.')).toEqual([
      ['1.1', 'a newcomer to the village', 'complained'],
    ]);
    expect(said('The car park will close early after a visitor to the abbey warned that the gates were unsafe.')).toEqual([['1.1', 'a visitor to the abbey', 'warned']]);
  });
  it('"according to" two ordinary words closing the phrase: the compound, not its first word', () => {
    expect(said('Rents rose 6 per cent in March, according to listings data.')).toEqual([['1.1', 'listings data', 'according to']]);
    expect(said('Rents rose 6 per cent in March, according to lettings figures.')).toEqual([['1.1', 'lettings figures', 'according to']]);
  });
  it('writing or sending a document, with no "that" and no clause, is own voice; a document whose content follows is reported', () => {
    expect(said('The headteacher wrote a short letter of thanks to every parent.')).toEqual([]);
    expect(said('Ms Arden sent a handwritten note to the whole crew.')).toEqual([]);
    expect(said('The mayor denied a claim that the market would move.')).toEqual([['1.1', 'the mayor', 'denied']]);
  });
});
