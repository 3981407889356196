import { describe, expect, it } from 'vitest';
import { agreementRows as rows } from './agreement-rows.js';
import { namesIn, resolveDescription } from '../../src/understand/descriptions.js';

/**
 * Session 13, round 2 (a26): the sides of an agreement, each kind in sentences of our own writing
 * (rows: key, parties, status, the sentence a later mention refers to).
 */
describe('an apposition on the first of two coordinated sides', () => {
  it('"X, the county\'s largest Y, and Z signed": the apposition describes X and is no side of its own', () => {
    expect(rows("Merrow, the county's largest bus operator, and the ticketing firm Paxa signed a five-year contract.")).toEqual([['1.1', 'Merrow | Paxa', 'signed', null]]);
    expect(rows('Ostley Farms, a dairy co-operative from Wenlock, and Tamar Creameries have agreed a supply deal.')).toEqual([['1.1', 'Ostley Farms | Tamar Creameries', 'reached', null]]);
  });

  it('a list of names with "the" opening one of them keeps every name', () => {
    expect(rows('Russia, the United States, and China signed a treaty.')).toEqual([['1.1', 'Russia | the United States | China', 'signed', null]]);
  });
});

describe('"X does Y under a N-year agreement with Z"', () => {
  it('the main clause\'s subject is the other side, the deal in force (the phrase after or before the clause)', () => {
    expect(rows("Garrick will keep running the town's car parks under a three-year agreement with Wenlock Town Council.")).toEqual([['1.1', 'Garrick | Wenlock Town Council', 'in force', null]]);
    expect(rows('Under a three-year agreement with Wenlock Town Council, Garrick will keep running the car parks.')).toEqual([['1.1', 'Garrick | Wenlock Town Council', 'in force', null]]);
  });

  it('two sides as the subject keep their reading', () => {
    expect(rows('Garrick and Vell will share the depot under a deal with the council.')).toEqual([['1.1', 'Garrick | Vell', 'in force', null]]);
  });
});

describe("a union's members", () => {
  it('"Members of the X union at Y": the union and the workplace named; members refusing an earlier offer are the same sides', () => {
    expect(rows('Members of the Tanner union at Orrin Mills have voted to accept a pay deal.\nMembers had rejected an earlier offer of 3 per cent.')).toEqual([
      ['1.1', 'the Tanner union | Orrin Mills', 'ratified', null],
      ['1.2', 'the Tanner union | Orrin Mills', 'rejected', '1.1'],
    ]);
    // A workplace that is no name ("the … ski resort") is left to the deal's own "from X".
    expect(rows("Members of the Alpine Workers' Union at the Mont Ree ski resort voted to accept a new pay deal from the resort's operator, Ree Domaines.")).toEqual([
      ['1.1', "Alpine Workers' Union | Ree Domaines", 'ratified', null],
    ]);
  });

  it('"X said its members had accepted": the body that reports it', () => {
    expect(rows("Velda, the cleaners' union, said its members had accepted a pay offer from Orrin Mills.")).toEqual([['1.1', 'Velda | Orrin Mills', 'reached', null]]);
    expect(rows("The cleaners' union Velda said its members had accepted a pay offer from Orrin Mills.")).toEqual([['1.1', 'Velda | Orrin Mills', 'reached', null]]);
  });
});

describe('"the club" for a team named before', () => {
  it('a name ending in a plural is a team, never a person; a league nearer is another body', () => {
    expect(rows('Hexam Wanderers will play in the Border League next season.\nThe league said it welcomed the move.\nThe club has agreed a shirt deal with Tolley Ales.')).toEqual([
      ['1.3', 'Hexam Wanderers | Tolley Ales', 'reached', null],
    ]);
    expect(namesIn('Hexam Wanderers will play in the Border League.')[0]!.person).toBe(false);
  });

  it('"League Two": a number after the head word numbers it; the league is not the club', () => {
    expect(resolveDescription('the club', ['Kelso Athletic were founded in 1890.', 'They were relegated from League Two in May.', 'The club has agreed a deal.'], 2, 0)).toEqual({ names: ['Kelso Athletic'], index: 0 });
  });
});

describe('"the two companies" for the pair of the deal before', () => {
  it('a pair named as where people work ("Analysts at X and Y") acted on nothing together: looked past', () => {
    const body = 'Skylark Robotics has bought a minority stake in Vennor Aero.\n\nAnalysts at Greyhill Securities and Marten Bank said the price was high.\n\nThe two companies also signed a memorandum on sharing test sites.';
    expect(rows(body)).toEqual([
      ['1.1', 'Skylark Robotics | Vennor Aero', 'reached', null],
      ['3.1', 'Skylark Robotics | Vennor Aero', 'signed', null],
    ]);
    // Named as actors, the nearer pair stays the reading.
    expect(rows(body.replace('Analysts at ', ''))[1]).toEqual(['3.1', 'Greyhill Securities | Marten Bank', 'signed', null]);
  });
});

describe('"agreed to lease its playing fields to X"', () => {
  it('a gerund between a determiner and a noun modifies the noun: the taker is read past it', () => {
    expect(rows('The Brook Trust has agreed to lease its swimming pool to Hexam Wanderers.')).toEqual([['1.1', 'the Brook Trust | Hexam Wanderers', 'reached', null]]);
  });
});
