import { beforeAll, describe, expect, it } from 'vitest';
import { agreementRows as rows } from './agreement-rows.js';

/**
 * Session 35 (a86): agreement recall. Sentences of our own writing; every name invented.
 */
// (The tagger and WordNet load once, on a shared machine slowly.)
beforeAll(() => void rows('Grimsett Jams signed a deal with Selvidge Foods.'), 120_000);

describe('"a separate …", "a similar …" deal with no partner in the phrase', () => {
  it('reads a deal acted under, "under a similar contract", as one of the article\'s sides', () => {
    const body = [
      'Harlow Ferries has signed a seven-year contract with Dorrow Council to run the river buses.',
      'The firm has cleaned windows at Dorrow Hall under a similar contract since 2019, and the council approved its renewal in January.',
    ].join('\n');
    expect(rows(body).map((r) => r.slice(0, 3))).toEqual([
      ['1.1', 'Harlow Ferries | Dorrow Council', 'signed'],
      ['1.2', 'Harlow Ferries | Dorrow Council', 'in force'],
    ]);
  });

  it('reads "under separate agreements" with the partner the clause names', () => {
    const body = [
      'Harlow Ferries has signed a seven-year contract with Dorrow Council to run the river buses.',
      'It also supplies fuel to the lifeboat station and two marinas under separate agreements, which both remain in force.',
    ].join('\n');
    expect(rows(body).map((r) => r.slice(0, 3))).toEqual([
      ['1.1', 'Harlow Ferries | Dorrow Council', 'signed'],
      ['1.2', 'Harlow Ferries | the lifeboat station', 'reached'],
    ]);
  });

  it('reads "refused a similar deal" as a refusal', () => {
    const body = ['Prosecutors have offered Zebedine Vole a plea deal.', 'Vole refused a similar deal in March, his lawyer said.'].join('\n');
    expect(rows(body).map((r) => r.slice(0, 3))).toEqual([
      ['1.1', 'Prosecutors | Zebedine Vole', 'proposed'],
      ['1.2', 'Prosecutors | Zebedine Vole', 'rejected'],
    ]);
  });

  it('still reads no deal in "other arrangements" or "a smaller deal" with no partner', () => {
    expect(rows('Rival bidders made other arrangements for the week.')).toEqual([]);
    expect(rows('The council blocked a smaller tram deal in 2019.')).toEqual([]);
  });
});

describe('who ends or breaks a deal, named after a description of it ("the homeware chain Pindle")', () => {
  it('keeps the name as the side, as it does for a deal signed', () => {
    expect(rows('Harwick Looms has lost its largest buyer after the homeware chain Pindle terminated a two-year supply contract.').map((r) => r.slice(0, 3))).toEqual([['1.1', 'Pindle', 'voided']]);
    expect(rows('The homeware chain Pindle terminated a supply contract with Harwick Looms.').map((r) => r.slice(0, 3))).toEqual([['1.1', 'Pindle | Harwick Looms', 'voided']]);
  });

  it('still takes no description for a side ("a kite wholesaler broke a contract")', () => {
    expect(rows('A potter, Ida Marsh, has won damages after a kite wholesaler broke a contract to sell her bowls.')).toEqual([]);
  });
});

describe('an offer refused, told by its amount ("rejected a 6 per cent offer")', () => {
  const deal = 'Porters at Orme Infirmary have voted to accept a wage deal with the Orme Health Board.';
  it('is one made before, as "an earlier offer" is: the sides of the deal before', () => {
    expect(rows(`${deal}\nThe strikes began in May after the porters' union rejected a 6 per cent offer.`).map((r) => r.slice(0, 3))).toEqual([
      ['1.1', 'Orme Infirmary | Orme Health Board', 'ratified'],
      ['1.2', 'Orme Infirmary | Orme Health Board', 'rejected'],
    ]);
    expect(rows(`${deal}\nThe union had turned down a £2,000 offer in March.`).map((r) => r.slice(0, 3))).toEqual([
      ['1.1', 'Orme Infirmary | Orme Health Board', 'ratified'],
      ['1.2', 'Orme Infirmary | Orme Health Board', 'rejected'],
    ]);
  });

  it('is not one made before when its maker is described after it', () => {
    expect(rows('Hopes of saving the Old Bell, a village pub, have faded after its landlords turned down a £300,000 offer from a parish trust.')).toEqual([]);
  });
});

