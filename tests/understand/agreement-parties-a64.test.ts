import { describe, expect, it } from 'vitest';
import { agreementRows as rows } from './agreement-rows.js';
import { tokenize } from '../../src/understand/names.js';

/**
 * Session 25 (a64): agreement parties and status in sentences of our own writing (rows: key,
 * parties, status, the sentence a later mention refers to), with the close negatives beside them.
 */
describe('a subject closed by a relative clause with no commas', () => {
  it('"The company that runs the X tramway has terminated its contract": the phrase before "that" is the side', () => {
    expect(rows('The company that runs the Tarrowmoor tramway has terminated its cleaning contract with Vossick Services.')).toEqual([['1.1', 'the company | Vossick Services', 'voided', null]]);
    expect(rows('The trust which owns the Dunstaple pier has signed a lease with Pipwell Leisure.')).toEqual([['1.1', 'the trust | Pipwell Leisure', 'signed', null]]);
    // The description takes the name a later mention gives it.
    expect(rows('The company that runs the Tarrowmoor tramway has terminated its cleaning contract with Vossick Services.\nTarrowmoor Tramway Ltd signed the six-year contract in 2019.')).toEqual([
      ['1.1', 'Tarrowmoor Tramway Ltd | Vossick Services', 'voided', null],
      ['1.2', 'Tarrowmoor Tramway Ltd | Vossick Services', 'signed', '1.1'],
    ]);
  });
  it('"An angling club whose pond flooded after a road was built on the next field has settled its claim": not the clause\'s last noun', () => {
    expect(rows('An angling club whose pond flooded after a road was built on the next field has settled its claim against Hollick Homes.')).toEqual([['1.1', 'an angling club | Hollick Homes', 'reached', null]]);
  });
  it('a "that" after a verb of saying opens no relative clause', () => {
    expect(rows('The firm said that Maddock Ltd has signed a lease with Pipwell Leisure.')).toEqual([['1.1', 'Maddock Ltd | Pipwell Leisure', 'signed', null]]);
  });
});

describe('a pay deal accepted by a vote is ratified', () => {
  it('"Workers voted to accept a two-year pay deal": ratified; a vote to accept any other deal approves it', () => {
    expect(rows('Drivers at Pipwell Buses have voted to accept a two-year pay deal.')).toEqual([['1.1', 'Drivers | Pipwell Buses', 'ratified', null]]);
    // "wage" and "salary" share WordNet's first sense of "pay".
    expect(rows('Drivers at Pipwell Buses have voted to accept a new wage agreement.')).toEqual([['1.1', 'Drivers | Pipwell Buses', 'ratified', null]]);
    expect(rows('Growers in the Maddock Fruit Cooperative have voted to accept a supply contract with Vossick Foods.')).toEqual([['1.1', 'Growers in the Maddock Fruit Cooperative | Vossick Foods', 'approved', null]]);
    // Accepting with no vote is no ratification.
    expect(rows('Pipwell Buses has accepted a two-year pay deal.')).toEqual([['1.1', 'Pipwell Buses', 'reached', null]]);
  });
});

describe('a transaction only agreed, terminated by its sides, collapses', () => {
  it('"Both companies have now terminated the merger agreement", after "agreed to combine": collapsed; a contract signed and terminated is voided', () => {
    expect(rows('Corve Ferries and Pipwell Launches agreed in March to combine their fleets.\nBoth companies have now terminated the merger agreement.')).toEqual([
      ['1.1', 'Corve Ferries | Pipwell Launches', 'reached', null],
      ['1.2', 'Corve Ferries | Pipwell Launches', 'collapsed', '1.1'],
    ]);
    expect(rows('Corve Ferries signed a cleaning contract with Vossick Services in 2019.\nCorve Ferries has now terminated the contract.')).toEqual([
      ['1.1', 'Corve Ferries | Vossick Services', 'signed', null],
      ['1.2', 'Corve Ferries | Vossick Services', 'voided', '1.1'],
    ]);
  });
});

describe('a scraped date glued to the first name of the text', () => {
  it('"… 9 May 2024Maddock\'s Hardware on Brakefold Street has ended its franchise agreement": the year is no part of the name', () => {
    const glued = "By Quillby Orrel | Published 14:32, 9 May 2024Maddock's Hardware on Brakefold Street in Pipwell has ended its franchise agreement with the Vossick chain after 17 years.";
    expect(rows(glued)).toEqual([['1.1', "Maddock's Hardware | Vossick chain", 'voided', null]]);
    expect(tokenize('May 2024Maddock').map((t) => t.text)).toEqual(['May', '2024', 'Maddock']);
    // A number run into a capital that no lower-case letter follows ("3M", "4G") stays one token.
    expect(tokenize('a 5G mast and 2024GT').map((t) => t.text)).toEqual(['a', '5G', 'mast', 'and', '2024GT']);
  });
});

describe('a role set off after a name, holding two nouns joined by "and"', () => {
  it('"Brakefold Saddlery, maker of saddles and bridles since 1903, today signed …": the name is the side', () => {
    expect(rows('Brakefold Saddlery, maker of hand-stitched saddles and bridles since 1903, today signed a memorandum of understanding with Orrel College.')).toEqual([['1.1', 'Brakefold Saddlery | Orrel College', 'signed', null]]);
  });
});
