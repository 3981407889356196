import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createSearchIndex } from '../../src/search/index.js';
import { answerTypeOf, holdsAnswerType, shapeOf } from '../../src/search/shape.js';
import { cite, record } from './record.js';

/**
 * Finer answer types (session 12, q19): how often, how long, money, a measure by its attribute
 * ("how heavy"), a weekday, a count rather than a year, a reason; and the type as evidence for
 * the answer-or-refuse decision. Sentences of our own writing; the question set
 * `tests/fixtures/qa-types` (bench/qa-sets.ts --sets types) is ours too.
 */
const asked = (q: string): Set<string> => new Set(shapeOf(q).sequence.map((w) => w.stem));
const holds = (q: string, texts: readonly string[]): boolean[] => {
  const s = shapeOf(q);
  return texts.map((t) => holdsAnswerType(t, s.answerType as NonNullable<typeof s.answerType>, asked(q), s.units));
};

describe('the kind of answer a question asks for, finer', () => {
  it('reads frequency, money, reason and measures from the question words and WordNet', () => {
    expect(
      [
        'How frequently do the barges sail?', // frequently → frequent → frequency
        'How often is the hall hired?',
        'How long does the climb take?',
        'What price did the trust pay for the mill?', // price: a kind of monetary value
        'How much did the roof cost?', // cost: a verb derived from a price
        'How much did the club spend?', // spend: a verb of possession
        'How much money was raised?',
        'How much land did they buy?', // "much land": a quantity of land
        'How heavy is the anchor?', // heavy: attribute weight
        'How hot was the kiln?', // hot: attribute temperature
        'How important is the mill?', // importance: no measure
        'How costly was the repair?',
        'Why did the mill close?',
        'What was the reason for the delay?', // reason: WordNet's file of motives
        'Roughly how many barges use the canal?',
        'On which day of the week is the hall shut?',
      ].map(answerTypeOf),
    ).toEqual(['frequency', 'frequency', 'number', 'money', 'money', 'money', 'money', 'number', 'number', 'number', null, 'money', 'reason', 'reason', 'number', 'date']);
  });

  it('a measure read from its attribute is written in units; its word weighs as the measure does', () => {
    expect(['How heavy is the anchor?', 'How hot was the kiln?', 'How often is the hall hired?', 'How much did the roof cost?'].map((q) => [shapeOf(q).units, shapeOf(q).asked])).toEqual([
      [['noun.quantity'], ['heavi']],
      [['noun.quantity'], ['hot']],
      [[], ['often']],
      [[], []],
    ]);
  });
});

describe('what holds an answer of the finer kinds', () => {
  it('how often: a time after every/each, a count of times per time, a periodic word', () => {
    expect(
      holds('How often is the hall hired?', [
        'Dance groups book it every eight days.',
        'It is hired twice a month.',
        'The choir meets three times a year.',
        'Buses run daily from the square.',
        'The hall was hired for a wedding in 1998.',
        'The hall was built in eight months.',
      ]),
    ).toEqual([true, true, true, true, false, false]);
  });

  it('a measure in units: a number before its unit, or joined to it ("a two-year refurbishment")', () => {
    expect(holds('How long did the work take?', ['The work followed a two-year closure.', 'The work took nine weeks.', 'The work employed 30 builders.', 'The work began in 2019.'])).toEqual([true, true, false, false]);
    expect(holds('How heavy is the anchor?', ['The anchor weighs 2.5 tonnes.', 'The anchor was cast in 1840 by 12 smiths.'])).toEqual([true, false]);
  });

  it('money: the tagger’s money, a currency sign before a number, a number before a monetary unit', () => {
    expect(
      holds('What price did the trust pay for the mill?', ['The trust bought the mill for one pound.', 'It paid £2 million for the site.', 'It paid 14 million euros.', 'The mill has 24 looms.']),
    ).toEqual([true, true, true, false]);
  });

  it('a weekday names the day asked for; the question’s own "day" in "its first day" does not', () => {
    expect(holds('On which day of the week is the hall shut?', ['The hall is closed on Mondays for cleaning.', 'About 300 people came on its first day.'])).toEqual([true, false]);
  });

  it('how many: a count, not a year', () => {
    expect(holds('How many pupils joined the choir?', ['The choir was founded in 1999.', 'About 40 pupils joined in 2025.'])).toEqual([false, true]);
  });

  it('why: a clause of cause or purpose, not a time', () => {
    expect(
      holds('Why was the mill closed?', [
        'The mill was closed in 2024 due to flood damage.',
        'The mill was closed because the river had silted up.',
        'The mill was closed after a fire gutted its upper floor.',
        'The mill was closed so that the wheel could be rebuilt.',
        'The mill was first closed in 1941, when it served as a depot.',
        'The mill has been closed since 2009.',
        'The mill was closed after heavy rain.',
      ]),
    ).toEqual([true, true, true, true, false, false, false]);
  });
});

