import { beforeAll, describe, expect, it } from 'vitest';
import { agreementRows as rows } from './agreement-rows.js';

/**
 * Session 21 (a55): the parties and the mentions blind set 42 got wrong or missed, in sentences of
 * our own writing — a partner described then named, a council's organ approving its lease, "the
 * two sides" after "X, who trades as Y, sued Z", "the board" after a fuller description, the body a
 * merger makes, a term after "Under the merger terms", an "attempt at a merger" that collapsed, an
 * earlier deal with a set-off name that fell through — with the close negatives beside them.
 */
// (The tagger and WordNet load once, on a shared machine slowly.)
beforeAll(() => void rows('Halbrook Foods signed a deal with Tessel Dairies.'), 120_000);

describe('a partner described, then named', () => {
  it('"a lease with a Swedish-style bathhouse operator", then "Varmbad Leisure will pay …": the name, in the lease, its terms and its approval by "the council\'s cabinet"', () => {
    expect(rows("Harnley District Council signed a 20-year lease with a Swedish-style bathhouse operator.\nVarmbad Leisure will pay £30,000 a year in rent and repaint the changing rooms.\n\nThe council's cabinet approved the lease on Thursday.")).toEqual([
      ['1.1', 'Harnley District Council | Varmbad Leisure', 'signed', null],
      ['1.2', 'Harnley District Council | Varmbad Leisure', 'signed', '1.1'],
      ['2.1', 'Harnley District Council | Varmbad Leisure', 'approved', '1.1'],
    ]);
  });

  it('no sentence names the operator: the description stays the other side, as written', () => {
    expect(rows('Harnley District Council signed a 20-year lease with a bathhouse operator.\nResidents welcomed the news at a meeting on Friday.')).toEqual([['1.1', 'Harnley District Council | a bathhouse operator', 'signed', null]]);
  });

  it('"An earlier agreement with a climbing firm, Crag & Rope, fell through": the set-off name, collapsed', () => {
    expect(rows('Harnley District Council signed a lease with Varmbad Leisure.\nAn earlier agreement with a climbing firm, Crag & Rope, fell through in 2023 when the firm ran out of money.')).toEqual([
      ['1.1', 'Harnley District Council | Varmbad Leisure', 'signed', null],
      ['1.2', 'Harnley District Council | Crag & Rope', 'collapsed', null],
    ]);
  });
});

describe('sides a court report and a board name', () => {
  it('"Maud Tregenna, who trades as Tregenna Clayworks, sued Bramble Gifts … The two sides signed …": the one who sued and the firm sued', () => {
    expect(rows('Maud Tregenna, who trades as Tregenna Clayworks, sued Bramble Gifts in the county court at Pelford.\n\nThe two sides signed a two-year supply agreement in 2022.\nBramble argued that the contract had been cancelled by mutual consent.')).toEqual([
      ['2.1', 'Maud Tregenna | Bramble Gifts', 'signed', null],
      ['2.2', 'Maud Tregenna | Bramble Gifts', 'voided', '2.1'],
    ]);
  });

  it('"The board approved an emergency agreement with Pardoe Travel" after "The Oakhollow school board voted to end its contract with Fennick Coaches": the school board, never the firm it dropped', () => {
    expect(rows('The Oakhollow school board voted on Tuesday to end its contract with Fennick Coaches after a string of late buses.\n\nThe board approved an emergency agreement with Pardoe Travel the same evening.\nPardoe will run the four morning routes under the deal.')).toEqual([
      ['1.1', 'the Oakhollow school board | Fennick Coaches', 'voided', null],
      ['2.1', 'the Oakhollow school board | Pardoe Travel', 'approved', null],
      ['2.2', 'the Oakhollow school board | Pardoe Travel', 'approved', '2.1'],
    ]);
  });
});

describe('a merger, its terms, its failed attempt and the body it makes', () => {
  it('"X\'s members will pay …" after "Under the merger terms", "A first attempt at a merger … collapsed", "The merged club" by the name it takes', () => {
    expect(rows("Drayford Lawn Club and Abbotsmere Croquet Club agreed the merger in principle in March.\n\nUnder the merger terms, the combined club will play at Abbotsmere and take the name Drayford & Abbotsmere CC.\nAbbotsmere's members will pay no joining fee for a year.\n\nA first attempt at a merger in 2009 collapsed over the choice of ground.\nThe merged club has also signed a five-year lease on the Abbotsmere pavilion with Drayford Town Council.")).toEqual([
      ['1.1', 'Drayford Lawn Club | Abbotsmere Croquet Club', 'reached', null],
      ['2.1', 'Drayford Lawn Club | Abbotsmere Croquet Club', 'reached', '1.1'],
      ['2.2', 'Drayford Lawn Club | Abbotsmere Croquet Club', 'reached', '1.1'],
      ['3.1', 'Drayford Lawn Club | Abbotsmere Croquet Club', 'collapsed', '1.1'],
      ['3.2', 'Drayford & Abbotsmere CC | Drayford Town Council', 'signed', null],
    ]);
  });

  it('an attempt at a merger only discussed is none', () => {
    expect(rows('A first attempt at a merger was discussed in 2009.\nDrayford Lawn Club and Abbotsmere Croquet Club agreed the merger in principle in March.')).toEqual([['1.2', 'Drayford Lawn Club | Abbotsmere Croquet Club', 'reached', null]]);
  });
});

describe('a deal set off as ratified, in a sentence of what it does not provide', () => {
  it('"The union\'s contract with Hobbin Buses, ratified last year, does not require …": ratified; "would not require … if renewed" is none', () => {
    expect(rows("The drivers' union at Hobbin Buses has asked for a meeting about rotas.\nThe union's contract with Hobbin Buses, ratified last year, does not require drivers to work on Sundays.")).toEqual([['1.2', 'the union | Hobbin Buses', 'ratified', null]]);
    expect(rows("The drivers' union at Hobbin Buses has asked for a meeting about rotas.\nThe union's contract with Hobbin Buses, ratified last year, would not require drivers to work on Sundays if renewed.")).toEqual([]);
  });
});

describe('"it" after a firm named like a person that spoke of itself', () => {
  it('"Alder Quine said it was not in talks … Last year it struck a supply contract with X": Alder Quine, not the watchdog that spoke before', () => {
    expect(rows('Rope maker Alder Quine has agreed to buy Tessop Cord, the two companies said.\n\nThe Trade Review Board could open an inquiry if it judged the deal unfair.\n\nAlder Quine said it was not in talks with any other firm.\nLast year it struck a supply contract with the Orrin Harbour Trust.')).toEqual([
      ['1.1', 'Alder Quine | Tessop Cord', 'reached', null],
      ['3.2', 'Alder Quine | the Orrin Harbour Trust', 'reached', null],
    ]);
  });
});
