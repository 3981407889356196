import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createSearchIndex } from '../../src/search/index.js';
import { relatedWords, sentencePhrasal } from '../../src/search/related.js';
import { firstOutcomes, goldStands, type QaArticle } from './qa-fixture.js';
import { cite, record } from './record.js';

/**
 * Session 21, q39: a question's word that the record writes as a phrasal verb ("When was it
 * founded?" of "It was set up in 2004 by …": WordNet's synonym "set_up", held by the index as one
 * term of the two words side by side, `sentencePhrasal` and `Related.phrases`), a role's act so
 * written ("founder" ~ "found" ~ "set up"), the doer after "by" of such a verb (`agentAfter`), and a
 * body's people counted by its member's role and act ("staff" ~ "staffer" ~ "employee" ~
 * "employ": `memberRoles`). Our own reader set (bench/qa-q39, `npx tsx bench/qa-sets.ts --sets q39
 * --meaning yes`; three invented stories, written and scored before the change), read here as
 * `firstOutcomes` reads it: words only.
 */
const FILE = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'bench', 'qa-q39', 'squad2_dev40.json');
const ARTICLES = (JSON.parse(readFileSync(FILE, 'utf8')) as { data: QaArticle[] }).data;

const TANNERY = record('tannery', [
  [
    'Brindle Leather is a small tannery on the edge of Oswick that supplies bookbinders.',
    'It was set up in 2004 by Tomas Ferreira, a former ship chandler, in an old rope store.',
    'The tannery employs 14 people and uses oak bark from local woods.',
  ],
]);

const MILL = record('mill', [
  [
    'Harrow Mill grinds flour from wheat grown within ten miles of Leckby.',
    'Its waterwheel was taken out in 1961 and an electric motor put in its place.',
    'A footbridge over the leat was put up in 1985 by volunteers from the village.',
  ],
]);

describe('a phrasal verb a sentence writes (sentencePhrasal)', () => {
  it('reads a verb and the adverb particle right after it as WordNet writes them', () => {
    expect([sentencePhrasal('set', 'up'), sentencePhrasal('closed', 'down'), sentencePhrasal('taken', 'out')]).toEqual(['set_up', 'close_down', 'take_out']);
  });

  it('reads none where WordNet has no such verb, or the second word is no particle', () => {
    expect([sentencePhrasal('painted', 'up'), sentencePhrasal('set', 'in'), sentencePhrasal('was', 'up')]).toEqual([null, null, null]);
  });
});

describe("a question's word by its phrasal synonym (Related.phrases)", () => {
  it('gives "founded" and "founder" the phrasal verb "set_up"', () => {
    expect(relatedWords('founded').phrases).toEqual(['set_up']);
    expect(relatedWords('founder').phrases).toEqual(['set_up']);
  });

  it('answers "When was the tannery founded?" with the sentence that writes "set up"', () => {
    expect(createSearchIndex(TANNERY).search('When was the tannery founded?').hits.map((h) => cite(h.sentence))).toEqual(['tannery ¶1.2']);
  });

  it("answers \"What did the tannery's founder do before?\" with the same sentence", () => {
    expect(createSearchIndex(TANNERY).search("What did the tannery's founder do before?").hits.map((h) => cite(h.sentence))[0]).toBe('tannery ¶1.2');
  });

  it('answers "When was the footbridge erected?" with "put up"', () => {
    expect(createSearchIndex(MILL).search('When was the footbridge erected?').hits.map((h) => cite(h.sentence))).toEqual(['mill ¶1.3']);
  });
});

describe("a body's people by its member's role and act (memberRoles)", () => {
  it('reads "staff" as "staffer", "employee" and "employ"', () => {
    expect(['staffer', 'employee', 'employ'].map((w) => relatedWords('staff').related.includes(w))).toEqual([true, true, true]);
  });

  it('reads no act for a team, whose member is a player, not a worker', () => {
    expect(['player', 'play'].map((w) => relatedWords('team').related.includes(w))).toEqual([false, false]);
  });

  it('answers "How many staff work at the tannery?" with the sentence counting who it employs', () => {
    expect(createSearchIndex(TANNERY).search('How many staff work at the tannery?').hits.map((h) => cite(h.sentence))[0]).toBe('tannery ¶1.3');
  });
});

describe('our own reader set (bench/qa-q39, words only)', () => {
  it('every gold answer stands in its paragraph', () => {
    expect(goldStands(ARTICLES).filter(([, stands]) => !stands)).toEqual([]);
  });

  it('answers each question with the sentence holding its gold answer, or refuses it', () => {
    expect(firstOutcomes(ARTICLES)).toEqual(EXPECTED);
  });
});

const EXPECTED: unknown = [
  [
    // Before: wrong (the opening sentence); "set up" now holds "founded".
    ['When was the frame builder founded?', 'first'],
    // Left: "set up" holds "founder", but the opening sentence holds "building" and "bikes" as typed.
    ['What did the founder do before building bikes?', 'wrong Pellow_Bicycle_Works ¶1.1'],
    ['How many staff work at the workshop?', 'first'],
    ['How many frames are made each year?', 'first'],
    // Left: "established" is "set up" too, but "business" is only the headline's in the bench, absent here.
    ['Who established the business?', 'refused'],
    // Left: a price asked of a sentence with none (a weight, not a veto).
    ['How much does a touring frame cost?', 'answered Pellow_Bicycle_Works ¶1.1'],
  ],
  [
    // Before: refused; "put up" now holds "erected".
    ['When was the boathouse erected?', 'first'],
    ['How many volunteers are in the crew?', 'first'],
    ['Why was the station shut in 2020?', 'first'],
    ['How many times did the lifeboat launch last year?', 'first'],
    ['Who paid for the boathouse?', 'first'],
    ["Who is the station's coxswain?", 'refused'],
  ],
  [
    // Before: refused. Left wrong words only: "The business" borrows no "bakery" without the
    // headline (first in the bench, where the headline names it).
    ['Who founded the bakery?', 'wrong Orrin_Street_Bakery ¶1.1'],
    // Before: refused; "employs" now holds "staff".
    ['How many staff does the bakery have?', 'first'],
    ['How many loaves are baked daily?', 'first'],
    ['When was the coal oven removed?', 'first'],
    ['What replaced the coal-fired oven?', 'first'],
    ['What is the price of a loaf?', 'refused'],
  ],
];
