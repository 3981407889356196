import { describe, expect, it } from 'vitest';
import { agreementRows as rows } from './agreement-rows.js';

/**
 * Session 12 round 2 (a22): agreement PARTIES and status, each kind in sentences of our own writing
 * (rows: key, parties, status, the sentence a later mention refers to).
 */
describe('agreement parties: couples, deals naming their own sides, boards, datelines, groups', () => {
  it('"its owners, Colin and Edith Marsh,": a couple set off as people is one party; a firm or an unset pair stays two', () => {
    expect(rows('The Fellside Inn has been bought by the Tarn Ale Company after its owners, Colin and Edith Marsh, agreed to sell it.')).toEqual([
      ['1.1', 'Colin and Edith Marsh', 'reached', null],
      ['1.1', 'the Fellside Inn | Tarn Ale Company', 'reached', null],
    ]);
    expect(rows('Its shareholders, Brackley and Ostrander Freight, agreed to sell it.')).toEqual([['1.1', 'Brackley | Ostrander Freight', 'reached', null]]);
    expect(rows('Colin and Edith Marsh signed a deal.')).toEqual([['1.1', 'Colin | Edith Marsh', 'signed', null]]);
  });

  it('"A second merger, between A and B, fell through": the sides it names, not the merger before; "The merger" still refers back', () => {
    expect(rows(['The Ashby Players and the Corran Theatre Club have agreed to merge.', 'A second merger, between the Wyke Singers and the Holm Chorus, fell through in May.'].join('\n'))).toEqual([
      ['1.1', 'the Ashby Players | the Corran Theatre Club', 'reached', null],
      ['1.2', 'the Wyke Singers | the Holm Chorus', 'collapsed', null],
    ]);
    expect(rows(['The Wyke Singers and the Holm Chorus have agreed to merge.', 'The merger fell through in May.'].join('\n'))).toEqual([
      ['1.1', 'the Wyke Singers | the Holm Chorus', 'reached', null],
      ['1.2', 'the Wyke Singers | the Holm Chorus', 'collapsed', '1.1'],
    ]);
  });

  it('"the board turned the offer down": the board stands for the organisation named before', () => {
    expect(
      rows(['The Marl Valley Schools Trust runs four schools in the valley.', "Denholm Estates offered to buy the trust's playing fields in March, but the board turned the offer down."].join('\n')),
    ).toEqual([['1.2', 'Marl Valley Schools Trust | Denholm Estates', 'rejected', null]]);
  });

  it('"the hospital\'s League of Friends has agreed": the body named as another\'s, and that other (the trust whose name holds "Hospital")', () => {
    expect(rows(['The Holby District Hospital Trust runs the cottage hospital at Ashby.', "The hospital's League of Friends has agreed to pay for a new minibus."].join('\n'))).toEqual([
      ['1.2', 'League of Friends | Holby District Hospital Trust', 'reached', null],
    ]);
  });

  it('"Hollin signed the hosting agreement": a definite agreement with one side is with the organisation the sentence before opens with', () => {
    expect(rows(['The Kelda Cycling Union will stage its national races at Hollin in 2028.', 'Hollin signed the hosting agreement last year.'].join('\n'))).toEqual([
      ['1.2', 'Hollin | Kelda Cycling Union', 'signed', null],
    ]);
    expect(rows('Hollin signed the hosting agreement last year.')).toEqual([['1.1', 'Hollin', 'signed', null]]);
  });

  it('"X today announced a definitive agreement to acquire Y": a word of time (WordNet adverb) between subject and verb', () => {
    expect(rows('Tarrow Health today announced a definitive agreement to acquire Pell Diagnostics.')).toEqual([['1.1', 'Tarrow Health | Pell Diagnostics', 'reached', null]]);
    expect(rows('ASHBY, May 2 -- Tarrow Health yesterday signed an agreement to acquire Pell Diagnostics.')).toEqual([['1.1', 'Tarrow Health | Pell Diagnostics', 'signed', null]]);
  });

  it('"A consortium of A and B has agreed to buy X from the county council": the members, what is bought and the seller', () => {
    expect(rows('A consortium of Ardent Energy and the Coln Valley Pension Fund has agreed to buy the Fenwick Wind Farm from the county council.')).toEqual([
      // (Session 37, a90: what is bought from a named seller is no side; the wind farm was one before.)
      ['1.1', 'Ardent Energy | the Coln Valley Pension Fund | the county council', 'reached', null],
    ]);
    expect(rows('Ardent Energy bought 20 turbines from the manufacturer.')).toEqual([]);
  });

  it('"An agreement under which A supplied B was terminated by B": the parties of the clause, and what the main verb says became of it', () => {
    expect(rows('A 2018 agreement under which the firm Cleanway supplied porters to Harwell Hospital was terminated by the hospital in June.')).toEqual([
      ['1.1', 'Cleanway | Harwell Hospital', 'voided', null],
    ]);
  });
});
