/**
 * End-to-end golden case: the bundled article, parsed by the real loader, through both
 * extractors. The expected values are what a careful reader of the article would say.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/record/parse.js';
import type { Doc } from '../../src/record/types.js';
import { extractAgreements } from '../../src/understand/agreements.js';
import { extractStatements } from '../../src/understand/statements.js';

const FILE = fileURLToPath(new URL('../../knowledge/2020-10-30-china-us-military-contacts.txt', import.meta.url));

function load(): Doc {
  const r = parseDocument(readFileSync(FILE), { id: '2020-10-30-china-us-military-contacts', file: FILE });
  if (!r.ok) throw new Error(r.problem.reason);
  return r.doc;
}

describe('bundled article: speakers', () => {
  const doc = load();
  const statements = extractStatements(doc);
  const table = [...statements.entries()].flatMap(([k, list]) =>
    list.map((s) => {
      const r = s.speaker.resolution;
      return [k, s.speaker.name, s.speaker.mention, s.speaker.kind, r ? `${r.how}@${r.from.paragraph}.${r.from.sentence}` : '-', s.cue, s.direct];
    }),
  );

  it('finds every statement with its resolved speaker, in reading order', () => {
    expect(table).toEqual([
      ['0.1', 'Wu Qian', 'Chinese Defense Ministry spokesman Wu Qian', 'person', '-', 'said', false],
      ['1.1', 'Wu Qian', 'Chinese Defense Ministry spokesman Wu Qian', 'person', '-', 'said', false],
      // The two-sentence quote is attributed sentence by sentence to the name at its end.
      ['2.1', 'Wu Qian', 'Wu Qian', 'person', 'following-cue@2.2', 'said', true],
      ['2.2', 'Wu Qian', 'Wu Qian', 'person', '-', 'said', true],
      ['4.1', 'Wu Qian', 'he', 'person', 'following-cue@4.2', 'said', true],
      // "he said" → the person named last, in ¶2.
      ['4.2', 'Wu Qian', 'he', 'person', 'pronoun@2.2', 'said', true],
      // "According to Wu" → the full name used earlier.
      ['6.1', 'Wu Qian', 'Wu', 'person', 'surname@2.2', 'according to', false],
      ['7.1', 'China', 'China', 'country', '-', 'accused', false],
      // "According to Beijing" → the country whose capital it is.
      ['7.2', 'China', 'Beijing', 'country', 'capital@7.2', 'according to', false],
      ['7.3', 'the United States', 'The US', 'country', '-', 'insists', false],
    ]);
  });

  it('keeps the descriptor and verbatim content', () => {
    const head = statements.get('0.1')![0]!;
    expect(head.speaker.description).toBe('Chinese Defense Ministry spokesman');
    expect(head.content).toBe('Stable contacts between Chinese and US militaries are an important part of bilateral relations, in which both sides are interested');
    const quote = statements.get('4.2')![0]!;
    expect(quote.content).toBe(
      'The sides agreed to strengthen interaction between the military of the two countries and develop cooperation in areas of common interest',
    );
    const accused = statements.get('7.1')![0]!;
    expect(accused.content).toBe(
      'the US of building up a presence in the South China Sea by sending navy ships to conduct freedom of navigation operations',
    );
    // Every content is a verbatim slice of its sentence.
    const texts = new Map([doc.headline!, ...doc.paragraphs.flatMap((p) => p.sentences)].map((s) => [`${s.paragraph}.${s.sentence}`, s.text]));
    for (const [k, list] of statements) for (const s of list) expect(texts.get(k)!.includes(s.content)).toBe(true);
  });
});

describe('bundled article: agreements', () => {
  const doc = load();
  const agreements = extractAgreements(doc, extractStatements(doc));

  it('finds the two agreements with their collective parties resolved', () => {
    expect([...agreements.entries()].flatMap(([k, list]) => list.map((a) => ({ k, ...a })))).toEqual([
      {
        k: '4.2',
        parties: ["the Chinese Central Military Commission's Office for International Military Cooperation", "the United States' Department of Defense"],
        mention: 'The sides',
        cue: 'agreed',
        action: 'to strengthen interaction between the military of the two countries and develop cooperation in areas of common interest',
        resolution: { how: 'collective', from: { paragraph: 3, sentence: 1 } },
        status: 'reached',
        noun: null,
        refersTo: null,
      },
      {
        k: '5.2',
        parties: ['China', 'the United States'],
        mention: 'the parties',
        cue: 'agreed',
        action:
          'to hold an annual seminar on the provision of humanitarian assistance by the military and liquidation of the consequences of natural disasters by video conference, in mid-November',
        resolution: { how: 'collective', from: { paragraph: 5, sentence: 1 } },
        status: 'reached',
        noun: null,
        refersTo: null,
      },
    ]);
  });
});
