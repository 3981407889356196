import { describe, expect, it } from 'vitest';
import { agreementRows as rows } from './agreement-rows.js';

/**
 * Session 24 (a61): the sides of an agreement, each kind in sentences of our own writing (rows:
 * key, parties, status, the sentence a later mention refers to).
 */
describe('a workforce voting on its own deal', () => {
  it('"Nurses at X voted to ratify", "Drivers employed by X voted to accept": the workforce and its workplace', () => {
    expect(rows('Nurses at Brackwater Infirmary voted on Monday to ratify a three-year contract.\nThe contract raises pay by 5 per cent.')).toEqual([
      ['1.1', 'Nurses | Brackwater Infirmary', 'ratified', null],
      ['1.2', 'Nurses | Brackwater Infirmary', 'ratified', '1.1'],
    ]);
    expect(rows('Drivers employed by Fenwold Coaches have voted to accept a two-year pay deal.\nThe deal gives them a rise of 4 per cent.')).toEqual([
      ['1.1', 'Drivers | Fenwold Coaches', 'ratified', null],
      ['1.2', 'Drivers | Fenwold Coaches', 'ratified', '1.1'],
    ]);
  });

  it('the body that represents them, said in the sentence or by its members in the next, is the workforce', () => {
    expect(rows('Caretakers at Marlpit College, who are represented by the Drennick Workers Union, ratified a new pay contract on Friday.')).toEqual([
      ['1.1', 'the Drennick Workers Union | Marlpit College', 'ratified', null],
    ]);
    expect(rows('Drivers employed by Fenwold Coaches have voted to accept a two-year pay deal.\nMembers of the Caddick Transport Union backed the offer by 90 votes to 12.\nThe deal runs until 2028.')).toEqual([
      ['1.1', 'the Caddick Transport Union | Fenwold Coaches', 'ratified', null],
      // (A members' ballot backing the offer by a count is its ratification: a62's reader.)
      ['1.2', 'the Caddick Transport Union | Fenwold Coaches', 'ratified', '1.1'],
      ['1.3', 'the Caddick Transport Union | Fenwold Coaches', 'in force', '1.1'],
    ]);
  });

  it('no vote of theirs, or a workplace whose name a common noun goes on with, keeps the reading before', () => {
    expect(rows("Staff at Wimbury Foods will get a rise under a pay deal negotiated by the Bakers' Union.")).toEqual([['1.1', "Wimbury Foods | Bakers' Union", 'in force', null]]);
    expect(rows('Kessock Mills has signed a supply deal with Greystoke Bakeries.\nWorkers at the Greystoke bakery in Thrupp voted to approve the deal.')).toEqual([
      ['1.1', 'Kessock Mills | Greystoke Bakeries', 'signed', null],
      ['1.2', 'Kessock Mills | Greystoke Bakeries', 'approved', '1.1'],
    ]);
  });
});

describe('a headline whose sides are descriptions', () => {
  it('"Woodworking firm signs lease" over the lede\'s named deal of that kind takes its sides', () => {
    expect(rows('Stannet Joinery has signed a ten-year lease with Thrupp Borough Council.\nThe lease sets the rent at £9,000 a year.', 'Woodworking firm signs ten-year lease on old mill')).toEqual([
      ['0.1', 'Stannet Joinery | Thrupp Borough Council', 'signed', null],
      ['1.1', 'Stannet Joinery | Thrupp Borough Council', 'signed', null],
      ['1.2', 'Stannet Joinery | Thrupp Borough Council', 'signed', '1.1'],
    ]);
  });

  it('a lede deal of another kind lends no sides', () => {
    expect(rows('Kessock Mills has bought Greystoke Bakeries for £4m.', 'Flour mill signs lease on riverside site')).toEqual([
      // (Session 28, a69: the headline's mill is the one mill the article names — no side of the purchase lent.)
      ['0.1', 'Kessock Mills', 'signed', null],
      ['1.1', 'Kessock Mills | Greystoke Bakeries', 'reached', null],
    ]);
  });
});

describe('"signed off on the deal"', () => {
  it('is an approval of the deal before, not a deal named "off on the deal"', () => {
    expect(rows('Kessock Mills has signed a supply deal with Greystoke Bakeries.\nThe Greystoke board signed off on the deal last week.')).toEqual([
      ['1.1', 'Kessock Mills | Greystoke Bakeries', 'signed', null],
      ['1.2', 'Kessock Mills | Greystoke Bakeries', 'approved', '1.1'],
    ]);
  });
});

