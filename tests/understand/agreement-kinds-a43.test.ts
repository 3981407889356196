import { describe, expect, it } from 'vitest';
import { agreementRows as rows } from './agreement-rows.js';

/**
 * Session 17 (a43): contracts in other words — a concession or franchise read in its contract
 * sense from context, a settlement its two sides report, a deal used via a partner set off by
 * commas, a deal whose fall leads the news with its sides after, a contract ended early and a pay
 * offer refused, terms not disclosed, an offer set off by a participle — in sentences of our own
 * writing, with the close negatives beside them.
 */
describe('a concession or franchise in its contract sense', () => {
  it('a term or a purpose: "won a 30-year concession to run the ring road"', () => {
    expect(rows('Tollway Partners won a 30-year concession to run the Dunmore ring road.')).toEqual([['1.1', 'Tollway Partners', 'reached', null]]);
    expect(rows('Tollway Partners won a 30-year concession from the regional government of Varn to run the ring road.')).toEqual([['1.1', 'Tollway Partners | the regional government of Varn', 'reached', null]]);
    // A point yielded is no contract.
    expect(rows('The government made concessions to the strikers.')).toEqual([]);
    expect(rows('The union won a concession on overtime from Castell Foods.')).toEqual([]);
  });

  it('granted in the passive, past a time phrase: "The concession was granted in 2018 to X by Y"', () => {
    expect(rows('The concession was granted in 2018 to Tollway Partners by the regional government of Varn.')).toEqual([['1.1', 'the regional government of Varn | Tollway Partners', 'reached', null]]);
    // With no giver, the concession given before.
    expect(rows('The regional government of Varn awarded Tollway Partners a 30-year concession to run the ring road.\nThe concession was granted in 2018 to Tollway Partners.')).toEqual([
      ['1.1', 'the regional government of Varn | Tollway Partners', 'reached', null],
      ['1.2', 'Tollway Partners | the regional government of Varn', 'reached', '1.1'],
    ]);
    // None given before: no agreement of one side.
    expect(rows('Tollway Partners runs the Dunmore ring road.\nThe concession was granted in 2018 to Tollway Partners.')).toEqual([]);
  });
});

describe('a settlement the two sides report', () => {
  it('"The companies told the court on Friday they had settled": reached, the disputants of the suit before', () => {
    const suit = 'Holm Mining sued Garrow Rail over unpaid freight bills in 2023.\n';
    expect(rows(`${suit}The companies told the court on Friday they had settled.`)).toEqual([['1.2', 'Holm Mining | Garrow Rail', 'reached', null]]);
    expect(rows(`${suit}The two sides said they had settled.`)).toEqual([['1.2', 'Holm Mining | Garrow Rail', 'reached', null]]);
    // "The two sides settled": the sides of the suit (a verb of disputing, WordNet) too.
    expect(rows(`${suit}The two sides settled on Friday.`)).toEqual([['1.2', 'Holm Mining | Garrow Rail', 'reached', null]]);
    expect(rows('Holm Mining and Garrow Rail said they had settled.')).toEqual([['1.1', 'Holm Mining | Garrow Rail', 'reached', null]]);
    // Settling somewhere is no settlement.
    expect(rows('The Brennan family said they had settled in Leeds.')).toEqual([]);
    expect(rows('The two families said they had settled in Leeds.')).toEqual([]);
  });
});

describe('a deal used via a partner set off by commas', () => {
  it('"via a licensing agreement with his agents, Harlan & Pike": in force, the subject and the firm', () => {
    expect(rows('The striker Dario Venn earns money from his image via a licensing agreement with his agents, Harlan & Pike.')).toEqual([['1.1', 'Dario Venn | Harlan & Pike', 'in force', null]]);
    expect(rows('Dario Venn earns money from his image through a licensing agreement with Harlan & Pike.')).toEqual([['1.1', 'Dario Venn | Harlan & Pike', 'in force', null]]);
    // Signed with the firm a possessive description is set off by: the firm, not the description.
    expect(rows('Dario Venn signed a licensing agreement with his agents, Harlan & Pike.')).toEqual([['1.1', 'Dario Venn | Harlan & Pike', 'signed', null]]);
  });
});

