import { describe, expect, it } from 'vitest';
import type { Sentence } from '../../src/record/types.js';
import { createSearchIndex } from '../../src/search/index.js';
import { cite, record } from './record.js';

/**
 * Session 34, q67: who did it, asked of the sentence that says so about the story's own body.
 *  - A sentence naming the doer of the act a question asks the doer of ("It was established in
 *    2011 by …" for "Who set it up?") holds that act, however the question words it (`AGENT_HELD`):
 *    the doer named after "by" is what such a question asks for, not a word shared by chance.
 *  - A sentence whose "It" stands for the body stands for it even where it writes the words of
 *    the body's name itself ("It was founded in 1877 by the sisters … Pelquist, who twisted rope
 *    …" in a story about Pelquist Rope): it still holds the nouns the record calls the body by.
 * Texts of our own.
 */
const TOOLS = record('tools', [
  [
    'Hobbleside Tool Library is a lending scheme for hand tools in the town of Fennick.',
    'It was established in 2011 by a retired joiner, Amos Quenby, who lent out his own saws and planes.',
    'Members pay a small yearly fee and may borrow up to three tools at a time.',
    'The roof of its shed was repaired in 2019 by volunteers from the scout troop.',
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

const answers = (sentences: readonly Sentence[], query: string): string[] => createSearchIndex(sentences).search(query).hits.map((h) => cite(h.sentence));

describe('a sentence naming the doer of the asked act answers who did it', () => {
  it('answers "Who set it up?" with the sentence naming who established it', () => {
    expect(answers(TOOLS, 'Who set it up?')).toEqual(['tools ¶1.2']);
  });

  it('answers "Who founded it?" the same way, the founding written as another act of starting', () => {
    expect(answers(TOOLS, 'Who founded it?')).toEqual(['tools ¶1.2']);
  });

  it('does not read a doer of another act as the asked one (the repair of the roof)', () => {
    expect(answers(TOOLS, 'Who set it up?')).not.toContain('tools ¶1.4');
  });
});

describe('a sentence whose "It" stands for the body holds the nouns the record calls it by', () => {
  it('answers "Who started the firm?" with the founding, though its sentence writes the words of the name', () => {
    expect(answers(ROPE, 'Who started the firm?')[0]).toBe('rope ¶1.2');
  });
});
