import { describe, expect, it } from 'vitest';
import type { Sentence } from '../../src/record/types.js';
import { createSearchIndex } from '../../src/search/index.js';
import { cite, record } from './record.js';

/**
 * Session 25, q47: a sentence about a named body holds the nouns the record calls that body by
 * (`BODY_CONTEXT`): the noun after "is a" in a sentence opening with its name, and the definite
 * nouns its documents open a sentence with for it, where WordNet files them as the same sort of
 * thing. "Who started the company?" is then answered by the sentence naming the founders of the
 * body, though it calls it by its name or "It", not by the sentence writing "The company". Texts
 * of our own.
 */
/** A story with a headline (paragraph 0), as the record parser gives it. */
function withHeadline(doc: string, headline: string, paragraphs: readonly (readonly string[])[]): Sentence[] {
  const shift = headline.length + 2;
  const body = record(doc, paragraphs).map((s) => ({ ...s, start: s.start + shift, end: s.end + shift }));
  return [{ doc, paragraph: 0, sentence: 1, text: headline, start: 0, end: headline.length }, ...body];
}

/** Two paragraphs of one article, each its own document under the body's name, as a set of articles gives them. */
const BRUSHES = [
  ...withHeadline('brushes-1', 'Pellowdine Brushes 1', [
    [
      'Pellowdine Brushes is a brush manufacturer in Cawlstead, founded in 1902 by the sisters Maelis and Oddny Pellowdine.',
      'The firm first made its brushes from badger hair bought at the Brollby fair.',
    ],
  ]),
  ...withHeadline('brushes-2', 'Pellowdine Brushes 2', [
    [
      'The company has supplied paint brushes to the Coldharbour School of Art since 1958.',
      'It employs 40 people, most of them in Cawlstead.',
    ],
  ]),
];

const ICES = record('ices', [
  [
    'Trelyn Ices is an ice cream maker in the harbour town of Penwarne.',
    'It was founded in 1931 by Isobeth Vossick, who sold frozen custard from a handcart.',
    'The company moved to its present creamery on Gwinnet Road in 1968.',
  ],
]);

/** A name joined by "&", a predicate the tagger opens with a proper adjective, and "the company" as a subject further in. */
const CARDS = record('cards', [
  [
    'Astrid & Creel is a British greeting card publisher based in Penwarne.',
    'It was founded in 1983 by two illustrators, Maelis Trelyn and Oddny Vossick.',
    'Since 2016 the company has been owned by its staff.',
  ],
]);

/** A body the record calls by a noun of another sort only ("The decision …" is an act, not a maker). */
const WEIR = record('weir', [
  [
    'Yolsby Weir is a stone dam on the river above Penwarne.',
    'It was built in 1820 by the mill owners of the valley.',
    'The company that runs the mill was sold in 1990.',
  ],
]);

/** The first two sentences, answers or (in a record this small) suggestions, in order. */
const first = (sentences: readonly Sentence[], query: string, body?: number): string[] => {
  const r = createSearchIndex(sentences, body === undefined ? {} : { ranking: { body } }).search(query);
  return [...r.hits, ...(r.suggestions ?? [])].slice(0, 2).map((h) => cite(h.sentence));
};

describe('a sentence about a named body holds the nouns the record calls it by', () => {
  it('answers "Who started the company?" with the sentence naming the founders, in a document that calls the body "the firm"', () => {
    expect(first(BRUSHES, 'Who started the company?')[0]).toBe('brushes-1 ¶1.1');
  });

  it('answers "In what year was the company set up?" with the sentence whose "It" stands for the body', () => {
    // Alone since session 33 (q65): with "year" no word to look for, the move of 1968 shares only "company" with it.
    expect(first(ICES, 'In what year was the company set up?')).toEqual(['ices ¶1.2']);
  });

  it('reads a name joined by "&", the head of "a British greeting card publisher", and a definite subject after a fronted phrase', () => {
    expect(first(CARDS, 'Who started the company?')[0]).toBe('cards ¶1.2');
    expect(first(CARDS, 'Who started the company?', 0)[0]).toBe('cards ¶1.3');
  });

  it('without it, the sentence writing the noun comes first', () => {
    expect(first(BRUSHES, 'Who started the company?', 0)[0]).toBe('brushes-2 ¶1.1');
    expect(first(ICES, 'In what year was the company set up?', 0)[0]).toBe('ices ¶1.3');
  });

  it('lends no noun the record does not call the body by: a dam is no company', () => {
    expect(first(WEIR, 'When was the company sold?')[0]).toBe('weir ¶1.3');
    expect(first(WEIR, 'Who built the company?', 0)).toEqual(first(WEIR, 'Who built the company?'));
  });
});
