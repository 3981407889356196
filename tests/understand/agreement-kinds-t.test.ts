import { describe, expect, it } from 'vitest';
import { agreementRows as rows } from './agreement-rows.js';

/**
 * Session 11 round 2 (a18): an agreement noun as a plain argument of an ordinary verb
 * (deals.ts `argumentDeal`), read where no shape reader decides: its parties are the verb's
 * subject and its indirect object or a name after from / with / to; its status is the verb's.
 * Sentences of our own writing; rows: key, parties, status, the sentence a later mention refers to.
 */
describe('an agreement noun as the object of an ordinary verb', () => {
  it('"has taken a lease on X from Y": the subject and whom the deal comes from', () => {
    expect(rows('The Fenwick Sailing Club has taken a fifteen-year lease on the old ferry slipway from the Harbour Trust.')).toEqual([
      ['1.1', 'the Fenwick Sailing Club | Harbour Trust', 'reached', null],
    ]);
  });

  it('"granted the drugmaker X an exclusive licence": a ditransitive verb of giving, its receiver a description and a name', () => {
    expect(rows('Ardent Biologics has granted the drugmaker Selvan Pharma an exclusive licence to sell its asthma inhaler.')).toEqual([
      ['1.1', 'Ardent Biologics | Selvan Pharma', 'reached', null],
    ]);
  });

  it('"awarded a concession to run X to Y": an infinitive of purpose before whom it goes to; a later definite mention links', () => {
    expect(
      rows(['The county council has awarded a twelve-year concession to run the park cafe to Marlow Catering.', 'The concession agreement was signed on Tuesday.'].join('\n')),
    ).toEqual([
      ['1.1', 'the county council | Marlow Catering', 'reached', null],
      ['1.2', 'the county council | Marlow Catering', 'signed', '1.1'],
    ]);
  });

  it('"signed a five-year breeding loan with X": a participle inside the noun phrase', () => {
    expect(rows('The Lanning Aquarium has signed a five-year breeding loan with the Costa Marine Institute for three turtles.')).toEqual([
      ['1.1', 'the Lanning Aquarium | Costa Marine Institute', 'signed', null],
    ]);
  });

  it('"secured a £12 million loan from X": an amount inside the phrase; a contract lost is made by nobody', () => {
    expect(rows('The Marlow Housing Trust has secured a £12 million loan from the Northern Bank to build 40 homes.')).toEqual([
      ['1.1', 'the Marlow Housing Trust | Northern Bank', 'reached', null],
    ]);
    expect(rows('The hospital lost a cleaning contract with Brightwell in 2022.')).toEqual([]);
  });

  it('a deal sought, or a loan or a warning from a person or a body, is none', () => {
    expect(rows('The Orra Gallery is seeking a lease on a warehouse from the Dock Company.')).toEqual([]);
    expect(rows('Tom Ferris took a loan from his brother.')).toEqual([]);
    expect(rows('The agency gave the Hollin Group a warning on Monday.')).toEqual([]);
  });
});

describe('the agreement noun as a subject', () => {
  it('"An earlier lease with X was terminated": an agreement noun the tagger reads as a verb after a determiner', () => {
    expect(rows('An earlier lease with the caterer Pipwell Foods was terminated in 2022 after the firm collapsed.')).toEqual([
      ['1.1', 'Pipwell Foods', 'voided', null],
    ]);
  });

  it('"A licence agreement allowing X to broadcast Y was voided": a participle clause before the verb', () => {
    expect(rows('A licence agreement allowing Redbank Radio to broadcast Harbour League matches was voided in May.')).toEqual([['1.1', 'Redbank Radio', 'voided', null]]);
  });
});

describe('what the argument reading adds around it', () => {
  it('"X and Y will pool their masts in a joint venture": a deal as the adjunct of a clause whose subject names two parties', () => {
    expect(rows('Telvo and Skyreach will pool their masts in a joint venture.')).toEqual([['1.1', 'Telvo | Skyreach', 'reached', null]]);
    expect(rows('Telvo and Skyreach could pool their masts in a joint venture.')).toEqual([]);
    expect(rows('Telvo rebuilt its masts in a joint venture.')).toEqual([]);
  });

  it('"renewed its licence to make Brell toys": whose product a licence lets one use is its other side', () => {
    expect(rows('Hollis renewed its licence to make Brell toys in Europe.')).toEqual([['1.1', 'Hollis | Brell', 'in force', null]]);
  });

  it('"approved the loan" after "agreed to lend": a loan is a kind of pact a later mention links to', () => {
    expect(
      rows(['The Wendle Gallery has agreed to lend four drawings to the Carrow Museum.', 'The gallery board approved the loan on Monday.'].join('\n')),
    ).toEqual([
      ['1.1', 'the Wendle Gallery | Carrow Museum', 'reached', null],
      ['1.2', 'the Wendle Gallery | Carrow Museum', 'approved', '1.1'],
    ]);
  });

  it('"voted 20 to 3 on Monday evening to approve": a time of day between the tally and the infinitive', () => {
    expect(
      rows(['The town council signed a ten-year lease with the theatre company Ashby Players.', 'Councillors voted 20 to 3 on Monday evening to approve the new arrangement with Ashby.'].join('\n')),
    ).toEqual([
      ['1.1', 'the town council | Ashby Players', 'signed', null],
      ['1.2', 'Ashby Players | the town council', 'approved', '1.1'],
    ]);
  });
});

describe('a definite concession or franchise', () => {
  it('"The concession was approved by …" links to the concession made before; with none before, or after a deal of another noun, it is none', () => {
    expect(
      rows(['The city council has awarded a 25-year concession to run the district heating network to Northvane Heat.', 'The concession was approved by the energy minister on Friday.'].join('\n')),
    ).toEqual([
      ['1.1', 'the city council | Northvane Heat', 'reached', null],
      ['1.2', 'the city council | Northvane Heat', 'approved', '1.1'],
    ]);
    expect(rows('The strikers welcomed the offer. The concession was approved by the union on Friday.')).toEqual([]);
    expect(rows(['Dunmore Council signed a cleaning contract with Brightwell in May.', 'The franchise was approved by the regulator on Friday.'].join('\n'))).toEqual([
      ['1.1', 'Dunmore Council | Brightwell', 'signed', null],
    ]);
  });
});
