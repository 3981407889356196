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
});
