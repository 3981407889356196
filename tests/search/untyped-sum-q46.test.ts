import { describe, expect, it } from 'vitest';
import { createSearchIndex } from '../../src/search/index.js';
import { DECISION, RANKING, UNTYPED_ODDS, UNTYPED_SUM_ODDS } from '../../src/search/options.js';
import { cite, record } from './record.js';

/**
 * A question asking for a sum of money or a time of day (session 24, q46): a candidate holding no
 * sum (no clock reading) loses `UNTYPED_SUM_ODDS` of its log-odds, not `UNTYPED_ODDS` — a record
 * that does not price a thing still names it, in sentences holding every other word of the
 * question. A story of our own writing (names invented).
 */
const RAIL = record('rail', [
  ['The Fenwold steam railway runs heritage trains between Cauldmere and Gullcombe.', 'Its restored carriages date from the 1920s.'],
  ['A return ticket on the railway costs £14 for adults.', 'Children under five travel free.'],
  ['The first train leaves Cauldmere station every Saturday morning.', 'A small museum of railway signs opens beside the Gullcombe platform at weekends.'],
]);
// The words-only model's bar moved so the museum's sentence lies between the two losses above it.
const decision = { ...DECISION, intercept: DECISION.intercept - 5 };
const hits = (index: ReturnType<typeof createSearchIndex>, q: string): string[] => index.search(q).hits.map((h) => cite(h.sentence));

describe('a question asking for a sum with no sum in the record', () => {
  const index = createSearchIndex(RAIL, { decision });
  const asBefore = createSearchIndex(RAIL, { decision, ranking: { ...RANKING, untypedSum: 0 } });

  it('loses more than another typed question does', () => {
    expect([UNTYPED_ODDS, UNTYPED_SUM_ODDS]).toEqual([1.5, 3]);
  });

  it('is refused where the sentence naming the thing gives no price, as it was answered before', () => {
    const q = 'How much is entry to the museum of railway signs?';
    expect(hits(asBefore, q)).toEqual(['rail ¶3.2']);
    expect(hits(index, q)).toEqual([]);
    expect(index.search(q).suggestions.map((h) => cite(h.sentence))[0]).toBe('rail ¶3.2');
  });

  it('is answered by the sentence that writes the sum', () => {
    expect(hits(index, 'How much does a return ticket on the railway cost?')).toEqual(['rail ¶2.1']);
  });
});
