import { describe, expect, it } from 'vitest';
import { createSearchIndex } from '../../src/search/index.js';
import { postActs } from '../../src/search/related.js';
import { shapeOf } from '../../src/search/shape.js';
import { cite, record } from './record.js';

/**
 * Session 32, q61: a "who" question asking who holds a post ("Who was the creator of …?") asks
 * for the doer of the act WordNet makes the post from ("created by …"), or for a name beside the
 * post, as "Who created …?" does (`QueryShape.posts`, `postActs`; `AGENT_ODDS`, `AGENT_BONUS`).
 */
const PUZZLE = record('puzzle', [
  [
    'The Quillbend puzzle was a favourite of the teacher Morvath Elsby, who handed a copy of the Quillbend puzzle to each pupil in Harbrook.',
    'The first Quillbend set was created in 1987 by Dervanne Ostrick, a retired surveyor.',
  ],
  [
    'The owner of the Harbrook toy shop, Yselle Dorrin, still sells a few sets each winter.',
    'The shop stood empty for a year before she bought it.',
  ],
]);

describe('the post a "who" question asks the holder of', () => {
  it('reads the post after the copula, or the act noun after "responsible for", with the verbs WordNet makes it from', () => {
    expect(shapeOf('Who was the creator of the Quillbend puzzle?').posts).toEqual({ acts: ['create'], post: 'creator' });
    expect(shapeOf("Who's the owner of the toy shop?").posts).toEqual({ acts: ['own'], post: 'owner' });
    expect(shapeOf('Who was responsible for the creation of the puzzle?').posts).toEqual({ acts: ['create'], post: null });
    // No post: a name after the copula, a verb, a post no verb makes, a "what" question.
    expect(shapeOf('Who is Morvath Elsby?').posts.acts).toEqual([]);
    expect(shapeOf('Who created the puzzle?').posts.acts).toEqual([]);
    expect(shapeOf('Who was a member of the club?').posts.acts).toEqual([]);
    expect(shapeOf('What was the creator of the puzzle called?').posts.acts).toEqual([]);
    // A possessive before the post reads as a determiner; a subject pronoun, or another's post, is none.
    expect(shapeOf('Who is their owner?').posts).toEqual({ acts: ['own'], post: 'owner' });
    expect(shapeOf("Who was the Harbrook toy shop's first owner?").posts).toEqual({ acts: ['own'], post: 'owner' });
    expect(shapeOf('Who are they creators of?').posts.acts).toEqual([]);
    expect(shapeOf("Who were the creator's first pupils?").posts.acts).toEqual([]);
  });

  it('postActs: the verbs of the noun\'s own lemma in its person senses, with irregular forms', () => {
    expect(postActs('creator')).toEqual(['create']);
    expect(postActs('writer')).toEqual(['write', 'written', 'wrote']);
    expect(postActs('member')).toEqual([]);
    expect(postActs('creation', 'noun.act')).toEqual(['create']);
  });

  it('"Who was the creator of the Quillbend puzzle?" answers with "created … by Dervanne Ostrick", first', () => {
    const index = createSearchIndex(PUZZLE);
    expect(index.search('Who was the creator of the Quillbend puzzle?').hits.map((h) => cite(h.sentence))).toEqual(['puzzle ¶1.2', 'puzzle ¶1.1']);
    // Without the doer's bonus the sentence naming the puzzle twice and a teacher comes first.
    const without = createSearchIndex(PUZZLE, { ranking: { agentBonus: 0 } });
    expect(without.search('Who was the creator of the Quillbend puzzle?').hits.map((h) => cite(h.sentence))).toEqual(['puzzle ¶1.1', 'puzzle ¶1.2']);
  });
});
