import { describe, expect, it } from 'vitest';
import { statementRows } from './statement-rows.js';

/** [key, name, mention, kind, resolution] per statement, in reading order. */
const speakers = (body: string): string[][] => statementRows(body, ['name', 'mention', 'kind', 'resolution']);

describe('a capitalised closed-class word is never a name (tags, not a list)', () => {
  it('"The board …, the company said" is the company the sentence before named', () => {
    expect(speakers('Acme Corp cut 200 jobs on Monday.\nThe board hired a search firm, the company said.')).toEqual([
      ['1.2', 'Acme Corp', 'the company', 'organisation', 'pronoun@1.1'],
    ]);
  });
  it('"Its board", and a paragraph break between', () => {
    expect(speakers('Acme Corp cut 200 jobs on Monday.\n\nIts board has hired a search firm, the company said.')).toEqual([
      ['2.1', 'Acme Corp', 'the company', 'organisation', 'pronoun@1.1'],
    ]);
  });
  it('"Our staff …, the firm said"', () => {
    expect(speakers('Brightwell Foods shut its plant in Carrow.\nOur staff will be offered jobs elsewhere, the firm said.')).toEqual([
      ['1.2', 'Brightwell Foods', 'the firm', 'organisation', 'pronoun@1.1'],
    ]);
  });
  it('"Nobody …" opening a sentence is no body "the company" could mean', () => {
    expect(speakers('Acme Corp cut 200 jobs.\n\nNobody is talking about clawing money back yet.\n\nThe plant will open in 2027, the company said.')).toEqual([
      ['3.1', 'Acme Corp', 'the company', 'organisation', 'pronoun@1.1'],
    ]);
  });
  it('with nobody named, "the bank" stays itself, never "Our"', () => {
    expect(speakers('Our customers come first, the bank said.')).toEqual([['1.1', 'the bank', 'the bank', 'organisation', '-']]);
  });
});

describe('"the company said" after a body named only in the article\'s own voice', () => {
  it('two sentences back, person-shaped name whose last word is a common noun', () => {
    expect(
      speakers('Dunmere Water has banned hosepipes across the county.\nThe ban affects 1.4 million customers.\nReservoir levels stood at 48% on Monday, the company said.'),
    ).toEqual([['1.3', 'Dunmere Water', 'the company', 'organisation', 'pronoun@1.1']]);
  });
  it('one sentence a paragraph, and "it" after it', () => {
    expect(
      speakers(
        'Dunmere Water has banned hosepipes across the county.\n\nThe ban affects 1.4 million customers.\n\nReservoir levels stood at 48% on Monday, the company said.\n\nSupplies to hospitals are safe, it added.',
      ),
    ).toEqual([
      ['3.1', 'Dunmere Water', 'the company', 'organisation', 'pronoun@1.1'],
      ['4.1', 'Dunmere Water', 'it', 'organisation', 'pronoun@3.1'],
    ]);
  });
  it('a person\'s name whose last word names a person ("Baker") is not taken', () => {
    expect(
      speakers('John Baker has banned hosepipes across the county.\nThe ban affects 1.4 million customers.\nReservoir levels stood at 48% on Monday, the company said.'),
    ).toEqual([['1.3', 'the company', 'the company', 'organisation', '-']]);
  });
  it('the nearer of a council and a company, and "the council" never a company', () => {
    expect(
      speakers('Harwick District Council has closed two libraries.\nDunmere Water has banned hosepipes across the county.\nThe ban will last until October, the company said.'),
    ).toEqual([['1.3', 'Dunmere Water', 'the company', 'organisation', 'pronoun@1.2']]);
    expect(
      speakers('Dunmere Water has banned hosepipes across the county.\nThe ban affects 1.4 million customers.\nThe measure was needed, the council said.'),
    ).toEqual([['1.3', 'the council', 'the council', 'organisation', '-']]);
  });
  it('"the firm" and "the chain" over a sentence about something else', () => {
    expect(speakers('Marrick Foods has recalled 40,000 jars of pesto.\nThe jars were sold in Wales.\nNo illnesses have been reported, the firm said.')).toEqual([
      ['1.3', 'Marrick Foods', 'the firm', 'organisation', 'pronoun@1.1'],
    ]);
    expect(speakers('Pellow Bakeries closed its Truro shop on Saturday.\nThe shop had traded for 60 years.\n\nAll staff will be offered new roles, the chain said.')).toEqual([
      ['2.1', 'Pellow Bakeries', 'the chain', 'organisation', 'pronoun@1.1'],
    ]);
  });
  it('a name with a trailing abbreviation, described as "the mattress maker", then "the company"', () => {
    expect(
      speakers(
        'Shares of Keldon Sleep Co. fell 14% on Thursday after the mattress maker said sales had slowed.\nDemand for its premium beds was weak in the spring, the company said.',
      ),
    ).toEqual([
      ['1.1', 'Keldon Sleep Co.', 'the mattress maker', 'organisation', 'pronoun@1.1'],
      ['1.2', 'Keldon Sleep Co.', 'the company', 'organisation', 'pronoun@1.1'],
    ]);
  });
  it('a company that owns the subject ("Acme Corp\'s chief executive, Jo Hale, …")', () => {
    expect(speakers("Acme Corp's chief executive, Jo Hale, resigned on Monday.\nThe board had lost confidence in him, the company said.")).toEqual([
      ['1.2', 'Acme Corp', 'the company', 'organisation', 'pronoun@1.1'],
    ]);
    expect(speakers('Tarrow Cycles Ltd’s new factory opened in March.\nIts output will double by 2027, the manufacturer said.')).toEqual([
      ['1.2', 'Tarrow Cycles Ltd', 'the manufacturer', 'organisation', 'pronoun@1.1'],
    ]);
  });
  it('past a public body that spoke since; "according to the company" too', () => {
    expect(
      speakers(
        "Glenmarr Dairy Ltd's yoghurts have been withdrawn from sale.\n\nThe Food Standards Agency said the risk to health was low.\n\nThe batch was made at its plant in Ayr, the firm said.\n\nCustomers can return the pots for a refund, according to the company.",
      ),
    ).toEqual([
      ['2.1', 'the Food Standards Agency', 'The Food Standards Agency', 'organisation', '-'],
      ['3.1', 'Glenmarr Dairy Ltd', 'the firm', 'organisation', 'pronoun@1.1'],
      ['4.1', 'Glenmarr Dairy Ltd', 'the company', 'organisation', 'pronoun@3.1'],
    ]);
  });
  it('"the executive said" is the person named with that role', () => {
    expect(speakers("Acme Corp's chief executive, Jo Hale, resigned on Monday.\nThe board accepted the resignation with regret, the executive said.")).toEqual([
      ['1.2', 'Jo Hale', 'the executive', 'person', 'pronoun@1.1'],
    ]);
  });
});

