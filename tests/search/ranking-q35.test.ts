import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createSearchIndex } from '../../src/search/index.js';
import { isOccupationNoun, multiwordVerbs, phrasalWords } from '../../src/search/related.js';
import { shapeOf } from '../../src/search/shape.js';
import { firstOutcomes, goldStands, type QaArticle } from './qa-fixture.js';
import { cite, record } from './record.js';

/**
 * Session 19, q35: two of the kinds the reader set qa-blind35 missed. A noun names an occupation
 * in its second sense only where that sense is about as common as its first (`isOccupationNoun`):
 * "What sort of pottery is X?" asked for a trade (pottery's rare second sense), and a sentence
 * naming potters outranked "X is a type of stoneware". A phrasal verb WordNet does not write is read
 * through a synonym of its verb with the same particle (`multiwordVerbs`: "hand back" ~
 * "give_back": return). Our own reader set (bench/qa-q35, `npx tsx bench/qa-sets.ts --sets q35`;
 * five invented stories), read here as `firstOutcomes` reads it: words only, first paragraph.
 */
const FILE = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'bench', 'qa-q35', 'squad2_dev40.json');
const ARTICLES = (JSON.parse(readFileSync(FILE, 'utf8')) as { data: QaArticle[] }).data;

const KILN = record('kiln', [
  [
    'Brisdale ware is a type of lead-glazed earthenware made in the village of Brisdale from about 1700.',
    'Potters dipped the ware in lead glaze, which melted in the kiln to form a streaked skin often likened to tortoiseshell.',
    'Most pieces were plain: milk pans, cider jars and bread crocks.',
  ],
  ['The industry peaked around 1850, when nine potteries employed about 400 people.'],
]);

const TOOLS = record('tools', [
  [
    'The Ambry Tool Library lends drills, saws and ladders to residents of the parish.',
    'Borrowers are asked to clean each tool and return it in its case within five days.',
    'Volunteers check each ladder every spring.',
  ],
]);

describe('an occupation by a noun’s common senses (isOccupationNoun)', () => {
  it('reads a second sense only where it is tagged more than half as often as the first', () => {
    // pottery 10 and 1 (the ware, then the craft), farming 12 and 0; trade 16 and 16, profession 7 and 5.
    expect(['pottery', 'farming', 'trade', 'profession', 'job', 'employment'].map(isOccupationNoun)).toEqual([false, false, true, true, true, true]);
  });

  it('asks "What sort of pottery …" for no trade, and "What was her trade?" for one', () => {
    expect(['What sort of pottery is Brisdale ware?', 'What kind of farming does the estate do?', 'What was her trade?', 'What was his profession?'].map((q) => shapeOf(q).answerType)).toEqual([
      null,
      null,
      'occupation',
      'occupation',
    ]);
  });

  it('answers "What sort of pottery is Brisdale ware?" with the sentence saying what type of ware it is', () => {
    // (0.556 since q37: a word of the question the record never writes is read by its kinds, see `firstKinds`.)
    const index = createSearchIndex(KILN);
    expect(index.search('What sort of pottery is Brisdale ware?').hits.map((h) => `${cite(h.sentence)} ${h.score.toFixed(3)}`)).toEqual(['kiln ¶1.1 0.556', 'kiln ¶1.2 0.372']);
  });
});

describe('a phrasal verb through a synonym of its verb (multiwordVerbs)', () => {
  it('reads "hand back" as "give_back", only with an adverb particle right after the verb', () => {
    const verbs = (q: string): [string, string][] => [...multiwordVerbs(q).verbs];
    expect(verbs('What are borrowers expected to hand back?')).toEqual([['hand', 'give_back']]);
    // WordNet writes "hand_over" itself: read as written.
    expect(verbs('What did the mayor hand over?')).toEqual([['hand', 'hand_over']]);
    // "in" is a preposition as often as a particle: "hand in" is no "give_in".
    expect(verbs('What do members hand in?')).toEqual([]);
    // Not through a synonym with words between: "did … out?" is no "make_out".
    expect(verbs('What did she toss out?')).toEqual([['toss', 'toss_out']]);
    expect(verbs('What did they hand the keys back for?')).toEqual([]);
    expect(phrasalWords('give_back')).toEqual(['refund', 'return', 'repay', 'repaid', 'repayment']);
  });

  it('answers "What are borrowers expected to hand back?" with the sentence asking them to return it', () => {
    const index = createSearchIndex(TOOLS);
    expect(index.search('What are borrowers expected to hand back?').hits.map((h) => `${cite(h.sentence)} ${h.score.toFixed(3)}`)).toEqual(['tools ¶1.2 0.319']);
  });
});

describe('our own reader set (bench/qa-q35, words only)', () => {
  it('every gold answer stands in its paragraph', () => {
    expect(goldStands(ARTICLES).filter(([, stands]) => !stands)).toEqual([]);
  });

  it('answers each question with the sentence holding its gold answer, or refuses it', () => {
    expect(firstOutcomes(ARTICLES)).toEqual(EXPECTED);
  });
});

const EXPECTED: unknown = [
  [
    ['What sort of pottery is Brisdale ware?', 'first'],
    ['What is the glaze said to look like?', 'first'],
    ['What must villagers hand back after a harvest supper?', 'first'],
    // Left: "start" is a light verb (no WordNet words), and none of its senses is "found"/"set going".
    ['Who started the works?', 'wrong Brisdale_Ware ¶1.1'],
    ['How many people did the works employ at its peak?', 'first'],
  ],
  [
    // q36 (merged after q35): a kind named just before the asked noun ("organic dairy farming")
    // holds it, so the answer now outranks the opening sentence naming only "Hollin Marsh" and "farm".
    ['What sort of farming is done at Hollin Marsh?', 'first'],
    ['Who looks after the herd?', 'first'],
    ['How much do walkers pay to use the marsh trail?', 'first'],
    ['When was the milk round launched?', 'first'],
    // Left: every sentence shares only "farm" with it; "a farm of 300 acres" is not read as how big it is.
    ['How big is the farm?', 'refused'],
  ],
  [
    ['When was the lifeboat station founded?', 'first'],
    ['Why was the station built?', 'first'],
    ['How many emergencies did the crew respond to last year?', 'first'],
    ['How many oarsmen rowed the first boat?', 'first'],
    ['What happened to the old boat?', 'first'],
  ],
  [
    // "firm" is no WordNet word of "company" (a kind of business, not of institution), but since
    // session 25 (q47) the sentence about the firm holds the nouns the record calls it by
    // ("The company …", a group as "firm" is), so "established" (0.55) wins over the sentence
    // writing "company" and "introduced" (~ "found", 0.35).
    ['When was the company founded?', 'first'],
    // "known for" ~ "specialised in" is no WordNet relation, but q36 (merged after q35) reads the
    // kind named just before the asked noun ("brass signal lanterns"), which answers it.
    ['What type of lanterns was the firm known for?', 'first'],
    ['What did the firm hand back to the harbour board?', 'first'],
    ["Where can the firm's moulds be seen now?", 'first'],
    ['What product was the company best known for?', 'first'],
  ],
  [
    // Refused before: "hand" and "back" were words no sentence held.
    ['What are members expected to hand back?', 'first'],
    // Left: "launch" ~ "start" is no WordNet relation of their common senses (cosine 0.59).
    ['When was the scheme launched?', 'refused'],
    ['What kind of building is the library in?', 'first'],
  ],
];
