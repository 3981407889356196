import { describe, expect, it } from 'vitest';
import type { Sentence } from '../../src/record/types.js';
import { createSearchIndex } from '../../src/search/index.js';
import { cite, record } from './record.js';

/**
 * Session 35, q69: a sentence opening with a pronoun answers a question about what the pronoun
 * stands for.
 *  - A question's noun that names what a sentence's "It" stands for holds there as the name does
 *    (`SUBJECT_NAMED`): "the event" of "It was founded as a street party in 1987 by …" where "It" is the Welkinford
 *    Lantern Festival (WordNet: a festival is a kind of event). Only a noun of a definite phrase
 *    of the question ("the event"), which asks of one thing the reader has in mind.
 *  - "He" / "She" opening a sentence borrows no name (q69's `PERSON_SUBJECT` was removed in session
 *    36: it moved no first answer on read or held-out sets and lost one on the development set).
 * Texts of our own.
 */
const LANTERNS = record('lanterns', [
  [
    'The Welkinford Lantern Festival is a winter celebration in the lanes of Welkinford.',
    'It was founded as a street party in 1987 by a retired carpenter, Osgar Marbeck, who lit the first lanterns with his neighbours.',
    'About 5,000 people now walk the lanes each December.',
  ],
]);

const BIO = record('bio', [
  ['Tobrin Halvey (1840–1902) was a glassblower and teacher from the village of Amberleigh.', 'His father kept the village forge.'],
  ['Halvey learned his trade in a bottle works at Sprake Quay.', 'The works closed in 1871 after a fire.'],
  ['He died of a fever at Amberleigh in the winter of 1902.', 'His workshop is now a small museum.'],
]);

const hits = (sentences: readonly Sentence[], query: string, ranking: Record<string, number> = {}): string[] =>
  createSearchIndex(sentences, { ranking }).search(query).hits.map((h) => cite(h.sentence));

describe('a question noun naming what "It" stands for holds there', () => {
  it('answers "Who founded the event?" with the sentence whose "It" is the festival', () => {
    expect(hits(LANTERNS, 'Who founded the event?')).toEqual(['lanterns ¶1.2']);
    expect(hits(LANTERNS, 'Who founded the event?', { subjectNamed: 0 })).toEqual([]);
  });

  it('reads a noun of a definite phrase only: "each event" asks of no one thing', () => {
    expect(hits(LANTERNS, 'Who founded each event?')).toEqual([]);
  });
});

describe('"He" / "She" opening a sentence borrows no name', () => {
  it('does not answer "Where did Halvey die?" with the sentence saying "He died …"', () => {
    expect(hits(BIO, 'Where did Halvey die?')).toEqual(['bio ¶1.1', 'bio ¶2.1']);
  });
});
