import { describe, expect, it } from 'vitest';
import { createSearchIndex } from '../../src/search/index.js';
import { DECISION, RANKING } from '../../src/search/options.js';
import { answerTypeOf, holdsAnswerType, shapeOf } from '../../src/search/shape.js';
import { cite, record } from './record.js';

/**
 * The question-type reader (session 23, q44): a time of day ("What time …"), a share of a whole
 * ("What share of …", "What percentage …"), money asked by a verb of a price ("What does X
 * cost?", "What does X charge for …") or by a copula ("How much is a day pass?"), a sum of money
 * as a head noun, a weight asked by its verb ("How much does X weigh?") and a measure noun after a
 * modifier ("Above what wind speed …", "What top speed …", which read as a date). Typed, a
 * candidate holding no answer of the kind loses `UNTYPED_ODDS`. Sentences and names of our own.
 */
const asked = (q: string): Set<string> => new Set(shapeOf(q).sequence.map((w) => w.stem));
const holds = (q: string, texts: readonly string[]): boolean[] => {
  const s = shapeOf(q);
  return texts.map((t) => holdsAnswerType(t, s.answerType as NonNullable<typeof s.answerType>, asked(q), s.units, s.measure));
};

describe('the kinds of answer q44 reads', () => {
  it('types money, a time of day, a share and a measure where the reader left them untyped or mistyped', () => {
    expect(
      [
        'What does a winter pass to the lido cost?',
        'What does the forge charge for a gate latch?',
        'What did the parish pay for the organ?',
        'What annual sum does the mill pay the estate?',
        'How much is a family ticket?',
        'What time does the ferry leave on Sundays?',
        'At what hour did the bells ring?',
        'What share of the vote did Orla Penn win?',
        'What percentage of the loaves are sold by noon?',
        'What top speed can the tram reach?',
        'Above what wind speed is the bridge shut?',
        'How much does the anchor weigh?',
      ].map(answerTypeOf),
    ).toEqual(['money', 'money', 'money', 'money', 'money', 'time', 'time', 'proportion', 'proportion', 'number', 'number', 'number']);
  });

  it('leaves alone what asks for no such kind', () => {
    expect(
      [
        'What did the grant pay for?', // a stranded preposition: what was paid for
        'What did the yard pay the riveters to stay on?', // an object after the verb
        'What does the cost cover?', // "cost" the subject, not the verb
        'What time period does the mural show?', // a period
        'What time of year is the fair held?', // a date, through "of"
        'How much is in the tank?', // an amount, not a price
        'How much was the bequest worth?', // a predicate after the thing: a value, as before
        'What part of the roof fell in?', // a component, no share
        'What did the brothers buy?', // a thing bought
        'What is the shortest time the ham is cured for?', // a duration, not a clock's reading
        'What was used as a grain store?', // "what" the subject
      ].map(answerTypeOf),
    ).toEqual([null, null, null, null, 'date', 'number', 'number', null, null, null, null]);
  });

  it('reads a weight and a speed in units, their measure', () => {
    expect(['How much does the anchor weigh?', 'What top speed can the tram reach?'].map((q) => [shapeOf(q).units, shapeOf(q).measure])).toEqual([
      [['noun.quantity'], null],
      [['noun.quantity', 'noun.time'], 'fast'],
    ]);
  });
});

describe('what holds an answer of the new kinds', () => {
  it('a time of day: a clock reading, a meridiem, past or to the hour, noon', () => {
    expect(
      holds('What time does the ferry leave on Sundays?', [
        'The first ferry leaves at 7am.',
        'It sails at 3.19 a.m. in summer.',
        'The last boat goes at half past nine.',
        'The gates close at noon.',
        'The ferry runs on Sundays from May.',
        'The crossing takes 40 minutes.',
      ]),
    ).toEqual([true, true, true, true, false, false]);
  });

  it('a share: per cent, a fraction, a count out of a count; not a bare number', () => {
    expect(
      holds('What share of the vote did Orla Penn win?', [
        'She took 62 per cent of the vote.',
        'About a third of voters backed her.',
        'About half of the ward turned out.',
        'Around half are now under thirty.',
        'The count took about half an hour.',
        'Nearly one in four ballots named her.',
        'Turnout was 41% on the day.',
        'She won 1,204 votes in the ward.',
        'She thanked the voters of Carrow.',
      ]),
    ).toEqual([true, true, true, true, false, true, true, false, false]);
  });

  it('money asked by its verb: a sum, not another number', () => {
    expect(holds('What does a winter pass to the lido cost?', ['A winter pass costs £85.', 'The lido holds 400 swimmers.'])).toEqual([true, false]);
  });
});

/** A story of our own writing (names invented). */
const LIDO = record('lido', [
  ['Marram Lido is an open-air pool on the seafront at Kestle Bay.', 'It was opened in 1934 and restored by a trust in 2019.'],
  ['The pool opens to swimmers on Sundays from May to September.', 'Season passes for the pool sold out within a week of going on sale.'],
  ['A café on the terrace serves swimmers and walkers alike.', 'About half of the trust’s income comes from the café.'],
]);

describe('the decision of the newly typed questions', () => {
  it('refuses a time-of-day question whose near-answering sentence holds no clock reading, and a price question without a sum', () => {
    // The model's bar moved so the sentences lie just above it (the reader sets' unanswerable
    // "What time does the X open on Sundays?" of a sentence saying which days it opens).
    const decision = { ...DECISION, intercept: DECISION.intercept - 6 };
    const index = createSearchIndex(LIDO, { decision });
    const untypedOff = createSearchIndex(LIDO, { decision, ranking: { ...RANKING, untyped: 0, untypedSum: 0 } });
    expect(untypedOff.search('What time does the pool open on Sundays?').hits.map((h) => cite(h.sentence))).toEqual(['lido ¶2.1']);
    expect(untypedOff.search('What does a season pass for the pool cost?').hits.map((h) => cite(h.sentence))).toEqual(['lido ¶2.2']);
    const time = index.search('What time does the pool open on Sundays?');
    expect(time.hits.map((h) => cite(h.sentence))).toEqual([]);
    expect(time.suggestions.map((h) => cite(h.sentence))[0]).toBe('lido ¶2.1');
    expect(index.search('What does a season pass for the pool cost?').hits.map((h) => cite(h.sentence))).toEqual([]);
    // A share question finds the sentence holding a share.
    expect(index.search('What share of the trust’s income comes from the café?').hits.map((h) => cite(h.sentence))[0]).toBe('lido ¶3.2');
  });
});
