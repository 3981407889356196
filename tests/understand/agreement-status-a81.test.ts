import { beforeAll, describe, expect, it } from 'vitest';
import { agreementRows as rows } from './agreement-rows.js';

/**
 * Session 33 (a81): terms of a deal still to come ("Under the agreement, X will …", "X will pay …
 * under the lease") say nothing new of what became of the deal; the mention keeps the status the
 * deal stands at (reached, signed, approved, ratified), as the sets written from the current brief
 * label it. Terms told in the present or past, or with a modal ("paid", "must keep"), tell the deal
 * at work: in force. Sentences of our own writing.
 */
beforeAll(() => void rows('Halbrook Foods signed a deal with Tessel Dairies.'), 120_000);

const lease = 'Vexworth Council signed a fifteen-year lease with the Harbour Rowing Club on Friday.\n';

describe('terms still to come keep the deal\'s status', () => {
  it('"Under the agreement, X will keep …" after "agreed to buy": reached, linked to it', () => {
    expect(rows('Corvan Tiles agreed to buy Pellmarsh Kilns for £8m on Monday.\nUnder the agreement, Corvan will keep the Pellmarsh name and its 40 staff.')).toEqual([
      ['1.1', 'Corvan Tiles | Pellmarsh Kilns', 'reached', null],
      ['1.2', 'Corvan Tiles | Pellmarsh Kilns', 'reached', '1.1'],
    ]);
  });

  it('"X will pay … under the lease" after "signed a lease": signed', () => {
    expect(rows(`${lease}The club will pay £2,000 a year under the lease.`)).toEqual([
      ['1.1', 'Vexworth Council | Harbour Rowing Club', 'signed', null],
      ['1.2', 'Vexworth Council | Harbour Rowing Club', 'signed', '1.1'],
    ]);
  });

  it('a ratified pay deal: its terms to come and the mention after them stay ratified', () => {
    expect(rows("The Brenwick nurses' union ratified a three-year wage deal with the Marrow Health Trust on Thursday.\nUnder the deal, nurses will get a 5 per cent rise in April.\nThe deal also ends unpaid overtime.")).toEqual([
      ['1.1', "the Brenwick nurses' union | Marrow Health Trust", 'ratified', null],
      ['1.2', "the Brenwick nurses' union | Marrow Health Trust", 'ratified', '1.1'],
      ['1.3', "the Brenwick nurses' union | Marrow Health Trust", 'ratified', '1.1'],
    ]);
  });
});

describe('terms told at work stay in force', () => {
  it('"Under the lease, the club paid …": in force', () => {
    expect(rows('Vexworth Council signed a fifteen-year lease with the Harbour Rowing Club in 2015.\nUnder the lease, the club paid £2,000 a year until the boathouse flooded.')).toEqual([
      ['1.1', 'Vexworth Council | Harbour Rowing Club', 'signed', null],
      ['1.2', 'Vexworth Council | Harbour Rowing Club', 'in force', '1.1'],
    ]);
  });

  it('"Under the lease, the club must keep …": in force', () => {
    expect(rows(`${lease}Under the lease, the club must keep the slipway open to the public.`)).toEqual([
      ['1.1', 'Vexworth Council | Harbour Rowing Club', 'signed', null],
      ['1.2', 'Vexworth Council | Harbour Rowing Club', 'in force', '1.1'],
    ]);
  });
});

describe('what a deal made before provides keeps the status it stands at', () => {
  const ratified = "The Brenwick nurses' union ratified a three-year wage deal with the Marrow Health Trust on Thursday.\n";
  const sides = "the Brenwick nurses' union | Marrow Health Trust";

  it('"The deal gives nurses a 7 per cent rise" after the ratification: ratified', () => {
    expect(rows(`${ratified}The deal gives nurses a 7 per cent rise from June.`)).toEqual([
      ['1.1', sides, 'ratified', null],
      ['1.2', sides, 'ratified', '1.1'],
    ]);
  });

  it('a deal that runs until a date, or takes effect, is at work: in force', () => {
    expect(rows(`${ratified}The deal runs until 2028.`)).toEqual([
      ['1.1', sides, 'ratified', null],
      ['1.2', sides, 'in force', '1.1'],
    ]);
    expect(rows(`${ratified}The deal, which takes effect in May, gives nurses a 7 per cent rise.`)).toEqual([
      ['1.1', sides, 'ratified', null],
      ['1.2', sides, 'in force', '1.1'],
    ]);
  });

  it('a plain mention after one in force takes the status the deal stood at before it', () => {
    expect(rows(`${ratified}The deal runs until 2028.\nThe deal will be backdated to November.`)).toEqual([
      ['1.1', sides, 'ratified', null],
      ['1.2', sides, 'in force', '1.1'],
      ['1.3', sides, 'ratified', '1.1'],
    ]);
  });
});

describe('a ratification told again by the people who voted', () => {
  const ratified = 'Drivers employed by Tolmere Buses have voted to ratify a three-year wage deal.\n';
  it('"Members of the guild backed the agreement" (people, WordNet\'s person class): ratified', () => {
    expect(rows(`${ratified}Members of the Coach Drivers' Guild backed the agreement by 80 votes to 12.`)).toEqual([
      ['1.1', "the Coach Drivers' Guild | Tolmere Buses", 'ratified', null],
      ['1.2', "the Coach Drivers' Guild | Tolmere Buses", 'ratified', '1.1'],
    ]);
  });

  it('"The company\'s board approved the agreement" (a body): approved', () => {
    expect(rows(`${ratified}The company's board approved the agreement on Tuesday.`)).toEqual([
      ['1.1', 'Drivers | Tolmere Buses', 'ratified', null],
      ['1.2', 'Drivers | Tolmere Buses', 'approved', '1.1'],
    ]);
  });
});

describe('the main clause under the deal, past what is set off', () => {
  it('"Under the lease, X, who runs …, will pay …" and "Under the lease the rowers will …" (no comma): still to come, signed', () => {
    expect(rows(`${lease}Under the lease, Ottilie Varne, who runs the club's café, will pay £900 a year for the kitchen.`)).toEqual([
      ['1.1', 'Vexworth Council | Harbour Rowing Club', 'signed', null],
      ['1.2', 'Vexworth Council | Harbour Rowing Club', 'signed', '1.1'],
    ]);
    expect(rows(`${lease}Under the lease the rowers will repaint the boathouse every five years.`)).toEqual([
      ['1.1', 'Vexworth Council | Harbour Rowing Club', 'signed', null],
      ['1.2', 'Vexworth Council | Harbour Rowing Club', 'signed', '1.1'],
    ]);
  });
});
