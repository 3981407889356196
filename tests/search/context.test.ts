import { describe, expect, it } from 'vitest';
import type { Sentence } from '../../src/record/types.js';
import { createSearchIndex, exhaustiveSearch } from '../../src/search/index.js';
import type { SearchHit, SearchOutcome } from '../../src/search/types.js';
import { cite, record } from './record.js';

/**
 * A question's sentence read with its context (the sentence before it, the headline), a letter
 * swap as one typo, and a question naming what the record lacks: on stories of our own writing
 * (names and places invented, except the Arizona towns of the last one).
 */
const cites = (hits: readonly SearchHit[]): string[] => hits.map((h) => cite(h.sentence));
const scores = (hits: readonly SearchHit[]): number[] => hits.map((h) => Math.round(h.score * 1000));
const both = (o: SearchOutcome): [string[], string[]] => [cites(o.hits), cites(o.suggestions)];

/** A story with a headline (paragraph 0), as the record parser gives it. */
function withHeadline(doc: string, headline: string, paragraphs: readonly (readonly string[])[]): Sentence[] {
  const shift = headline.length + 2;
  const body = record(doc, paragraphs).map((s) => ({ ...s, start: s.start + shift, end: s.end + shift }));
  return [{ doc, paragraph: 0, sentence: 1, text: headline, start: 0, end: headline.length }, ...body];
}

const TEAM = record('hawks', [
  ['Marco Vella joined the Harwick Hawks from Dunmore in 2019.', 'He led the team in tackles (118) and interceptions last season.'],
  ['The Hawks reported record ticket sales.', 'Tackles by the defence fell sharply in the second half.'],
]);
const team = createSearchIndex(TEAM);

describe('a sentence opening with a pronoun is read with the sentence before it', () => {
  it('answers a question whose name stands in the previous sentence', () => {
    // ¶1.2 holds "tackles" and says "He": Vella, named in ¶1.1, counts for it at 0.6, so it holds
    // two of the question's terms and answers. ¶2.2 holds "tackles" alone (its previous sentence
    // names no Vella): one term of three, not an answer. ¶1.1 holds "Vella" alone.
    expect(both(team.search('How many tackles did Vella register?'))).toEqual([['hawks ¶1.2'], []]);
    expect(scores(team.search('How many tackles did Vella register?').hits)).toEqual([311]);
  });

  it('a personal pronoun among its first three words points back too', () => {
    // ¶1.2 says "it" as its second word: the substation of ¶1.1 counts for it at 0.6, so with
    // "take" (light) and "construct" as "building" (WordNet) it answers; a pronoun further in
    // ("… near it") points to the sentence's own subject and reads ¶2.1 at 0.3 only.
    const GRID = record('grid', [
      ['Northern Power said the Mill Lane depot would need a new substation.', 'Building it is expected to take 18 months.'],
      ['The depot has room for 40 buses.', 'Engineers will start building a workshop near it in May.'],
    ]);
    expect(cites(createSearchIndex(GRID).search('How long will the substation take to construct?').hits)).toEqual(['grid ¶1.2']);
  });

  it('a topic is looked for in the sentences that hold it, not in their context', () => {
    // The same two words as a topic: no sentence holds both, so nothing answers. Among the
    // suggestions ¶2.2 ("Tackles", and "fell" a loose two letters from "Vella") comes before ¶1.1
    // ("Vella" alone): under the square root of its IDF the rarer name no longer outweighs both.
    expect(both(team.search('Vella tackles'))).toEqual([[], ['hawks ¶2.2', 'hawks ¶1.1', 'hawks ¶1.2']]);
  });

  it('fast path and exhaustive fuse.js agree on questions read with context', () => {
    for (const q of ['How many tackles did Vella register?', 'When did Vella join the Hawks?', 'Who led the team in interceptions?']) {
      const fast = team.search(q);
      const slow = exhaustiveSearch(TEAM, q);
      expect(fast.hits.map((h) => [cite(h.sentence), h.score])).toEqual(slow.hits.map((h) => [cite(h.sentence), h.score]));
    }
  });
});

describe('a sentence is read with its story’s headline', () => {
  const NEWS = [
    ...withHeadline('bridge', 'Harbour bridge reopens after repairs', [['Engineers checked two steel beams for cracks.', 'Traffic resumed on Friday.']]),
    ...withHeadline('budget', 'City budget approved', [['Engineers checked the tax forecast for errors.']]),
  ];
  const news = createSearchIndex(NEWS);

  it('the story named by the headline answers first', () => {
    // bridge ¶1.1 holds "engineers" and "checked", and "harbour bridge" through its headline
    // (0.5 each); the headline itself holds "harbour bridge" and nothing the question asks for
    // (0.503); budget ¶1.1 holds the same two words as bridge ¶1.1 in another story (0.399).
    const o = news.search('What did engineers check on the harbour bridge?');
    expect(cites(o.hits)).toEqual(['bridge ¶1.1', 'bridge ¶0.1', 'budget ¶1.1']);
    expect(scores(o.hits)).toEqual([651, 503, 399]);
  });

  it('a topic search does not read headlines into sentences', () => {
    // The two body sentences hold the same words: a tie, kept in record order.
    const o = news.search('engineers checked bridge');
    expect([cites(o.hits), scores(o.hits)]).toEqual([['bridge ¶1.1', 'budget ¶1.1'], [579, 579]]);
  });
});

describe('names', () => {
  const CITY = createSearchIndex(record('city', [['The city of Tucson grew to 520,116 people by 2010.'], ['Phoenix and Mesa are larger.']]));

  it('two swapped letters are one typo, so a misspelt name is still in the record', () => {
    // "Tuscon" is two Levenshtein edits from "Tucson" (fuse.js counts two errors); as one slip it
    // keeps 0.69 of a match, above the bar for a name present in the record.
    expect(both(CITY.search('How many people lived in Tuscon?'))).toEqual([['city ¶1.1'], []]);
  });

  it('a question is refused when the record lacks most of the names it writes', () => {
    // Yuma is absent: one of two names, answered. Flagstaff and Yuma absent: two of three, refused.
    expect(both(CITY.search('How many people lived in Tucson and Yuma by 2010?'))).toEqual([['city ¶1.1'], []]);
    expect(both(CITY.search('How many people lived in Tucson, Flagstaff and Yuma by 2010?'))).toEqual([[], ['city ¶1.1']]);
  });
});
