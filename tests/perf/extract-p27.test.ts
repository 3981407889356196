import { describe, expect, it } from 'vitest';
import { tag } from '../../src/understand/nlp.js';
import { extractStatements } from '../../src/understand/statements.js';
import { docOf } from '../understand/statements-fixture.js';

// Issue 15 (p27, p28): wink's tokenizer kept a whole raw token it had met before ("Tollan's"
// written before a full stop was learnt whole) and split one it had not ("Tollan" + "'s"), so a
// text's tokens depended on what this thread tagged before it. Since p28 each pipeline forgets what
// a text taught it, and a possessive before a closing mark is split as everywhere else: the same
// tokens in either order (tests/perf/extract-p28.test.ts tests the purity itself).

const show = (text: string): string[] => tag(text).tokens.map((t) => `${t.text}/${t.pos}`);

describe("the tagger's memory of raw tokens", () => {
  it('splits a possessive whether or not a sentence that ends in it came first', () => {
    const possessive = "Tollan's is also considering a bakery in Penwick.";
    const ending = "The new loaf could be worth £2 million a year to Tollan's.";
    expect(show(possessive)).toEqual(['Tollan/PROPN', "'s/PART", 'is/AUX', 'also/ADV', 'considering/VERB', 'a/DET', 'bakery/NOUN', 'in/ADP', 'Penwick/PROPN', './PUNCT']);
    expect(show(ending)).toEqual(['The/DET', 'new/ADJ', 'loaf/NOUN', 'could/AUX', 'be/AUX', 'worth/ADJ', '£/SYM', '2/NUM', 'million/NUM', 'a/DET', 'year/NOUN', 'to/ADP', 'Tollan/PROPN', "'s/PART", './PUNCT']);
    // The same words about another firm, the sentence end met first: the same tokens.
    const ending2 = "The new loaf could be worth £2 million a year to Marrow's.";
    const possessive2 = "Marrow's is also considering a bakery in Penwick.";
    expect(show(ending2)).toEqual(['The/DET', 'new/ADJ', 'loaf/NOUN', 'could/AUX', 'be/AUX', 'worth/ADJ', '£/SYM', '2/NUM', 'million/NUM', 'a/DET', 'year/NOUN', 'to/ADP', 'Marrow/PROPN', "'s/PART", './PUNCT']);
    expect(show(possessive2)).toEqual(['Marrow/PROPN', "'s/PART", 'is/AUX', 'also/ADV', 'considering/VERB', 'a/DET', 'bakery/NOUN', 'in/ADP', 'Penwick/PROPN', './PUNCT']);
  }, 60_000);
});

describe('a short form of a body named before (shortFormOf, tried only where the word is written)', () => {
  it('reads a lone word as the longest body name it opens, and not inside a longer name', () => {
    const doc = docOf(['Quillon Tidewater Freight raised its prices on Monday.', 'Staff at Old Quillon Mill were not told.', 'Quillon said the rise would cover fuel.'].join('\n'));
    const found = [...extractStatements(doc).values()].flat().map((st) => [st.speaker.name, st.speaker.kind, st.speaker.resolution?.how ?? null]);
    expect(found).toEqual([['Quillon Tidewater Freight', 'organisation', 'collective']]);
  }, 60_000);
});
