import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createSearchIndex } from '../../src/search/index.js';
import { doerActs, firstKinds } from '../../src/search/related.js';
import { firstOutcomes, goldStands, type QaArticle } from './qa-fixture.js';
import { cite, record } from './record.js';

/**
 * Session 20, q37: the kinds a reader set missed where the question's words are the sentence's in
 * other words. A light verb's doer ("Who started the troupe?" of "a troupe founded in 1911 by …":
 * `doerActs`, read for the doer named after "by"), a question's word the record never writes read
 * by a direct kind of it that it does write ("Where in the valley …" of "at the head of Kell Dale":
 * `firstKinds`). Our own reader set
 * (bench/qa-q37, `npx tsx bench/qa-sets.ts --sets q37 --meaning yes`; four invented stories), read
 * here as `firstOutcomes` reads it: words only.
 */
const FILE = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'bench', 'qa-q37', 'squad2_dev40.json');
const ARTICLES = (JSON.parse(readFileSync(FILE, 'utf8')) as { data: QaArticle[] }).data;

const TROUPE = record('troupe', [
  [
    'The Marrow Street Players perform comedy in the back room of the Anchor tavern in Selby Wick.',
    'It began as a troupe founded in 1911 by the Varga sisters, who wrote most of its early sketches.',
    'The troupe now stages four shows a year, and the troupe tours the coast towns each August.',
  ],
]);

const INN = record('inn', [
  [
    "The Drover's Inn stands at the head of Kell Dale, beside the old packhorse bridge.",
    'The inn was rebuilt after a fire in 1884 and now has eleven rooms.',
  ],
]);

/** A record without the mill a question asks about. */
const TAVERN = record('tavern', [['The Brackwater inn stands at the head of Kell Dale.', 'It serves meals every day.']]);

const ask = (sentences: ReturnType<typeof record>, q: string, ranking?: Record<string, number>): string[] =>
  createSearchIndex(sentences, ranking ? { ranking } : {})
    .search(q)
    .hits.map((h) => `${cite(h.sentence)} ${h.score.toFixed(3)}`);

describe('the doer of a light verb (doerActs)', () => {
  it('reads the acts of the roles WordNet derives from the verb: start ~ founder ~ found', () => {
    // …with the act's synonyms in its most common sense that are only verbs (session 27: "establish"; not "launch", a boat too).
    expect(doerActs('started')).toEqual(['found', 'establish']);
    expect(doerActs('founded')).toEqual(['found', 'establish']);
    // "begin" derives no role in its first two senses that an act names.
    expect(doerActs('begin')).toEqual([]);
  });

  it('answers "Who started the troupe?" with the sentence naming who founded it, the act held as a word of its own since session 24 (q45), so without the doer bonus too', () => {
    expect(ask(TROUPE, 'Who started the troupe?')).toEqual(['troupe ¶1.2 0.529']);
    expect(ask(TROUPE, 'Who started the troupe?', { agentOdds: 0, agentBonus: 0 })).toEqual(['troupe ¶1.2 0.529']);
  });
});

describe("a question's word the record never writes, by a kind of it (firstKinds)", () => {
  it("reads the direct kinds of a noun's common sense, not a verb's", () => {
    expect(firstKinds('valley')).toEqual(['dale', 'glen', 'gully', 'gullied', 'hollow', 'holler', 'nullah', 'ravine']);
    expect(firstKinds('beds')).toEqual(['bunk', 'deathbed', 'hammock', 'sickbed', 'trundle', 'truckle']);
    // "live" has the verb "room" (lodge) among its kinds: "a drying room" is no kind of living.
    expect(firstKinds('lived')).toEqual([]);
  });

  it('answers "Where in the valley is the inn?" with the dale, and refuses it without FIRST_KINDS_SIMILARITY', () => {
    expect(ask(INN, 'Where in the valley is the inn?')).toEqual(['inn ¶1.1 0.506']);
    expect(ask(INN, 'Where in the valley is the inn?', { firstKinds: 0 })).toEqual([]);
  });

  it('reads no kind where the record does not write the rest of the question (the mill)', () => {
    expect(ask(TAVERN, 'Where in the valley does the mill stand?')).toEqual([]);
  });
});

describe('our own reader set (bench/qa-q37, words only)', () => {
  it('every gold answer stands in its paragraph', () => {
    expect(goldStands(ARTICLES).filter(([, stands]) => !stands)).toEqual([]);
  });

  it('answers each question with the sentence holding its gold answer, or refuses it', () => {
    expect(firstOutcomes(ARTICLES)).toEqual(EXPECTED);
  });
});

const EXPECTED: unknown = [
  [
    // Session 24 (q45): "started" of a doer question read as "founded" (see `doerActs`), held by the founding sentence.
    ['Who started the creamery?', 'first'],
    ['Where in the valley is the creamery?', 'first'],
    ['What building did the brothers turn into a cheese room?', 'first'],
    // Left: "at the start" ~ "initially" (WordNet links no noun "start" to the adverb).
    ['Which cheese did the dairy make at the start?', 'wrong Harnley_Creamery ¶1.2'],
    ['How many animals does the creamery milk?', 'first'],
    ['What does the boiler burn?', 'first'],
  ],
  [
    ['Who started the bindery?', 'first'],
    // Left: "runs … now" ~ "present managing director" (a role noun of running a firm).
    ['Who runs the firm now?', 'refused'],
    ['How many apprentices does it take on each year?', 'first'],
    ['Why did orders for hand binding drop off?', 'first'],
    // Session 31 (q60): the record never writes "workroom"; its general word "room" holds it (see `firstGenera`).
    ['What was below the first workroom?', 'first'],
  ],
  [
    ['Who started the ferry service?', 'first'],
    ['How many trips does the boat make on a summer day?', 'first'],
    ['How long does a crossing take?', 'first'],
    ['Who runs the ferry today?', 'wrong Pellow_Ferry ¶1.1'],
    ['What did the company buy in 2023?', 'first'],
  ],
  [
    ['Where in the valley does the hut stand?', 'refused'],
    ['How many beds did the hut have when it was put up?', 'first'],
    ['Who looks after the hut?', 'first'],
    ['What does the stove burn?', 'refused'],
    ['How long is the walk in?', 'first'],
  ],
];