describe('a lede side given as a description, named in the next sentence', () => {
  it('"A pottery in Wimbury has signed …" with no other side: the name the next sentence opens with, in the mentions too', () => {
    expect(rows('A pottery in Wimbury has signed a licensing agreement.\nKessock Stoneware was founded in 2011.\nThe licence runs for three years.')).toEqual([
      ['1.1', 'Kessock Stoneware', 'signed', null],
      ['1.3', 'Kessock Stoneware', 'in force', '1.1'],
    ]);
  });

  it('"A riding school that was at risk of closure has signed a lease with X": the subject lost to its relative clause is the name', () => {
    expect(rows('A riding school that was at risk of closure has signed a new lease with Thrupp Town Council.\nStannet Stables has operated on the site since 1978.\nThe lease runs until 2040.')).toEqual([
      ['1.1', 'Stannet Stables | Thrupp Town Council', 'signed', null],
      ['1.3', 'Stannet Stables | Thrupp Town Council', 'in force', '1.1'],
    ]);
  });

  it('a person so described, or a next sentence opening with no name, adds no side', () => {
    expect(rows('A woman who was at risk of eviction has signed a new lease with Thrupp Town Council.\nStannet Stables has operated on the site since 1978.')).toEqual([['1.1', 'Thrupp Town Council', 'signed', null]]);
    expect(rows('A riding school that was at risk of closure has signed a new lease with Thrupp Town Council.\nRents in the town have doubled.')).toEqual([['1.1', 'Thrupp Town Council', 'signed', null]]);
  });
});

describe('the sides of a dispute settled, and of a claim a court weighed', () => {
  it('"X sued a bakery chain, Y, …, and the case was settled": who sued and whom, not the case', () => {
    expect(rows('In 2021 Kessock Mills sued a bakery chain, Greystoke, over a copied recipe, and the case was settled out of court.\nThe terms of that settlement were never disclosed.')).toEqual([
      ['1.1', 'Kessock Mills | Greystoke', 'reached', null],
      ['1.2', 'Kessock Mills | Greystoke', 'reached', '1.1'],
    ]);
  });

  it('"She rejected Y\'s claim that it had cancelled the contract": "it" is Y, not the judge', () => {
    expect(rows("Kessock Mills signed a supply contract with Greystoke Bakeries in 2020.\nMrs Justice Yelverton found that the contract had been broken.\nShe rejected Greystoke's claim that it had validly cancelled the contract by letter.")).toEqual([
      ['1.1', 'Kessock Mills | Greystoke Bakeries', 'signed', null],
      ['1.2', 'Kessock Mills | Greystoke Bakeries', 'breached', '1.1'],
      ['1.3', 'Greystoke Bakeries | Kessock Mills', 'voided', '1.1'],
    ]);
  });

  it('"A chain of bakers" is a chain, named by the body the next sentence names, not by the judge', () => {
    expect(rows('A chain of bakers broke its franchise agreement with Thrupp Mills, the High Court has ruled.\nMr Justice Yelverton found that Kessock Bakeries had acted in bad faith.\nKessock said it would appeal.')).toEqual([
      ['1.1', 'Kessock Bakeries | Thrupp Mills', 'breached', null],
    ]);
  });
});

describe('a side placed on a street, and a landlord named apart from the lease', () => {
  it('"X on Caddick Row in Thrupp": the name before its street and town', () => {
    expect(rows('Stannet Hardware on Caddick Row in Thrupp has ended its franchise agreement with the Kessock chain after 17 years.')).toEqual([['1.1', 'Stannet Hardware | Kessock chain', 'voided', null]]);
  });

  it('"warnings from the landlord, NAME" two sentences about: the other side of a lease of one side', () => {
    expect(rows('A holiday let agency breached its lease on a converted barn in Thrupp, a court has ruled.\nThe judge said Stannet Lets had ignored repeated warnings from the landlord, Dallowby Nettlebed.\nStannet signed a ten-year lease on the barn in 2019.')).toEqual([
      ['1.1', 'Stannet Lets | Dallowby Nettlebed', 'breached', null],
      ['1.3', 'Stannet Lets | Dallowby Nettlebed', 'signed', null],
    ]);
    expect(rows('Stannet Lets signed a ten-year lease on the barn in 2019.\nThe agency said it would appeal.')).toEqual([['1.1', 'Stannet Lets', 'signed', null]]);
  });
});
