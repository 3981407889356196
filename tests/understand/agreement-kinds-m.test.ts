import { describe, expect, it } from 'vitest';
import { agreementRows as rows } from './agreement-rows.js';

/**
 * Session 9 (issue 11, a12): kinds of miss of the own set written before reading the extractor
 * (agreement-own-a12.fixture.ts), in sentences of our own writing. Rows: key, parties, status,
 * the sentence a later mention refers to.
 */
describe('a later mention links to the agreement of its own kind or topic, not merely the most recent', () => {
  it('"Under the settlement", after a lease of others: the settlement; "a proposed deal over the library": the one about the library', () => {
    expect(
      rows(
        [
          'Elmford council and the builder Karsh Homes signed a settlement over the flooded library on Monday.',
          '',
          'The Elmford Otters and Dace Leisure signed a ten-year lease on the riverside rink in 2017.',
          '',
          'Under the settlement, Karsh Homes will rebuild the library basement.',
          'A proposed deal over the library collapsed in 2022.',
        ].join('\n'),
      ),
    ).toEqual([
      ['1.1', 'Elmford council | Karsh Homes', 'signed', null],
      ['2.1', 'the Elmford Otters | Dace Leisure', 'signed', null],
      ['3.1', 'Elmford council | Karsh Homes', 'signed', '1.1'],
      ['3.2', 'Elmford council | Karsh Homes', 'collapsed', '1.1'],
    ]);
  });

  it('with no noun or topic to go by, the deal reported just before', () => {
    expect(
      rows(
        [
          'Elmford council and the builder Karsh Homes signed a settlement over the flooded library on Monday.',
          'The Elmford Otters and Dace Leisure signed a ten-year lease on the riverside rink in 2017.',
          'The terms of the deal give the Otters the rink until 2027.',
        ].join('\n'),
      ),
    ).toEqual([
      ['1.1', 'Elmford council | Karsh Homes', 'signed', null],
      ['1.2', 'the Elmford Otters | Dace Leisure', 'signed', null],
      ['1.3', 'the Elmford Otters | Dace Leisure', 'signed', '1.2'],
    ]);
  });
});

describe('what "settle" takes is a dispute as WordNet files it, not a word list', () => {
  it('a quarrel, a class action, a grievance: settled between the sides', () => {
    expect(rows('Pellow Dairies settled a row with its drivers\' union on Friday.')).toEqual([['1.1', "Pellow Dairies | its drivers' union", 'reached', null]]);
    expect(rows('Tarn Mobile and its former customers settled the class action in March.')).toEqual([['1.1', 'Tarn Mobile | its former customers', 'reached', null]]);
    expect(rows('The hospital and the nurses settled their grievance over night shifts.')).toEqual([['1.1', 'the hospital | the nurses', 'reached', null]]);
  });

  it('a battle needs a modifier that makes it no military one; a question or a score is no dispute', () => {
    expect(rows('Rebel troops settled the battle for the bridge within a day.')).toEqual([]);
    expect(rows('Fans urged the club to settle the question of a new stadium.')).toEqual([]);
    expect(rows('The striker settled the score with a late goal.')).toEqual([]);
    expect(rows('Harlow Foods and Brisk Farms have settled their legal battle over the brand.')).toEqual([['1.1', 'Harlow Foods | Brisk Farms', 'reached', null]]);
  });
});

describe('a possessor\'s deal with its other side in a participle set off by commas', () => {
  it('"The Kestrels\' lease …, signed with the council in 2015, runs until 2030": the holder and the council named before', () => {
    expect(
      rows(
        [
          'Arden County Council built the velodrome in Selby in 2009.',
          "The Kestrels' lease on the velodrome, signed with the council in 2015, runs until 2030.",
          "The Kestrels' kit deal, signed with Vanta Sports in 2021, ends next year.",
        ].join('\n'),
      ),
    ).toEqual([
      ['1.2', 'Kestrels | Arden County Council', 'in force', null],
      ['1.3', 'Kestrels | Vanta Sports', 'in force', null], // its end still ahead ("ends next year"): in force since round 2 of session 10
    ]);
  });
});

describe('the other side of a settled dispute: "against" a party, or a name set off after a description', () => {
  it('"settled its lawsuit against the developer X"; "a dispute with its former coach, NAME,"', () => {
    expect(
      rows(
        [
          'Tolland Borough Council has settled its lawsuit against the developer Brackley Homes over a collapsed wall.',
          'Last year Dunmore United settled a dispute with its former coach, Ivo Marsh, over a bonus.',
        ].join('\n'),
      ),
    ).toEqual([
      ['1.1', 'Tolland Borough Council | Brackley Homes', 'reached', null],
      ['1.2', 'Dunmore United | Ivo Marsh', 'reached', null],
    ]);
  });
});

describe('a stake bought in a firm described, named before', () => {
  it('"bought a 20 % stake in the miller": the buyer and the miller named earlier; selling shares "in the miller" is no such deal', () => {
    expect(
      rows(
        [
          'Marrow Mills, a flour miller in Dunkirk, supplies most bakeries in the region.',
          'On Monday the food group Holt Foods said it had bought a 20 % stake in the miller.',
          'The government sold the last of its shares in the miller last year.',
        ].join('\n'),
      ),
    ).toEqual([['1.2', 'Holt Foods | Marrow Mills', 'reached', null]]);
  });
});

