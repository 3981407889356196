import { describe, expect, it } from 'vitest';
import { agreementRows as rows } from './agreement-rows.js';

/**
 * Session 26 (a66): agreement parties in sentences of our own writing (rows: key, parties,
 * status, the sentence a later mention refers to), with the close negatives beside them.
 */
describe('a workforce voting on its own pay deal: its union and its workplace', () => {
  it('"Porters and nurses at X voted to accept a pay deal. Members of the Union of Y backed the offer": two plurals joined by "and", a union named with "of"', () => {
    expect(rows('Porters and nurses at Skarnby General Hospital have voted to accept a two-year pay deal.\nMembers of the Union of Hospital Support Staff backed the offer by 212 votes to 40.')).toEqual([
      ['1.1', 'the Union of Hospital Support Staff | Skarnby General Hospital', 'ratified', null],
      ['1.2', 'the Union of Hospital Support Staff | Skarnby General Hospital', 'ratified', '1.1'],
    ]);
    // With no union named, the workforce's own words and the workplace.
    expect(rows('Porters and nurses at Skarnby General Hospital have voted to accept a two-year pay deal.')).toEqual([['1.1', 'Porters and nurses | Skarnby General Hospital', 'ratified', null]]);
    // "Members and volunteers" are a club's own people, no workforce: the clause's sides stay.
    expect(rows('Members and volunteers at Skarnby Rowing Club have voted to accept a sponsorship deal with Dremmel Boats.')).toEqual([
      ['1.1', 'Members | volunteers at Skarnby Rowing Club | Dremmel Boats', 'approved', null],
    ]);
  });
  it('"Gardeners at four parks run by X voted to accept a pay deal": the place of work is what X runs; a union with "and" in its name', () => {
    expect(rows("Gardeners at four parks run by Pellridge Leisure Trust have voted to accept a pay deal.\nMembers of the Tollinger and District Workers' Union backed the offer in a ballot.")).toEqual([
      ['1.1', "the Tollinger and District Workers' Union | Pellridge Leisure Trust", 'ratified', null],
      ['1.2', "the Tollinger and District Workers' Union | Pellridge Leisure Trust", 'ratified', '1.1'],
    ]);
    expect(rows('Gardeners at four parks run by Pellridge Leisure Trust have voted to accept a pay deal.')).toEqual([['1.1', 'Gardeners | Pellridge Leisure Trust', 'ratified', null]]);
    // A participle of no holding or running ("visited by") says nothing of who employs them.
    expect(rows('Gardeners at four parks visited by Pellridge Leisure Trust have voted to accept a pay deal.')).toEqual([['1.1', 'Gardeners at four parks', 'ratified', null]]);
    // A place that is a body of its own ("a firm run by X") is no thing X holds.
    // (Each deal keeps the side it was read with; since a87 (session 35) the two deals of one side each, the article's only bodies and
    // one a union, are one deal between them — `counterpartSides`.)
    expect(rows("Cleaners at a firm run by Cobbaton Group have voted to accept a pay deal.\nMembers of the Wintle Workers' Union backed the offer.")).toEqual([
      ['1.1', "Cobbaton Group | the Wintle Workers' Union", 'ratified', null],
      ['1.2', "the Wintle Workers' Union | Cobbaton Group", 'approved', null],
    ]);
  });
});

describe('a side the lede only describes, named by the next sentence past a phrase set off after the name', () => {
  const lede = 'Skarnby Town Council has agreed a 10-year lease with a local sailing school.';
  it('"X agreed a lease with a local sailing school. Y, run by two former Olympians, will pay …": Y is the school', () => {
    expect(rows(`${lede}\nDremmel Sailing, run by two former Olympians, will pay the council £9,000 a year.`)).toEqual([['1.1', 'Skarnby Town Council | Dremmel Sailing', 'reached', null]]);
    expect(rows(`${lede}\nDremmel Sailing, founded in 1994, will pay the council £9,000 a year.`)).toEqual([['1.1', 'Skarnby Town Council | Dremmel Sailing', 'reached', null]]);
    expect(rows(`${lede}\nDremmel Sailing, which has 300 members, will pay the council £9,000 a year.`)).toEqual([['1.1', 'Skarnby Town Council | Dremmel Sailing', 'reached', null]]);
  });
  it('a word set off that is no participle or relative clause ("however") leaves the description', () => {
    expect(rows(`${lede}\nDremmel Sailing, however, will pay the council £9,000 a year.`)).toEqual([['1.1', 'Skarnby Town Council | a local sailing school', 'reached', null]]);
  });
});

