import { describe, expect, it } from 'vitest';
import { createSearchIndex } from '../../src/search/index.js';
import { answerTypeOf, holdsAnswerType, shapeOf } from '../../src/search/shape.js';
import { cite, record } from './record.js';
import { firstOutcomes, goldStands, qaFixture } from './qa-fixture.js';

/**
 * Questions in other words than the record writes (session 13, q22; tests/fixtures/qa-paraphrase,
 * stories and names invented, written and scored before any change, `bench/qa-sets.ts --sets
 * paraphrase`): a parent's trade through "The daughter of a blacksmith, she …" (a fronted
 * apposition before the pronoun subject), "how strong" as a grade on a scale, "a metre" as one
 * metre, a compound's head ("trade deals" asks for no trade).
 */
const ARTICLES = qaFixture('paraphrase');
const NONE = { doc: 'refused', paragraph: 0, sentence: 0, text: '', start: 0, end: 0 };

describe('paraphrased questions (our own set)', () => {
  it('every gold answer stands in its paragraph', () => {
    expect(goldStands(ARTICLES).filter(([, stands]) => !stands)).toEqual([]);
  });

  it('answers each question with the sentence holding its gold answer, or refuses it; the off-topic ones stay refused', () => {
    // Before (main 2e82284): the profession of Volk's father refused (the pronoun "she" after
    // "The daughter of a blacksmith," read no context, "profession" weighed in full). Left: "the
    // bottom" of a record writing "its base" (a kind of bottom: WordNet's wider circle, which
    // never decides), "how strong" of a record naming the earthquake a "tremor" (a kind of it).
    expect(firstOutcomes(ARTICLES)).toEqual([
      [
        ['Who guided the climbers?', 'first'],
        ['Where did the team shelter during the bad weather?', 'first'],
        ["What was the profession of Volk's father?", 'first'],
        ['Which hut was abandoned for good?', 'refused'],
        ['How many climbers died on the way down?', 'refused'],
        ['Who paid for the mules?', 'refused'],
        ['What trade deals did the town sign?', 'refused'],
      ],
      [
        ['Which museum acquired the jar?', 'first'],
        ["When did the jar's owner die?", 'first'],
        ['How high is the jar?', 'first'],
        ['What colour is the bottom of the jar?', 'refused'],
        ['What was used as a grain store in the war?', 'first'],
        ['How many visitors does the museum get each year?', 'refused'],
        ['Which gallery sold the painting?', 'refused'],
        ["What colour is the museum's roof?", 'refused'],
      ],
      [
        ['How strong was the earthquake?', 'wrong Fenwick_quake ¶1.1'],
        ['How old was Edith Marr at her death?', 'first'],
        ['What is the longest a grey seal lives?', 'first'],
        ['How many houses were destroyed by the fire?', 'refused'],
        // A near miss on base too: "harbour" is its only topical word, and the sentence holds it.
        ['How deep is the harbour?', 'answered Fenwick_quake ¶1.5'],
        ['Who inspected the bridge on Friday?', 'refused'],
      ],
    ]);
  });
});

describe('what a paraphrased question asks for', () => {
  it('"how strong/severe": a satellite of "intense", whose attribute is a degree, asks for a grade, in no unit', () => {
    expect(['How strong was the earthquake?', 'How severe was the flood?', 'How important was the vote?', 'How good was the harvest?'].map(answerTypeOf)).toEqual([
      'number',
      'number',
      null,
      null,
    ]);
    expect([shapeOf('How strong was the earthquake?').units, shapeOf('How strong was the earthquake?').asked]).toEqual([[], ['strong']]);
  });

  it('answers "how strong" with the grade the sentence gives', () => {
    const index = createSearchIndex(
      record('quake', [['An earthquake shook the port of Elsby early on Monday, cracking walls.', 'The earthquake had a magnitude of 5.4, the national survey said.', 'Engineers will inspect the harbour wall.']]),
    );
    expect(index.search('How strong was the earthquake?').hits.map((h) => cite(h.sentence))[0]).toBe('quake ¶1.2');
  });

  it('a compound’s head is its last noun: "What trade deals …" asks for deals, not an occupation', () => {
    expect(['What trade deals did the town sign?', 'What trade did his father follow?'].map(answerTypeOf)).toEqual([null, 'occupation']);
    expect(shapeOf('What trade deals did the town sign?').head).toBe('deal');
  });

  it('the occupation noun asked for weighs as a measure’s name does: the answer names the trade instead', () => {
    expect(["What was the profession of Volk's father?", "What was Volk's father's trade?", 'What did Volk do for a living?'].map((q) => shapeOf(q).asked)).toEqual([['profess'], ['trade'], []]);
  });

  it('"a metre": the article counts one of a measure’s unit after it, not of a time ("9,000 cars a day")', () => {
    const holds = (q: string, text: string): boolean => {
      const s = shapeOf(q);
      return holdsAnswerType(text, s.answerType as NonNullable<typeof s.answerType>, new Set(s.sequence.map((w) => w.stem)), s.units);
    };
    expect([
      holds('How thick is the wall?', 'The wall is a metre thick.'),
      holds('How thick is the wall?', 'The wall is a good deal thicker than the old one.'),
      holds('How long is the tunnel?', 'The tunnel is a mile long.'),
      holds('How long did the hearing last?', 'The hearing lasted an hour.'),
      holds('How old is the bridge?', 'The bridge carries 9,000 cars a day.'),
    ]).toEqual([true, false, true, false, false]);
  });

  it('a pronoun subject after a fronted phrase points back as an opening one does', () => {
    const index = createSearchIndex(
      record('pilot', [['Ola Lund flew mail planes across the fjords for thirty years.', 'The son of a ferryman, he trained as a mechanic before he learned to fly.', 'The airline closed in 1971.']]),
    );
    expect(cite(index.search("What was Lund's father's profession?").hits[0]?.sentence ?? NONE)).toBe('pilot ¶1.2');
  });
});