describe('"voted to accept the terms": of an offer made before, else of the agreement found before', () => {
  it('the offer of the sentence before: who accepts and who offered, approved by the vote', () => {
    expect(rows("Harlow Ferries offered its crews a 6 % rise on Monday.\nMembers of the Seafarers' Guild voted unanimously on Friday to accept the terms.")).toEqual([
      ['1.2', "the Seafarers' Guild | Harlow Ferries", 'approved', null],
    ]);
  });

  it('no offer before: the settlement just reported, approved by a council that is none of its sides by name; "with NAME agreeing" names the side described', () => {
    expect(
      rows(
        [
          'The town of Brill and the firm that rebuilt its harbour wall have settled their three-year legal fight, with Dorran Marine agreeing to pay $2 million.',
          'The town council voted on Tuesday to accept the terms.',
        ].join('\n'),
      ),
    ).toEqual([
      ['1.1', 'the town of Brill | Dorran Marine', 'reached', null],
      ['1.2', 'the town of Brill | Dorran Marine', 'approved', '1.1'],
    ]);
  });
});

describe('an offer turned down whose maker is named before', () => {
  it('"X tried to buy Y …, but Y\'s board rejected the offer": X and Y, rejected', () => {
    expect(rows("Quillon Media tried to buy the rival publisher Tarn Books in 2021, but Tarn's board rejected the offer.")).toEqual([['1.1', 'Tarn Books | Quillon Media', 'rejected', null]]);
  });

  it('"The union had rejected an earlier offer": the other side of the agreement just reported; a proposal (perhaps a mediator\'s) is none', () => {
    expect(
      rows(
        [
          "Sarrel Foods and the Bakers' Union signed a pay deal on Monday.",
          'The union had rejected an earlier offer of 5 percent in a ballot in May.',
          'The union had rejected an earlier proposal of the mediator in April.',
        ].join('\n'),
      ),
    ).toEqual([
      ['1.1', "Sarrel Foods | the Bakers' Union", 'signed', null],
      ['1.2', "Sarrel Foods | the Bakers' Union", 'rejected', '1.1'],
    ]);
  });
});

describe('the terms of a joint venture: what each partner holds', () => {
  it('"Each partner will hold 50 percent of the venture" is the venture formed before, in force; "could hold" is none', () => {
    expect(
      rows(
        [
          'Tallis Grid and the utility Orme Power have formed a joint venture to build a solar park.',
          'Each partner will hold 50 percent of the venture, which will be called Orme Solar.',
          'Each partner could hold 50 percent of the venture.',
        ].join('\n'),
      ),
    ).toEqual([
      ['1.1', 'Tallis Grid | Orme Power', 'reached', null],
      ['1.2', 'Tallis Grid | Orme Power', 'reached', '1.1'],
    ]);
  });

  it("an approval by a party's board ('Tallis's board approved the joint venture') fits the venture, not the party's other deal", () => {
    expect(
      rows(
        [
          'Tallis Grid and the utility Orme Power have formed a joint venture to build a solar park.',
          'Tallis has also signed a 10-year contract to buy panels from Brenna Solar.',
          "Tallis's board approved the joint venture on Monday.",
        ].join('\n'),
      ),
    ).toEqual([
      ['1.1', 'Tallis Grid | Orme Power', 'reached', null],
      ['1.2', 'Tallis Grid | Brenna Solar', 'signed', null],
      ['1.3', 'Tallis Grid | Orme Power', 'approved', '1.1'],
    ]);
  });
});

describe('extending a deal proposed is no extension; a deal "which remains in force" holds', () => {
  it('"has proposed extending the treaty" is none; "has extended the treaty" is', () => {
    expect(rows('Vellmora and Ostrand ratified the fisheries treaty on Monday.\nOstrand has proposed extending the treaty to cover cod.')).toEqual([['1.1', 'Vellmora | Ostrand', 'ratified', null]]);
    expect(rows('Vellmora and Ostrand ratified the fisheries treaty on Monday.\nOstrand has extended the treaty to cover cod.')).toEqual([
      ['1.1', 'Vellmora | Ostrand', 'ratified', null],
      ['1.2', 'Ostrand | Vellmora', 'in force', '1.1'],
    ]);
  });

  it('"The two countries\' 2011 agreement on search and rescue, which remains in force, …": in force', () => {
    expect(rows('Vellmora and Ostrand ratified the fisheries treaty on Monday.\nThe two countries’ 2011 agreement on search and rescue, which remains in force, will be folded into the new treaty.')).toEqual([
      ['1.1', 'Vellmora | Ostrand', 'ratified', null],
      ['1.2', 'Vellmora | Ostrand', 'in force', '1.1'],
      ['1.2', 'Vellmora | Ostrand', 'ratified', '1.1'],
    ]);
  });
});

describe('a phrasal verb WordNet files whole says what became of a deal', () => {
  it('"struck down the settlement", "was struck down": voided; "struck a deal" still reached', () => {
    expect(rows('Corvo Homes and the city signed a settlement in May.\nA state court struck down the settlement in June.')).toEqual([
      ['1.1', 'Corvo Homes | the city', 'signed', null],
      ['1.2', 'Corvo Homes | the city', 'voided', '1.1'],
    ]);
    expect(rows('Corvo Homes and the city signed a settlement in May.\nThe settlement was struck down by a state court in June.')).toEqual([
      ['1.1', 'Corvo Homes | the city', 'signed', null],
      ['1.2', 'Corvo Homes | the city', 'voided', '1.1'],
    ]);
    expect(rows('Corvo Homes and the city struck a deal in May.')).toEqual([['1.1', 'Corvo Homes | the city', 'reached', null]]);
  });
});

describe('a role possessed by the employer before a person\'s name, with no comma', () => {
  it('"The club\'s goalkeeper Ivo Marsh has signed a new contract": Ivo Marsh and the club named before', () => {
    expect(rows('Dunmore United, the third-division club, sold its ground in May.\nThe club\'s goalkeeper Ivo Marsh has signed a new contract.')).toEqual([['1.2', 'Ivo Marsh | Dunmore United', 'signed', null]]);
  });
});
