import { describe, expect, it } from 'vitest';
import { statementRows } from './statement-rows.js';

/** [key, name, cue] per statement, in reading order. */
const said = (body: string): string[][] => statementRows(body, ['name', 'cue']);

describe('statements, session 14 (helper s24)', () => {
  it('topic lines go to the person the article is about, not the body beside the name nor one named in between', () => {
    const body = [
      'The chief executive of Orrin Buses, Petra Lund, will retire at Easter after nine years.',
      'A report by the Transport Audit Board found that three depots had lost money.',
      '',
      'On the depots: “We kept them open longer than we should have.”',
      'On why she is going: “Nine years is plenty.”',
    ].join('\n');
    expect(said(body)).toEqual([
      ['1.2', 'Transport Audit Board report', 'found'],
      ['2.1', 'Petra Lund', ':'],
      ['2.2', 'Petra Lund', ':'],
    ]);
  });
  it('with nobody described, the interviewee of two topic lines is the nearest name that is no body\'s', () => {
    const body = ['Petra Lund will leave Orrin Buses at Easter.', 'The Transport League said the firm had lost £4m.', '', 'On the losses: “We knew.”', 'On what comes next: “A long walk.”'].join('\n');
    expect(said(body)).toEqual([
      ['1.2', 'the Transport League', 'said'],
      ['2.1', 'Petra Lund', ':'],
      ['2.2', 'Petra Lund', ':'],
    ]);
  });
  it('one topic line is the answer of a person named before; with no person named it stays the article\'s', () => {
    expect(said(['The head of Dunmore Athletic, Ivo Kern, will stand down in June.', '', 'On the stadium: ‘It will be finished next year.’'].join('\n'))).toEqual([['2.1', 'Ivo Kern', ':']]);
    expect(said(['Dunmore Athletic will be sold in June.', '', 'On the stadium: ‘It will be finished next year.’'].join('\n'))).toEqual([]);
  });
  it('a topic line does not continue a speaker known only by a description', () => {
    const body = ['Ivo Kern, 64, has run Dunmore Athletic since 2011.', 'The league said the club owed £3m.', '', 'On the debts: “Every penny will be paid.”'].join('\n');
    expect(said(body)).toEqual([
      ['1.2', 'the league', 'said'],
      ['2.1', 'Ivo Kern', ':'],
    ]);
  });
  it('"accused of" with no object is a passive: the one charged says nothing', () => {
    expect(said('A nurse accused of stealing morphine will stand trial in October.')).toEqual([]);
    expect(said(['The hearing heard that the lock had been forced.', 'A porter accused of theft was sacked in May.'].join('\n'))).toEqual([]);
    // The active verb, and "warned of" (a verb used without an object), still report.
    expect(said('Ivo Kern accused the league of bias.')).toEqual([['1.1', 'Ivo Kern', 'accused']]);
    expect(said('The union warned of strikes in the spring.')).toEqual([['1.1', 'the union', 'warned']]);
  });
  it('", pointing to X" after a which-clause gives the subject\'s reason, as ", citing X" does', () => {
    expect(said('The brewer, which employs 120 people, cut its forecast, pointing to the price of barley.')).toEqual([['1.1', 'the brewer', 'pointing to']]);
    // "adding to" names no reason: "add" is no act done in words.
    expect(said('The council raised parking fees, adding to the cost of shopping in town.')).toEqual([]);
  });
  it('a name taken for a person by its shape that "which" or "its" refers back to is a body giving a reason', () => {
    expect(statementRows('Tarrow Breweries, which employs 120 people, cut its forecast, pointing to the price of barley.', ['name', 'kind', 'cue'])).toEqual([['1.1', 'Tarrow Breweries', 'organisation', 'pointing to']]);
    expect(statementRows('Tarrow Breweries closed its Leeds plant, citing the price of barley.', ['name', 'kind', 'cue'])).toEqual([['1.1', 'Tarrow Breweries', 'organisation', 'citing']]);
    // A person's act with a reason stays the article's.
    expect(said('Ivo Kern sold his shares, citing the price of barley.')).toEqual([]);
  });
  it('a business that "blamed" something speaks, named as the body met before', () => {
    expect(said(['Marsh Creamery sells butter in Hull.', 'The family-run creamery blamed the price of cattle feed.'].join('\n'))).toEqual([['1.2', 'Marsh Creamery', 'blamed']]);
    expect(said('The bakery blamed a shortage of drivers.')).toEqual([['1.1', 'the bakery', 'blamed']]);
  });
  it('a participle of remembering opens no speaker of its own; after a speaker it carries the words', () => {
    expect(said('Volunteers laid a wreath by the lifeboat station, recalling the crew lost in 1953.')).toEqual([]);
    expect(said('Volunteers laid a wreath by the lifeboat station, recalling that the crew had drowned in 1953.')).toEqual([]);
    expect(said('Ivo Kern said the station would stay open, recalling that it had survived two floods.')).toEqual([
      ['1.1', 'Ivo Kern', 'said'],
      ['1.1', 'Ivo Kern', 'recalling'],
    ]);
  });
  it('"according to the chair of last year\'s review" is the chair, named with the whole phrase', () => {
    expect(statementRows("Rents rose by a tenth, according to the chair of last year's housing review.", ['name', 'kind', 'cue'])).toEqual([['1.1', "the chair of last year's housing review", 'person', 'according to']]);
    // Without a possessive the phrase reads as before.
    expect(said('Rents rose by a tenth, according to the chair of the review.')).toEqual([['1.1', 'the chair of the review', 'according to']]);
  });
  it('after the lede, an inquiry that "heard" something is told it by the sentence\'s own "from X" or the next sentence\'s speaker, else nobody', () => {
    const lede = ['A tenant died of carbon monoxide poisoning at a flat in Hull in January.', ''];
    expect(said([...lede, 'The inquest heard that the boiler had not been serviced for six years.'].join('\n'))).toEqual([]);
    expect(said([...lede, 'The inquest heard that the boiler had not been serviced for six years.', 'The landlord was fined in 2019.', 'Ivo Kern said he had warned the tenants.'].join('\n'))).toEqual([
      ['2.3', 'Ivo Kern', 'said'],
      ['2.3', 'Ivo Kern', 'warned'],
    ]);
    expect(said([...lede, 'The inquest heard that the boiler had not been serviced for six years.', 'The gas engineer, Ivo Kern, told the coroner he had warned the landlord.'].join('\n'))).toEqual([
      ['2.1', 'Ivo Kern', 'The inquest heard'],
      ['2.2', 'Ivo Kern', 'told'],
      ['2.2', 'Ivo Kern', 'warned'],
    ]);
    expect(said('The inquest heard from gas engineer Ivo Kern that the boiler had not been serviced.')).toEqual([['1.1', 'Ivo Kern', 'The inquest heard from']]);
    // In the lede, the evidence is the witness's whom the next two paragraphs name (the earlier sets' convention).
    expect(said(['The boiler had not been serviced for six years, an inquest heard.', '', 'The flat was let in 2015.', 'Ivo Kern said he had warned the tenants.'].join('\n'))).toEqual([
      ['1.1', 'Ivo Kern', 'an inquest heard'],
      ['2.2', 'Ivo Kern', 'said'],
      ['2.2', 'Ivo Kern', 'warned'],
    ]);
  });

});
