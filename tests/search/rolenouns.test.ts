import { describe, expect, it } from 'vitest';
import { createSearchIndex } from '../../src/search/index.js';
import { relatedWords } from '../../src/search/related.js';
import { answerTypeOf, holdsAnswerType, shapeOf } from '../../src/search/shape.js';
import { cite, record } from './record.js';
import { firstOutcomes, goldStands, qaFixture } from './qa-fixture.js';

/**
 * Role nouns and the acts that make them, adjectives and their nouns, measures of another kind
 * (session 14, q23; tests/fixtures/qa-rolenouns, stories and names invented, written and scored
 * before any change, `bench/qa-sets.ts --sets rolenouns`): "the brewery's founder" named by
 * surname in the sentence after "founded … by Tobias Wren", "the gardens' donor" of "given … by a
 * wealthy shipowner", "how steep" as a slope, "how deep" of a height.
 */
const ARTICLES = qaFixture('rolenouns');
const NONE = { doc: 'refused', paragraph: 0, sentence: 0, text: '', start: 0, end: 0 };
const first = (sentences: readonly string[], q: string): string => cite(createSearchIndex(record('story', [sentences])).search(q).hits[0]?.sentence ?? NONE);

describe('role nouns, adjectives and measures (our own set)', () => {
  it('every gold answer stands in its paragraph', () => {
    expect(goldStands(ARTICLES).filter(([, stands]) => !stands)).toEqual([]);
  });

  it('answers each question with the sentence holding its gold answer, or refuses it', () => {
    expect(firstOutcomes(ARTICLES)).toEqual(EXPECTED);
  });
});

describe('a surname pointing back', () => {
  const SCHOOL = ['The village school was founded in 1880 by Ida Lund, a weaver.', 'Lund retired in 1911, and the parish took the school over.', 'It now teaches 90 pupils.'];

  it("reads what the sentence before says of the person it names in full: the founder's retirement", () => {
    expect(first(SCHOOL, "When did the school's founder retire?")).toBe('story ¶1.2');
  });

  it('leaves a who-question to the sentence naming the person in full', () => {
    expect(first(SCHOOL, 'Who founded the village school?')).toBe('story ¶1.1');
  });

  it('is no reference where the word before the surname is no name ("The Lund Trust")', () => {
    const TRUST = ['The Lund Trust bought the mill in 1950.', 'Lund shares rose in 1960, and the mill was sold.'];
    expect(first(TRUST, 'When was the mill sold?')).toBe('story ¶1.2');
  });
});

describe('a role by its act, an adjective by its noun (WordNet)', () => {
  it('gives a person noun the verb its lemmas derive from', () => {
    // "donor" derives from nothing; its synonym "giver" from "give".
    expect(relatedWords('donor').related).toEqual(expect.arrayContaining(['giver', 'give', 'gave', 'given']));
    expect(relatedWords('buyer').related).toEqual(expect.arrayContaining(['buy', 'bought']));
    expect(first(['The orchard was given to the parish by a retired doctor, Sam Orde.', 'Orde also planted the lime trees.'], "What was the orchard's donor's profession?")).toBe('story ¶1.1');
  });

  it('gives a relational adjective the noun it pertains to', () => {
    expect(relatedWords('charitable').related).toEqual(['charitableness', 'charity']);
    expect(first(['The theatre became a registered charity in 1978.', 'Its roof was mended in 1990.'], 'When did the theatre get charitable status?')).toBe('story ¶1.1');
  });
});

