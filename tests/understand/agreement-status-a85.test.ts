import { beforeAll, describe, expect, it } from 'vitest';
import { agreementRows as rows } from './agreement-rows.js';

/**
 * Session 34 (a85): a headline tells in a few words the story its lede tells. Its words for what
 * became of the deal ("vote to accept", "wins", "agree to") are the lede's in short, so the
 * headline's agreement takes the status the lede gives that deal — unless the headline says more
 * than the lede: an end of its own when the lede tells an end too, or a further step ("trustees
 * back merger" over "are to merge"). Sentences of our own writing.
 */
beforeAll(() => void rows('Halbrook Foods signed a deal with Tessel Dairies.'), 120_000);

describe('a headline takes the status its lede gives the deal', () => {
  it('"Dock workers vote to accept pay deal" over "have now voted to accept the … pay deal": ratified, as the lede', () => {
    expect(rows('Workers at Ulverby Docks have now voted to accept the four-year pay deal with the port owner Kellick Marine, calling off a strike set for early May.', 'Dock workers vote to accept pay deal')).toEqual([
      ['1.1', 'Ulverby Docks | Kellick Marine', 'ratified', null],
      ['0.1', 'Ulverby Docks | Kellick Marine', 'ratified', '1.1'],
    ]);
  });

  it('"Bakery wins lease on old mill" over a council that approved the lease: approved', () => {
    expect(rows('Ashgrove Parish Council on Monday approved a 15-year lease giving the bakery Crumb & Co the old mill on Tanner Lane.', 'Bakery wins lease on old mill')).toEqual([
      ['0.1', 'Ashgrove Parish Council | Crumb & Co', 'approved', null],
      ['1.1', 'Ashgrove Parish Council | Crumb & Co', 'approved', null],
    ]);
  });

  it('"Tile makers agree to merge" over shareholders who approved the merger: approved', () => {
    expect(rows('Shareholders of Ambry Tiles and Corvo Ceramics have approved a merger of both companies.', 'Tile makers agree to merge')).toEqual([
      ['0.1', 'Shareholders of Ambry Tiles | Corvo Ceramics', 'approved', null],
      ['1.1', 'Shareholders of Ambry Tiles | Corvo Ceramics', 'approved', null],
    ]);
  });
});

describe('a headline that says more than its lede keeps its own status', () => {
  it('a further step than the lede\'s: "Choir trustees back merger" over "are to merge" stays approved', () => {
    expect(rows('Two choirs in Pellow, the Pellow Singers and the Abbey Chorale, are to merge.', 'Choir trustees back merger')).toEqual([
      ['1.1', 'Two choirs in Pellow', 'reached', null],
      ['0.1', 'Two choirs in Pellow', 'approved', '1.1'],
    ]);
  });

  it('an end of its own over a lede that tells an end: "call off merger" stays collapsed', () => {
    expect(rows('Tolland Ferries and Skerry Boats have abandoned their planned merger after failing to agree on a price.\nThe two firms had signed a merger agreement in March.', 'Ferry firms call off merger').filter((r) => r[0] === '0.1')).toEqual([
      ['0.1', 'Tolland Ferries | Skerry Boats', 'collapsed', '1.1'],
    ]);
  });
});

describe('a deal whose own sentence tells the step that let it go ahead stands at that step', () => {
  it('"are to merge after their wardens approved the proposal": approved', () => {
    expect(rows('Two choirs in Pellow are to merge after their wardens approved the proposal on Monday.')).toEqual([['1.1', 'Two choirs in Pellow', 'approved', null]]);
  });

  it('"have been cleared to merge": approved, and the merger mentioned after carries it', () => {
    expect(rows('Ambry Tiles and Corvo Ceramics have been cleared to merge now that the Trade Tribunal has ruled the deal would not harm competition.\nCompletion of the merger is now expected on 1 April.')).toEqual([
      ['1.1', 'Ambry Tiles | Corvo Ceramics', 'approved', null],
      ['1.2', 'Ambry Tiles | Corvo Ceramics', 'approved', '1.1'],
    ]);
  });

  it('a clause of time that approves nothing leaves the deal reached', () => {
    expect(rows('Ambry Tiles has agreed to buy Corvo Ceramics after talks that lasted a year.')).toEqual([['1.1', 'Ambry Tiles | Corvo Ceramics', 'reached', null]]);
  });
});

describe('terms still to come of a deal the article reports ended stand ended', () => {
  it('"Under the terms of their pact, X will be owed a break fee" after an abandoned merger: collapsed', () => {
    expect(rows('Hobb Minerals and Dunn Stone have abandoned their planned merger after failing to agree on a price.\nThe merger agreement was signed on 9 March.\n\nUnder the terms of their pact, Hobb will be owed a break fee of £2m by Dunn.')).toEqual([
      ['1.1', 'Hobb Minerals | Dunn Stone', 'collapsed', null],
      ['1.2', 'Hobb Minerals | Dunn Stone', 'signed', '1.1'],
      ['2.1', 'Hobb Minerals | Dunn Stone', 'collapsed', '1.1'],
    ]);
  });

  it('terms as they stood before the end ("was to clean") are no news of the end', () => {
    expect(rows('Grimsell Museum has terminated its contract with Umberslade Curios.\nUnder its terms, Umberslade was to clean 900 birds by June.')).toEqual([
      ['1.1', 'Grimsell Museum | Umberslade Curios', 'voided', null],
      ['1.2', 'Grimsell Museum | Umberslade Curios', 'in force', '1.1'],
    ]);
  });
});

describe('a term still to come right after the deal carries the status the deal was made with', () => {
  it('"The merged firm will employ …" after "have agreed to merge": reached, not in force', () => {
    expect(rows('Tallow Looms and Brant Weaving have agreed to merge.\nThe merged firm will employ 40 weavers and keep the Tallow Brant name.')).toEqual([
      ['1.1', 'Tallow Looms | Brant Weaving', 'reached', null],
      ['1.2', 'Tallow Looms | Brant Weaving', 'reached', '1.1'],
    ]);
  });

  it('"In return, the club will repair the slipway" after a lease signed: signed', () => {
    expect(rows('Ormsby Council signed a twelve-year lease with the Quay Rowing Club on Friday.\nIn return, the club will repair the slipway.')).toEqual([
      ['1.1', 'Ormsby Council | Quay Rowing Club', 'signed', null],
      ['1.2', 'Ormsby Council | Quay Rowing Club', 'signed', '1.1'],
    ]);
  });
});

describe('a headline that tells an end keeps it over a lede that tells the signing', () => {
  it('"Court voids Harl Mills merger" over "signed a merger agreement": voided', () => {
    expect(rows('Harl Mills and Quarrow Dairy signed a merger agreement on March 4.\n\nOn May 17, a court in Vessel voided the deal.', 'Court voids Harl Mills merger').filter((r) => r[0] === '0.1')).toEqual([
      ['0.1', 'Harl Mills | Quarrow Dairy', 'voided', '1.1'],
    ]);
  });

  it('"… back pay deal, ending weekend boycott": the boycott ends, not the deal; ratified as the lede', () => {
    expect(rows('Workers at Ulverby Docks have now voted to accept the four-year pay deal with the port owner Kellick Marine.', 'Dock workers back pay deal, ending weekend boycott').filter((r) => r[0] === '0.1')).toEqual([
      ['0.1', 'Ulverby Docks | Kellick Marine', 'ratified', '1.1'],
    ]);
  });
});
