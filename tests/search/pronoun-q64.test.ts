import { describe, expect, it } from 'vitest';
import { createSearchIndex } from '../../src/search/index.js';
import { DECISION, RANKING } from '../../src/search/options.js';
import { personPronouns, sequenceOf } from '../../src/search/shape.js';
import { cite, record } from './record.js';

/**
 * A question pointing to a person by "she" or "he" and a sentence pointing to a person of the same
 * (session 33, q64, `PRONOUN_ODDS`), on stories of our own writing (names invented): the pronoun is
 * a stop word, so the sentence about her shared too few of the question's words to answer.
 */
const LOOM = record('loom', [
  ['Meddabel Brisewyn is a hand-loom weaver who works from a former chapel in the moorland hamlet of Quarnsby.', 'The chapel was bought by her grandfather in 1931 and used as a wool store for half a century.'],
  ['At twelve she was sent to work for a quilt maker in the riverside town of Dunholt, where she stayed for nine years.', 'Her first loom, a narrow oak frame, was built for her by a local joiner.'],
  ['In 2009 she won the gold award of the Northern Guild of Weavers for a tapestry of the village green.', 'She now trains two apprentices a year and sells most of her cloth to tailors in the city.'],
  ['The hamlet holds a sheep fair every October on the field beside the chapel.', 'The fair raises money for the upkeep of the war memorial.'],
]);
/** The same story told of a mill: no sentence points to a person by a pronoun. */
const MILL = record('mill', [
  ['Quarnsby Mill is a wool mill that occupies a former chapel in the moorland hamlet of Quarnsby.', 'The chapel was bought by the Brisewyn family in 1931 and used as a wool store for half a century.'],
  ['At twelve the apprentices were sent to work for a quilt maker in the riverside town of Dunholt.', 'The first loom, a narrow oak frame, was built by a local joiner.'],
]);
const OFF = { ...RANKING, pronounOdds: 0 };
// The words-only model as shipped (the vectors' model reads the same odds).
const decision = DECISION;
const hits = (sentences: ReturnType<typeof record>, q: string, ranking = RANKING): string[] =>
  createSearchIndex(sentences, { decision, ranking })
    .search(q)
    .hits.map((h) => cite(h.sentence));

describe('a question about "her" of a sentence about her', () => {
  it('reads the persons a text points to by a pronoun: 1 a woman, 2 a man, 0 none', () => {
    expect(
      ['How young was she when she went to work?', 'What did his father do?', 'Her first loom was built for him.', 'It was built for the chapel.', 'They hired Meddabel.', 'Shed roofs'].map((t) =>
        personPronouns(sequenceOf(t)),
      ),
    ).toEqual([1, 2, 3, 0, 0, 0]);
  });

  it('answers with the sentence pointing to her where it would have refused', () => {
    const q = 'How young was she when she went to work?';
    expect(hits(LOOM, q, OFF)).toEqual([]);
    expect(hits(LOOM, q)).toEqual(['loom ¶2.1']);
  });

  it('gives nothing to a sentence pointing to a person of the other, nor of a record without one', () => {
    expect(hits(LOOM, 'How young was he when he went to work?')).toEqual([]);
    expect(hits(MILL, 'How young was she when she went to work?')).toEqual(hits(MILL, 'How young was she when she went to work?', OFF));
    expect(hits(MILL, 'How young was she when she went to work?')).toEqual([]);
  });
});
