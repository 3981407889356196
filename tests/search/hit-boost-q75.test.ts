import { describe, expect, it } from 'vitest';
import { createSearchIndex } from '../../src/search/index.js';
import { RANKING } from '../../src/search/options.js';
import { cite, record } from './record.js';

/**
 * A hit carries what the ranking added for the kind of answer asked (`SearchHit.boost`,
 * `HIT_BOOST`, session 37, q75), so a "when" question's answers re-sorted by their dates
 * (`whenAnswer`) keep it. On a story of our own writing (names invented).
 */
const CHOIR = record('choir', [
  ['The Wendle Singers is a chamber choir in the hill town of Morrow Cross.', 'The choir was founded by two music teachers from the town school in 1978.'],
  ['The choir was founded on a shared love of old carols, its members say.'],
]);
const boosts = (hitBoost: number): [string, number | undefined][] =>
  createSearchIndex(CHOIR, { ranking: { ...RANKING, hitBoost } })
    .search('When was the choir founded?')
    .hits.map((h) => [cite(h.sentence), h.boost]);

describe('a hit with its ranking bonus', () => {
  it('carries the bonus for the date it gives, and none where it gives none', () => {
    expect(boosts(1)).toEqual([
      ['choir ¶1.2', RANKING.typeBonus],
      ['choir ¶2.1', undefined],
    ]);
    expect(boosts(0)).toEqual([
      ['choir ¶1.2', undefined],
      ['choir ¶2.1', undefined],
    ]);
  });
});