describe('the answer type ranks and, just short of an answer, decides', () => {
  const YARD = record('yard', [
    ['The Seldon boatyard has built fishing boats on the Ley estuary since 1911.', 'A new slipway was opened at the yard in 2021.'],
    ['Each of the yard’s cranes weighs 3.2 tonnes.', 'The cranes at the yard were repainted in green last spring.'],
    ['The yard closes on Sundays.', 'More than 400 visitors toured the yard on its first open day.'],
  ]);
  const yard = createSearchIndex(YARD);

  it('ranks the sentence holding the kind asked for first', () => {
    expect(cites(yard.search('How heavy are the cranes at the yard?').hits)[0]).toBe('yard ¶2.1');
    expect(cites(yard.search('On which day of the week is the yard shut?').hits)[0]).toBe('yard ¶3.1');
  });

  const BRIDGE = record('bridge', [
    ['A lorry struck the Penmor footbridge over the Tarn road on Monday night.', 'Engineers have closed the footbridge and say repairs will take at least six weeks.'],
    ['Pupils at Tarn Academy used the bridge to reach the playing fields.', 'A temporary crossing with lights has been set up at the junction.'],
    ['The council said the lorry driver had ignored a height warning sign.', 'The footbridge was built in 1974 and was last painted in 2019.'],
  ]);

  it('a candidate short of answering that holds the kind asked for answers, within `typeOdds` of the decision', () => {
    const q = 'How long will the footbridge work disrupt pupils?';
    const off = createSearchIndex(BRIDGE, { ranking: { typeOdds: 0, typeLoneOdds: 0 } }).search(q);
    expect([off.hits.length, cites(off.suggestions)[0]]).toEqual([0, 'bridge ¶1.2']);
    expect(cites(createSearchIndex(BRIDGE, { ranking: { typeOdds: 5, typeLoneOdds: 5 } }).search(q).hits)).toEqual(['bridge ¶1.2']);
    // A question on a topic the record does not hold stays refused.
    expect(createSearchIndex(BRIDGE).search('How long does the ferry to Orkney take?').hits).toEqual([]);
  });
});

const cites = (hits: readonly { sentence: Parameters<typeof cite>[0] }[]): string[] => hits.map((h) => cite(h.sentence));

describe('the question set of these kinds is ours', () => {
  it('every gold answer stands in its paragraph (tests/fixtures/qa-types)', () => {
    const file = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'qa-types', 'squad2_dev40.json');
    const data = JSON.parse(readFileSync(file, 'utf8')) as { data: { paragraphs: { context: string; qas: { is_impossible: boolean; answers: { text: string; answer_start: number }[] }[] }[] }[] };
    const rows = data.data.flatMap((a) => a.paragraphs.flatMap((p) => p.qas.map((q) => q.is_impossible || q.answers.every((g) => p.context.slice(g.answer_start, g.answer_start + g.text.length) === g.text))));
    expect([rows.length, rows.every(Boolean)]).toEqual([26, true]);
  });
});
