import { describe, expect, it } from 'vitest';
import { agreementRows as rows } from './agreement-rows.js';

/**
 * Session 16 round 1 (a36): a deal's second party after a participle of handing over, offers
 * refused, the terms after "In return," and deals left to lapse, with the close negatives beside
 * them — in sentences of our own writing.
 */
describe('a participle handing something over after the deal names whom it goes to', () => {
  it('"signed a lease handing the garage to the operator X": the lessor and X', () => {
    expect(rows('Marlow Council signed a ten-year lease handing the old bus garage to the operator Pennant Freight.')).toEqual([['1.1', 'Marlow Council | Pennant Freight', 'signed', null]]);
    expect(rows('Ostrey University signed an agreement transferring its observatory to the Halsey Trust.')).toEqual([['1.1', 'Ostrey University | Halsey Trust', 'signed', null]]);
    expect(rows('Dunmore Council signed a lease letting the quay to Harrow Boats.')).toEqual([['1.1', 'Dunmore Council | Harrow Boats', 'signed', null]]);
  });
  it('after a time phrase, and past a noun the tagger reads as a verb', () => {
    expect(rows('Kelby University signed an agreement in June transferring its printing archive to the Marsh Heritage Trust.')).toEqual([['1.1', 'Kelby University | Marsh Heritage Trust', 'signed', null]]);
    expect(rows('Fallow Council has signed a lease handing the tram shed to Sunhill Power.')).toEqual([['1.1', 'Fallow Council | Sunhill Power', 'signed', null]]);
  });
  it('a participle that hands nothing over, or hands it to no one named, adds no party', () => {
    expect(rows('Pell Farms signed a deal moving its herd to Tarn Valley.')).toEqual([['1.1', 'Pell Farms', 'signed', null]]);
    expect(rows('The council signed a contract handing responsibility to its own staff.')).toEqual([['1.1', 'the council', 'signed', null]]);
  });
});

describe('an offer refused in an apposition or a relative clause', () => {
  it('"…, an offer the trustees rejected", "a proposal …, which the trustees turned down": maker and refuser', () => {
    expect(rows('Garnet Homes offered £4m for the chapel, an offer the trustees rejected.')).toEqual([['1.1', 'Garnet Homes | the trustees', 'rejected', null]]);
    expect(rows('Ebury Studios then tabled a proposal for a recording school, which the trustees turned down.')).toEqual([['1.1', 'Ebury Studios | the trustees', 'rejected', null]]);
    expect(rows('Garnet Homes submitted plans for the chapel, a proposal the trustees rejected.')).toEqual([['1.1', 'Garnet Homes | the trustees', 'rejected', null]]);
  });
  it('"The bid, which the board turned down, …" after the bid was made', () => {
    expect(rows('Corbel Media made a bid for the Tarn Gazette.\nThe bid, which the board turned down, valued the paper at £9m.')).toEqual([['1.2', 'Tarn Gazette | Corbel Media', 'rejected', null]]);
  });
});

describe('"In return," / "In exchange," after a deal: its terms', () => {
  it('a description ending a party\'s name, a short name, the pair', () => {
    const deal = 'Ostrey University signed a deal with Kell Robotics in June.';
    expect(rows(`${deal}\nIn return, the university will host a laboratory for the company.`)).toEqual([
      ['1.1', 'Ostrey University | Kell Robotics', 'signed', null],
      ['1.2', 'Ostrey University | Kell Robotics', 'signed', '1.1'],
    ]);
    expect(rows('Brisk Freight agreed a contract with Marlow Council.\nIn exchange, Brisk will run night buses.')).toEqual([
      ['1.1', 'Brisk Freight | Marlow Council', 'reached', null],
      ['1.2', 'Brisk Freight | Marlow Council', 'reached', '1.1'],
    ]);
    expect(rows('Brisk Freight agreed a contract with Marlow Council.\nIn return, the two sides will share the yard.')).toEqual([
      ['1.1', 'Brisk Freight | Marlow Council', 'reached', null],
      ['1.2', 'Brisk Freight | Marlow Council', 'reached', '1.1'],
    ]);
  });
  it('in the next paragraph, with "would", and the noun set before a party\'s name', () => {
    expect(rows('Ostrey University signed a deal with Kell Robotics in June.\n\nIn return, the university would host a laboratory for the company.')).toEqual([
      ['1.1', 'Ostrey University | Kell Robotics', 'signed', null],
      ['2.1', 'Ostrey University | Kell Robotics', 'signed', '1.1'],
    ]);
    expect(rows('Fallow Council has signed a lease handing the tram shed to the energy group Sunhill Power.\nIn return, the group will fit solar panels to four schools.')).toEqual([
      ['1.1', 'Fallow Council | Sunhill Power', 'signed', null],
      ['1.2', 'Fallow Council | Sunhill Power', 'signed', '1.1'],
    ]);
  });
  it('a present tense after the opener, and a party kept as a description', () => {
    const deal = 'The county signed a contract with Bellwood Foods for its park cafés.';
    const signed = ['1.1', 'the county | Bellwood Foods', 'signed', null];
    expect(rows(deal)).toEqual([signed]);
    expect(rows(`${deal}\nIn return for the rights, Bellwood Foods pays the county £200,000 a year.`)).toEqual([signed, ['1.2', 'the county | Bellwood Foods', 'in force', '1.1']]);
    expect(rows(`${deal}\nIn exchange, Bellwood Foods gets exclusive use of the kiosks.`)).toEqual([signed, ['1.2', 'the county | Bellwood Foods', 'in force', '1.1']]);
    expect(rows(`${deal}\nIn return, the county will receive £200,000 a year.`)).toEqual([signed, ['1.2', 'the county | Bellwood Foods', 'signed', '1.1']]);
    // A verb of speaking reports; a present tense without the opener is no term.
    expect(rows(`${deal}\nIn return, Bellwood Foods says it will hire local staff.`)).toEqual([signed]);
    expect(rows(`${deal}\nBellwood Foods pays the county £200,000 a year.`)).toEqual([signed]);
  });
  it('no deal before, a negation, or "would" without the opener: no term', () => {
    expect(rows('Brisk Freight held talks with Marlow Council.\nIn return, Brisk will run night buses.')).toEqual([]);
    expect(rows('Brisk Freight agreed a contract with Marlow Council.\nIn return, Brisk will not run night buses.')).toEqual([['1.1', 'Brisk Freight | Marlow Council', 'reached', null]]);
    expect(rows('Brisk Freight agreed a contract with Marlow Council.\nBrisk would run night buses.')).toEqual([['1.1', 'Brisk Freight | Marlow Council', 'reached', null]]);
  });
});

