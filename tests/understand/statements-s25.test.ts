import { describe, expect, it } from 'vitest';
import { statementRows } from './statement-rows.js';

/** [key, name, cue] per statement, in reading order. */
const said = (body: string): string[][] => statementRows(body, ['name', 'cue']);

describe('statements, session 14 round 2 (helper s25)', () => {
  it('a verb of proposing with a gerund object puts an act forward, not words', () => {
    expect(said('The regulator has proposed banning the sale of the shares.')).toEqual([]);
    // A verb that judges still reports its gerund object, and a proposal named by a noun is unchanged.
    expect(said('The union has criticised raising the fees.')).toEqual([['1.1', 'the union', 'criticised']]);
    expect(said('Ann Roe has defended closing the ward.')).toEqual([['1.1', 'Ann Roe', 'defended']]);
  });
  it('", reporting" a figure discloses a result: no reason, no speaker', () => {
    expect(said('Harbour Bank has made its first profit, reporting earnings of £18m.')).toEqual([]);
    // A reason with a figure, and a that-clause after "reporting", still speak.
    expect(said('Harbour Bank closed three branches, citing losses of £18m.')).toEqual([['1.1', 'Harbour Bank', 'citing']]);
    expect(statementRows('Harbour Bank closed three branches, reporting that losses had reached £18m.', ['name', 'cue', 'content'])).toEqual([['1.1', 'Harbour Bank', 'reporting', 'losses had reached £18m']]);
  });
  it('"argued over" names a topic, not what was said', () => {
    expect(said('Historians have long argued over who paid for it.')).toEqual([]);
    expect(said('Historians argued over the date.')).toEqual([]);
    expect(statementRows('Ann Roe said over the weekend that the plan was dead.', ['name', 'cue', 'content'])).toEqual([['1.1', 'Ann Roe', 'said', 'the plan was dead']]);
  });
  it('a name that "apologised for" something speaks, in the simple past as in the perfect', () => {
    expect(statementRows('In a video for fans, director Ina Bell apologised for the delay.', ['name', 'cue', 'content'])).toEqual([['1.1', 'Ina Bell', 'apologised', 'for the delay']]);
    expect(said('Calder Rail apologised for the delays.')).toEqual([['1.1', 'Calder Rail', 'apologised']]);
    // A passive, a stance ("argued for"), a mention ("referred to") and a participle after a common noun do not.
    expect(said('Ina Bell was criticised for the delay.')).toEqual([]);
    expect(said('Ina Bell argued for a new road.')).toEqual([]);
    expect(said('The minister referred to the report.')).toEqual([]);
    expect(said('The driver blamed for the crash was jailed.')).toEqual([]);
  });
  it('"the publicly owned utility": an adverb before the modifier keeps the description whole, and it names the body met before', () => {
    expect(statementRows(['Dunwell Water supplies homes in the county.', 'The publicly owned utility said repairs would take a week.'].join('\n'), ['name', 'kind', 'cue'])).toEqual([['1.2', 'Dunwell Water', 'organisation', 'said']]);
    expect(statementRows('The newly elected mayor said the road would open.', ['name', 'cue'])).toEqual([['1.1', 'the newly elected mayor', 'said']]);
  });
  it('a "she said" inside a sentence that "She" opens is that subject, not the person named in between', () => {
    const body = ['The adjudicator, Mia Holt, gave the prize to the school band.', 'She praised the young drummer, Tom Yale, whose solo, she said, “lifted the whole band”.', '“I just hit things,” he joked.'].join('\n');
    expect(said(body)).toEqual([
      ['1.2', 'Mia Holt', 'said'],
      ['1.3', 'Tom Yale', 'joked'],
    ]);
  });
  it('colon quotes: a role and a full name before the colon speak; an indirect question in a leading clause is no cue', () => {
    expect(said(['The race ended in rain.', 'Race director Ann Lowe: “We will run it again.', 'The course was too wet.”'].join('\n'))).toEqual([
      ['1.2', 'Ann Lowe', ':'],
      ['1.3', 'Ann Lowe', ':'],
    ]);
    // A capitalised phrase with no role noun before the name is no speaker.
    expect(said(['The race ended in rain.', 'Race day in Leeds: “Wet.”'].join('\n'))).toEqual([]);
    expect(said(['Ann Lowe won the race.', 'Asked how it felt, she smiled: “Like flying.”'].join('\n'))).toEqual([['1.2', 'Ann Lowe', 'smiled']]);
    expect(said(['Ann Lowe won the race.', 'Asked what it meant, she said: “Everything.”'].join('\n'))).toEqual([['1.2', 'Ann Lowe', 'said']]);
  });
  it('"the studio", "the utility" mean the body described as one in apposition; a numbered title is no body', () => {
    expect(statementRows(['Brightmoor Games, the Leeds studio behind the Ashfall series, has delayed Ashfall 2.', 'Fans were angry.', 'The studio said the game needed more work.'].join('\n'), ['name', 'kind', 'cue'])).toEqual([['1.3', 'Brightmoor Games', 'organisation', 'said']]);
    expect(said(['Dunwell Water, the publicly owned utility in the county, raised bills.', 'The utility said costs had risen.'].join('\n'))).toEqual([['1.2', 'Dunwell Water', 'said']]);
    // A person described so is no body; the noun stays a description.
    expect(said(['Ann Roe, the studio owner, left.', 'The studio said the game needed more work.'].join('\n'))).toEqual([['1.2', 'the studio', 'said']]);
    expect(said(['Brightmoor Games, the Leeds studio behind the Ashfall series, has delayed Ashfall 2 until next spring.', 'Ashfall 2 was due in October.', 'The company told investors that the game needed more work.', 'It warned that profits would fall.'].join('\n'))).toEqual([
      ['1.3', 'Brightmoor Games', 'told'],
      ['1.4', 'Brightmoor Games', 'warned'],
    ]);
  });
});