describe('a deal held by the subject, its other side not named after it', () => {
  const deal = 'Harlow Ferries has signed a seven-year contract with Dorrow Council to run the river buses.';
  it('"holds mooring contracts at four other piers": in force, completed by the article\'s sides', () => {
    expect(rows(`${deal}\nHarlow also holds mooring contracts at four other piers.`).map((r) => r.slice(0, 3))).toEqual([
      ['1.1', 'Harlow Ferries | Dorrow Council', 'signed'],
      ['1.2', 'Harlow Ferries | Dorrow Council', 'in force'],
    ]);
  });

  it('"had held a twelve-year lease on the pier from 2009": in force, its holder the one side', () => {
    // The lede's deal names one side: after a lede deal of two named sides, a87's protagonistSides
    // pairs a later one-sided deal with the lede's first side (here wrongly: the pier's lessor is not
    // named; a guard for "The previous operator, X," cost three sides on the sets — merge review, session 35).
    const lede = 'Harlow Ferries has signed a seven-year contract to run the river buses.';
    expect(rows(`${lede}\nThe previous operator, Kelso Boats, had held a twelve-year lease on the pier from 2009.`).map((r) => r.slice(0, 3))).toEqual([
      ['1.1', 'Harlow Ferries', 'signed'],
      ['1.2', 'Kelso Boats', 'in force'],
    ]);
  });

  it('is no deal in an article that told of none before, nor a verb inside a compound', () => {
    expect(rows('According to the fire service, the depot held a licence for at most ten tonnes of fuel.')).toEqual([]);
    expect(rows('Dorrow Council has signed a new contract with Kell Hansoms.\nThe committee voted in June to cap the total of private-hire licences.').map((r) => r.slice(0, 3))).toEqual([
      ['1.1', 'Dorrow Council | Kell Hansoms', 'signed'],
    ]);
  });
});

describe('"the termination" told later: the deal last ended, up to three paragraphs before', () => {
  it('links across three paragraphs', () => {
    const body = [
      'Dorrow Council has terminated its ferry contract with Kelso Boats after a year of late sailings.',
      '',
      'Kelso blamed a shortage of crews.',
      '',
      'The council has opened talks with another operator.',
      '',
      'Kelso Boats said on Friday it would challenge the termination.',
    ].join('\n');
    expect(rows(body)).toEqual([
      ['1.1', 'Dorrow Council | Kelso Boats', 'voided', null],
      ['4.1', 'Dorrow Council | Kelso Boats', 'voided', '1.1'],
    ]);
  });

  it('links to a deal ended with one side named', () => {
    const body = [
      'Dorrow Council has signed a new bus contract with Harlow Coaches.',
      '',
      'Harlow replaces Orme Buses, whose contract was terminated last May after a depot fire.',
      '',
      'Orme Buses is challenging the termination before a tribunal.',
    ].join('\n');
    // The ended contract is the council's with the operator Harlow replaces (a87's protagonistSides:
    // "Y replaces X, whose contract …" with Y a lede side gives X the lede's other side), and the
    // later "the termination" takes the sides of the deal it links to (syncedLaterSides).
    expect(rows(body)).toEqual([
      ['1.1', 'Dorrow Council | Harlow Coaches', 'signed', null],
      ['2.1', 'Dorrow Council | Orme Buses', 'voided', null],
      ['3.1', 'Dorrow Council | Orme Buses', 'voided', '2.1'],
    ]);
  });
});

describe('"approved the plan" after a deal told with one side', () => {
  it('is that deal approved; the approving body is its other side', () => {
    const body = ['Harlow Waste will collect rubbish across Dorrow County for five years under an agreement signed on Monday.', 'The county commissioners approved the plan last week.'].join('\n');
    expect(rows(body)).toEqual([
      ['1.1', 'Dorrow County | Harlow Waste', 'signed', null],
      ['1.2', 'Dorrow County | Harlow Waste', 'approved', '1.1'],
    ]);
  });
});

describe('a past participle on the deal with no commas ("A deal struck by union negotiators on Tuesday was rejected")', () => {
  it('stands before the verb that tells what became of the deal', () => {
    const body = ['Porters at Orme Infirmary have voted to accept a wage deal with the Orme Health Board.', 'A deal struck by union negotiators on Tuesday was rejected by staff.'].join('\n');
    expect(rows(body).map((r) => r.slice(0, 3))).toEqual([
      ['1.1', 'Orme Infirmary | Orme Health Board', 'ratified'],
      ['1.2', 'Orme Infirmary | Orme Health Board', 'rejected'],
    ]);
  });
});

describe('"An attempt by X to merge with Y collapsed": the partner after "with"', () => {
  it('reads the failed merger between the one who tried and its partner', () => {
    expect(rows('A previous attempt by Kell Dairy to merge with Orme Milk collapsed in 2019.').map((r) => r.slice(0, 3))).toEqual([['1.1', 'Kell Dairy | Orme Milk', 'collapsed']]);
  });
});

describe('a passive of agreeing whose agent is both sides ("had been agreed in detail by both companies")', () => {
  const suit = 'Kell Water has sued Orme Conduits over a late mains contract.';
  it('is an agreement between the two named before', () => {
    expect(rows(`${suit}\nThe judge found that the changes had been agreed in detail by both companies.`).map((r) => r.slice(0, 3))).toEqual([['1.2', 'Kell Water | Orme Conduits', 'reached']]);
  });
  it('is none when negated or under a modal', () => {
    expect(rows(`${suit}\nThe changes had not been agreed by both companies.`)).toEqual([]);
    expect(rows(`${suit}\nThe changes would have been agreed by both companies.`)).toEqual([]);
  });
});
