import { beforeAll, describe, expect, it } from 'vitest';
import { agreementRows as rows } from './agreement-rows.js';

/**
 * Session 37 (a91): agreement recall and status. Sentences of our own writing; every name invented.
 */
// (The tagger and WordNet load once, on a shared machine slowly.)
beforeAll(() => void rows('Wimbrace Pottery signed a deal with Dunstavel Kilns.'), 120_000);

describe('the terms of a signed deal keep its status, even when they act on a side', () => {
  it('"The deal gives X the sole right …" after a signing stays signed', () => {
    const body = [
      'Wimbrace Pottery signed a glaze licensing deal with Dunstavel Kilns on Tuesday.',
      'The deal gives Wimbrace the sole right to glaze Dunstavel patterns for seven years.',
    ].join('\n');
    expect(rows(body).map((r) => r.slice(0, 3))).toEqual([
      ['1.1', 'Wimbrace Pottery | Dunstavel Kilns', 'signed'],
      ['1.2', 'Wimbrace Pottery | Dunstavel Kilns', 'signed'],
    ]);
  });

  it('"The lease contains an exit clause …" after a signing stays signed', () => {
    const body = [
      'Wimbrace Pottery has signed a twenty-year lease on a riverside warehouse owned by Dunstavel Kilns.',
      'The lease contains an exit clause that lets either firm walk away after eight years.',
    ].join('\n');
    expect(rows(body).map((r) => r[2])).toEqual(['signed', 'signed']);
  });

  it('a deal that runs until a year is still at work: in force', () => {
    const body = [
      'Wimbrace Pottery signed a glaze licensing deal with Dunstavel Kilns on Tuesday.',
      'The deal runs until 2034 and can be extended.',
    ].join('\n');
    expect(rows(body).map((r) => r[2])).toEqual(['signed', 'in force']);
  });
});

describe('"Under the contract, signed in <date>, …": terms told with the signing set off', () => {
  it('reads the mention signed after the contract was ended', () => {
    const body = [
      'Wimbrace Pottery has terminated its clay supply contract with Dunstavel Kilns.',
      'Under the contract, signed in 2020, Dunstavel undertook to deliver forty tonnes of clay every month.',
    ].join('\n');
    expect(rows(body).map((r) => r.slice(0, 3))).toEqual([
      ['1.1', 'Wimbrace Pottery | Dunstavel Kilns', 'voided'],
      ['1.2', 'Wimbrace Pottery | Dunstavel Kilns', 'signed'],
    ]);
  });

  it('leaves "Under the contract, …" without the signing as the deal stood', () => {
    const body = [
      'Wimbrace Pottery has terminated its clay supply contract with Dunstavel Kilns.',
      'Under the contract, Dunstavel undertook to deliver forty tonnes of clay every month.',
    ].join('\n');
    // (Not signed: no signing is written. The terms clause still reads as the older sets' "in force";
    // the newer sets would give it the deal's own status, voided — left as it stands in session 37.)
    expect(rows(body).map((r) => r[2])).toEqual(['voided', 'in force']);
  });
});

describe('an approved deal waiting on a formality stays approved', () => {
  it('"The lease, however, still has to be signed" after the council approved it', () => {
    const body = [
      'Ormsby Town Council has approved a new lease for Wimbrace Pottery on the old tannery yard.',
      'The lease, however, still has to be signed, probably in April.',
    ].join('\n');
    expect(rows(body).map((r) => [r[0], r[2], r[3]])).toEqual([
      ['1.1', 'approved', null],
      ['1.2', 'approved', '1.1'],
    ]);
  });

  it('a further approval still ahead leaves the deal reached', () => {
    const body = [
      'Wimbrace Pottery and Dunstavel Kilns said their boards had approved the merger of the potteries.',
      'The merger also needs clearance from a regulator, which will rule in June.',
    ].join('\n');
    expect(rows(body).map((r) => r[2])).toEqual(['approved', 'reached']);
  });
});
