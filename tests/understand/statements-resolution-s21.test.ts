import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../src/understand/statements.js';
import { docOf } from './statements-fixture.js';
import { statementRows } from './statement-rows.js';

/** [key, name, cue] per statement, in reading order. */
const said = (body: string): string[][] => statementRows(body, ['name', 'cue']);

describe('who "the company", "her barrister" and nested appositions are (issue 10, session 13)', () => {
  it('"…, the company said" is the body that is the subject of the same sentence, before any other name in it', () => {
    expect(said(['Marden Bank has closed its branch in Lowe.', '', 'Kestrel Homes will build 40 flats on the site, the company said.'].join('\n'))).toEqual([['2.1', 'Kestrel Homes', 'said']]);
    expect(said('Kestrel Homes will build 40 flats on the old Marden Bank site, the developer said.')).toEqual([['1.1', 'Kestrel Homes', 'said']]);
    // A place after "its" owns nothing; a capitalised common noun opening the sentence is no body.
    expect(said('Tarrow Mills is closing its Brackley plant, the company said.')).toEqual([['1.1', 'Tarrow Mills', 'said']]);
    expect(said(['Quorra Systems reported results on Monday.', 'Revenue rose 38 percent, the company said.'].join('\n'))).toEqual([['1.2', 'Quorra Systems', 'said']]);
  });
  it('"the club" is the body named as the subject of the sentence before, even when its name reads like a person\'s', () => {
    const body = ['Pellam Engineering has agreed to sponsor Ashgrove Rovers for three more seasons.', 'Ashgrove Rovers sacked their manager last month.', 'The club said a new manager would be named within a week.'].join('\n');
    expect(said(body)).toEqual([['1.3', 'Ashgrove Rovers', 'said']]);
  });
  it('a noun of another kind looks past the body "the club" meant: "according to the broadcaster" is the station named just before', () => {
    const body = ['Dunmore Athletic sacked their coach on Friday.', 'The club said the search for a successor had begun.', 'The news was first reported on Harbour Radio.', 'According to the broadcaster, three candidates have been interviewed.'].join('\n');
    expect(said(body)).toEqual([
      ['1.2', 'Dunmore Athletic', 'said'],
      ['1.4', 'Harbour Radio', 'according to'],
    ]);
  });
  it('"according to the broadcaster" after a document spoke is the station the sentence before named', () => {
    const body = ['Harbourline is cutting two sailings.', '', 'Fares rose by 8 per cent last year, according to ticketing data.', 'The story was first reported on Coastwave Radio.', 'According to the broadcaster, the route has lost money since 2021.'].join('\n');
    expect(said(body)).toEqual([
      ['2.1', 'ticketing data', 'according to'],
      ['2.3', 'Coastwave Radio', 'according to'],
    ]);
  });
  it('"The company said" after a sentence naming the company\'s officer is that company, in its full name', () => {
    const body = ['Corvell Engineering has won a contract to repair the pier.', '', "Corvell's managing director, Ruth Amis, said work would start in May.", 'The company said the pier would reopen in August.'].join('\n');
    expect(said(body)).toEqual([
      ['2.1', 'Ruth Amis', 'said'],
      ['2.2', 'Corvell Engineering', 'said'],
    ]);
  });
  it('"the dairy" is the body whose name ends in that noun ("Hollin Dairies")', () => {
    expect(said(['Hollin Dairies makes soft cheese in Brackley.', 'The dairy said the cooling unit had failed.'].join('\n'))).toEqual([['1.2', 'Hollin Dairies', 'said']]);
  });
  it('a description subject never resolves to a holiday named in the headline', () => {
    const doc = docOf(['Drinkers will pay 10p more for a pint of bitter from next week.', 'The family-owned brewer blamed rising barley costs.'].join('\n'), 'Christmas comes early for Holt drinkers');
    const rows = [...extractStatements(doc)].flatMap(([k, sts]) => sts.map((s) => [k, s.speaker.name, s.cue]));
    expect(rows).toEqual([['1.2', 'the family-owned brewer', 'blamed']]);
  });
  it('"her barrister" and "the prosecutor" are the people named earlier in that role', () => {
    const body = [
      'Prosecuting, Simon Reade said the drugs had been posted to buyers in six countries.',
      'Her barrister, Leah Munro, said Ms Orr had not known about the sales.',
      '',
      'Ms Orr would ask for the case to be heard in another town, her barrister said.',
      'The prosecutor said a date would be fixed next week.',
    ].join('\n');
    expect(said(body)).toEqual([
      ['1.1', 'Simon Reade', 'said'],
      ['1.2', 'Leah Munro', 'said'],
      ['2.1', 'Leah Munro', 'said'],
      ['2.2', 'Simon Reade', 'said'],
    ]);
    // "Defending, X said": any lawyer's noun after it ("her solicitor") is X; with nobody in the role it stays as written.
    expect(said(['Defending, Tom Varga said his client had been unwell.', '', 'Ms Dale will give evidence on Thursday, her solicitor said.'].join('\n'))).toEqual([
      ['1.1', 'Tom Varga', 'said'],
      ['2.1', 'Tom Varga', 'said'],
    ]);
    expect(said('Ms Dale will give evidence on Thursday, her solicitor said.')).toEqual([['1.1', 'her solicitor', 'said']]);
  });
  it('a name apposed to the object inside a descriptor leaves the speaker the outer name, or the description', () => {
    expect(said('Dr. Ayo Benn, a noise consultant engaged by the operator, Fenwick Aggregates, told the hearing that the site was quiet.')).toEqual([['1.1', 'Ayo Benn', 'told']]);
    expect(said("An engineer retained by the council's insurer, Arden Mutual, said the wall was sound.")).toEqual([['1.1', "an engineer retained by the council's insurer", 'said']]);
  });
  it('"Residents of A, B and C said" is the residents of all three', () => {
    expect(said('Residents of Tarrow, Kelby and Moss said the road was unsafe.')).toEqual([['1.1', 'Residents of Tarrow, Kelby and Moss', 'said']]);
    expect(said('Farmers in Arle, Bede, Cowan and Dunn say the water is dirty.')).toEqual([['1.1', 'Farmers in Arle, Bede, Cowan and Dunn', 'say']]);
  });
  it('a message sent "saying …" is its sender\'s statement; one received is not', () => {
    expect(said('The chairman sent an email to staff saying the plant would close.')).toEqual([['1.1', 'the chairman', 'saying']]);
    expect(said('Mr Hale received an email saying his job was at risk.')).toEqual([]);
  });
  it('a plea to counted charges of an act is own voice', () => {
    expect(said('Nadia Orr, 41, who managed the pharmacy for nine years, denies four counts of supplying controlled drugs.')).toEqual([]);
  });
});
