import { beforeAll, describe, expect, it } from 'vitest';
import { analyzeDocument } from '../../src/understand/analyze.js';
import { docOf } from './statements-fixture.js';

/**
 * Session 24 (p31, issue 15): the readers that now skip work by a cheap test first (a name's head
 * nouns per sentence read, "who" before the relative-clause scan, "-up" and "to VERB" before two
 * deal hints, a surname written before its courtesy-title pattern, a role word's name once per
 * document) still find what they found, in sentences of our own writing.
 */
function facts(body: string): string[] {
  const out: string[] = [];
  for (const [key, f] of analyzeDocument(docOf(body))) {
    for (const s of f.statements) out.push(`${key} said: ${s.speaker.name} (${s.speaker.kind})`);
    for (const a of f.agreements) out.push(`${key} agreed: ${a.parties.join(' + ')} (${a.status})`);
  }
  return out;
}

// (The tagger and WordNet load once, on a shared machine slowly.)
beforeAll(() => void facts('Pellbury Weaving signed a deal with Keswin Presses.'), 120_000);

describe('readers gated by a cheap test', () => {
  it('"the packaging firm" is the body introduced with that noun two sentences back', () => {
    expect(facts('Quenbry Vantrell, the family-run packaging firm, lost the tender to Keswin Presses on Monday.\nThe packaging firm said it would appeal.')).toEqual(['1.2 said: Quenbry Vantrell (organisation)']);
  });

  it('"the chairman" is the person a relative clause said chairs', () => {
    expect(facts('Orlath Corbel, who chairs the harbour panel, opened the hearing.\nThe chairman said the quay would reopen in May.')).toEqual(['1.2 said: Orlath Corbel (person)']);
  });

  it('a tie-up is an agreement, and a failed attempt to merge its sides a later mention of it', () => {
    expect(facts('Pellbury Weaving and Keswin Presses have agreed a tie-up, the firms said on Tuesday.\nA first attempt to merge the two companies failed in 2011.')).toEqual([
      '1.1 said: Pellbury Weaving and Keswin Presses (group)',
      '1.1 agreed: Pellbury Weaving + Keswin Presses (reached)',
      '1.2 agreed: Pellbury Weaving + Keswin Presses (collapsed)',
    ]);
  });

  it('a courtesy title and a surname stand for the full name written before', () => {
    expect(facts('Halvane Corbel founded Pellbury Weaving in 1998.\nMr Corbel signed a supply contract with Keswin Presses on Friday.')).toEqual(['1.2 agreed: Halvane Corbel + Keswin Presses (signed)']);
  });
});
