import { describe, expect, it } from 'vitest';
import { createSearchIndex, type Observation } from '../../src/search/index.js';
import { DECISION, RANKING } from '../../src/search/options.js';
import { asAsked, holdsAnswerType, shapeOf } from '../../src/search/shape.js';
import { cite, record } from './record.js';

/**
 * Answerable questions the decision refused (session 23, q43), on a story of our own writing
 * (names invented): "By how much did X grow" asks the size of a change, which the record writes
 * after "by" (or as a measure in its unit).
 */
const KILN = record('kiln', [
  ['Harrowgate Pottery is a small workshop in the village of Fennick.', 'It was set up in 1978 by the potter Agnes Weld.'],
  ['The kiln burns beech logs and is fired four times a year.', 'Each firing lasts three days and needs two people to stoke it through the night.'],
  ['Sales of its mugs rose by 30 per cent last year, mostly through its own website.', 'By 2020 the workshop had taken on two apprentices.'],
  ['The smokehouse next door cures herring over oak chips.', 'Its kippers are sold at the Saturday market.'],
]);
const none = new Set<string>();

describe('the size of a change', () => {
  it('reads "By how much" as a change, and keeps the preposition (no hedge)', () => {
    expect(shapeOf('By how much did sales of mugs grow?').answerType).toBe('change');
    expect(asAsked('By how much did sales of mugs grow?')).toBe('By how much did sales of mugs grow?');
    expect(asAsked('Roughly how large is the workshop?')).toBe('how large is the workshop?');
    expect(shapeOf('How much did sales of mugs grow?').answerType).toBe('number');
  });

  it('finds the amount after "by": a share, a number, a fraction; not a year or a doer', () => {
    expect(
      [
        'Sales of its mugs rose by 30 per cent last year.',
        'The new kiln cut the fuel bill by almost half.',
        'Rents went up by about a third in two years.',
        'Fares were raised by 40 pence in April.',
        'The two walls ended up 11 centimetres out of line.',
        'By 2020 the workshop had taken on two apprentices.',
        'It was set up in 1978 by the potter Agnes Weld.',
        'The kiln is fired four times a year.',
      ].map((t) => holdsAnswerType(t, 'change', none)),
    ).toEqual([true, true, true, true, true, false, false, false]);
  });

  it('answers with the sentence giving the change when nothing else answers, as a sum or a measure does', () => {
    const q = 'By how much did sales of mugs grow?';
    let last: Observation | null = null;
    createSearchIndex(KILN, { observe: (o) => (last = o) }).search(q);
    const gold = (last as Observation | null)?.candidates.find((c) => cite(KILN[c.id] ?? KILN[0]!) === 'kiln ¶3.1');
    expect(gold?.answerType).toBe(true);
    // The bar moved so that the sentence lies half a point of log-odds below it.
    let odds = DECISION.intercept;
    for (const [k, v] of Object.entries(gold?.features ?? {})) odds += DECISION[k as keyof typeof DECISION] * v;
    const decision = { ...DECISION, intercept: DECISION.intercept - odds - 0.5 };
    const on = createSearchIndex(KILN, { decision });
    const off = createSearchIndex(KILN, { decision, ranking: { ...RANKING, typeOdds: 0 } });
    expect(off.search(q).hits.map((h) => cite(h.sentence))).toEqual([]);
    expect(on.search(q).hits.map((h) => cite(h.sentence))).toEqual(['kiln ¶3.1']);
  });
});
