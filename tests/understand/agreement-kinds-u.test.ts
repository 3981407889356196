import { describe, expect, it } from 'vitest';
import { agreementRows as rows } from './agreement-rows.js';

/**
 * Session 12 round 1 (a20): agreement PARTIES and status, each kind in sentences of our own writing
 * (rows: key, parties, status, the sentence a later mention refers to).
 */
describe('agreement parties: bodies, officers, owners, names and steps', () => {
  it('"the X County commissioners approved the lease of Y to the building society": the county, and whom the lease goes to', () => {
    expect(
      rows(['Members of Wendover Credit Union voted on Saturday to accept a takeover by the Pelham Building Society.', '', 'The Marsh Hollow County commissioners approved the lease of the former bus depot to the building society on Monday.'].join('\n')),
    ).toEqual([
      ['1.1', 'Wendover Credit Union | Pelham Building Society', 'approved', null],
      ['2.1', 'Marsh Hollow County | Pelham Building Society', 'approved', null],
    ]);
  });

  it('"the Welsh farmers" names no body: a modifier that is no organisation, place or country stays as written', () => {
    expect(rows('The Welsh farmers signed a supply contract with Tarnwick.')).toEqual([['1.1', 'the Welsh farmers | Tarnwick', 'signed', null]]);
  });

  it('"to buy X from its owners, the Y family": the seller set off by a plural of persons; the deal that collapsed keeps them', () => {
    expect(rows(['The hotel group Marivel agreed in March to buy the Glenrathy Lodge from its owners, the Strachan family.', 'That deal collapsed in June when lenders withdrew.'].join('\n'))).toEqual([
      ['1.1', 'Marivel | Glenrathy Lodge | Strachan family', 'reached', null],
      ['1.2', 'Marivel | Glenrathy Lodge | Strachan family', 'collapsed', '1.1'],
    ]);
  });

  it('"the Museum of Science and Industry" is one name; "the Museum of London and Apple" are two', () => {
    expect(rows('The Corran Museum of Science and Industry has agreed to lend its steam locomotive to the Ashby Railway Heritage Trust for five years.')).toEqual([
      ['1.1', 'the Corran Museum of Science and Industry | Ashby Railway Heritage Trust', 'reached', null],
    ]);
    expect(rows('The Museum of London and Apple signed a deal.')).toEqual([['1.1', 'the Museum of London | Apple', 'signed', null]]);
  });

  it('"agreed to the move": whom the sentence before says the party asked to join', () => {
    expect(
      rows(['The Severn Vale Learning Trust runs eleven primary schools in the county.', 'Brockhurst Primary School asked last year to join the trust.', '', "Brockhurst's governors agreed to the move on Thursday."].join('\n')),
    ).toEqual([['2.1', 'Brockhurst Primary School | Severn Vale Learning Trust', 'reached', null]]);
  });

  it('"The licence it granted X … runs until 2030": a relative clause without a pronoun before the verb that says the deal holds', () => {
    expect(
      rows(
        [
          'The outdoor clothing brand Tarnwick has signed a supply contract with the Skellmoor Fell Wool Growers Cooperative, which has 300 members around Skellmoor Dale.',
          "The licence it granted Tarnwick in 2019 to use the cooperative's fell-wool mark runs until 2030.",
        ].join('\n'),
      ),
    ).toEqual([
      ['1.1', 'Tarnwick | the Skellmoor Fell Wool Growers Cooperative', 'signed', null],
      ['1.2', 'Tarnwick | the Skellmoor Fell Wool Growers Cooperative', 'in force', '1.1'],
    ]);
    expect(rows('The contract Harlow signed with Tarnwick in 2019 was terminated last year.')).toEqual([['1.1', 'Harlow | Tarnwick', 'voided', null]]);
  });

  it('"The licence it granted Lumio …": "it" names the giver (the sentence before opens with it), not a deal of another clause', () => {
    expect(
      rows(
        [
          'Harlow Films signed a distribution deal with Vesta Cinemas in March.',
          '',
          'The Ostrava Film Archive owns the rights to 300 silent films.',
          'The licence it granted Lumio in 2021 to stream them was cancelled last week.',
        ].join('\n'),
      ),
    ).toEqual([
      ['1.1', 'Harlow Films | Vesta Cinemas', 'signed', null],
      ['2.2', 'Ostrava Film Archive | Lumio', 'voided', null],
    ]);
  });
});

describe('agreement parties: collectives, joining, approvers', () => {
  it('"The two boards agreed …": the two bodies named before, each in a sentence of its own', () => {
    expect(
      rows(['Ardle Credit Union has 4,000 members in the valley.', 'Its larger neighbour, the Pennock Savings Cooperative, serves the coast.', '', 'The two boards agreed on Tuesday to merge the lenders next spring.'].join('\n')),
    ).toEqual([['2.1', 'Pennock Savings Cooperative | Ardle Credit Union', 'reached', null]]);
  });

  it('"X joined the partnership with Y": joining an agreement makes its subject a party', () => {
    expect(rows('Harlow Council joined a partnership with the Kelling Leisure Trust in 2020.')).toEqual([['1.1', 'Harlow Council | Kelling Leisure Trust', 'reached', null]]);
    expect(rows('Norland joined the treaty in 1998.')).toEqual([['1.1', 'Norland', 'reached', null]]);
  });

  it('"X and Y said the Charity Commission had approved their merger": the owners, not the approver', () => {
    expect(rows('Ardle Hospice Trust and Kelso Care said on Monday that the Charity Commission had approved their merger.')).toEqual([
      ['1.1', 'Ardle Hospice Trust | Kelso Care', 'approved', null],
    ]);
  });

  it('"The deal with the cooperative, whose members …, was signed": a clause on the party before the verb', () => {
    expect(
      rows(['Tarnwick has agreed a five-year supply deal with the Skellmoor Fell Wool Growers Cooperative.', '', 'The deal with the cooperative, whose members farm around Skellmoor Dale, was signed in Kendal on Monday.'].join('\n')),
    ).toEqual([
      ['1.1', 'Tarnwick | Skellmoor Fell Wool Growers Cooperative', 'reached', null],
      ['2.1', 'Tarnwick | Skellmoor Fell Wool Growers Cooperative', 'signed', '1.1'],
    ]);
  });

  it('second round: "from its founders, the X brothers" (a plural of persons the tagger may read as a verb), "the Arts and Crafts Guild", "The licence it gave X"', () => {
    expect(rows('Kettleby Brewery has bought the Old Lamp pub chain from its founders, the Ainsworth brothers.')).toEqual([
      ['1.1', 'Kettleby Brewery | Ainsworth brothers', 'reached', null],
    ]);
    expect(rows('The Harrowgate Parish councillors voted on Tuesday night to sell the village hall to the Harrowgate Arts and Crafts Guild for £1.')).toEqual([
      ['1.1', 'Harrowgate Parish | Harrowgate Arts and Crafts Guild', 'reached', null],
    ]);
    expect(
      rows(['The Tyneford Museum of Industry and Labour holds 20,000 photographs of the shipyards.', 'The licence it gave Halden Press in 2020 to publish them was revoked on Wednesday.'].join('\n')),
    ).toEqual([['1.2', 'Tyneford Museum of Industry and Labour | Halden Press', 'voided', null]]);
  });
});
