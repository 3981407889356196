import { describe, expect, it } from 'vitest';
import { createSearchIndex, type Observation } from '../../src/search/index.js';
import { DECISION, RANKING } from '../../src/search/options.js';
import { cite, record } from './record.js';

/**
 * A question opening by asking when (session 38, q78): a candidate holding no date at all loses
 * `UNTYPED_DATE_ODDS` of its log-odds, so one just over the bar no longer answers "When was … ?"
 * (an off-topic question answered by a sentence sharing its words and dating nothing). A candidate
 * that writes a date loses nothing. A story of our own writing (names invented).
 */
const MILL = record('mill', [
  ['Quarrendell Mill is a water-powered corn mill on the River Tolvey, below the village of Yarnstowe.', 'Its wheel was rebuilt with oak paddles by a team of volunteers.'],
  ['The mill grinds wheat and rye for bakers in the valley.', 'A café was opened in the old granary in 2014.'],
]);
const OFF = { ...RANKING, untypedDate: 0 };
const hits = (index: ReturnType<typeof createSearchIndex>, q: string): string[] => index.search(q).hits.map((h) => cite(h.sentence));

/** The decided log-odds of each candidate of a question, by citation. */
function odds(q: string, ranking = RANKING): Record<string, number> {
  let seen: Observation | null = null;
  const index = createSearchIndex(MILL, { ranking, observe: (o) => (seen = o.question ? o : seen) });
  index.search(q);
  const o = seen as Observation | null;
  const byId = new Map((o?.candidates ?? []).map((c) => [c.id, cite(MILL[c.id] as (typeof MILL)[number])]));
  return Object.fromEntries([...(o?.decided ?? new Map<number, number>())].map(([id, v]) => [byId.get(id) ?? String(id), +v.toFixed(3)]));
}

describe('a date question whose candidate holds no date', () => {

  it('costs the undated sentence its weight, and the dated one nothing', () => {
    const on = odds('When was the wheel rebuilt?');
    const off = odds('When was the wheel rebuilt?', OFF);
    expect(Object.keys(on)).toEqual(Object.keys(off));
    expect(+((off['mill ¶1.2'] as number) - (on['mill ¶1.2'] as number)).toFixed(3)).toBe(1);
    const dated = odds('When was the café opened?');
    expect(dated['mill ¶2.2']).toBe(odds('When was the café opened?', OFF)['mill ¶2.2']);
    // Not a question opening with "when": the rule reads nothing.
    expect(odds('Who rebuilt the wheel?')).toEqual(odds('Who rebuilt the wheel?', OFF));
    expect(odds('Which year was the wheel rebuilt in?')).toEqual(odds('Which year was the wheel rebuilt in?', OFF));
  });

  it('refuses an undated sentence just over the bar, which answered before; a dated one still answers', () => {
    // The words-only model's bar moved so the wheel's sentence lies within the weight above it.
    const near = { ...DECISION, intercept: DECISION.intercept - 10.7 };
    const index = createSearchIndex(MILL, { decision: near });
    const asBefore = createSearchIndex(MILL, { decision: near, ranking: OFF });
    expect(hits(asBefore, 'When was the wheel rebuilt?')).toEqual(['mill ¶1.2']);
    expect(hits(index, 'When was the wheel rebuilt?')).toEqual([]);
    expect(index.search('When was the wheel rebuilt?').suggestions.map((h) => cite(h.sentence))[0]).toBe('mill ¶1.2');
    expect(hits(index, 'When was the café opened?')).toEqual(['mill ¶2.2']);
  });
});
