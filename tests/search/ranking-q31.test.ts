import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Sentence } from '../../src/record/types.js';
import { createSearchIndex } from '../../src/search/index.js';
import { headingCounter, holdsAnswerType } from '../../src/search/shape.js';
import { tag } from '../../src/understand/nlp.js';
import { firstOutcomes, goldStands, type QaArticle } from './qa-fixture.js';
import { cite, record } from './record.js';

/**
 * Session 17, q31: a document's heading line against its body, and a sentence naming the story's
 * subject only as "It" or "The company". Our own reader set (bench/qa-q31, `npx tsx
 * bench/qa-sets.ts --sets q31 --meaning yes`: four invented stories of two paragraphs, each
 * paragraph a document headed "<title> <n>" as qa-eval writes them; written and scored before
 * any change), and stories of our own writing below.
 */
const FILE = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'bench', 'qa-q31', 'squad2_dev40.json');
const ARTICLES = (JSON.parse(readFileSync(FILE, 'utf8')) as { data: QaArticle[] }).data;

/** Documents of one paragraph each under a heading line (paragraph 0), as a record of several files gives them. */
function headed(docs: readonly [string, string, readonly string[]][]): Sentence[] {
  return docs.flatMap(([doc, heading, sentences]) => {
    const shift = heading.length + 2;
    const body = record(doc, [sentences]).map((s) => ({ ...s, start: s.start + shift, end: s.end + shift }));
    return [{ doc, paragraph: 0, sentence: 1, text: heading, start: 0, end: heading.length }, ...body];
  });
}

const counterOf = (text: string): number => headingCounter(text, tag(text).tokens);

describe('a heading’s counter is no count', () => {
  it('finds the number that only numbers a heading line', () => {
    expect(['Quorne Dairies 2', 'Part 3', 'Chapter IV', '2. Vans and rounds'].map(counterOf)).toEqual([2, 1, 1, 0]);
  });

  it('leaves a number a heading counts, a year, and a sentence’s number alone', () => {
    // A verb before the number counts ("approves 40"); four digits are a year; a final stop ends a sentence, not a heading.
    expect(['Council approves 40', 'Annual Report 2019', 'The dairy runs 14 vans.', 'It has 2'].map(counterOf)).toEqual([-1, -1, -1, -1]);
  });

  it('a heading holds no number for "how many" by its counter', () => {
    expect(holdsAnswerType('Quorne Dairies 2', 'number', new Set(['quorn', 'dairi']))).toBe(false);
    expect(holdsAnswerType('Council approves 40 new homes', 'number', new Set(['council']))).toBe(true);
    expect(holdsAnswerType('Quorne Dairies 2', 'place', new Set())).toBe(true);
  });

  it('answers "how many" with the body sentence, not the other document’s heading', () => {
    // ¶2.1's "The dairy" is the heading's Quorne Dairies (a name-only heading): it holds the name
    // as its subject. The headings, numbered 1 and 2, hold no count: they rank below quorne-1's
    // opening sentence now (before: both above it, with the answer type's bonus).
    const index = createSearchIndex(
      headed([
        ['quorne-1', 'Quorne Dairies 1', ['Quorne Dairies is a milk processing firm on the edge of Ashby Fell.', 'It was set up in 1961 by a farmers’ cooperative.']],
        ['quorne-2', 'Quorne Dairies 2', ['The dairy runs 14 delivery vans from a depot at Sallow End.', 'Most of its cheese is sold in the north.']],
      ]),
    );
    expect(index.search('How many vans does Quorne Dairies run?').hits.map((h) => cite(h.sentence))).toEqual(['quorne-2 ¶1.1', 'quorne-1 ¶1.1', 'quorne-1 ¶0.1', 'quorne-2 ¶0.1']);
  });
});

