import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import winkNLP from 'wink-nlp';
import type Model from 'wink-eng-lite-web-model';
import { tag, tagWithoutEntities } from '../../src/understand/nlp.js';

// Its own file: `tagWithoutEntities` sets how this thread's tagger is built, before its first tag
// (as extract-worker.ts does), and vitest runs each file in a fresh module graph.
tagWithoutEntities();

/** Sentences of our own, with dates, sums, counts and names (what the entity pass finds). */
const SENTENCES = [
  'The Kestrel Valley water board said on 14 March that it would spend £3.2 million on new pipes.',
  'Orla Penrose, 52, told the inquiry she had warned the board twice in 2019.',
  'About 1,200 households lost supply for nine hours, the board said.',
  '"We are sorry," said its chair, Dr Hamid Kerr, who agreed to a review by June.',
  'Brismoor Council and the Tallis Trust signed a ten-year lease for the old pump house.',
];

describe('tagWithoutEntities (a thread that only extracts facts)', () => {
  it('gives exactly the tokens, tags, lemmas and offsets the full pipeline gives, and no entities', () => {
    const model = createRequire(import.meta.url)('wink-eng-lite-web-model') as typeof Model;
    const full = winkNLP(model, ['sbd', 'pos', 'ner']);
    const its = full.its as unknown as Record<'value' | 'pos' | 'lemma' | 'type', unknown>;
    let entitiesSeen = 0;
    for (const text of SENTENCES) {
      const doc = full.readDoc(text);
      const words = doc.tokens() as unknown as { out(h: unknown): string[] };
      entitiesSeen += (doc.entities() as unknown as { out(h: unknown): string[] }).out(its.type).length;
      const { tokens, entities } = tag(text);
      expect(entities).toEqual([]);
      expect(tokens.map((t) => t.text)).toEqual(words.out(its.value));
      expect(tokens.map((t) => t.pos)).toEqual(words.out(its.pos));
      expect(tokens.map((t) => t.lemma)).toEqual(words.out(its.lemma).map((l) => l.toLowerCase()));
      expect(tokens.every((t) => text.slice(t.start, t.end) === t.text)).toBe(true);
    }
    // The full pipeline does find entities in these sentences (dates, money, counts).
    expect(entitiesSeen).toBe(9);
    expect(tag(SENTENCES[0]!).tokens.find((t) => t.text === 'said')).toEqual({ text: 'said', start: 31, end: 35, pos: 'VERB', lemma: 'say' });
  });

  it('corrects names in capitals exactly as the full pipeline does, with no entity pass to say what is a time', () => {
    // The same sentences and tags as nlp-names.test.ts, which runs with the entity pass.
    const posOf = (text: string, word: string): string => tag(text).tokens.find((t) => t.text === word)!.pos;
    expect(posOf('Today Norvik Air opened a new route to the islands.', 'Today')).toBe('NOUN');
    expect(posOf("Following Tuesday's vote, the mayor resigned.", 'Following')).toBe('VERB');
    expect(posOf('Latch Mobility said it would buy the firm.', 'Latch')).toBe('PROPN');
  });
});