describe('a deal left to lapse: voided', () => {
  it('"did not renew its contract with X", "declined/decided not to renew", "has not renewed", "never renewed"', () => {
    for (const verb of ['did not renew', "didn't renew", 'has not renewed', 'never renewed', 'declined to renew', 'decided not to renew'])
      expect(rows(`Halden Water ${verb} its contract with Oxley Pumps.`)).toEqual([['1.1', 'Halden Water | Oxley Pumps', 'voided', null]]);
  });
  it('an extension denied, a deal let lapse or allowed to expire', () => {
    for (const verb of ['chose not to extend its contract with Oxley Pumps', 'let its contract with Oxley Pumps lapse in March', 'allowed its contract with Oxley Pumps to expire'])
      expect(rows(`Halden Water ${verb}.`)).toEqual([['1.1', 'Halden Water | Oxley Pumps', 'voided', null]]);
    expect(rows('Quarry Lane FC signed a lease with Dunmore Council in 2015.\nThe lease was not extended when it ran out.')).toEqual([
      ['1.1', 'Quarry Lane FC | Dunmore Council', 'signed', null],
      ['1.2', 'Quarry Lane FC | Dunmore Council', 'voided', '1.1'],
    ]);
  });
  it('"The licence was not renewed when it expired": the deal before, voided', () => {
    expect(rows('Harrow Boats signed a licence with Dunmore Council in 2016.\nThe licence was not renewed when it expired in March.')).toEqual([
      ['1.1', 'Harrow Boats | Dunmore Council', 'signed', null],
      ['1.2', 'Harrow Boats | Dunmore Council', 'voided', '1.1'],
    ]);
  });
  it('a renewal still ahead, hypothetical or conditional, or of a deal with no named partner: none', () => {
    expect(rows('Halden Water will not renew its contract with Oxley Pumps.')).toEqual([]);
    expect(rows('Halden Water may not renew its contract with Oxley Pumps.')).toEqual([]);
    expect(rows('If Halden Water does not renew its contract with Oxley Pumps, the plant will close.')).toEqual([]);
    expect(rows('The council did not renew its contract with the pier’s security firm.')).toEqual([]);
  });
});

describe('talk of a deal is no deal', () => {
  it('talks on extending, discussing renewing, considering or debating a deal', () => {
    for (const s of [
      'Pennant Freight held talks on extending the lease.',
      'Pennant Freight held talks with Marlow Council on extending its lease.',
      'The council discussed renewing the contract with Bellwood Foods.',
      'Garnet Homes is considering a deal with Marlow Council.',
      'Garnet Homes is considering renewing its lease with Marlow Council.',
      'The board debated extending the sponsorship deal with Ridge Cola.',
      'Officials met to discuss extending the ceasefire between Arvand and Tesca.',
      'Brisk Freight is in talks about extending its deal with Marlow Council.',
      'Brisk Freight opened negotiations on renewing its contract with Marlow Council.',
      'Brisk Freight hopes to renew its contract with Marlow Council.',
    ]) expect(rows(s)).toEqual([]);
  });
});
