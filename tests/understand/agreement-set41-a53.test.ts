import { beforeAll, describe, expect, it } from 'vitest';
import { agreementRows as rows } from './agreement-rows.js';

/**
 * Session 21 (a53): the parties and statuses blind set 41 got wrong, in sentences of our own
 * writing — a settlement's sides from the suit, sides left as descriptions, a body's leader or staff
 * for the body, an agreed tie-up that collapsed, a franchise with "the X toy chain", a parish
 * council in lower case, a memorandum that lets a side act — with the close negatives beside them.
 */
// (The tagger and WordNet load once, on a shared machine slowly.)
beforeAll(() => void rows('Halbrook Foods signed a deal with Tessel Dairies.'), 120_000);

describe("a settlement's sides from the suit", () => {
  it('a described defendant named by the deal told next; the owners of what the agreed work is done to; "the couple"; "the plumber" again', () => {
    expect(rows("A master plumber sued over a leaking boiler has settled the case on the third day of a hearing.\nOwen Tarr, 51, had agreed in 2022 to refit Dev and Mina Rowe's Victorian kitchen in Ashby for £18,000.\nThe couple had turned down an offer of £500 from the plumber last spring.")).toEqual([
      ['1.1', 'Owen Tarr | Dev and Mina Rowe', 'reached', null],
      ['1.2', 'Owen Tarr | Dev and Mina Rowe', 'reached', null],
      ['1.3', 'Dev and Mina Rowe | Owen Tarr', 'rejected', null],
    ]);
  });

  it('work agreed on a thing nobody is said to own has one side; "the couple" with no couple named stays so', () => {
    expect(rows('Owen Tarr agreed to refit the kitchen for £18,000.')).toEqual([['1.1', 'Owen Tarr', 'reached', null]]);
    expect(rows('Owen Tarr built the kitchen.\nThe couple had turned down an offer of £500 from Owen Tarr last spring.')).toEqual([['1.2', 'the couple | Owen Tarr', 'rejected', null]]);
  });
});

describe('sides left as descriptions', () => {
  it('"their lease" after "The owners of X" is X\'s; "the landlord" is the name the next sentence sets off with "which owns"; the later mention takes both', () => {
    expect(rows('The owners of Brightjump Arena in Fenwold have been told to leave their unit after the landlord terminated their lease.\nCorran Estates, which owns the retail park, says the operators fell behind with rent due under the lease they signed in 2018.')).toEqual([
      ['1.1', 'Corran Estates | Brightjump Arena', 'voided', null],
      ['1.2', 'Corran Estates | Brightjump Arena', 'in force', '1.1'],
    ]);
  });

  it('"Last year it signed …" after "The arena opened …": the name ending in the description\'s noun', () => {
    expect(rows('Brightjump Arena in Fenwold has grown fast.\n\nThe arena opened with 30 trampolines and a climbing wall.\nLast year it signed a three-year partnership with the Fenwold Schools Trust to run holiday clubs.')).toEqual([
      ['2.2', 'Brightjump Arena | Fenwold Schools Trust', 'signed', null],
    ]);
  });
});

describe("a body's leader or staff", () => {
  it('a chairman set off after the body acts for it; a rival named so stays itself', () => {
    expect(rows("Vell & Dunn and Corso Goldsmiths will merge.\nCorso's chairman, Olaf Brand, had rejected an earlier approach from Vell in 2022.")).toEqual([
      ['1.1', 'Vell & Dunn | Corso Goldsmiths', 'reached', null],
      ['1.2', 'Corso Goldsmiths | Vell & Dunn', 'rejected', null],
    ]);
    expect(rows("Vell & Dunn and Corso Goldsmiths will merge.\nCorso's rival, Brightmoor Jewels, had rejected an earlier approach from Vell in 2022.")).toEqual([
      ['1.1', 'Vell & Dunn | Corso Goldsmiths', 'reached', null],
      ['1.2', 'Brightmoor Jewels | Vell & Dunn', 'rejected', null],
    ]);
  });

  it('"X\'s staff, members of the Y Union," ratify a pay deal: X and the union', () => {
    expect(rows("Corso's workshop staff, members of the Tinworkers' Union, ratified a pay deal worth 6 per cent in October.")).toEqual([['1.1', "Corso | the Tinworkers' Union", 'ratified', null]]);
  });
});

describe('statuses and names of the deal noun', () => {
  it('"X\'s agreed tie-up with Y collapsed": collapsed; "franchise with the X toy chain was terminated": voided', () => {
    expect(rows("Vell's agreed tie-up with the watch retailer Hoban's collapsed in 2021 after the two sides fell out over rents.")).toEqual([['1.1', 'Vell | Hoban', 'collapsed', null]]);
    expect(rows("Pell's franchise with the Rusk & Tandy toy chain was terminated in 2020 after an audit found shortfalls.")).toEqual([['1.1', 'Pell | Rusk & Tandy', 'voided', null]]);
  });

  it('a memorandum with a lower-case parish council that lets a firm act: both sides, in force; a later mention that entitles keeps its status', () => {
    expect(rows('A memorandum of understanding signed with Harlow Cross parish council in 2022 lets Ames Kites fly test kites from the village green.')).toEqual([['1.1', 'Harlow Cross parish council | Ames Kites', 'in force', null]]);
    expect(rows('Ames Kites has signed a licensing deal with Pell Brands.\nThe deal also entitles Pell to a royalty on each kite.')).toEqual([
      ['1.1', 'Ames Kites | Pell Brands', 'signed', null],
      ['1.2', 'Ames Kites | Pell Brands', 'signed', '1.1'],
    ]);
  });
});
