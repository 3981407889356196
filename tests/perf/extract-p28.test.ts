import { beforeAll, describe, expect, it } from 'vitest';
import { sentencesOf } from '../../src/record/types.js';
import { extractAgreements, resolveCollectiveSpeakers } from '../../src/understand/agreements.js';
import { analyzeDocument } from '../../src/understand/analyze.js';
import { dropEntityFreeTagger, tag, taggedAfresh, withoutEntities, withTagsAhead, type Tagged } from '../../src/understand/nlp.js';
import { extractStatements } from '../../src/understand/statements.js';
import { sentenceKey } from '../../src/understand/types.js';
import { docOf } from '../understand/statements-fixture.js';

// Issue 15 (p28): `tag` is a function of its text. wink's tokenizer adds every word it does not
// know to the model's lexeme table and keeps a raw token whole once it is found there, so a text's
// tokens used to depend on what the thread had tagged before it. Each pipeline now forgets what a
// text added (all but plain words, which read the same found or not), and a possessive before a
// closing mark is split as it is everywhere else.

const show = (tagged: Tagged): string[] => tagged.tokens.map((t) => `${t.text}/${t.pos}/${t.lemma}@${t.start}`);

/** The tags of `texts` in turn, by a pipeline built for them alone (the entity-free one, dropped after). */
function freshly(texts: readonly string[]): Tagged[] {
  try {
    return withoutEntities(() => texts.map((t) => tag(t)));
  } finally {
    dropEntityFreeTagger();
  }
}

describe('tag, a function of its text', () => {
  beforeAll(() => {
    // The tagger's model loads on the first tag (seconds on a loaded machine).
    tag('Warm the tagger up.');
  }, 60_000);

  it('gives a text the same tokens, tags and lemmas after any other text as alone', () => {
    const ending = "The new kiln could be worth £3 million a year to Pelham's.";
    const opening = "Pelham's is also weighing a second kiln in Wrayford, its chief said.";
    const [alone] = freshly([opening]);
    const [, after] = freshly([ending, opening]);
    expect(show(after!)).toEqual(show(alone!));
    expect(show(alone!)).toEqual([
      'Pelham/PROPN/pelham@0', "'s/PART/'s@6", 'is/AUX/be@9', 'also/ADV/also@12', 'weighing/VERB/weigh@17', 'a/DET/a@26', 'second/ADJ/second@28',
      'kiln/NOUN/kiln@35', 'in/ADP/in@40', 'Wrayford/PROPN/wrayford@43', ',/PUNCT/,@51', 'its/PRON/its@53', 'chief/ADJ/chief@57', 'said/VERB/say@63', './PUNCT/.@67',
    ]);
    // And the other way round: the sentence that ends in the possessive, alone and after the other.
    const [endingAlone] = freshly([ending]);
    const [, endingAfter] = freshly([opening, ending]);
    expect(show(endingAfter!)).toEqual(show(endingAlone!));
  }, 60_000);

  it('splits a possessive before a full stop, comma, colon or closing quote as it does before a word', () => {
    const [stop, comma, colon, quote, word] = freshly([
      "The order went to Pelham's.",
      "It is ours, not the company's, she said.",
      "The choice was Pelham’s: a kiln or a shed.",
      '"We trust Pelham\'s."',
      "Pelham's kiln is old.",
    ]);
    expect(stop!.tokens.map((t) => `${t.text}/${t.pos}`)).toEqual(['The/DET', 'order/NOUN', 'went/VERB', 'to/ADP', 'Pelham/PROPN', "'s/PART", './PUNCT']);
    expect(comma!.tokens.map((t) => `${t.text}/${t.pos}`)).toEqual(['It/PRON', 'is/AUX', 'ours/PRON', ',/PUNCT', 'not/PART', 'the/DET', 'company/NOUN', "'s/PART", ',/PUNCT', 'she/PRON', 'said/VERB', './PUNCT']);
    expect(colon!.tokens.slice(3, 6).map((t) => `${t.text}/${t.pos}`)).toEqual(['Pelham/PROPN', '’s/PART', ':/PUNCT']);
    expect(quote!.tokens.map((t) => `${t.text}/${t.pos}`)).toEqual(['"/PUNCT', 'We/PRON', 'trust/VERB', 'Pelham/PROPN', "'s/PART", './PUNCT', '"/PUNCT']);
    expect(word!.tokens.slice(0, 3).map((t) => `${t.text}/${t.pos}`)).toEqual(['Pelham/PROPN', "'s/PART", 'kiln/NOUN']);
    // Offsets are those of the text as written (the tokenizer read it with spaces around "'s").
    expect(stop!.tokens.slice(4).map((t) => [t.start, t.end])).toEqual([[18, 24], [24, 26], [26, 27]]);
  }, 60_000);

  it('leaves a contraction the model knows to its own expansion', () => {
    const [that] = freshly(["That's, in short, what Orla's crew wants."]);
    expect(that!.tokens.map((t) => `${t.text}/${t.pos}/${t.lemma}`)).toEqual([
      'That/PRON/that', "'s/AUX/be", ',/PUNCT/,', 'in/ADP/in', 'short/ADJ/short', ',/PUNCT/,', 'what/PRON/what', 'Orla/PROPN/orla', "'s/PART/'s", 'crew/NOUN/crew', 'wants/VERB/want', './PUNCT/.',
    ]);
  }, 60_000);

  it('builds a pipeline afresh as often as asked (the model reads its custom-entity tables once)', () => {
    // The model's own reader doubles its tables' string on each call: the 21st call threw.
    for (let i = 0; i < 21; i++) expect(freshly([`Round ${i} went to Pelham's.`])[0]!.tokens.length).toBe(7);
  }, 300_000);
});