describe('measures', () => {
  it('reads "how steep" as a slope, a price only from a word whose first sense is one', () => {
    expect(answerTypeOf('How steep was the climb?')).toBe('number');
    expect(answerTypeOf('How expensive was the hall?')).toBe('money');
    expect(answerTypeOf('How costly was the repair?')).toBe('money');
    expect(answerTypeOf('How cheap are the tickets?')).toBe('money');
  });

  it('takes no value qualified by another measure for the asked one', () => {
    const holds = (q: string, text: string): boolean => {
      const s = shapeOf(q);
      return holdsAnswerType(text, s.answerType ?? 'number', new Set(), s.units, s.measure);
    };
    expect(shapeOf('How deep is the harbour?').measure).toBe('deep');
    expect(shapeOf('How many boats sank?').measure).toBe(null);
    expect(holds('How deep is the harbour?', 'The harbour wall, which is four metres high, was rebuilt.')).toBe(false);
    expect(holds('How high is the harbour wall?', 'The harbour wall, which is four metres high, was rebuilt.')).toBe(true);
    // "tall" and "high" measure the same height; a length beside a width is found.
    expect(holds('How tall is the tower?', 'The tower is 62 metres high.')).toBe(true);
    expect(holds('How high is the tower?', 'The tower stands 62 metres tall.')).toBe(true);
    expect(holds('How wide is the bridge?', 'The bridge is 300 metres long and 20 metres wide.')).toBe(true);
    expect(holds('How wide is the bridge?', 'The bridge is 300 metres long.')).toBe(false);
    expect(holds('How deep is the lake?', 'The lake is 40 metres deep.')).toBe(true);
  });

  it("takes a number after the measure's own name, with no unit, for its value", () => {
    const holds = (q: string, text: string): boolean => {
      const s = shapeOf(q);
      return holdsAnswerType(text, s.answerType ?? 'number', new Set(), s.units, s.measure);
    };
    expect(holds('How old was she when she first sang in public?', 'She first sang at a fair at the age of nine.')).toBe(true);
    expect(holds('How old was he?', 'He left school aged fourteen.')).toBe(true);
    expect(holds('How deep is the well?', 'It was dug to a depth of 40 in 1900.')).toBe(true);
    expect(holds('How old was she?', 'She sang in 1990 with nine others.')).toBe(false);
  });
});

// Before (main bb86cc4): the founder's death ranked second (the founding sentence first), the
// donor's trade refused.
const EXPECTED: unknown = [
  [
    ["When did the brewery's founder die?", 'first'],
    ['When did the brewery become profitable?', 'first'],
    ['Which rare animals live in the cellars?', 'first'],
    ['What feature earned the tower its listing?', 'first'],
    // "workers" of "employs 40 people": employee is worker's one commoner kind, and employ its
    // act (session 16, q30's commonerKinds; refused words-only before).
    ['How many workers does the brewery have now?', 'first'],
    // Near misses left: the founder's sentence holds the role and a date, not the marriage; a
    // measure's place without a value (the penalty of `UNTYPED_ODDS` is not enough for a
    // question with one topical word).
    ["When did the brewery's founder marry?", 'answered Harlow_brewery ¶1.2'],
    ['How deep are the cellars?', 'answered Harlow_brewery ¶1.4'],
    ['How steep is the lane to the brewery?', 'refused'],
  ],
  [
    // Refused until session 21 (q39): "set up" in the record is now read as WordNet's "set_up" (found), the founder's act.
    ["What was the occupation of the ferry's founder?", 'first'],
    ['Since when have cars been permitted on the ferry?', 'first'],
    ['How many boats did the storm sink?', 'first'],
    ['How high is the harbour wall?', 'first'],
    ['How deep is the harbour?', 'answered Corran_ferry ¶1.4'],
    ['Who rebuilt the church tower?', 'refused'],
    ['How much did the ferry tickets cost?', 'refused'],
  ],
  [
    ["What was the trade of the gardens' donor?", 'first'],
    ['Which birds live on the island?', 'first'],
    ['When did the glasshouse get listed status?', 'first'],
    ['How many members does the society have now?', 'first'],
    ['When was the lake excavated?', 'first'],
    ['How deep is the lake?', 'answered Pell_gardens ¶1.2'],
    ['Who dug the new canal?', 'refused'],
    ['Who gave the school its library?', 'refused'],
  ],
];
