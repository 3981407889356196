import { describe, expect, it } from 'vitest';
import type { Sentence } from '../../src/record/types.js';
import { createSearchIndex } from '../../src/search/index.js';
import { cite, record } from './record.js';

/**
 * Session 34, q67: who did it, asked of the sentence that says so.
 *  - A sentence naming the doer of the act a question asks the doer of ("… which are worked on
 *    summer weekends by retired drivers" for "Who operates the engines?") holds that act, however
 *    the question words it (`AGENT_HELD`): the doer named after "by" is what such a question asks
 *    for, not a word shared by chance. Only where the question names something besides the act:
 *    "Who set it up?" would be answered so by the founding of anything.
 *  - A sentence whose "It" stands for the body stands for it even where it writes the words of
 *    the body's name itself ("It was founded in 1877 by the sisters … Pelquist, who twisted rope
 *    …" in a story about Pelquist Rope): it still holds the nouns the record calls the body by.
 * Texts of our own.
 */
const RAILWAY = record('railway', [
  [
    'The Ostreys quarry railway in the Ulverbeck valley closed in 1959 after ninety years of hauling slate.',
    'Its track was bought by a preservation club in 1979 for £12,000.',
    'The club has rebuilt two steam engines, which are worked on summer weekends by retired drivers.',
    'A flood in 2012 washed away the old engine shed.',
  ],
]);

const TOOLS = record('tools', [
  [
    'Hobbleside Tool Library is a lending scheme for hand tools in the town of Fennick.',
    'It was established in 2011 by a retired joiner, Amos Quenby, who lent out his own saws and planes.',
    'Members pay a small yearly fee and may borrow up to three tools at a time.',
  ],
]);

const ROPE = record('rope', [
  [
    'Pelquist Rope is a cordage company on the quay at Keddington.',
    'It was founded in 1877 by the sisters Jory and Tamsin Pelquist, who twisted rope by hand in a long shed.',
    'The firm sold mooring lines to the herring fleet for a century.',
    'In 2015 the firm opened a small shop beside the shed.',
  ],
]);

const answers = (sentences: readonly Sentence[], query: string, agentHeld?: number): string[] =>
  createSearchIndex(sentences, agentHeld === undefined ? {} : { ranking: { agentHeld } }).search(query).hits.map((h) => cite(h.sentence));

describe('a sentence naming the doer of the asked act answers who did it', () => {
  it('answers "Who operates the engines?" with the sentence naming who works them', () => {
    expect(answers(RAILWAY, 'Who operates the engines?')).toEqual(['railway ¶1.3']);
    // Without the rule it shares one word with the question ("operates" ~ "worked" only re-ranks): refused.
    expect(answers(RAILWAY, 'Who operates the engines?', 0)).toEqual([]);
  });

  it('does not answer a question naming nothing but the act ("Who set it up?") by it', () => {
    expect(answers(TOOLS, 'Who set it up?')).toEqual([]);
  });
});

describe('a sentence whose "It" stands for the body holds the nouns the record calls it by', () => {
  it('answers "Who started the firm?" with the founding, though its sentence writes the words of the name', () => {
    expect(answers(ROPE, 'Who started the firm?')[0]).toBe('rope ¶1.2');
  });
});