describe('a sentence whose subject is "It" or "The <noun>" holds the name it stands for', () => {
  const CANAL = record('lessing', [
    [
      'The Lessing Canal joins the river Ousel to the brick pits at Carrow.',
      'Work on it began in 1802 under the engineer Amos Pell.',
      'It opened to traffic in 1809 and carried bricks and lime.',
      'The canal is 14 miles long.',
    ],
  ]);
  const canal = createSearchIndex(CANAL);

  it('"It" two sentences after the name', () => {
    // ¶1.3's sentence before (¶1.2) names no canal; the name opening ¶1.1 stands for its "It".
    // Before, ¶1.1 alone answered both (it names the canal and says nothing of opening or cargo).
    expect(canal.search('When did the Lessing Canal open?').hits.map((h) => cite(h.sentence))).toEqual(['lessing ¶1.3', 'lessing ¶1.4', 'lessing ¶1.1']);
    expect(canal.search('What did the Lessing Canal carry?').hits.map((h) => cite(h.sentence))).toEqual(['lessing ¶1.3', 'lessing ¶1.1', 'lessing ¶1.4']);
  });

  it('"The canal", a word of the name', () => {
    // Before: ¶1.1 first, ¶1.4 second.
    expect(canal.search('How long is the Lessing Canal?').hits.map((h) => cite(h.sentence))).toEqual(['lessing ¶1.4', 'lessing ¶1.1']);
  });

  const BAKERY = record('marrick', [
    [
      'Marrick Foods is a bakery company based in Tolsey.',
      'Its first shop opened on Bridge Street in 1921.',
      'The company was bought by a Dutch group in 2011.',
      'The council closed Bridge Street to traffic in 1990.',
    ],
  ]);
  const bakery = createSearchIndex(BAKERY);

  it('"The company", the noun that describes the name', () => {
    // Before, ¶1.1 alone answered both.
    expect(bakery.search('When was Marrick Foods bought?').hits.map((h) => cite(h.sentence))).toEqual(['marrick ¶1.3', 'marrick ¶1.1']);
    expect(bakery.search('Who bought Marrick Foods?').hits.map((h) => cite(h.sentence))).toEqual(['marrick ¶1.3', 'marrick ¶1.1']);
  });

  it('a definite noun that cannot name it borrows nothing', () => {
    // "The council" is no kind of bakery company: ¶1.4 holds "closed" alone and does not answer
    // (the opening sentence, naming the firm, does, as before).
    expect(bakery.search('When did Marrick Foods close?').hits.map((h) => cite(h.sentence))).toEqual(['marrick ¶1.1']);
  });
});

describe('our own reader set (bench/qa-q31, words only)', () => {
  it('every gold answer stands in its paragraph', () => {
    expect(goldStands(ARTICLES).filter(([, stands]) => !stands)).toEqual([]);
  });

  it('answers each question of each first paragraph with the sentence holding its gold answer, or refuses it', () => {
    expect(firstOutcomes(ARTICLES)).toEqual(EXPECTED);
  });
});

const EXPECTED: unknown = [
  [
    ["How many people does Brisco Seafoods employ?", 'first'],
    ["When was Brisco Seafoods founded?", 'first'],
    // "It was founded … by Nora Brisco": wrong ¶1.1 before (the opening sentence names the firm).
    ["Who founded Brisco Seafoods?", 'first'],
    ["Where are most of the kippers sold?", 'first'],
    ["Who is the chief executive of Brisco Seafoods?", 'answered Brisco_Seafoods ¶1.1'],
  ],
  [
    // "It opened to traffic in 1798" two sentences after the name (its sentence before names no canal): wrong ¶1.1 before.
    ["When did the Steddle Canal open?", 'first'],
    // "Work on it began … under the engineer Tobias Lark" opens with no subject standing for the canal: wrong ¶1.1 until
    // session 32 (q61), where the post the question asks the holder of ("the engineer of") is read beside the name.
    ["Who was the engineer of the Steddle Canal?", 'first'],
    ["How many locks does the Steddle Canal have?", 'first'],
    // "The canal is 23 miles long" and "It … carried coal, lime and bricks": both wrong ¶1.1 before.
    ["How long is the Steddle Canal?", 'first'],
    ["What did the Steddle Canal carry?", 'first'],
    ["How many boats used the Steddle Canal each year?", 'refused'],
  ],
  [
    ["Since when has the Tennet Bell Foundry cast bells?", 'first'],
    ["Who set up the furnace?", 'first'],
    ["How much does the largest bell weigh?", 'first'],
    ["Who owns the Tennet Bell Foundry today?", 'answered Tennet_Bell_Foundry ¶1.1'],
  ],
  [
    ["When was Gannet Head Lighthouse first lit?", 'first'],
    // "The tower was designed …" (a lighthouse is a kind of tower) and "It is 38 metres tall": both wrong ¶1.1 before.
    ["Who designed Gannet Head Lighthouse?", 'first'],
    ["How tall is Gannet Head Lighthouse?", 'first'],
    ["How far away can the beam of Gannet Head Lighthouse be seen?", 'first'],
    ["How many visitors does Gannet Head Lighthouse get each year?", 'answered Gannet_Head_Lighthouse ¶1.1'],
  ],
];
