import { describe, expect, it } from 'vitest';
import { extractAgreements } from '../../src/understand/agreements.js';
import { extractStatements } from '../../src/understand/statements.js';
import { docOf } from './statements-fixture.js';

/**
 * Session 8, round 3 (issue 11, a11c): kinds of recall misses, in sentences of our own writing.
 * Rows: key, parties, status.
 */
function rows(body: string): string[][] {
  const doc = docOf(body);
  const out: string[][] = [];
  for (const [k, list] of extractAgreements(doc, extractStatements(doc))) for (const a of list) out.push([k, a.parties.join(' | '), a.status]);
  return out;
}

describe('a partnership dissolved is voided (WordNet dissolve.v.03, an anchor\'s own later sense)', () => {
  it('"That partnership was dissolved in 2023" voids the partnership named before', () => {
    expect(rows('Branner Steel and Oakfield Energy formed a partnership in 2019. That partnership was dissolved in 2023.')).toEqual([
      ['1.1', 'Branner Steel | Oakfield Energy', 'reached'],
      ['1.1', 'Branner Steel | Oakfield Energy', 'voided'],
    ]);
  });
});
