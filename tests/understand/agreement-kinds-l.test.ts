import { describe, expect, it } from 'vitest';
import { statusRows as rows } from './agreement-rows.js';

/**
 * Session 8, round 3 (issue 11, a11c): kinds of recall misses, in sentences of our own writing.
 * Rows: key, parties, status.
 */
describe('a partnership dissolved is voided (WordNet dissolve.v.03, an anchor\'s own later sense)', () => {
  it('"That partnership was dissolved in 2023" voids the partnership named before', () => {
    expect(rows('Branner Steel and Oakfield Energy formed a partnership in 2019. That partnership was dissolved in 2023.')).toEqual([
      ['1.1', 'Branner Steel | Oakfield Energy', 'reached'],
      ['1.1', 'Branner Steel | Oakfield Energy', 'voided'],
    ]);
  });
});

describe('a verb of giving a deal to a taker reaches it ("granted a lease to X")', () => {
  it('granted, gave: the giver and the taker, a name or a description', () => {
    expect(rows('The harbour commission granted a 25-year lease to Tolland Ports.')).toEqual([['1.1', 'the harbour commission | Tolland Ports', 'reached']]);
    expect(rows('The ministry gave a building contract to Arno Civil.')).toEqual([['1.1', 'the ministry | Arno Civil', 'reached']]);
    expect(rows('The harbour commission granted a 25-year lease to the venture.')).toEqual([['1.1', 'the harbour commission | the venture', 'reached']]);
    // No deal given: an injunction is no agreement.
    expect(rows('The court granted an injunction to the union.')).toEqual([]);
    // Given in the passive, with no taker after "to": loans received are no deal made.
    expect(rows('Last month, Harlow Motors and Brill Cars were given loans worth $4 billion from the government after they warned of bankruptcy.')).toEqual([]);
  });
});

describe('a legal battle settled is a dispute settled', () => {
  it('"have settled their legal battle": both sides, reached', () => {
    expect(rows('The city and the builder have settled their legal battle, with the builder agreeing to pay $4m.')).toEqual([['1.1', 'the city | the builder', 'reached']]);
    expect(rows('Dunmere council and Harl Construction have settled their court battle over the stadium roof.')).toEqual([['1.1', 'Dunmere council | Harl Construction', 'reached']]);
  });
});

describe('an undertaking signed is an agreement; a big undertaking is not', () => {
  it('"signed an undertaking with X": both, signed', () => {
    expect(rows('Marrow Chemicals signed an undertaking with the Water Regulation Authority to keep the plant open.')).toEqual([
      ['1.1', 'Marrow Chemicals | Water Regulation Authority', 'signed'],
    ]);
    expect(rows('Building the bridge was a huge undertaking for Carro Civil.')).toEqual([]);
    expect(rows('Carro Civil said the undertaking would cost $2m.')).toEqual([]);
  });
});

describe('a relative clause with no commas closes the second party of a subject list', () => {
  it('"X and the contractor that built its roof have settled": X and the contractor', () => {
    expect(rows('Dunmere council and the contractor that built its stadium roof have settled their legal battle.')).toEqual([['1.1', 'Dunmere council | the contractor', 'reached']]);
    expect(rows('Harl Construction and the firm that owns the site signed a lease.')).toEqual([['1.1', 'Harl Construction | the firm', 'signed']]);
  });
});
