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