describe('a deal whose fall leads the news, its sides after', () => {
  it('"A licensing deal meant to bring X to toy shops has fallen apart, Y said": collapsed, the sides of the next sentence', () => {
    expect(rows("A licensing deal meant to bring Moonpip dolls to toy shops has fallen apart, Tarrow Toys said.\nThe deal was signed with the doll's maker, Pell Crafts, in March.")).toEqual([
      ['1.1', 'Tarrow Toys | Pell Crafts', 'collapsed', null],
      ['1.2', 'Pell Crafts | Tarrow Toys', 'collapsed', '1.1'],
    ]);
    expect(rows('A licensing deal meant to bring Moonpip dolls to toy shops has fallen apart.\nTarrow Toys had signed the deal with Pell Crafts in March.')).toEqual([
      ['1.1', 'Tarrow Toys | Pell Crafts', 'collapsed', null],
      ['1.2', 'Tarrow Toys | Pell Crafts', 'signed', null],
    ]);
    // No side anywhere: none.
    expect(rows('A licensing deal has fallen apart, Tarrow Toys said.')).toEqual([]);
  });

  it('"The deal was signed with X": the partner after a passive of making', () => {
    expect(rows("Tarrow Toys signed a deal with Pell Crafts.\nThe deal was signed with the doll's maker, Pell Crafts, in March.")).toEqual([
      ['1.1', 'Tarrow Toys | Pell Crafts', 'signed', null],
      ['1.2', 'Pell Crafts | Tarrow Toys', 'signed', '1.1'],
    ]);
  });
});

describe('a contract ended early, a pay offer refused', () => {
  it('"It is the first time such a contract has been ended early": voided, the contract before', () => {
    expect(rows('Garrow Rail has ended its maintenance contract with Fenwick Engineering.\nThe contract was terminated four years early.\nIt is the first time such a contract has been ended early.')).toEqual([
      ['1.1', 'Garrow Rail | Fenwick Engineering', 'voided', null],
      ['1.2', 'Garrow Rail | Fenwick Engineering', 'voided', '1.1'],
      ['1.3', 'Garrow Rail | Fenwick Engineering', 'voided', '1.1'],
    ]);
  });

  it('"The union rejected the pay offer": rejected, the union and who offered', () => {
    expect(rows('Castell Foods offered its warehouse staff a 4% rise.\nThe union rejected the pay offer.')).toEqual([['1.2', 'the union | Castell Foods', 'rejected', null]]);
    expect(rows('Castell Foods made a pay offer of 4% to its warehouse staff.\nThe union rejected the pay offer.')).toEqual([['1.2', 'the union | Castell Foods', 'rejected', null]]);
    // No offer made before: none.
    expect(rows('Workers at Castell Foods walked out on Monday.\nThe union rejected the pay offer.')).toEqual([]);
  });
});

describe('terms not disclosed, a memorandum not binding', () => {
  it('later mentions of the agreement just before, its status as it was', () => {
    // Session 18 (a45): bare terms not disclosed name no deal, no party, no clause: none; a clause
    // joined after it still speaks of the deal just before.
    expect(rows('Tarrow Toys agreed to buy Pell Crafts.\nFinancial terms were not disclosed.')).toEqual([['1.1', 'Tarrow Toys | Pell Crafts', 'reached', null]]);
    expect(rows('Tarrow Toys agreed to buy Pell Crafts.\nFinancial terms were not disclosed, but analysts put the price at £9m.')).toEqual([
      ['1.1', 'Tarrow Toys | Pell Crafts', 'reached', null],
      ['1.2', 'Tarrow Toys | Pell Crafts', 'reached', '1.1'],
    ]);
    expect(rows('Ostra Bank and Pell Insurance signed a memorandum of understanding on Monday.\nThe memorandum is not legally binding.')).toEqual([
      ['1.1', 'Ostra Bank | Pell Insurance', 'signed', null],
      ['1.2', 'Ostra Bank | Pell Insurance', 'signed', '1.1'],
    ]);
    // No agreement before: none.
    expect(rows('Financial terms were not disclosed.')).toEqual([]);
    expect(rows('Officials wrote a memorandum to the minister.\nThe memorandum is not legally binding.')).toEqual([]);
  });
});

describe('an offer set off by a participle, turned down', () => {
  it('"A separate offer for Pell from the investor Northgate Capital, made in May, was formally turned down by Pell\'s board"', () => {
    expect(rows("A separate offer for Pell from the investor Northgate Capital, made in May, was formally turned down by Pell's board.")).toEqual([['1.1', 'Pell | Northgate Capital', 'rejected', null]]);
  });
});

describe('one person consenting, a denial', () => {
  it('no agreement', () => {
    expect(rows('Corin Vale said she had agreed to speak at the launch.')).toEqual([]);
    expect(rows('The judge said there was no proof such a deal existed.')).toEqual([]);
    // A person agreeing to deal with a firm named, or to pay: still one.
    expect(rows('Corin Vale said she had agreed to join Tarrow Toys.')).toEqual([['1.1', 'Corin Vale', 'reached', null]]);
    expect(rows('Corin Vale said she had agreed to pay £2,000 to the club.')).toEqual([['1.1', 'Corin Vale', 'reached', null]]);
  });
});