// Then a document's sentences are tagged in one loop before its readers run (`withTagsAhead`,
// first written by p27 and taken back while tags depended on their order): the same tags, so the
// same facts, for less tagging time.
describe('withTagsAhead', () => {
  it('tags each distinct text once, ahead, and serves the run from those tags', () => {
    const texts = ['Orla Penhale rowed to Carrick Point at dawn.', 'The tide turned at noon in Carrick Bay.', 'Orla Penhale rowed to Carrick Point at dawn.'];
    const before = taggedAfresh();
    const seen = withTagsAhead(texts, () => {
      expect(taggedAfresh() - before).toBe(2);
      const first = tag(texts[0]!);
      expect(tag(texts[0]!)).toBe(first);
      expect(first.tokens.map((t) => `${t.text}/${t.pos}`)).toEqual(['Orla/PROPN', 'Penhale/PROPN', 'rowed/VERB', 'to/ADP', 'Carrick/PROPN', 'Point/PROPN', 'at/ADP', 'dawn/NOUN', './PUNCT']);
      return tag(texts[1]!).tokens.map((t) => t.lemma);
    });
    expect(seen).toEqual(['the', 'tide', 'turn', 'at', 'noon', 'in', 'carrick', 'bay', '.']);
    expect(taggedAfresh() - before).toBe(2);
  }, 60_000);

  it("gives a document the facts its readers give tagging on demand, a possessive before a full stop and all", () => {
    const doc = docOf(
      [
        "The bakery chain Pelham's has agreed to let the Wrayford group Corvane open 12 shops under a franchise deal.",
        "Corvane will pay Pelham's a fee on every loaf sold, its chief Ida Brenn said.",
        "Analysts said the deal could be worth £3 million a year to Pelham's.",
      ].join('\n'),
    );
    const facts = withoutEntities(() => analyzeDocument(doc));
    const raw = withoutEntities(() => extractStatements(doc));
    const agreements = withoutEntities(() => extractAgreements(doc, raw));
    const statements = withoutEntities(() => resolveCollectiveSpeakers(doc, raw));
    dropEntityFreeTagger();
    const keys = sentencesOf(doc).map(sentenceKey);
    for (const key of keys) {
      expect(facts.get(key)?.statements).toEqual(statements.get(key) ?? []);
      expect(facts.get(key)?.agreements).toEqual(agreements.get(key) ?? []);
    }
    expect(keys.map((k) => facts.get(k)?.statements.map((st) => st.speaker.name))).toEqual([[], ['Ida Brenn'], ['Analysts']]);
    expect(keys.map((k) => facts.get(k)?.agreements.map((a) => [a.parties, a.status]))).toEqual([[[["the bakery chain Pelham's"], 'reached']], [], [[["the bakery chain Pelham's"], 'reached']]]);
  }, 60_000);
});