describe('a pronoun after a speaker in apposition to a possessive', () => {
  it('"Mrs Tey\'s son, Graham Tey" is a man: "he" is him, not an earlier man', () => {
    expect(
      speakers(
        'Tom Reyes, a neighbour, watched the crash from his garden.\n\nOutside court, Mrs Tey’s son, Graham Tey, said the family had never blamed the driver.\n“The people who loved her know what happened,” he said.',
      ),
    ).toEqual([
      ['2.1', 'Graham Tey', 'Mrs Tey’s son, Graham Tey', 'person', '-'],
      ['2.2', 'Graham Tey', 'he', 'person', 'pronoun@2.1'],
    ]);
  });
  it('straight apostrophe and straight quotes, after a man who spoke', () => {
    expect(
      speakers(
        'Tom Reyes, a neighbour, said he heard a bang.\n\nOutside court, Mrs Tey\'s son, Graham Tey, said the family had never blamed the driver.\n"The people who loved her know what happened," he said.',
      ),
    ).toEqual([
      ['1.1', 'Tom Reyes', 'Tom Reyes, a neighbour', 'person', '-'],
      ['2.1', 'Graham Tey', "Mrs Tey's son, Graham Tey", 'person', '-'],
      ['2.2', 'Graham Tey', 'he', 'person', 'pronoun@2.1'],
    ]);
  });
  it('a daughter after "Mr Adu’s": "she" is her', () => {
    expect(speakers('Mr Adu’s daughter, Efua Adu, said the family would appeal.\n“We are not giving up,” she said.')).toEqual([
      ['1.1', 'Efua Adu', 'Mr Adu’s daughter, Efua Adu', 'person', '-'],
      ['1.2', 'Efua Adu', 'she', 'person', 'pronoun@1.1'],
    ]);
  });
});

describe('unnamed sources and owned roles whatever the case of their modifiers (the head noun is lower case)', () => {
  it('"A Treasury official familiar with the talks" is an unnamed source, and "The official" later is that source', () => {
    expect(speakers('A Treasury official familiar with the talks said the deal was close.\n\nThe official said the banks had agreed.').map((r) => r.slice(0, 2))).toEqual([
      ['1.1', 'a Treasury official familiar with the talks'],
      ['2.1', 'a Treasury official familiar with the talks'],
    ]);
  });
});
