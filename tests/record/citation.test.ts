import path from 'node:path';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { citeOf, parseCitation, resolveCitation } from '../../src/record/citation.js';
import { loadKnowledge } from '../../src/record/load.js';
import { parseDocument } from '../../src/record/parse.js';
import { sentencesOf, type Doc, type Sentence } from '../../src/record/types.js';

const FIXTURES = path.join(import.meta.dirname, '..', 'fixtures', 'record', 'knowledge');

let docs: Doc[];
beforeAll(async () => {
  docs = (await loadKnowledge(FIXTURES)).docs;
});

function doc(id: string, text: string): Doc {
  const r = parseDocument(Buffer.from(text), { id, file: `${id}.txt` });
  if (!r.ok) throw new Error(r.problem.reason);
  return r.doc;
}

function found(input: string, within: readonly Doc[] = docs): Sentence {
  const r = resolveCitation(within, input);
  if (!r.ok) throw new Error(`unresolved ${input}: ${r.reason}`);
  return r.sentence;
}

describe('citeOf', () => {
  it('writes document, paragraph sign, paragraph.sentence; the headline is ¶0.1', () => {
    expect(citeOf({ doc: 'regional/ferry-strike', paragraph: 3, sentence: 2 })).toBe('regional/ferry-strike ¶3.2');
    expect(citeOf({ doc: 'harbour-vote', paragraph: 0, sentence: 1 })).toBe('harbour-vote ¶0.1');
  });
});

describe('parseCitation', () => {
  it('reads the forms people type', () => {
    const cases: Array<[string, ReturnType<typeof parseCitation>]> = [
      ['¶3.1', { doc: null, paragraph: 3, sentence: 1 }],
      ['p3.1', { doc: null, paragraph: 3, sentence: 1 }],
      ['para 3.2', { doc: null, paragraph: 3, sentence: 2 }],
      ['3.1', { doc: null, paragraph: 3, sentence: 1 }],
      ['3:1', { doc: null, paragraph: 3, sentence: 1 }],
      ['¶4', { doc: null, paragraph: 4, sentence: 1 }],
      ['my-doc 3.1', { doc: 'my-doc', paragraph: 3, sentence: 1 }],
      ['my-doc#3.1', { doc: 'my-doc', paragraph: 3, sentence: 1 }],
      ['  my-doc   ¶ 3 . 1  ', { doc: 'my-doc', paragraph: 3, sentence: 1 }],
      ['my-doc p3.1', { doc: 'my-doc', paragraph: 3, sentence: 1 }],
      ['news/2021 q1 ¶12.10', { doc: 'news/2021 q1', paragraph: 12, sentence: 10 }],
      ['my-doc headline', { doc: 'my-doc', paragraph: 0, sentence: 1 }],
      ['Title', { doc: null, paragraph: 0, sentence: 1 }],
      ['my-doc ¶0.1', { doc: 'my-doc', paragraph: 0, sentence: 1 }],
    ];
    for (const [input, want] of cases) expect([input, parseCitation(input)]).toEqual([input, want]);
  });

  it('refuses text that names no paragraph', () => {
    for (const input of ['', '   ', 'harbour', 'report-2020', 'doc7', 'subtitle']) expect([input, parseCitation(input)]).toEqual([input, null]);
  });
});

