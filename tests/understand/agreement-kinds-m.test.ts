import { describe, expect, it } from 'vitest';
import { extractAgreements } from '../../src/understand/agreements.js';
import { extractStatements } from '../../src/understand/statements.js';
import { docOf } from './statements-fixture.js';

/**
 * Session 9 (issue 11, a12): kinds of miss of the own set written before reading the extractor
 * (agreement-own-a12.fixture.ts), in sentences of our own writing. Rows: key, parties, status,
 * the sentence a later mention refers to.
 */
function rows(body: string, headline: string | null = null): (string | null)[][] {
  const doc = docOf(body, headline);
  const out: (string | null)[][] = [];
  for (const [k, list] of extractAgreements(doc, extractStatements(doc)))
    for (const a of list) out.push([k, a.parties.join(' | '), a.status, a.refersTo ? `${a.refersTo.paragraph}.${a.refersTo.sentence}` : null]);
  return out;
}

describe('a later mention links to the agreement of its own kind or topic, not merely the most recent', () => {
  it('"Under the settlement", after a lease of others: the settlement; "a proposed deal over the library": the one about the library', () => {
    expect(
      rows(
        [
          'Elmford council and the builder Karsh Homes signed a settlement over the flooded library on Monday.',
          '',
          'The Elmford Otters and Dace Leisure signed a ten-year lease on the riverside rink in 2017.',
          '',
          'Under the settlement, Karsh Homes will rebuild the library basement.',
          'A proposed deal over the library collapsed in 2022.',
        ].join('\n'),
      ),
    ).toEqual([
      ['1.1', 'Elmford council | Karsh Homes', 'signed', null],
      ['2.1', 'the Elmford Otters | Dace Leisure', 'signed', null],
      ['3.1', 'Elmford council | Karsh Homes', 'in force', '1.1'],
      ['3.2', 'Elmford council | Karsh Homes', 'collapsed', '1.1'],
    ]);
  });

  it('with no noun or topic to go by, the deal reported just before', () => {
    expect(
      rows(
        [
          'Elmford council and the builder Karsh Homes signed a settlement over the flooded library on Monday.',
          'The Elmford Otters and Dace Leisure signed a ten-year lease on the riverside rink in 2017.',
          'The terms of the deal give the Otters the rink until 2027.',
        ].join('\n'),
      ),
    ).toEqual([
      ['1.1', 'Elmford council | Karsh Homes', 'signed', null],
      ['1.2', 'the Elmford Otters | Dace Leisure', 'signed', null],
      ['1.3', 'the Elmford Otters | Dace Leisure', 'signed', '1.2'],
    ]);
  });
});
