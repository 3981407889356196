import { describe, expect, it } from 'vitest';
import { statementRows } from '../understand/statement-rows.js';

// Issue 15 (p30): the two readers that look back through a document for the longer name a short
// one opens (names.ts `shortFormOf`: "Brannock" → "Brannock Haulage"; `longerNameOf`: "Marrow
// Lane" → "Marrow Lane Cabins") compiled a Unicode pattern with a look-behind for every word or run
// they were asked about — 4 % of an extraction thread's samples on the 100,000-sentence bench
// record, where most names are new. They now read every place through two constant patterns
// (`runAt`); the facts are the same, and these pin what the pattern read.

/** [key, name, mention, kind, resolution] per statement, in reading order. */
const who = (lines: readonly string[]): string[][] => statementRows(lines.join('\n'), ['name', 'mention', 'kind', 'resolution']);

describe('runAt: a short name is the longer one written before it', () => {
  it('a lone word is the body whose name it opens, however far back, and with one to three capitals after it', () => {
    expect(who(['Tennock Freight Lines raised its prices in May.', 'The rise came after a year of losses.', '', 'Tennock said the rise would hold until spring.'])).toEqual([
      ['2.1', 'Tennock Freight Lines', 'Tennock', 'organisation', 'collective@1.1'],
    ]);
    expect(who(['Orlwyn Bakehouse opened a second shop on Friday.', 'Orlwyn says it will hire six bakers.'])).toEqual([
      ['1.2', 'Orlwyn Bakehouse', 'Orlwyn', 'organisation', 'collective@1.1'],
    ]);
  });

  it('a word inside a longer name (a capitalised word and one space before it, or a letter, a hyphen or a point) opens nothing', () => {
    expect(who(['West Tennock Freight raised its prices in May.', 'Tennock said the rise would hold.'])).toEqual([
      ['1.2', 'Tennock', 'Tennock', 'unknown', '-'],
    ]);
    expect(who(['Abel-Tennock Freight raised its prices in May.', 'Tennock said the rise would hold.'])).toEqual([
      ['1.2', 'Tennock', 'Tennock', 'unknown', '-'],
    ]);
  });

  it('a run of names is the longer name the document spoke with, the longest first', () => {
    expect(who(['Brackwater Lane Cabins, the family-run site near Osk, today announced six new cabins.', 'Brackwater Lane says it will hire four staff.'])).toEqual([
      ['1.1', 'Brackwater Lane Cabins', 'Brackwater Lane Cabins', 'person', '-'],
      ['1.2', 'Brackwater Lane Cabins', 'Brackwater Lane', 'organisation', 'collective@1.1'],
    ]);
  });
});
