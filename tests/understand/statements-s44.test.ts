import { describe, expect, it } from 'vitest';
import { statementRows } from './statement-rows.js';

/** [key, name, cue] per statement, in reading order. */
const said = (body: string): string[][] => statementRows(body, ['name', 'cue']);

describe('statements, session 27 (helper s44): decisions and pleas in the article\'s own voice', () => {
  it('a plea to "two breaches of … law" is no statement, whatever the tagger makes of "breaches"', () => {
    expect(said('Dalgetty Joinery Ltd admitted two breaches of fire safety law at Ilbury Crown Court.')).toEqual([]);
    expect(said('Mia Brummock, 41, of Voskin Lane, admitted a breach of food hygiene rules on Tuesday.')).toEqual([]);
    expect(said('Tavistane Haulage denied three violations of its operating licence.')).toEqual([]);
    // An admission with a clause, or of no offence, is still a statement.
    expect(said('Mia Brummock admitted that two checks had been missed.')).toEqual([['1.1', 'Mia Brummock', 'admitted']]);
    expect(said('Tavistane Haulage denied any wrongdoing.')).toEqual([['1.1', 'Tavistane Haulage', 'denied']]);
  });
  it('an order or a ruling with authority is a decision, no one\'s words: "ordered that", "ruled that", "…, the coroner ruled"', () => {
    expect(said('Judge Ilbury ordered that the seized tools be returned to Snodley Plant Hire.')).toEqual([]);
    expect(said('Judge Ostrevan ruled that two of the charges should be dropped.')).toEqual([]);
    expect(said('The crash was an accident, the coroner ruled.')).toEqual([]);
    // Telling, urging and demanding still report; so does what the judge said.
    expect(said('Judge Ostrevan told the jury that the case was complex.')).toEqual([['1.1', 'Ostrevan', 'told']]);
    expect(said('Judge Ostrevan said the case was complex.')).toEqual([['1.1', 'Ostrevan', 'said']]);
    expect(said('Ms Crewlin urged the board to cut fees.')).toEqual([['1.1', 'Crewlin', 'urged']]);
  });
});

describe('statements, session 27 (helper s44): a body described in the lede and named in the next sentence', () => {
  const rows = (body: string): string[][] => statementRows(body, ['name', 'kind', 'resolution']);
  it('"A boat repair yard in X says … / Crewlin Marine Services has …": the yard is the body named next, and so is its later "it said"', () => {
    expect(rows(['A boat repair yard in Upper Snodley says it is not to blame for the flood.', 'Crewlin Marine Services has run the yard since 2004.', 'It said the claim was false.'].join('\n'))).toEqual([
      ['1.1', 'Crewlin Marine Services', 'organisation', 'description@1.2'],
      ['1.3', 'Crewlin Marine Services', 'organisation', 'pronoun@1.1'],
    ]);
    expect(rows(['The last furniture maker in Dalgetty County says it may close.', 'Ostrevan Joinery, on Mill Road, employs 40 people.'].join('\n'))).toEqual([
      ['1.1', 'Ostrevan Joinery', 'organisation', 'description@1.2'],
    ]);
  });
  it('not a person named next, nor a name the sentence already gave, nor a person described', () => {
    expect(rows(['A boat repair yard in Upper Snodley says it is not to blame for the flood.', 'Harlowe Fenwray has run the yard since 2004.'].join('\n'))).toEqual([['1.1', 'yard in Upper Snodley', 'organisation', '-']]);
    expect(rows(['A retired teacher in Upper Snodley says the school should stay open.', 'Crewlin Marine Services employs her son.'].join('\n'))).toEqual([['1.1', 'a retired teacher in Upper Snodley', 'person', '-']]);
  });
});

describe('statements, session 27 (helper s44): estimates', () => {
  it('"put X at" a range ("at between £1m and £2m") or a judgement in quotes is an estimate, its subject the speaker', () => {
    const said = (body: string): string[][] => statementRows(body, ['name', 'cue', 'content']);
    expect(said('A structural survey by Harlowe Fenwray put the bill for the work at between £3.1m and £3.9m.')).toEqual([['1.1', 'Harlowe Fenwray', 'put', 'the bill for the work at between £3.1m and £3.9m']]);
    expect(said('An engineers\' report put the bridge\'s condition at "critical".')).toEqual([['1.1', "an engineers' report", 'put', 'the bridge\'s condition at "critical"']]);
    // A quote after "at" that no estimating verb comes before is no estimate.
    expect(said('The storm left the pier at "serious risk".')).toEqual([]);
  });
});
