import { beforeAll, describe, expect, it } from 'vitest';
import { agreementRows as rows } from './agreement-rows.js';

/**
 * Session 23 (a60): which sentences are agreements and their status — the shapes blind sets 45-49
 * missed, in sentences of our own writing, with close negatives beside them. Where the parties are
 * still another reader's work (issue 11's parties), only the sentence, its status and the sentence it
 * refers to are asserted.
 */
// (The tagger and WordNet load once, on a shared machine slowly.)
beforeAll(() => void rows('Halbrook Foods signed a deal with Tessel Dairies.'), 120_000);

/** Key, status and the sentence referred to: parties left to the parties readers. */
const statuses = (body: string): (string | null)[][] => rows(body).map((r) => [r[0]!, r[2]!, r[3]!]);

describe('offers turned down', () => {
  it('"She turned the offer down in a letter from her solicitor on Monday": the particle closes the phrase', () => {
    expect(rows("Crumb & Crust signed a ten-year lease with Halloran Estates in 2019.\nHalloran offered owner Petra Voss £6,000 last month to leave the unit early.\nShe turned the offer down in a letter from her solicitor on Monday.")).toEqual([
      ['1.1', 'Crumb & Crust | Halloran Estates', 'signed', null],
      ['1.3', 'Petra Voss | Halloran Estates', 'rejected', null],
    ]);
  });
  it('"the Osprey board rejected both earlier offers": rejected, a mention of the deal', () => {
    expect(rows("Quistley Ferries has agreed to merge with Osprey Crossings.\nQuistley had approached Osprey twice before, but the Osprey board rejected both earlier offers.")).toEqual([
      ['1.1', 'Quistley Ferries | Osprey Crossings', 'reached', null],
      ['1.2', 'Quistley Ferries | Osprey Crossings', 'rejected', '1.1'],
    ]);
  });
  it('", an offer it turned down in writing": the maker is the offering verb\'s subject, the other side its object', () => {
    expect(rows("Fenmoor Glass had offered Calder Lenses £30,000 to settle the claim in 2023, an offer it turned down in writing.")).toEqual([['1.1', 'Fenmoor Glass | Calder Lenses', 'rejected', null]]);
  });
  it('an offer to do a favour turned down is no deal', () => {
    expect(rows("Fenmoor Glass offered to repaint the shop for Calder Lenses, an offer they turned down.")).toEqual([]);
  });
  it('"A bid on those lines was rejected by Fenmoor\'s board": the terms it was made on, then the passive', () => {
    expect(statuses("The Fenmoor Workers\' Association had asked Fenmoor Glass to let it run the lens shop.\nA bid on those lines was rejected by Fenmoor\'s board in April.")).toEqual([['1.2', 'rejected', null]]);
  });
  it('"had in 2021 rejected a licensing offer from X": a year between the auxiliary and the verb', () => {
    expect(rows("Calder Lenses had in 2021 rejected a licensing offer from Fenmoor Glass.")).toEqual([['1.1', 'Calder Lenses | Fenmoor Glass', 'rejected', null]]);
  });
});

describe('votes and decisions', () => {
  it('"members voted 41-6 in May to accept the contract": a month before the infinitive, approved', () => {
    expect(statuses("The Harrowgate Weavers Cooperative has signed a supply contract with the chain Brindle & Oak.\nThe cooperative\'s members voted 41-6 in May to accept the contract.")).toEqual([
      ['1.1', 'signed', null],
      ['1.2', 'approved', '1.1'],
    ]);
  });
  it('"The owners also decided in March to open on Sundays": the people of one body deciding is no agreement', () => {
    expect(rows("Meeple Lane, a café in Ostby, opened in 2021.\nThe owners also decided in March to open on Sundays.")).toEqual([]);
  });
  it('"The two sides decided in March to end the dispute": a counted plural still decides jointly', () => {
    expect(rows("The two sides decided in March to end the dispute.")).toEqual([['1.1', 'the two sides', 'reached', null]]);
  });
});

