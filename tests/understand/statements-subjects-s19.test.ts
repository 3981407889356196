import { describe, expect, it } from 'vitest';
import { personNoun, predictsFirst } from '../../src/understand/lexicon.js';
import { statementRows } from './statement-rows.js';

/** [key, name, cue] per statement, in reading order. */
const said = (body: string): string[][] => statementRows(body, ['name', 'cue']);

/** [key, name, content] per statement. */
const contents = (body: string): string[][] => statementRows(body, ['name', 'content']);

describe('a name, an age and a descriptor that a relative clause or a participle describes (issue 10, session 12)', () => {
  it('reads which nouns may name a person in any of their three first senses (WordNet)', () => {
    expect(['cleaner', 'nurse', 'stewards', 'town', 'pipe', 'rain'].filter(personNoun)).toEqual(['cleaner', 'nurse', 'stewards']);
  });
  it('"Name, 58, a farmer, said": the age stands between the name and its descriptor', () => {
    expect(said('Edda Pryor, 63, a retired midwife, said the ward had been understaffed for years.')).toEqual([['1.1', 'Edda Pryor', 'said']]);
    expect(said('Colm Asher, 44, a roofer, told the hearing that the ladder had slipped.')).toEqual([['1.1', 'Colm Asher', 'told']]);
  });
  it('a descriptor closed by "who", "whose" or a participle, with or without an age; the pronoun after goes to the name', () => {
    expect(said('Edda Pryor, 63, a porter who had worked nights at the depot since 2009, said the lights had failed.\nShe said nobody had come.')).toEqual([
      ['1.1', 'Edda Pryor', 'said'],
      ['1.2', 'Edda Pryor', 'said'],
    ]);
    expect(said('Colm Asher, a roofer whose van was stolen last week, said the police had not called him back.')).toEqual([['1.1', 'Colm Asher', 'said']]);
    expect(said('Colm Asher, a driver working the night route, told the inquiry that the brakes had been replaced.')).toEqual([['1.1', 'Colm Asher', 'told']]);
    // A trade WordNet does not know, after an age.
    expect(said('Yan Breck, 52, a stallholder, said takings had halved.')).toEqual([['1.1', 'Yan Breck', 'said']]);
  });
  it('a chain of appositions: age, where the person lives ("of X", "from X", and the place\'s next part), a descriptor', () => {
    expect(said('Gareth Lowe, 44, of Quarry Lane, Kelby, said he was innocent.')).toEqual([['1.1', 'Gareth Lowe', 'said']]);
    expect(said('Edda Pryor, 63, of Tarrow, a porter who had worked nights at the depot, said the lights had failed.')).toEqual([['1.1', 'Edda Pryor', 'said']]);
    expect(said('Edda Pryor, from Tarrow, a retired midwife, said the ward was full.')).toEqual([['1.1', 'Edda Pryor', 'said']]);
    // A plea stays the article's own voice whatever the subject's appositions.
    expect(said('Gareth Lowe, 44, of Quarry Lane, Kelby, denies six counts of theft.')).toEqual([]);
  });
  it('no person where the name belongs to a longer phrase', () => {
    expect(said('Residents of Tarrow, a port whose harbour silted up, said they were angry.')).toEqual([['1.1', 'Residents of Tarrow', 'said']]);
  });
});

describe('a trailing cue followed by a participle clause', () => {
  it('the clause before the cue is what was said, for a strong verb and a weak one', () => {
    expect(contents('The ferry will stop running in October, Transport Minister Ivo Rask confirmed on Tuesday, ending a service that began in 1961.')).toEqual([
      ['1.1', 'Ivo Rask', 'The ferry will stop running in October'],
    ]);
    expect(contents('The ferry will stop running in October, the operator said, blaming the cost of fuel.')).toEqual([['1.1', 'the operator', 'The ferry will stop running in October']]);
  });
  it('so does a noun phrase in apposition to the clause before; a lead that holds no verb leaves the words after the cue', () => {
    expect(contents('The ferry will stop running in October, the operator announced on Friday, a move that will save £2 million a year.')).toEqual([
      ['1.1', 'the operator', 'The ferry will stop running in October'],
    ]);
    expect(contents('The ferry will stop running in October, the operator confirmed, the first cut to the service since 1990.')).toEqual([['1.1', 'the operator', 'The ferry will stop running in October']]);
    expect(contents('In a statement, the operator said, the timetable is final.')).toEqual([['1.1', 'the operator', 'the timetable is final']]);
  });
  it('"said, adding that …" still adds a statement of its own', () => {
    expect(said('The ferry will stop running in October, the operator said, adding that staff would be redeployed.')).toEqual([
      ['1.1', 'the operator', 'said'],
      ['1.1', 'the operator', 'adding'],
    ]);
  });
});