describe('resolveCitation', () => {
  it('finds a sentence by full id, prefix, last path part or inner part', () => {
    expect(found('harbour-vote ¶2.2').text).toBe('The engineers need another month," council chair Dr. Ines Marlow said after the meeting.');
    expect(found('harb 1.2').text).toBe('Members said the cost estimate of $41.5 million was out of date.');
    expect(found('ferry-strike ¶2.2').text).toBe('The union said its members had won a 6.5 percent raise.');
    expect(found('FARM#2.1').text).toBe('The ministry signed the permit on Thursday.');
    expect(found('wind-farm headline').text).toBe('Offshore wind farm wins its permit');
  });

  it('lets a single document go unnamed', () => {
    const only = [doc('solo', 'One here. Two here.\n\nThree here.')];
    expect(found('¶1.2', only).text).toBe('Two here.');
    expect(found('2.1', only).text).toBe('Three here.');
  });

  it('explains what is wrong, with candidates', () => {
    expect(resolveCitation(docs, '¶1.1')).toEqual({
      ok: false,
      reason: 'Which document? The record has 3; put its name first, e.g. "harbour-vote ¶1.1".',
      candidates: ['harbour-vote', 'regional/ferry-strike', 'wind-farm'],
    });
    expect(resolveCitation(docs, 'a 1.1')).toEqual({
      ok: false,
      reason: '"a" matches 3 documents; write more of the name.',
      candidates: ['harbour-vote', 'regional/ferry-strike', 'wind-farm'],
    });
    expect(resolveCitation(docs, 'tram 1.1')).toEqual({
      ok: false,
      reason: 'No document named "tram" in the record.',
      candidates: ['harbour-vote', 'regional/ferry-strike', 'wind-farm'],
    });
    expect(resolveCitation(docs, 'harbour-vote ¶9.1')).toEqual({ ok: false, reason: 'harbour-vote has 4 paragraphs; there is no ¶9.' });
    expect(resolveCitation(docs, 'harbour-vote ¶2.3')).toEqual({ ok: false, reason: 'harbour-vote ¶2 has 2 sentences; there is no ¶2.3.' });
    expect(resolveCitation(docs, 'ferry headline')).toEqual({ ok: false, reason: 'regional/ferry-strike has no headline; its paragraphs count from ¶1.' });
    expect(resolveCitation(docs, 'wind ¶0.2')).toEqual({ ok: false, reason: 'The headline of wind-farm is one sentence: wind-farm ¶0.1.' });
    expect(resolveCitation(docs, 'what is this')).toEqual({
      ok: false,
      reason: 'Not a citation: "what is this". Write the document and the paragraph.sentence, e.g. "harbour-vote ¶1.1".',
    });
  });

  it('round-trips every sentence of the fixture record through its citation', () => {
    const all = docs.flatMap((d) => sentencesOf(d));
    expect(all.length).toBe(27);
    for (const s of all) {
      const r = resolveCitation(docs, citeOf(s));
      expect(r.ok && r.sentence).toEqual(s);
    }
  });

  it('round-trips citations of generated documents, also with one document and typed variants', () => {
    const word = fc.constantFrom('ferry', 'council', 'Pier', 'tolls', 'rose', '2.5', 'Dr.', 'U.S.', 'quietly', '"Yes,"');
    const sentence = fc.array(word, { minLength: 1, maxLength: 6 }).map((ws) => `${ws.join(' ')}.`);
    const paragraph = fc.array(sentence, { minLength: 1, maxLength: 4 }).map((ss) => ss.join(' '));
    const body = fc.array(paragraph, { minLength: 1, maxLength: 5 }).map((ps) => ps.join('\n\n'));
    const id = fc.constantFrom('alpha', 'beta/gamma', 'alpha-2', 'delta 7');
    fc.assert(
      fc.property(fc.uniqueArray(fc.tuple(id, body), { minLength: 1, maxLength: 3, selector: ([i]) => i }), fc.boolean(), (specs, withHeader) => {
        const record = specs.map(([i, b]) => doc(i, withHeader ? ` date 2024-02-29 Headline of ${i}\n\n${b}` : b));
        for (const d of record) {
          for (const s of sentencesOf(d)) {
            const r = resolveCitation(record, citeOf(s));
            if (!r.ok || r.sentence !== s || r.doc !== d) return false;
            const hash = resolveCitation(record, `${s.doc}#${s.paragraph}.${s.sentence}`);
            if (!hash.ok || hash.sentence !== s) return false;
          }
        }
        return true;
      }),
      { numRuns: 200 },
    );
  });
});
