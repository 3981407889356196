import { describe, expect, it } from 'vitest';
import { claimNoun, writerNoun } from '../../src/understand/lexicon.js';
import { statementRows } from './statement-rows.js';

/** [key, name, cue] per statement, in reading order. */
const said = (body: string): string[][] => statementRows(body, ['name', 'cue']);

/** [key, name, content] per statement. */
const contents = (body: string): string[][] => statementRows(body, ['name', 'content']);

describe('cue shapes the unseen articles showed (issue 10, session 13, helper s22)', () => {
  it('a view with a quoted fragment is the holder\'s words, a person\'s too; without the quote it is not', () => {
    const body = [
      'Ruth Okoro, the port\'s director, said cargo volumes were steady.',
      'She expects freight charges to fall “a little, and only after the summer”.',
      'She expects freight charges to fall a little.',
    ].join('\n');
    expect(contents(body)).toEqual([
      ['1.1', 'Ruth Okoro', 'cargo volumes were steady'],
      ['1.2', 'Ruth Okoro', 'freight charges to fall “a little, and only after the summer”'],
    ]);
  });

  it('a finding judged in quotes right after its object is said; words quoted after a participle are not', () => {
    const body = ['The coroner found the delay “wholly unacceptable”.', 'The diver found a buoy marked “Tarn 4” near the wreck.'].join('\n\n');
    expect(contents(body)).toEqual([['1.1', 'the coroner', 'the delay “wholly unacceptable”']]);
  });

  it('a relative clause without "that" (or with it) judging the noun before it in quotes: its own subject speaks', () => {
    const body = [
      'Harlow Town were docked six points for a breach the league described as “serious and deliberate”.',
      'The ground suffered damage that the council called “completely avoidable”.',
      'It was a delay the operator described as “regrettable”.',
    ].join('\n\n');
    expect(contents(body)).toEqual([
      ['1.1', 'the league', 'serious and deliberate'],
      ['2.1', 'the council', 'completely avoidable'],
      ['3.1', 'the operator', 'regrettable'],
    ]);
  });

  it('"…, citing …" gives a body\'s reason; a person\'s act with a reason, and a participle of doing, stay the article\'s', () => {
    const body = [
      'The Marsden Players have cancelled their winter tour, citing a shortage of volunteers.',
      'Brell Foods withdrew its planning application, blaming delays at the county council.',
      'Ada Fenn stepped down in March, citing family reasons.',
      'The ferry left Tarn Quay at noon, carrying 80 cars.',
    ].join('\n\n');
    expect(said(body)).toEqual([
      ['1.1', 'Marsden Players', 'citing'],
      ['2.1', 'Brell Foods', 'blaming'],
    ]);
  });

  it('a byline glued to the first sentence is neither content nor a name a later "the council" may mean', () => {
    expect(['reporter', 'correspondent', 'columnist', 'minister', 'spokesman'].filter(writerNoun)).toEqual(['reporter', 'correspondent', 'columnist']);
    const body = [
      'By Owen Pryce, Local Democracy Reporter Carnford Council has spent £2m on consultants, a letter to residents has revealed.',
      'The money went on a new parking scheme, the council said.',
    ].join('\n');
    expect(contents(body)).toEqual([
      ['1.1', 'a letter to residents', 'Carnford Council has spent £2m on consultants'],
      ['1.2', 'Carnford Council', 'The money went on a new parking scheme'],
    ]);
    expect(contents('By Ida Marr, Health Correspondent Clinics in Wexby are short of 40 nurses, figures show.')).toEqual([['1.1', 'figures', 'Clinics in Wexby are short of 40 nurses']]);
  });

  it('interview topics with a clause of their own ("On the claim that …:") are the interviewee\'s, not the body that spoke last', () => {
    const body = [
      'Nell Brody, who founded the Wexcombe Book Fair, talked to us before this year\'s event.',
      'The fair drew 9,000 visitors last year, the organisers said.',
      '',
      'On reports that the fair will move: “We are staying in Wexcombe.',
      'The town made us.”',
      'On her successor: “Someone younger, soon.”',
    ].join('\n');
    expect(said(body)).toEqual([
      ['1.2', 'the organisers', 'said'],
      ['2.1', 'Nell Brody', ':'],
      ['2.2', 'Nell Brody', ':'],
      ['2.3', 'Nell Brody', ':'],
    ]);
  });

  it('"talked to us", "spoke to me": the paper as listener is no first-person speech going on', () => {
    const body = ['“The roof leaks every winter,” said Tomas Hale, the church warden.', 'Hale spoke to us in the vestry.'].join('\n');
    expect(said(body)).toEqual([['1.1', 'Tomas Hale', 'said']]);
  });

  it('a person post-modified before a verb of saying with "that" (after its listener too) speaks', () => {
    const body = [
      'A commuter on the evening line warned that the trains were always late.',
      'A neighbour of the depot complained to the parish council that lorries arrived at night.',
    ].join('\n\n');
    expect(said(body)).toEqual([
      ['1.1', 'a commuter on the evening line', 'warned'],
      ['2.1', 'a neighbour of the depot', 'complained'],
    ]);
  });

  it('"…, a claim the firm denied": the clause before is what a claim names; "…, an offer the union rejected" reports no words', () => {
    expect(['claim', 'allegation', 'findings', 'offer', 'proposal', 'decision'].filter(claimNoun)).toEqual(['claim', 'allegation', 'findings']);
    const body = [
      'Residents said the builder had ignored the flood report, a claim Corbel Homes denied.',
      'Corbel had offered each household £500, an offer the residents rejected.',
    ].join('\n');
    expect(contents(body)).toEqual([
      ['1.1', 'Corbel Homes', 'Residents said the builder had ignored the flood report'],
      ['1.1', 'Residents', 'the builder had ignored the flood report'],
    ]);
  });

  it('rejecting or disputing a finding without content stays the article\'s (as the sets label it); with a judgement in quotes it is said', () => {
    const body = [
      'The water board rejected the findings.',
      'The operator disputed parts of the inspectors\' report.',
      'The union dismissed the conclusions of the review as “a whitewash”.',
    ].join('\n\n');
    expect(said(body)).toEqual([['3.1', 'the union', 'dismissed']]);
  });
});
