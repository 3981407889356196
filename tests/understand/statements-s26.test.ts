import { describe, expect, it } from 'vitest';
import { statementRows } from './statement-rows.js';

/** [key, name, cue] per statement, in reading order. */
const said = (body: string): string[][] => statementRows(body, ['name', 'cue']);

describe('statements, session 15 (helper s26)', () => {
  it('a group with a "close to" / "living by" / "working at" modifier speaks, never the place', () => {
    expect(said('Residents close to the quarry said the blasting had cracked walls.')).toEqual([['1.1', 'Residents close to the quarry', 'said']]);
    expect(said('Families living by the river said the water had turned brown.')).toEqual([['1.1', 'Families living by the river', 'said']]);
    expect(said('Pupils working at the farm said the lambs were early.')).toEqual([['1.1', 'Pupils working at the farm', 'said']]);
    // A preposition's phrase after the head as before.
    expect(said('Shopkeepers near the square said trade had halved.')).toEqual([['1.1', 'Shopkeepers near the square', 'said']]);
  });

  it('a participle of a reduced relative clause is no cue; the document before it speaks', () => {
    expect(said('A report written last year shows that the bridge was unsafe.')).toEqual([['1.1', 'a report written last year', 'shows']]);
    expect(said('A report published last week shows that the river is cleaner.')).toEqual([['1.1', 'a report', 'shows']]);
    expect(said('A letter found during the works, hidden behind a panel, suggests that the hall was older.')).toEqual([['1.1', 'a letter', 'suggests']]);
    expect(said('A notebook found after the fire, wrapped in cloth, suggests that the cook escaped.')).toEqual([['1.1', 'a notebook', 'suggests']]);
    // A past tense with an object or a that-clause after it is still the cue; a verb that takes no
    // object ("fell") is no participle before "after".
    expect(said('The firm warned investors last week that sales would fall.')).toEqual([['1.1', 'the firm', 'warned']]);
    expect(said('The company said in March that it expects a loss.')).toEqual([['1.1', 'the company', 'said']]);
    expect(said("Norvik's shares fell after the food firm warned that profits would drop.")).toEqual([['1.1', 'Norvik', 'warned']]);
  });

  it('who keeps, holds or sees a thing is not its author: the thing shows', () => {
    expect(said('A map drawn in 1843 and kept by the parish shows that a well stood beside the door.')).toEqual([['1.1', 'a map', 'shows']]);
    expect(said('A chart kept by the archive shows that the mill had 40 looms.')).toEqual([['1.1', 'a chart', 'shows']]);
    expect(said('A memo seen by this newspaper shows that the board knew.')).toEqual([['1.1', 'a memo', 'shows']]);
    // A thing that is neither made nor written shows nothing of the keeper's; an author still speaks.
    expect(said('A ledger kept by the abbey shows that the monks sold wool.')).toEqual([]);
    expect(said('Figures released on Friday by the statistics office showed that sales fell.')).toEqual([['1.1', 'the statistics office', 'showed']]);
  });

  it('"the company" is no club and no group of people that spoke since the company was named', () => {
    const lede = 'Halden Looms, which weaves rugs for Ostra Homes, will close its Friday line.';
    expect(said([lede, 'Members of the Penfold Cycling Club said the towpath would stay shut.', 'The closure follows a fall in demand, the company said.'].join('\n'))).toEqual([
      ['1.2', 'Members of the Penfold Cycling Club', 'said'],
      ['1.3', 'Halden Looms', 'said'],
    ]);
    expect(said([lede, 'Workers at Halden Looms said the line had been quiet for months.', 'The closure follows a fall in demand, the company said.'].join('\n'))).toEqual([
      ['1.2', 'Workers at Halden Looms', 'said'],
      ['1.3', 'Halden Looms', 'said'],
    ]);
    // A bank that spoke is a company a later "the company" means.
    expect(said([lede, 'Harbour Bank said it would lend the firm £2m.', 'The company said the loan was welcome.'].join('\n'))).toEqual([
      ['1.2', 'Harbour Bank', 'said'],
      ['1.3', 'Harbour Bank', 'said'],
    ]);
  });

  it('", it said" closing a sentence is the body that opens it, a name taken for a person by its shape too', () => {
    expect(said('Ravensby Kitchens will close two of its shops, it said on Monday.')).toEqual([['1.1', 'Ravensby Kitchens', 'said']]);
    expect(said('Halden Marsh will cut 300 jobs, it said.')).toEqual([['1.1', 'Halden Marsh', 'said']]);
    // The name opening a later sentence after "It said" is unchanged.
    expect(said(['Ravensby Kitchens will close two of its shops.', 'It said rents had risen too fast.'].join('\n'))).toEqual([['1.2', 'Ravensby Kitchens', 'said']]);
  });

  it('"called X Y" without quotes stays the article\'s own voice (the sets\' convention)', () => {
    expect(said('Campaigners at the Dale Shelter called the plan overdue.')).toEqual([]);
    expect(said('Her union called the ruling a warning to employers.')).toEqual([]);
  });
});

describe('statements, session 15 merge', () => {
  it('"It added" after a union spoke means the union: the company noun\'s exclusion of clubs and unions is no pronoun\'s', () => {
    expect(
      said(['Hallam Knitwear Ltd will close six shops, the company said on Monday.', '', 'Shares of Hallam Knitwear Ltd fell 5 percent in early trading.', 'The Retail and Warehouse Union said it had not been told before the news and would seek talks.', 'It added that staff had learned of the closures from the radio.'].join('\n')),
    ).toEqual([
      ['1.1', 'Hallam Knitwear Ltd', 'said'],
      ['2.2', 'the Retail and Warehouse Union', 'said'],
      ['2.3', 'Warehouse Union', 'added'],
    ]);
  });
});
