import { describe, expect, it } from 'vitest';
import { organisationSense, relatedBodyNouns } from '../../src/understand/descriptions.js';
import { commercialAgent } from '../../src/understand/names.js';
import { statementRows } from './statement-rows.js';

/** [key, name, kind, cue] per statement, in reading order. */
const said = (...lines: string[]): string[][] => statementRows(lines.join('\n'), ['name', 'kind', 'cue']);

describe('statements, session 17 (helper s32): bodies known by what they are, rulings, possessive roles', () => {
  it('"the firm said" after a name introduced by what it does for a living in the sentence before', () => {
    expect(said('Dunmore Bolt, a supplier of fence posts to farm shops, said it would shut its yard.', 'The company said 40 jobs were at risk.', '', 'The yard was bought by Varrow Quill, a retailer of garden tools.', 'The firm said it would reopen the yard in May.')).toEqual([
      ['1.1', 'Dunmore Bolt', 'organisation', 'said'],
      ['1.2', 'Dunmore Bolt', 'organisation', 'said'],
      ['2.2', 'Varrow Quill', 'organisation', 'said'],
    ]);
  });
  it('a sector word before the name, then a later noun WordNet relates to it', () => {
    expect(said('Rowing outfit Tarn Heron said it would leave the old boathouse.', 'The team said the lease had run out.')).toEqual([
      ['1.1', 'Tarn Heron', 'organisation', 'said'],
      ['1.2', 'Tarn Heron', 'organisation', 'said'],
    ]);
    expect(said('Charity group Ashling runs the library cafe.', 'The organisation said the rent had doubled.')).toEqual([['1.2', 'Ashling', 'organisation', 'said']]);
  });
  it('a possessive role and a company-shaped name: a body; a person in the same shape stays one', () => {
    expect(said("The warehouse's landlord, Pell Estates, said the roof would be fixed.", "The bakery's tenant, Ruth Amble, said she had not been told.")).toEqual([
      ['1.1', 'Pell Estates', 'organisation', 'said'],
      ['1.2', 'Ruth Amble', 'person', 'said'],
    ]);
  });
  it('"In its ruling, the tribunal said" goes to the tribunal named before; its own voice has no speaker', () => {
    expect(said('An employment tribunal in Orrin has found that a driver was unfairly dismissed.', 'In its ruling, the tribunal said the depot had ignored its own rules.', 'The tribunal ruled in his favour.')).toEqual([
      ['1.1', 'an employment tribunal in Orrin', 'organisation', 'found'],
      ['1.2', 'employment tribunal in Orrin', 'organisation', 'said'],
    ]);
    expect(said('The Helm county court has upheld a fine against a quarry.', 'In its judgment, the court found that the quarry had no permit.', 'The company was fined £3,000.')).toEqual([['1.2', 'Helm county court', 'organisation', 'found']]);
  });
  it('WordNet classes: organisationSense, relatedBodyNouns (described → mention), commercialAgent', () => {
    expect(['outfit', 'side', 'team', 'town', 'village', 'supplier'].map(organisationSense)).toEqual([true, true, true, false, false, false]);
    expect([['outfit', 'team'], ['team', 'club'], ['group', 'club'], ['committee', 'team']].map(([a, b]) => relatedBodyNouns(a!, b!))).toEqual([true, true, false, false]);
    expect(['retailer', 'operator', 'developer', 'spokeswoman', 'lawyer'].map(commercialAgent)).toEqual([true, true, true, false, false]);
  });
});