describe('terms and later mentions', () => {
  it('"Osprey shareholders will receive …" right after "Under the deal": a side\'s people, a term still to come, at the deal\'s status', () => {
    expect(rows("Quistley Ferries has agreed to merge with Osprey Crossings.\nUnder the deal, the combined operator will run 14 routes.\nOsprey shareholders will receive 0.6 new Quistley shares for each share they hold.")).toEqual([
      ['1.1', 'Quistley Ferries | Osprey Crossings', 'reached', null],
      ['1.2', 'Quistley Ferries | Osprey Crossings', 'reached', '1.1'],
      ['1.3', 'Quistley Ferries | Osprey Crossings', 'reached', '1.1'],
    ]);
  });
  it('"The contract gives X the right … ¶ X will pay a fee": a side named opening the next paragraph states a term', () => {
    expect(statuses("The Harrowgate Weavers Cooperative has signed a supply contract with the chain Brindle & Oak.\nThe contract gives Brindle & Oak the sole right to sell the rugs.\n\nBrindle & Oak will pay a fee of £20 on each rug sold.")).toEqual([
      ['1.1', 'signed', null],
      // (a91: the labels of sets 51 on keep a signed deal's terms signed even when they act on a side; a54's actsOnSide, from sets 40–47's labels, is gone.)
      ['1.2', 'signed', '1.1'],
      ['2.1', 'signed', '1.1'],
    ]);
  });
  it('across a paragraph break a description ("The chain will pay …") is no term', () => {
    expect(statuses("The Harrowgate Weavers Cooperative has signed a supply contract with the chain Brindle & Oak.\nThe contract gives Brindle & Oak the sole right to sell the rugs.\n\nThe chain will pay a fee of £20 on each rug sold.")).toEqual([
      ['1.1', 'signed', null],
      ['1.2', 'signed', '1.1'],
    ]);
  });
  it('"said the merger would protect jobs" after the boards approved it: the status it was made with', () => {
    expect(statuses("Quistley Ferries has agreed to merge with Osprey Crossings.\nBoth boards have approved the merger.\nOsprey\'s chief executive said the merger would protect about 90 jobs.")).toEqual([
      ['1.1', 'reached', null],
      ['1.2', 'approved', '1.1'],
      ['1.3', 'reached', '1.1'],
    ]);
  });
  it('"The contract contains a break clause": a term of a deal only signed keeps it signed', () => {
    expect(statuses("The Harrowgate Weavers Cooperative has signed a supply contract with the chain Brindle & Oak.\nThe contract contains a break clause after the second year.")).toEqual([
      ['1.1', 'signed', null],
      // (a91: the labels of sets 51 on keep a signed deal's terms signed even when they act on a side; a54's actsOnSide, from sets 40–47's labels, is gone.)
      ['1.2', 'signed', '1.1'],
    ]);
  });
  it('"The contract covers rugs and cushions": what it is about leaves it as signed', () => {
    expect(statuses("The Harrowgate Weavers Cooperative has signed a supply contract with the chain Brindle & Oak.\nThe contract covers rugs and cushions.")).toEqual([
      ['1.1', 'signed', null],
      ['1.2', 'signed', '1.1'],
    ]);
  });
  it('"That contract, first signed in 1998, is …": the participle set off says how it was made, signed', () => {
    expect(statuses("Harwell Dairies has renewed a supply contract with Penfold Stores.\nThat contract, first signed in 1998, is one of the oldest in the trade.")).toEqual([
      ['1.1', 'in force', null],
      ['1.2', 'signed', '1.1'],
    ]);
  });
  it('"The deal, agreed over the winter, runs until 2029": what it provides now, in force', () => {
    expect(statuses("Inkwell Press has signed a licensing deal with Moth Lane.\nThe deal, agreed over the winter, runs until 2029.")).toEqual([
      ['1.1', 'signed', null],
      ['1.2', 'in force', '1.1'],
    ]);
  });
  it('"The contract, signed after long talks, was breached": what became of it wins', () => {
    expect(statuses("Harwell Dairies signed a supply contract with Penfold Stores in 2019.\nThe contract, signed after long talks, was breached within weeks, Penfold said.")).toEqual([
      ['1.1', 'signed', null],
      ['1.2', 'breached', '1.1'],
    ]);
  });
});
