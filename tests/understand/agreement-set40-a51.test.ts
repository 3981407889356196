import { beforeAll, describe, expect, it } from 'vitest';
import { agreementRows as rows } from './agreement-rows.js';

/**
 * Session 20 (a51): the parties and statuses blind set 40 got wrong, in sentences of our own
 * writing — a description resolved by the mention that names it, a contract awarded past the
 * infinitive of its purpose, boards that sign off, a name the tagger reads as an adverb, an
 * existing contract, "the merger agreement", work under a contract signed with a body, the
 * agreement "he signed with X", an offer "which he turned down" — with the close negatives beside them.
 */
// (The tagger and WordNet load once, on a shared machine slowly.)
beforeAll(() => void rows('Halbrook Foods signed a deal with Tessel Dairies.'), 120_000);

describe('a description a later mention names', () => {
  it('"its arrangement with the original firm" then "The earlier deal, with X, …": X, in the deal and its mentions; the new contract stays the awarded one', () => {
    expect(rows('Ashby Council has awarded a £3m contract to re-glaze four libraries to Pell Glazing, two months after it ended its arrangement with the original firm.\nThe earlier deal, with Rook Windows, was terminated in May.\nThe cabinet approved the new contract on Friday.')).toEqual([
      ['1.1', 'Ashby Council | Pell Glazing', 'reached', null],
      ['1.1', 'Ashby Council | Rook Windows', 'voided', null],
      ['1.2', 'Rook Windows | Ashby Council', 'voided', '1.1'],
      ['1.3', 'Ashby Council | Pell Glazing', 'approved', '1.1'],
    ]);
  });

  it('a plural description ("the two companies") is never filled by one name', () => {
    expect(rows('The two companies reached a provisional agreement in May.\nVelden pulled out of the agreement in June.')).toEqual([
      ['1.1', 'the two companies', 'reached', null],
      ['1.2', 'Velden', 'voided', null],
    ]);
  });
});

describe('boards that sign off', () => {
  it('"Both boards signed off on the merger": approved, the merger\'s two firms', () => {
    expect(rows('Corven Tiles and Brisa Stone have agreed to merge.\nBoth boards signed off on the merger on Monday.')).toEqual([
      ['1.1', 'Corven Tiles | Brisa Stone', 'reached', null],
      ['1.2', 'Corven Tiles | Brisa Stone', 'approved', '1.1'],
    ]);
  });

  it('with no merger before, the boards stay as written', () => {
    expect(rows('Both boards signed off on the merger on Monday.')).toEqual([['1.1', 'Both boards', 'approved', null]]);
  });
});

describe('the right deal for a mention', () => {
  it('"Tenfold\'s existing contract with X" (a name read as an adverb) holds; "The merger agreement" is the merger', () => {
    expect(rows("Tenfold Press and Lark Books have agreed to merge.\nTenfold's existing printing contract with the mill Orly Paper will pass to the new group.\nThe merger agreement includes a break fee of £200,000.")).toEqual([
      ['1.1', 'Tenfold Press | Lark Books', 'reached', null],
      ['1.2', 'Tenfold Press | Orly Paper', 'in force', null],
      ['1.3', 'Tenfold Press | Lark Books', 'reached', '1.1'],
    ]);
  });
});

describe('contracts signed with a body', () => {
  it('"X will … under a contract signed with Y": X and Y, signed; "falcons from X": X', () => {
    expect(rows('Ember Raptors will guard the market hall under a contract signed with Tolley Estates on Monday.')).toEqual([['1.1', 'Ember Raptors | Tolley Estates', 'signed', null]]);
    expect(rows('Trained falcons from Ember Raptors will guard the market hall under a three-year contract signed with the town trust this week.')).toEqual([['1.1', 'Ember Raptors | the town trust', 'signed', null]]);
  });

  it('"breached the franchise agreement he signed with X"; "offered Benn a settlement, which he turned down": rejected, Benn not his own firm', () => {
    expect(rows('A tribunal found that Ivo Benn had breached the franchise agreement he signed with Gearwell Driving School in 2017.\nWithin a month, Benn had opened Benn Motoring in the same street.\nGearwell said it had offered Benn a settlement of £40,000, which he turned down.')).toEqual([
      ['1.1', 'Ivo Benn | Gearwell Driving School', 'breached', null],
      ['1.3', 'Gearwell Driving School | Ivo Benn', 'rejected', '1.1'],
    ]);
  });

  it('an offer still being considered stays proposed', () => {
    expect(rows('Gearwell said it had offered Benn a settlement of £40,000, which he is still considering.')).toEqual([['1.1', 'Gearwell | Benn', 'proposed', null]]);
  });
});
