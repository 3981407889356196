import { beforeAll, describe, expect, it } from 'vitest';
import { sentencesOf } from '../../src/record/types.js';
import { extractAgreements, resolveCollectiveSpeakers } from '../../src/understand/agreements.js';
import { analyzeDocument } from '../../src/understand/analyze.js';
import { tag, taggedAfresh, withTagsAhead } from '../../src/understand/nlp.js';
import { extractStatements } from '../../src/understand/statements.js';
import { sentenceKey } from '../../src/understand/types.js';
import { docOf } from '../understand/statements-fixture.js';

// Issue 15 (p27): a document's sentences are tagged in one loop before its readers run
// (`withTagsAhead`), which costs about a third of tagging each where a reader first asks; the
// facts are the very same.

const HARBOUR = [
  'Harbour master Ilse Varga said the north quay at Penwarra would reopen in May.',
  '"We have waited long enough for this," she told reporters on Friday.',
  'Dunmore Ferries and Kell Shipping signed a deal on Tuesday to share the berth.',
].join('\n');

describe('withTagsAhead', () => {
  beforeAll(() => {
    // The tagger's model loads on the first tag (seconds on a loaded machine).
    tag('Warm the tagger up.');
  }, 60_000);

  it('tags each distinct text once, ahead, and serves the run from those tags', () => {
    const texts = ['Orla Penhale rowed to Carrick Point at dawn.', 'The tide turned at noon in Carrick Bay.', 'Orla Penhale rowed to Carrick Point at dawn.'];
    const before = taggedAfresh();
    const seen = withTagsAhead(texts, () => {
      expect(taggedAfresh() - before).toBe(2);
      const first = tag(texts[0]!);
      expect(tag(texts[0]!)).toBe(first);
      expect(first.tokens.map((t) => t.text)).toEqual(['Orla', 'Penhale', 'rowed', 'to', 'Carrick', 'Point', 'at', 'dawn', '.']);
      expect(first.tokens.map((t) => t.pos)).toEqual(['PROPN', 'PROPN', 'VERB', 'ADP', 'PROPN', 'PROPN', 'ADP', 'NOUN', 'PUNCT']);
      return tag(texts[1]!).tokens.map((t) => t.lemma);
    });
    expect(seen).toEqual(['the', 'tide', 'turn', 'at', 'noon', 'in', 'carrick', 'bay', '.']);
    // Nothing was tagged again inside the run.
    expect(taggedAfresh() - before).toBe(2);
  }, 60_000);

  it('gives a document the same facts as its readers tagging on demand', () => {
    const doc = docOf(HARBOUR);
    const facts = analyzeDocument(doc);
    const raw = extractStatements(doc);
    const agreements = extractAgreements(doc, raw);
    const statements = resolveCollectiveSpeakers(doc, raw);
    for (const s of sentencesOf(doc)) {
      const key = sentenceKey(s);
      expect(facts.get(key)?.statements).toEqual(statements.get(key) ?? []);
      expect(facts.get(key)?.agreements).toEqual(agreements.get(key) ?? []);
    }
    const keys = sentencesOf(doc).map(sentenceKey);
    expect(keys.map((k) => facts.get(k)?.statements.map((st) => st.speaker.name))).toEqual([['Ilse Varga'], ['Ilse Varga'], []]);
    expect(keys.map((k) => facts.get(k)?.agreements.map((a) => [a.parties, a.status]))).toEqual([[], [], [[['Dunmore Ferries', 'Kell Shipping'], 'signed']]]);
  }, 60_000);
});