describe('a forecast reports its object (WordNet: a verb whose first sense is a kind of "predict")', () => {
  it('reads the verbs', () => {
    expect(['forecast', 'predict', 'prophesy', 'expect', 'anticipate', 'promise', 'estimate'].filter(predictsFirst)).toEqual(['forecast', 'predict', 'prophesy']);
  });
  it('"The X Office forecasts more rain", "Economists at X forecast a rise"; a noun "forecasts", a passive and a pluperfect with an object report nothing', () => {
    expect(said('The Coastal Weather Office forecasts gales of up to 70mph on Saturday.')).toEqual([['1.1', 'the Coastal Weather Office', 'forecasts']]);
    // What analysts had forecast, set against what came, is the article's own voice (MEANTIME's labels).
    expect(said('Most analysts at Brenmoor Bank had forecast the losses to be over $2 billion.')).toEqual([]);
    expect(said('Economists at Brenmoor Bank forecast a small rise in prices.')).toEqual([['1.1', 'Economists at Brenmoor Bank', 'forecast']]);
    expect(said('The Coastal Weather Office forecast heavy rain for Tuesday.')).toEqual([['1.1', 'the Coastal Weather Office', 'forecast']]);
    expect(said('The Coastal Weather Office forecast team said the storm was unusual.')).toEqual([['1.1', 'the Coastal Weather Office forecast team', 'said']]);
    expect(said('The forecasts show more rain for the north.')).toEqual([]);
    expect(said('Growth is forecast to slow next year.')).toEqual([]);
    expect(said('The Coastal Weather Office forecasts were wrong again.')).toEqual([]);
  });
});

describe('"according to a study of X by Y": the author after "by"', () => {
  it('past what the study is of, a number with its comma included', () => {
    expect(contents('According to an analysis of parking fines by the Motorists Forum, the council earned £2 million last year.')).toEqual([
      ['1.1', 'Motorists Forum', 'the council earned £2 million last year'],
    ]);
    expect(said('Most owners want a ban, according to a survey of 1,500 dog owners by the Kennel Guild.')).toEqual([['1.1', 'Kennel Guild', 'according to']]);
  });
  it('not the agent of a participle inside what the study is of', () => {
    expect(said('According to a study of patients treated by the clinic, most recovered within a week.')).toEqual([]);
  });
});

describe('a body named by lower-case words, and "the company" after a body described in the article\'s own voice', () => {
  it('an -ed or -ing modifier after the opening determiner belongs to the body\'s name', () => {
    expect(said('The integrated care board said it would consult on the closure.')).toEqual([['1.1', 'the integrated care board', 'said']]);
    expect(said('Clinics will shut at weekends, the combined health authority said.')).toEqual([['1.1', 'the combined health authority', 'said']]);
  });
  it('after an owner\'s possessive, and lower-case modifiers joined by "and"; "and" before a determiner still joins clauses', () => {
    expect(said('The county\'s integrated care board said it would review the decision.')).toEqual([['1.1', "the county's integrated care board", 'said']]);
    expect(said('Tarrow\'s clinical commissioning group said the ward would close.')).toEqual([['1.1', "Tarrow's clinical commissioning group", 'said']]);
    expect(said('The local health and social care partnership said the clinic would move.')).toEqual([['1.1', 'the local health and social care partnership', 'said']]);
    expect(said('The firm cut prices and market analysts said the move was bold.')).toEqual([['1.1', 'market analysts', 'said']]);
  });
  it('"the company" right after "the water company" described in own voice is that description, and "it" after it', () => {
    expect(said('Tenants in Oxley could pay more under a plan the heating supplier sent to the regulator.\nThe company says it must replace every boiler.\nIt said the work would take two years.')).toEqual([
      ['1.2', 'the heating supplier', 'says'],
      ['1.3', 'the heating supplier', 'said'],
    ]);
  });
  it('a mention with words of its own ("the ferry company") is not another description, a longer name holding the mention comes first, and nothing described leaves "the company"', () => {
    expect(said('The Bank of Tarrow Corporation, the second-largest bank in the region, has announced that it lost $2 billion.\nAccording to the bank, the losses equal 26 cents a share.')).toEqual([
      ['1.1', 'the Bank of Tarrow Corporation', 'announced'],
      ['1.2', 'Bank of Tarrow Corporation', 'according to'],
    ]);
    expect(said('The central bank has warned that prices could fall.\nThe ferry company said the timetable would not change.')).toEqual([
      ['1.1', 'the central bank', 'warned'],
      ['1.2', 'the ferry company', 'said'],
    ]);
    expect(said('The trains were late again on Monday.\nThe company said a signal had failed.')).toEqual([['1.2', 'the company', 'said']]);
  });
});

describe('a partitive subject ("one of the stewards") speaks for the group only when that group spoke', () => {
  it('of a group only named in the article\'s own voice, the member speaks for themself', () => {
    expect(said('Stewards were blamed for the long queues.\nOne of the stewards, who asked not to be named, said the gates had opened late.')).toEqual([['1.2', 'One of the stewards', 'said']]);
    expect(said('Hundreds of fans waited outside the ground.\nSome of the fans said the queues were the worst they had seen.')).toEqual([['1.2', 'Some of the fans', 'said']]);
  });
  it('of a group that spoke, the member is that group', () => {
    expect(said('Two people familiar with the talks said a deal was close.\nOne of the people said it could be signed on Friday.')).toEqual([
      ['1.1', 'Two people familiar with the talks', 'said'],
      ['1.2', 'Two people familiar with the talks', 'said'],
    ]);
  });
});