describe('a headline side written as a description takes the name the lede gives it', () => {
  it('"Sailmaker signs contract with X" over "Y has signed a supply contract with X": a description beside a side the body names too', () => {
    expect(rows('Dremmel Sails has signed a supply contract with Pellridge Marina.', 'Sailmaker signs contract with Pellridge Marina')).toEqual([
      ['0.1', 'Dremmel Sails | Pellridge Marina', 'signed', null],
      ['1.1', 'Dremmel Sails | Pellridge Marina', 'signed', null],
    ]);
    expect(rows('Dremmel Sails has settled a lawsuit brought by Pellridge Marina over a torn mainsail.', 'Sailmaker settles suit with Pellridge Marina')).toEqual([
      ['0.1', 'Dremmel Sails | Pellridge Marina', 'reached', null],
      ['1.1', 'Dremmel Sails | Pellridge Marina', 'reached', null],
    ]);
    // The headline's named side is no side of the lede's deal: another deal, the headline as it is.
    expect(rows('Dremmel Sails has signed a supply contract with Wintle Yachts.', 'Sailmaker signs contract with Pellridge Marina')).toEqual([
      ['0.1', 'Sailmaker | Pellridge Marina', 'signed', null],
      ['1.1', 'Dremmel Sails | Wintle Yachts', 'signed', null],
    ]);
  });
  it('"Rowing club signs lease" over "The Skarnby Rowing Club has signed …": a name holding the description\'s words names it', () => {
    expect(rows('The Skarnby Rowing Club has signed a 20-year lease on the old boathouse with Cobbaton Estates.', 'Rowing club signs lease on boathouse')).toEqual([
      ['0.1', 'the Skarnby Rowing Club | Cobbaton Estates', 'signed', null],
      ['1.1', 'the Skarnby Rowing Club | Cobbaton Estates', 'signed', null],
    ]);
  });
});

describe('a breach told by the claim after a suit is of a deal between who sued and whom', () => {
  it('"X has sued Y, claiming the cable maker broke a contract to supply a cable for the Z bridge": X and Y, not the thing supplied for', () => {
    expect(rows('Skarnby Lifts has sued Pellridge Cables, claiming the cable maker broke a £300,000 contract to supply a new cable for the Wintle bridge.\nUnder the contract, Pellridge undertook to deliver the cable by May.')).toEqual([
      ['1.1', 'Skarnby Lifts | Pellridge Cables', 'breached', null],
      ['1.2', 'Skarnby Lifts | Pellridge Cables', 'in force', '1.1'],
    ]);
    // A description that sued takes the name the next sentence gives it; "it" in the claim is whom it sued.
    expect(rows('A Cobbaton boatbuilder has sued the Tollinger Rowing Club, accusing it of breaking a contract to build two racing shells.\nDremmel Boats filed the suit on Monday.')).toEqual([['1.1', 'Dremmel Boats | the Tollinger Rowing Club', 'breached', null]]);
  });
  it('a participle that says nothing ("hoping to recover …") leaves the clause as it is', () => {
    expect(rows('Skarnby Lifts has sued Pellridge Cables, hoping to recover the cost after the cable maker broke a £300,000 contract to supply a new cable for the Wintle bridge.')).toEqual([['1.1', 'Wintle bridge', 'breached', null]]);
  });
});

describe('a side the lede describes, named a few sentences on by a name with the description\'s head', () => {
  const lede = "Dremmel Orchards has agreed to pay £50,000 to settle a lawsuit brought by a beekeepers' association over hive losses.\nThe settlement was announced on Monday.\n\n";
  it('"… brought by a beekeepers\' association. The settlement was announced. ¶ The X Beekeeping Association, which …": the name ending in "Association"', () => {
    expect(rows(`${lede}The Skarnby Beekeeping Association, which has 300 members, had claimed that the spraying killed bees.`)).toEqual([
      ['1.1', 'Dremmel Orchards | Skarnby Beekeeping Association', 'reached', null],
      ['1.2', 'Dremmel Orchards | Skarnby Beekeeping Association', 'reached', '1.1'],
    ]);
  });
  it('a later name of another head, or one past the three sentences after the next, names nothing', () => {
    expect(rows(`${lede}The Skarnby Rowing Club, which has 300 members, had claimed that the spraying killed bees.`)).toEqual([
      ['1.1', "Dremmel Orchards | a beekeepers' association", 'reached', null],
      ['1.2', "Dremmel Orchards | a beekeepers' association", 'reached', '1.1'],
    ]);
    expect(rows(`${lede}Beekeepers said the hives would take years to recover.\nNobody spoke for the firm.\nThe weather was fine.\nThe Skarnby Beekeeping Association had claimed that the spraying killed bees.`)).toEqual([
      ['1.1', "Dremmel Orchards | a beekeepers' association", 'reached', null],
      ['1.2', "Dremmel Orchards | a beekeepers' association", 'reached', '1.1'],
    ]);
  });
});
