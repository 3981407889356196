import { describe, expect, it } from 'vitest';
import { statusRows as rows } from './agreement-rows.js';

/**
 * Session i: the kinds blind agreement set 4 missed, each in variants of our own writing (not its
 * sentences). Rows: key, parties, status.
 */
describe('a plural of organisations or countries stands for a pair of them, never for people named together', () => {
  it('"the companies", "the two countries", "both firms" after two people were named', () => {
    expect(rows('Harwick Foods agreed to buy Pellman Dairies on Monday.\nPellman founders Rosa Lind and Omar Fye will join the board.\nThe companies also settled a trademark lawsuit that had run since 2021.')).toEqual([
      ['1.1', 'Harwick Foods | Pellman Dairies', 'reached'],
      ['1.3', 'Harwick Foods | Pellman Dairies', 'reached'],
    ]);
    expect(rows('The parliament of Veloria ratified a border treaty with Ostmark on Friday.\nThe treaty was drafted by the two countries\' envoys, Ida Marr and Lev Tosk.\nAn older accord between the two countries was repeatedly breached.')).toEqual([
      ['1.1', 'the parliament of Veloria | Ostmark', 'ratified'],
      // (Who drafted the treaty held: a later mention of it, issue 11's convention; never the envoys as sides.)
      ['1.2', 'the parliament of Veloria | Ostmark', 'ratified'],
      ['1.3', 'the parliament of Veloria | Ostmark', 'breached'],
    ]);
    expect(rows('Corra Bank agreed to acquire Tilby Savings.\nTilby directors Jan Holm and Eva Rusk will stay on.\nBoth banks also settled a dispute over a shared branch.')).toEqual([
      ['1.1', 'Corra Bank | Tilby Savings', 'reached'],
      ['1.3', 'Corra Bank | Tilby Savings', 'reached'],
    ]);
    expect(rows('Marlow Press and Quill Books have agreed to merge.\nAuthors Nia Roe and Sam Vick welcomed the news.\nThe two publishers had settled a copyright dispute in 2022.')).toEqual([
      ['1.1', 'Marlow Press | Quill Books', 'reached'],
      ['1.3', 'Marlow Press | Quill Books', 'reached'],
    ]);
  });
});

describe('an agreement whose infinitive buys, takes over or merges with someone names that one as its other party', () => {
  it('"entered into a definitive agreement to acquire X", "signed an agreement to take over X", "a deal to merge with X"', () => {
    expect(rows('Orvane Bank has entered into a definitive agreement to acquire Pexley Savings, a regional lender, for $2 billion.')).toEqual([['1.1', 'Orvane Bank | Pexley Savings', 'reached']]);
    expect(rows('Halden Foods signed an agreement to take over Marrow Mills.')).toEqual([['1.1', 'Halden Foods | Marrow Mills', 'signed']]);
    expect(rows('Lynx Air has entered into a merger agreement to combine with Corva Airways.')).toEqual([['1.1', 'Lynx Air | Corva Airways', 'reached']]);
    expect(rows('Tarn Energy entered into an agreement to buy two wind farms from Selby Power.')).toEqual([['1.1', 'Tarn Energy | Selby Power', 'reached']]);
  });
});

describe('"X, a …, today announced that it has …": "it" is the subject that reports, after a dateline and a company suffix', () => {
  it('press-release and wire openings', () => {
    expect(rows('ZURICH, May 2 /Wire/ -- Orvane Bank, Inc., a lender to small firms, today announced that it has entered into a definitive agreement to acquire Pexley Savings, a regional lender, for $2 billion.')).toEqual([
      ['1.1', 'Orvane Bank | Pexley Savings', 'reached'],
    ]);
    expect(rows('OSLO, March 3 (Reuters) - Fjordline Ltd, the ferry operator, said on Monday that it had signed a charter deal with Nordhav Shipping.')).toEqual([['1.1', 'Fjordline | Nordhav Shipping', 'signed']]);
    expect(rows('Orvane Bank, the largest lender in the region, said on Monday that it had signed a deal with Pexley Savings.')).toEqual([['1.1', 'Orvane Bank | Pexley Savings', 'signed']]);
  });
});

describe('a long apposition between the subject and its verb (up to sixteen words, one clause)', () => {
  it('"X, one of the largest … in the north of England, has agreed to merge with Y", after a wire dateline too', () => {
    expect(rows('Halden Foods, one of the largest bakers in the north of England, has agreed to merge with Marrow Mills.')).toEqual([['1.1', 'Halden Foods | Marrow Mills', 'reached']]);
    expect(rows('LONDON, March 3 (Reuters) - Halden Foods, one of the oldest bakers in the North Sea trade, has agreed to merge with its smaller rival Marrow Mills, the two companies said on Tuesday.')).toEqual([
      ['1.1', 'Halden Foods | Marrow Mills', 'reached'],
    ]);
    expect(rows('Vantor Group, the largest owner of office towers in the capital since 2010, signed a ten-year lease with Kelby Bank.')).toEqual([['1.1', 'Vantor Group | Kelby Bank', 'signed']]);
  });
});

describe('"between X and a third team, Y": the name apposed to an indefinite description is the second party', () => {
  it('parties of a deal between a name and an apposed description (status after the commas is left: see the note)', () => {
    const parties = (body: string): string[] => rows(body).map((r) => `${r[0]} ${r[1]}`);
    expect(parties('A proposed merger between Ostland and a third team, Velo Sarn, fell through in 2023.')).toEqual(['1.1 Ostland | Velo Sarn']);
    expect(parties('A planned merger between Halden Foods and another baker, Marrow Mills, collapsed last year.')).toEqual(['1.1 Halden Foods | Marrow Mills']);
  });
});
