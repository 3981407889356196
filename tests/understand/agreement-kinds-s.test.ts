import { describe, expect, it } from 'vitest';
import { agreementRows as rows } from './agreement-rows.js';

/**
 * Session 11 (lead): a generic mention ("the agreement", "the deal") of an agreement found by a
 * verb of another kind ("agreed to merge with"). Sentences of our own writing; rows: key, parties,
 * status, the sentence a later mention refers to.
 */
describe('a generic noun refers to an agreement of any kind when none was called by its own', () => {
  it('"Under the agreement" after one side "has agreed to merge with" the other', () => {
    expect(
      rows(
        [
          'Orrin Dental, which runs 60 surgeries, has agreed to merge with Brightsmile Clinics, the two companies said on Friday.',
          'Under the agreement, Brightsmile shareholders will own 40 percent of the combined group.',
        ].join('\n'),
      ),
    ).toEqual([
      ['1.1', 'Orrin Dental | Brightsmile Clinics', 'reached', null],
      ['1.2', 'Orrin Dental | Brightsmile Clinics', 'reached', '1.1'],
    ]);
  });

  it('a deal of its own noun is still preferred: "That deal collapsed" is the deal, not the concession before', () => {
    expect(
      rows(
        [
          'A court voided the concession under which Velta Water ran the city network.',
          'Carrow and a group led by Pennant Utilities had struck a provisional deal in 2012.',
          'That deal collapsed within months when the group failed to raise the money.',
        ].join('\n'),
      ).slice(1),
    ).toEqual([
      ['1.2', 'Carrow | Pennant Utilities', 'reached', null],
      ['1.3', 'Carrow | Pennant Utilities', 'collapsed', '1.2'],
    ]);
  });
});

describe('"X and Y have agreed" a thing of any name', () => {
  it('several parties agreeing an object make an agreement; one party agreeing a budget, or a time, makes none', () => {
    expect(
      rows(
        [
          'The state of Varnia and the miner Oskel Metals have agreed a new royalty regime for the Hale copper pit.',
          'The accord was ratified by parliament on Tuesday.',
          'Durrow Rail and Pell Haulage have agreed terms for the shared depot.',
          'The county council agreed a budget for next year.',
          'Durrow Rail and Pell Haulage agreed last week.',
        ].join('\n'),
      ),
    ).toEqual([
      ['1.1', 'the state of Varnia | Oskel Metals', 'reached', null],
      ['1.2', 'the state of Varnia | Oskel Metals', 'ratified', '1.1'],
      ['1.3', 'Durrow Rail | Pell Haulage', 'reached', null],
    ]);
  });
});

