import { describe, expect, it } from 'vitest';
import { statusRows as rows } from './agreement-rows.js';

/**
 * Session 8, round 2 (issue 11, a11b): kinds of party and status misses, in sentences of our own
 * writing. Rows: key, parties, status.
 */
describe('a name that modifies a common noun before the deal noun names its topic, not a party', () => {
  it('"ratified the Grey Bank fishing treaty with Oslund": the subject and Oslund', () => {
    expect(rows('Tarvia ratified the Grey Bank fishing treaty with Oslund on Friday.')).toEqual([['1.1', 'Tarvia | Oslund', 'ratified']]);
    expect(rows('The parliament of Tarvia ratified the Grey Bank fishing treaty with Oslund on Friday.')).toEqual([['1.1', 'the parliament of Tarvia | Oslund', 'ratified']]);
  });
});

describe('"it" with no speaker to answer for it is the name the sentence before opens with', () => {
  it('"Hollin Foods is expanding … It has already signed a supply contract with Norrow Rail"', () => {
    expect(rows('Hollin Foods is expanding into the northern market.\n\nIt has already signed a supply contract with Norrow Rail.')).toEqual([
      ['2.1', 'Hollin Foods | Norrow Rail', 'signed'],
    ]);
  });
});

describe('a party phrase with a trailing phrase of place, and "from X\'s owner, NAME"', () => {
  it('"Members of the Harbour Workers\' Union at the Kestle ferry port have voted to accept a pay deal from the port\'s owner, Kestle Holdings"', () => {
    expect(rows("Members of the Harbour Workers' Union at the Kestle ferry port have voted to accept a pay deal from the port's owner, Kestle Holdings.")).toEqual([
      ['1.1', "Harbour Workers' Union | Kestle Holdings", 'ratified'],
    ]);
  });
});

describe('a description of an organisation stands for the name its sentence opens with', () => {
  it('"The Kelby Kings will play at … after the hockey team signed a deal with the lender Marlow Bank"', () => {
    expect(rows('The Kelby Kings will play at the new arena after the hockey team signed a naming-rights deal with the regional lender Marlow Bank.')).toEqual([
      ['1.1', 'Kelby Kings | Marlow Bank', 'signed'],
    ]);
    // A country the sentence before opens with is no organisation: "the union" stays as written.
    expect(rows('Kenya agreed with Ethiopia on a new water-sharing plan.\n\nThe union reached an agreement with the rail operator on pay.')).toEqual([
      ['1.1', 'Kenya | Ethiopia', 'reached'],
      ['2.1', 'the union | the rail operator', 'reached'],
    ]);
  });
});
