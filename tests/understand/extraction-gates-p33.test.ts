import { beforeAll, describe, expect, it } from 'vitest';
import { analyzeDocument, analyzeDocumentToPost } from '../../src/understand/analyze.js';
import { foundFacts } from '../../src/understand/cache.js';
import { modifiesNoun } from '../../src/understand/names.js';
import { tag } from '../../src/understand/nlp.js';
import { literal } from '../../src/regex.js';
import { agreementRows as rows } from './agreement-rows.js';
import { docOf } from './statements-fixture.js';

/**
 * Session 26 (p33, issue 15): the patterns the readers compile for one name or one head noun are
 * compiled only where they can match (a cheap test of what each needs first), a worker's facts are
 * not cloned before its message copies them, and a document whose text fits one byte a character
 * is not copied. Same facts, in sentences of our own writing.
 */
function facts(body: string): string[] {
  const out: string[] = [];
  for (const [key, f] of analyzeDocument(docOf(body))) for (const s of f.statements) out.push(`${key} ${s.speaker.name} (${s.speaker.kind}) ${s.cue}: ${s.content}`);
  return out;
}

// (The tagger and WordNet load once, on a shared machine slowly.)
beforeAll(() => void facts('Vartane Gesmond signed a deal with Olberry Print.'), 120_000);

/** `modifiesNoun` as it was before its gate: the pattern compiled for every call. */
function modifiesNounUngated(text: string, name: string, from = 0, to = text.length): boolean {
  const re = new RegExp(String.raw`(?<![\p{L}'’-])(?:[Aa]n?|[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Oo]ur)\s+(?:\p{Lu}[\p{L}'’-]*\s+)*${literal(name)}\s+(\p{Ll}[\p{Ll}-]*)`, 'gu');
  for (const m of text.slice(from, to).matchAll(re)) {
    const at = from + m.index + m[0].length - m[1]!.length;
    if (tag(text).tokens.find((t) => t.start === at)?.pos === 'NOUN') return true;
  }
  return false;
}

describe('patterns for a name, compiled only where they can match', () => {
  it('capitals inside a noun phrase are no person: "a Corlath Velloran tutor"', () => {
    expect(modifiesNoun('She has been a Corlath Velloran tutor for nine years.', 'Corlath Velloran')).toBe(true);
    expect(modifiesNoun('She has been a Corlath Velloran tutor for nine years.', 'Corlath Velloran', 20)).toBe(false);
    expect(modifiesNoun('Corlath Velloran tutors for nine years.', 'Corlath Velloran')).toBe(false);
    expect(modifiesNoun('She thanked the Corlath Velloran, who tutors.', 'Corlath Velloran')).toBe(false);
  });

  it('modifiesNoun answers as its pattern alone did, on every text of a seeded sample', () => {
    // Determiners in both cases, the name's words, small and capital words, spaces (a no-break one),
    // marks, and a name holding a pattern character.
    const parts = ['a', 'An', 'the', 'Her', 'its', 'Corlath', 'Velloran', 'tutor', 'course', 'Greeting', 'runs', '(', ',', '’s', '-', 'Dr.', 'x'];
    const gaps = [' ', ' ', ' ', '  ', '\u00a0', ''];
    const names = ['Corlath Velloran', 'Velloran', 'Corlath', 'Dr. Velloran', 'the Corlath', ''];
    let seed = 11;
    const next = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return (seed >>> 12) % n;
    };
    let found = 0;
    for (let k = 0; k < 1500; k++) {
      const name = names[next(names.length)]!;
      let text = '';
      for (let w = next(9); w >= 0; w--) {
        const pick = next(4);
        // (One piece in four is shaped as the pattern wants: a determiner, the name, a small word.)
        text += (pick === 0 ? name : pick === 1 ? `${parts[next(5)]!}${gaps[next(gaps.length)]!}${name}${gaps[next(gaps.length)]!}${parts[7 + next(2)]!}` : parts[next(parts.length)]!) + gaps[next(gaps.length)]!;
      }
      const from = next(3) === 0 ? next(Math.max(1, text.length)) : 0;
      const to = next(3) === 0 ? from + next(Math.max(1, text.length - from + 1)) : text.length;
      const want = modifiesNounUngated(text, name, from, to);
      if (want) found++;
      expect([text, name, from, to, modifiesNoun(text, name, from, to)]).toEqual([text, name, from, to, want]);
    }
    // (The sample holds both answers.)
    expect(found).toBeGreaterThan(100);
    expect(found).toBeLessThan(1400);
  });

  it('a name after a participle opening the clause is its object, and capitals before a noun name a thing: neither is who "she" is', () => {
    expect(facts('Greeting Haldric Sandall at the door, she said the hall was ready.')).toEqual(['1.1 she (person) said: the hall was ready']);
    expect(facts('She has been a Corlath Velloran tutor for nine years, and she says the classes are full.')).toEqual(['1.1 she (person) says: the classes are full']);
  });

  it('"The firm said" after "Vartane Gesmond, the packaging firm, …" is that firm', () => {
    expect(facts('Vartane Gesmond, the packaging firm, lost the tender to Olberry Print on Monday.\nThe firm said it would appeal the decision.')).toEqual([
      '1.2 Vartane Gesmond (organisation) said: it would appeal the decision',
    ]);
  });

  it('a merged body named later: the party is the name the merger gives it', () => {
    expect(rows('The two clubs agreed to merge, and the joined club is to take the name Fenwray Dunmoor FC.\nThe merged club will rent the hall from Istrava Halls.')).toEqual([
      ['1.1', 'the two clubs', 'reached', null],
      ['1.2', 'Fenwray Dunmoor FC | Istrava Halls', 'reached', null],
    ]);
  });

  it('a party whose surname the article writes after a courtesy title is a person', () => {
    const body = 'Ulvane Corriss signed a lease with Brasket Dairies for the old mill.\nMs Corriss said the rent was fair.';
    expect(rows(body)).toEqual([['1.1', 'Ulvane Corriss | Brasket Dairies', 'signed', null]]);
    expect(facts(body)).toEqual(['1.2 Ulvane Corriss (person) said: the rent was fair']);
  });
});

describe('the facts a worker posts', () => {
  it('are the facts of analyzeDocument, for a one-byte document and for a curly-quoted one', () => {
    for (const body of [
      'Vartane Gesmond, the packaging firm, lost the tender to Olberry Print on Monday.\nThe firm said it would appeal the decision.',
      '“We will appeal,” said Ulvane Corriss, the chair of Vartane Gesmond, on Monday.\nMs Corriss said the tender was unfair.',
    ]) {
      const doc = docOf(body);
      expect(JSON.stringify(foundFacts(analyzeDocumentToPost(doc)))).toEqual(JSON.stringify(foundFacts(analyzeDocument(doc))));
    }
  });
});
