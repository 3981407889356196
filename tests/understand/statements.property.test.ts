import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractAgreements } from '../../src/understand/agreements.js';
import { extractStatements } from '../../src/understand/statements.js';
import { docOf } from './statements-fixture.js';

/** Words that exercise the extractors' cues, quotes and names, mixed with arbitrary text. */
const WORDS = [
  'said', 'says', 'told', 'reporters', 'according', 'to', 'he', 'she', 'they', 'it', 'the', 'two', 'sides', 'agreed', 'signed', 'pledged',
  'and', 'Jane', 'Doe', 'Beijing', 'ministry', 'spokesman', ',', '.', '"', '“', '”', '‘', '’', ':', 'that', 'not', 'if', 'both', 'countries',
  'China', 'Mr.', 'officials', 'from', 'on', 'Monday', '—', '(', ')', 'which', 'who', 'deal', 'a', 'with',
];
const sentence = fc
  .array(fc.oneof(fc.constantFrom(...WORDS), fc.string({ minLength: 1, maxLength: 6 })), { minLength: 1, maxLength: 25 })
  .map((ws) => ws.join(' ').replace(/\n/g, ' ').trim())
  .filter((s) => s.length > 0);
const body = fc
  .array(fc.array(sentence, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 4 })
  .map((ps) => ps.map((p) => p.join('\n')).join('\n\n'));

describe('extractors on arbitrary text', () => {
  it('never throw, and every content, mention and action is a verbatim slice of its sentence', () => {
    fc.assert(
      fc.property(body, (text) => {
        const doc = docOf(text);
        const texts = new Map(doc.paragraphs.flatMap((p) => p.sentences).map((s) => [`${s.paragraph}.${s.sentence}`, s.text]));
        const statements = extractStatements(doc);
        for (const [k, list] of statements)
          for (const st of list) {
            expect(texts.get(k)!.includes(st.content)).toBe(true);
            expect(st.content.length).toBeGreaterThan(0);
            expect(st.speaker.name.length).toBeGreaterThan(0);
          }
        for (const [k, list] of extractAgreements(doc, statements))
          for (const a of list) {
            expect(texts.get(k)!.includes(a.action)).toBe(true);
            expect(a.parties.length).toBeGreaterThan(0);
          }
      }),
      { numRuns: 400 },
    );
    // ~1.3 s of CPU; the budget is for a machine with many jobs on 2 cores (it took 22–57 s at load 20–40).
  }, 90_000);

  it('read a sentence ending in "to <verb> that" with nothing after it (fast-check found it: the tag after "that" was read past the end)', () => {
    for (const text of ['## to said that\n!', 'She was quick to say that']) expect(extractStatements(docOf(text)).size).toBe(0);
  });

  it('read a deal whose "with" is followed by names to the very end of the sentence (fast-check found it: the scan for a name run\'s next word ran past the last token)', () => {
    const doc = docOf('B deal ! with B \\@0');
    expect(extractAgreements(doc, extractStatements(doc)).size).toBe(0);
  });

  it('read a very long sentence with many commas and cues completely (no quadratic scans)', () => {
    const long = Array.from({ length: 3000 }, (_, i) => (i % 7 === 0 ? 'the sides agreed to meet, he said,' : 'word')).join(' ');
    const doc = docOf(long);
    const agreements = extractAgreements(doc, extractStatements(doc)).get('1.1') ?? [];
    // One agreement per "agreed", each cut before the next cue's subject.
    expect(agreements.length).toBe(Math.ceil(3000 / 7));
    expect(agreements[1]!.action).toBe('to meet');
  });
});
