import { describe, expect, it } from 'vitest';
import { statementRows } from './statement-rows.js';

/** [key, name, cue] per statement, in reading order. */
const said = (body: string): string[][] => statementRows(body, ['name', 'cue']);
/** [key, name, resolution] per statement. */
const how = (body: string): string[][] => statementRows(body, ['name', 'resolution']);

describe('statements, session 16 (helper s29): who "the firm", "according to the theatre" and the subject with a relative clause are', () => {
  it('a body introduced with a description speaks by it later, though another body is nearer', () => {
    expect(how(['Marrow & Finch, the family-run packaging firm, lost the tender to Dunley Print on Monday.', 'Dunley Print will start the work in March.', 'The packaging firm said it would appeal.'].join('\n'))).toEqual([
      ['1.3', 'Marrow & Finch', 'description@1.1'],
    ]);
    // An apposition after the name, a past participle's phrase in it.
    expect(how(['Corvell Dairies, a cheese maker based in Ashby, has been fined for a leak.', 'The fine was set by Hallam Magistrates, who heard the case on Friday.', 'The cheese maker said it had replaced the pipe.'].join('\n'))).toEqual([
      ['1.3', 'Corvell Dairies', 'description@1.1'],
    ]);
    // The description between the article and the name.
    expect(how(['The bicycle maker Tamsin Cycles has moved its warehouse to Brede.', 'Its landlord, Opal Estates, had raised the rent twice.', 'The bicycle maker said the move would save money.'].join('\n'))).toEqual([
      ['1.3', 'Tamsin Cycles', 'description@1.1'],
    ]);
  });
  it('of two bodies introduced with the same head noun, the one whose description holds the mention\'s modifier', () => {
    expect(
      how(['Harlow Tins, a packaging firm in Leeds, bought the site.', 'Its neighbour Quarry Lane Law, a legal firm, objected.', 'The packaging firm said the neighbour had been consulted.'].join('\n')),
    ).toEqual([['1.3', 'Harlow Tins', 'description@1.1']]);
  });
  it('a bare catch-all ("the company") keeps its nearer reading; a person described by a trade is no body', () => {
    expect(said(['Harwell Print, the family-run packaging firm, lost the tender to Oxley Foods.', 'Oxley Foods said it was pleased.', 'The company said it would expand.'].join('\n'))).toEqual([
      ['1.2', 'Oxley Foods', 'said'],
      ['1.3', 'Oxley Foods', 'said'],
    ]);
    expect(said(['Ann Lowe, a baker in Tilby, won the prize.', 'The baker said she was delighted.'].join('\n'))).toEqual([['1.2', 'Ann Lowe', 'said']]);
  });
  it('a name apposed to an owner\'s description speaks, an ampersand in it', () => {
    expect(said("The company's biggest customer, Tolland & Sons, said it had found another supplier.")).toEqual([['1.1', 'Tolland & Sons', 'said']]);
    expect(said("The firm's main rival, Brisk & Co, said it would not bid.")).toEqual([['1.1', 'Brisk & Co', 'said']]);
    expect(said("The union's regional organiser, Mara Quill, told members the offer was too low.")).toEqual([['1.1', 'Mara Quill', 'told']]);
  });
  it('"according to the <noun>": the body named before with the noun in its name or its description', () => {
    expect(how(['The Gilded Lamp Theatre will close for repairs in June.', 'Its roof has leaked since the storm.', 'According to the theatre, the work will take four months.'].join('\n'))).toEqual([
      ['1.3', 'Gilded Lamp Theatre', 'collective@1.1'],
    ]);
    expect(how(['The Larchmere Wildlife Trust bought the marsh in 2019.', '', 'Volunteers have planted reeds there.', 'According to the trust, otters have returned.'].join('\n'))).toEqual([
      ['2.2', 'Larchmere Wildlife Trust', 'collective@1.1'],
    ]);
    expect(how(['Otterby Hall, a museum in Kessling, has lost its grant.', 'According to the museum, two galleries will close.'].join('\n'))).toEqual([['1.2', 'Otterby Hall', 'description@1.1']]);
    // Nobody introduced by the noun: no speaker, no statement.
    expect(said('According to the theatre, the work will take four months.')).toEqual([]);
    expect(said(['The Gilded Lamp Theatre will close in June.', 'According to the plan, it will reopen in October.'].join('\n'))).toEqual([]);
  });
  it('documents and inspectors report what they found', () => {
    expect(said(['Councillors discussed the depot last week.', 'The audit found that the depot had lost money for six years.'].join('\n'))).toEqual([['1.2', 'the audit', 'found']]);
    expect(said('The review concluded that the hospital had too few nurses.')).toEqual([['1.1', 'the review', 'concluded']]);
    expect(said('The auditors found that payments had been made twice.')).toEqual([['1.1', 'the auditors', 'found']]);
  });
  it('a subject whose head noun has a relative clause of its own: the head speaks, or the name apposed to it', () => {
    expect(said('The chairman of the committee which approved the scheme last year said the costs had doubled.')).toEqual([['1.1', 'the chairman of the committee', 'said']]);
    expect(said('The head of the regional body that oversees river crossings, Jane Doe, said on Friday that the bridge would reopen.')).toEqual([['1.1', 'Jane Doe', 'said']]);
    // The tagger reads the relative clause's verb as a noun ("licenses"): still skipped.
    expect(said('The head of the agency that licenses ferries, Ines Calloway, said on Tuesday that two routes would close.')).toEqual([['1.1', 'Ines Calloway', 'said']]);
    // A name in apposition with no relative clause before it is the lists' to read, as before.
    expect(said('The head of the regional body, Jane Doe, said the bridge would reopen.')).toEqual([['1.1', 'Jane Doe', 'said']]);
  });
});
