import { describe, expect, it } from 'vitest';
import { createSearchIndex } from '../../src/search/index.js';
import { relatedWords } from '../../src/search/related.js';
import { COMPOSER, KIN_OFF_TOPIC, KIN_QUESTIONS, STORM } from '../fixtures/kin.js';
import { cite, record } from './record.js';

/**
 * Questions asking in other words than the record writes (tests/fixtures/kin.ts, our own
 * stories): a parent named through the child ("the daughter of a millwright"), "husband" of
 * "married" (src/search/related.ts `converseWords`, `modifiersOf`).
 */
const index = createSearchIndex([...COMPOSER, ...STORM]);
const NONE = { doc: 'refused', paragraph: 0, sentence: 0, text: '', start: 0, end: 0 };
const first = (q: string): string => cite(index.search(q).hits[0]?.sentence ?? NONE);

describe('kin and person nouns in other words', () => {
  it('reads a parent noun through the converse WordNet gives (child, son, daughter), a spouse through "married"', () => {
    expect(relatedWords('father').related.slice(-4)).toEqual(['child', 'children', 'daughter', 'son']);
    expect(relatedWords('mother').related.filter((w) => ['child', 'daughter', 'son', 'female'].includes(w))).toEqual(['child', 'daughter', 'son']);
    // A sibling opposite is no converse: a son's opposite kind is a daughter's, under the same "offspring".
    expect(relatedWords('son').related).toEqual(['boy']);
    expect(relatedWords('husband').related.slice(0, 3)).toEqual(['hubby', 'married', 'husbandly']);
    // "male_parent": "male" tells a father from a mother, under their own kind "parent": not read.
    expect(relatedWords('father').related).not.toContain('male');
    // Only person nouns' modifiers, and no modifier that is a noun too.
    expect(relatedWords('samoa').related).toEqual(['samoan']);
    expect(relatedWords('federal').related).toEqual([]);
  });

  it('answers the questions of our own set (first citation or refused), and refuses the off-topic ones', () => {
    // Before: 5 of 10 first, 3 refused ("trade", "consulted", "households lost power"). The trade is
    // now read as an occupation and "father" meets "daughter". Left: "do for a living" now goes
    // to "the children of the railway workers" (children and workers, as many words as the
    // answer); "husband" and "wed" of a sentence naming her "she" (the name wins); "consulted"
    // of "held by"; "power" of "electricity" (its second sense).
    expect(KIN_QUESTIONS.map(([q]) => [q, first(q)])).toEqual([
      ['What did Varga’s father do for a living?', 'composer ¶3.1'],
      ['What was Varga’s father’s trade?', 'composer ¶1.2'],
      ['Who was Varga’s husband?', 'composer ¶1.2'],
      ['When did Varga wed?', 'composer ¶1.2'],
      ['Where can her letters be consulted?', 'refused ¶0.0'],
      ['How many households lost power?', 'refused ¶0.0'],
      ['Who started the rowing club?', 'storm ¶2.1'],
      ['Who led the effort to stop the club closing?', 'storm ¶2.2'],
      ['When was the choir established?', 'composer ¶3.1'],
      ['How many houses had no electricity?', 'storm ¶1.2'],
    ]);
    expect(KIN_QUESTIONS.filter(([q, a]) => first(q) === a).length).toBe(5);
    expect(KIN_OFF_TOPIC.map((q) => [q, index.search(q).hits.length])).toEqual(KIN_OFF_TOPIC.map((q) => [q, 0]));
  });

  it('answers "husband" with "married" where the sentence names the person', () => {
    const named = createSearchIndex(
      record('composer', [
        [COMPOSER[0]?.text ?? '', COMPOSER[1]?.text ?? ''],
        ['In 1974 Varga married the cellist Anton Brel, whom she had met at the conservatory.'],
      ]),
    );
    expect(cite(named.search('Who was Varga’s husband?').hits[0]?.sentence ?? NONE)).toBe('composer ¶2.1');
  });
});
