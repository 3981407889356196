import { describe, expect, it } from 'vitest';
import { holdsAnswerType, shapeOf } from '../../src/search/shape.js';

/**
 * A measure's value in the units of what is measured (session 37, q75): where the measure of a
 * "how ADJ" question is one of WordNet's fundamental quantities, a value in units of another
 * fundamental quantity's class answers nothing ("How hot …?" by "eight tonnes", "How long …?" by
 * "eight tonnes"), and where WordNet names a unit class after it ("temperature_unit") the value is
 * written in that class ("degrees", in its temperature sense). A measure's adjective after a
 * preposition qualifies the noun there, not the value ("three days of heavy snow" is no weight).
 * Sentences of our own.
 */
const asked = (q: string): Set<string> => new Set(shapeOf(q).sequence.map((w) => w.stem));
const holds = (q: string, texts: readonly string[]): boolean[] => {
  const s = shapeOf(q);
  return texts.map((t) => holdsAnswerType(t, s.answerType as NonNullable<typeof s.answerType>, asked(q), s.units, s.measure));
};
const TEXTS = [
  'The smokehouse burns about eight tonnes of oak chips every winter.',
  'Inside the smokehouse the air reaches 85 degrees by midday.',
  'The gate was closed after three days of heavy snow.',
  'The smokehouse chimney is nine metres tall.',
  'Each batch of fish hangs for 16 hours.',
];

describe('a measure in its own units (q75)', () => {
  it('answers "how hot" by a temperature only, in degrees', () => {
    expect(holds('How hot does the smokehouse get?', TEXTS)).toEqual([false, true, false, false, false]);
    expect(holds('How warm is the water in the pool?', ['The pool is kept at 28 degrees all year.', 'The pool holds 600 tonnes of water.'])).toEqual([true, false]);
  });

  it('answers "how long" by a length or a time, not a weight, and reads "of heavy snow" as no other measure', () => {
    expect(holds('How long did the gate stay closed?', TEXTS)).toEqual([false, false, true, true, true]);
  });

  it('leaves a measure that is no fundamental quantity as it was ("how heavy": tonnes are mass units)', () => {
    expect(holds('How heavy is the smokehouse door?', ['The door weighs about eight tonnes.', 'Inside the smokehouse the air reaches 85 degrees by midday.'])).toEqual([true, false]);
  });
});
