import { describe, expect, it } from 'vitest';
import { createSearchIndex } from '../../src/search/index.js';
import { DECISION, RANKING } from '../../src/search/options.js';
import { countsTheNoun, namesSomeone } from '../../src/search/shape.js';
import { cite, record } from './record.js';

/**
 * The answer-or-refuse decision of typed questions (session 22, q42), on a story of our own
 * writing (names invented): a "who" question's candidate that names nobody loses
 * `UNNAMED_DOER_ODDS`, and a count of the very noun a "how many" question counts is evidence as a
 * sum or a measure is (`COUNT_EVIDENCE`, read through `ANSWER_TYPE_ODDS`).
 */
const FARM = record('farm', [
  ['Brackwater Farm is a goat dairy on the edge of the moor above Lenby.', 'It was started in 1996 by Ilse Marrow with six goats bought at a county show.'],
  ['The herd has since grown to roughly 140 goats, most of them of the Saanen breed.', 'Their milk is made into a soft cheese that is sold at markets across the county.'],
  ['The cheese room is lined with white tiles and a mural of the moor in spring.', 'Visitors can watch the milking each afternoon from a raised gallery.'],
]);
const NONE = { doc: 'refused', paragraph: 0, sentence: 0, text: '', start: 0, end: 0 };
const OFF = { ...RANKING, untypedWho: 0, countOdds: 0 };

describe('what a typed question needs of its answer', () => {
  it('reads who a sentence could name: a name, a person or a body, a personal pronoun; not a thing', () => {
    const none = new Set<string>();
    expect(
      [
        'The cheese room is lined with white tiles and a mural of the moor in spring.',
        'She said the herd had doubled.',
        'The work was paid for by the parish council.',
        'It was started in 1996 by Ilse Marrow with six goats.',
        'Their milk is made into a soft cheese.',
        'The gate is painted with a band of blue stripes.',
      ].map((t) => namesSomeone(t, none)),
    ).toEqual([false, true, true, true, true, false]);
    // The question's own words name nobody: "Who are the cheesemakers?" of "The cheesemakers rise at five."
    expect(namesSomeone('The cheesemakers rise at five.', new Set(['cheesemak']))).toBe(false);
  });

  it('reads a count of the counted noun or a kind of it, not a year or another noun', () => {
    expect(countsTheNoun('The herd has since grown to roughly 140 goats.', 'goats')).toBe(true);
    expect(countsTheNoun('The herd has since grown to roughly 140 goats.', 'animals')).toBe(true);
    expect(countsTheNoun('It was started in 1996 by Ilse Marrow.', 'goats')).toBe(false);
    expect(countsTheNoun('It sells 140 cheeses a week.', 'goats')).toBe(false);
    // In words too, since session 27 (q52): "six goats" counts the very noun.
    expect(countsTheNoun('It was started with six goats.', 'goats')).toBe(true);
    expect(countsTheNoun('It was started with six cheeses.', 'goats')).toBe(false);
  });

  it('refuses a "who" question whose near-answering sentence names nobody, where it would have answered', () => {
    // The model's bar moved so the sentence lies just above it (the reader sets' unanswerable
    // questions: "Who designed the border?" of a sentence describing the border).
    const decision = { ...DECISION, intercept: DECISION.intercept - 6 };
    const q = 'Who painted the mural in the cheese room?';
    const on = createSearchIndex(FARM, { decision });
    const off = createSearchIndex(FARM, { decision, ranking: OFF });
    expect(cite(off.search(q).hits[0]?.sentence ?? NONE)).toBe('farm ¶3.1');
    expect(on.search(q).hits.map((h) => cite(h.sentence))).toEqual([]);
    expect(on.search(q).suggestions.map((h) => cite(h.sentence))[0]).toBe('farm ¶3.1');
    // A question not opening with "who" is not read so.
    expect(cite(on.search('Who started the farm?').hits[0]?.sentence ?? NONE)).toBe(cite(off.search('Who started the farm?').hits[0]?.sentence ?? NONE));
  });

  it('answers a "how many" question with the sentence counting its noun when nothing else answers', () => {
    // The bar moved so that no sentence answers: then the one within `ANSWER_TYPE_ODDS` of it that
    // counts goats does, the best of them ("140 goats"; "six goats" at the start counts goats too,
    // in words, but is further from the question).
    const decision = { ...DECISION, intercept: DECISION.intercept - 12 };
    const q = 'How many goats are there now?';
    const on = createSearchIndex(FARM, { decision });
    const off = createSearchIndex(FARM, { decision, ranking: OFF });
    expect(off.search(q).hits.map((h) => cite(h.sentence))).toEqual([]);
    expect(on.search(q).hits.map((h) => cite(h.sentence))).toEqual(['farm ¶2.1']);
  });
});
