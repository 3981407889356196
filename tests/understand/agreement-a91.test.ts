import { beforeAll, describe, expect, it } from 'vitest';
import { agreementRows as rows } from './agreement-rows.js';

/**
 * Session 37 (a91): agreement recall and status. Sentences of our own writing; every name invented.
 */
// (The tagger and WordNet load once, on a shared machine slowly.)
beforeAll(() => void rows('Brackenholt Pottery signed a deal with Tansley Kilns.'), 120_000);

describe('the terms of a signed deal keep its status, even when they act on a side', () => {
  it('"The deal gives X the sole right …" after a signing stays signed', () => {
    const body = [
      'Brackenholt Pottery has signed a licensing deal with Tansley Kilns, the two firms said on Tuesday.',
      'The deal gives Brackenholt the sole right to glaze Tansley patterns for seven years.',
    ].join('\n');
    expect(rows(body).map((r) => r.slice(0, 3))).toEqual([
      ['1.1', 'Brackenholt Pottery | Tansley Kilns', 'signed'],
      ['1.2', 'Brackenholt Pottery | Tansley Kilns', 'signed'],
    ]);
  });

  it('"The lease includes a break clause …" after a signing stays signed', () => {
    const body = [
      'Brackenholt Pottery has signed a twenty-year lease on a riverside warehouse owned by Tansley Kilns.',
      'The lease includes a break clause that lets either firm walk away after eight years.',
    ].join('\n');
    expect(rows(body).map((r) => r[2])).toEqual(['signed', 'signed']);
  });

  it('a deal that runs until a year is still at work: in force', () => {
    const body = [
      'Brackenholt Pottery has signed a licensing deal with Tansley Kilns, the two firms said on Tuesday.',
      'The deal runs until 2034 and can be extended.',
    ].join('\n');
    expect(rows(body).map((r) => r[2])).toEqual(['signed', 'in force']);
  });
});

describe('"Under the contract, signed in <date>, …": terms told with the signing set off', () => {
  it('reads the mention signed after the contract was ended', () => {
    const body = [
      'Brackenholt Pottery has terminated its clay supply contract with Tansley Kilns.',
      'Under the contract, signed in 2020, Tansley undertook to deliver forty tonnes of clay every month.',
    ].join('\n');
    expect(rows(body).map((r) => r.slice(0, 3))).toEqual([
      ['1.1', 'Brackenholt Pottery | Tansley Kilns', 'voided'],
      ['1.2', 'Brackenholt Pottery | Tansley Kilns', 'signed'],
    ]);
  });

  it('leaves "Under the contract, …" without the signing as the deal stood', () => {
    const body = [
      'Brackenholt Pottery has terminated its clay supply contract with Tansley Kilns.',
      'Under the contract, Tansley undertook to deliver forty tonnes of clay every month.',
    ].join('\n');
    expect(rows(body).map((r) => r[2])).not.toContain('signed');
  });
});

describe('an approved deal waiting on a formality stays approved', () => {
  it('"The lease still has to be signed by both sides" after the council approved it', () => {
    const body = [
      'Ormsby Town Council has approved a new lease for Brackenholt Pottery on the old tannery yard.',
      'The lease still has to be signed by both sides before the end of April.',
    ].join('\n');
    expect(rows(body).map((r) => [r[0], r[2], r[3]])).toEqual([
      ['1.1', 'approved', null],
      ['1.2', 'approved', '1.1'],
    ]);
  });

  it('a further approval still ahead leaves the deal reached', () => {
    const body = [
      'The boards of Brackenholt Pottery and Tansley Kilns have approved a merger of the two firms.',
      'The merger still needs clearance from the competition regulator.',
    ].join('\n');
    expect(rows(body).map((r) => r[2])).toEqual(['approved', 'reached']);
  });
});
