/** The core suggestion lists (src/answer/autocomplete.ts) over a fixture record of our own. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { beforeAll, describe, expect, test } from 'vitest';
import { fold, suggest, SUGGESTION_KINDS, type Suggestion, type SuggestionKind } from '../../src/answer/autocomplete.js';
import { buildCorpus } from '../../src/answer/build.js';
import type { Corpus } from '../../src/answer/corpus.js';
import type { Sentence } from '../../src/record/types.js';
import type { SentenceFacts, Statement } from '../../src/understand/types.js';
import { FIXTURES } from './harness.js';

let corpus: Corpus;
beforeAll(async () => {
  corpus = await buildCorpus(`${FIXTURES}harbour`);
});

/** The same record with statements of our choosing, so the ordering rules are tested alone. */
function withStatements(base: Corpus, bySentence: Record<string, Array<[name: string, description: string | null]>>): Corpus {
  const statement = (name: string, description: string | null): Statement => ({
    speaker: { name, mention: name, description, kind: 'person', resolution: null },
    cue: 'said',
    content: `words of ${name}`,
    direct: false,
  });
  return {
    ...base,
    doc: (id) => base.doc(id),
    facts: (s: Sentence): SentenceFacts => ({ times: [], agreements: [], statements: (bySentence[`${s.paragraph}.${s.sentence}`] ?? []).map(([n, d]) => statement(n, d)) }),
  };
}

describe('suggest', () => {
  test('speakers: most statements first, ties in reading order, with their role when stated', () => {
    const c = withStatements(corpus, {
      '1.1': [['Zoe Ray', 'harbour master']],
      '2.1': [['Ali Tan', null]],
      '3.1': [['Ali Tan', 'engineer']],
      '4.1': [['Bo Lind', null]],
    });
    expect(suggest(c, 'speakers', '')).toEqual([
      { label: 'Ali Tan (engineer)', value: 'Ali Tan' },
      { label: 'Zoe Ray (harbour master)', value: 'Zoe Ray' },
      { label: 'Bo Lind', value: 'Bo Lind' },
    ]);
  });

  test('typed words match word starts, ignoring case and accents; labels that start with them first', () => {
    const c = withStatements(corpus, { '1.1': [['Zoe Ray', 'harbour master']], '2.1': [['Ray Ortiz', null]], '3.1': [['Élodie Ray', null]] });
    expect(suggest(c, 'speakers', 'ELO').map((s) => s.value)).toEqual(['Élodie Ray']);
    expect(suggest(c, 'speakers', 'ray').map((s) => s.value)).toEqual(['Ray Ortiz', 'Zoe Ray', 'Élodie Ray']);
    expect(suggest(c, 'speakers', 'ray har').map((s) => s.value)).toEqual(['Zoe Ray']);
    expect(suggest(c, 'speakers', 'zz')).toEqual([]);
  });

  test('the speakers the record names, through the real extractors', () => {
    expect(suggest(corpus, 'speakers', 'quill')).toEqual([{ label: 'Mara Quill (council spokeswoman)', value: 'Mara Quill' }]);
  });

  test('events are the dated sentences, in reading order', () => {
    expect(suggest(corpus, 'events', 'pier').map((s) => s.value)).toEqual([
      'On March 2, harbour engineers inspected the eastern pier and found corrosion in two mooring posts.',
    ]);
    expect(suggest(corpus, 'events', '').every((s) => s.label === s.value)).toBe(true);
  });

  test('quotes carry their speaker first in the label; the value is the quote', () => {
    expect(suggest(corpus, 'quotes', 'lifeline')).toEqual([
      {
        label: 'Mara Quill: “The night ferry is a lifeline for shift workers and we will not let it lapse again”',
        value: 'The night ferry is a lifeline for shift workers and we will not let it lapse again',
        // "Mara Quill: " stays when the label is cut around a typed word.
        lead: 12,
      },
    ]);
  });

  test('citations: every sentence, the headline first, the value is the citation', () => {
    const all = suggest(corpus, 'citations', '');
    expect(all.map((s) => s.value)).toEqual(['¶0.1', '¶1.1', '¶2.1', '¶3.1', '¶4.1', '¶5.1', '¶6.1'].map((p) => `riverton-ferry ${p}`));
    expect(suggest(corpus, 'citations', 'ferry ¶4').map((s) => s.value)).toEqual(['riverton-ferry ¶4.1']);
  });

  test('the limit holds', () => {
    expect(suggest(corpus, 'citations', '', 3).length).toBe(3);
  });

  test('fold', () => {
    expect(fold('Éclair “Quoted” it’s')).toBe('eclair "quoted" it\'s');
  });
});

describe('suggest uses its word index exactly as a scan of every suggestion would', () => {
  // A record of our own, generated from small word lists so that words repeat across hundreds of
  // sentences, speakers, dates and agreements (the index's holders lists get long).
  const names = ['Ana Ruiz', 'Tomas Berg', 'Lena Hart', 'Omar Said', 'Ines Moreau', 'Theo Dunn'];
  const things = ['ferry timetable', 'harbour wall', 'night bus', 'tram depot', 'the toll bridge', 'a flood barrier', 'the tender'];
  const verbs = ['would reopen', 'must close', 'will cost more', 'was delayed', 'is safe', 'opens on time'];
  const parties = ['the council', 'the union', 'the port', 'the operators'];
  let record: Corpus;
  const words: string[] = [];
  /** The first two to four words of every label: typed, they begin labels (the two-word keys). */
  const openings: string[] = [];
  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'onrecord-suggest-'));
    let n = 0;
    const pick = <T>(xs: readonly T[]): T => xs[(n = (n * 7 + 3) % 9973) % xs.length] as T;
    for (let d = 1; d <= 12; d++) {
      const paragraphs: string[] = [];
      for (let p = 0; p < 12; p++) {
        paragraphs.push(
          `On March ${1 + (p % 28)}, ${pick(names)} said ${pick(things)} ${pick(verbs)}. ` +
            `${pick(parties).replace(/^t/, 'T')} and ${pick(parties)} agreed to share ${pick(things)}. ` +
            `"${pick(things).replace(/^./, (c) => c.toUpperCase())} ${pick(verbs)}," ${pick(names)} told reporters.`,
        );
      }
      writeFileSync(join(dir, `town-${d}.txt`), ` date 2024-03-${String(d + 10).padStart(2, '0')} Town news ${d}\n\n${paragraphs.join('\n\n')}\n`);
    }
    // Accented text (folded into a haystack when matched) among the plain ASCII (matched in place).
    writeFileSync(
      join(dir, 'town-13.txt'),
      'Élodie Ruiz said the café ferry timetable would reopen.\n\n"The harbour wall is safe," Ana Ruíz told reporters on March 3.\n\nLes Crêpes Ça Va and the union agreed to share the night bus.\n',
    );
    record = await buildCorpus(dir);
    for (const kind of SUGGESTION_KINDS) for (const s of suggest(record, kind, '', Infinity)) words.push(...fold(s.label).split(/[^\p{L}\p{N}]+/u).filter(Boolean));
    for (const kind of SUGGESTION_KINDS) {
      for (const s of suggest(record, kind, '', Infinity)) {
        const ws = fold(s.label).split(/[^\p{L}\p{N}]+/u).filter(Boolean);
        for (let n = 2; n <= Math.min(4, ws.length); n++) openings.push(ws.slice(0, n).join(' '));
      }
    }
  });

  /** The rule, by brute force: every typed word starts a word; labels beginning with them first. */
  function scan(kind: SuggestionKind, typed: string, limit: number): Suggestion[] {
    const split = (text: string): string[] => text.match(/[\p{L}\p{N}]+/gu) ?? [];
    const all = suggest(record, kind, '', Infinity);
    const terms = split(fold(typed));
    if (terms.length === 0) return all.slice(0, limit);
    const hay = (s: Suggestion): string => ` ${split(fold(s.label)).join(' ')}`;
    const lead = ` ${terms.join(' ')}`;
    const matching = all.filter((s) => terms.every((t) => hay(s).includes(` ${t}`)));
    return [...matching.filter((s) => hay(s).startsWith(lead)), ...matching.filter((s) => !hay(s).startsWith(lead))].slice(0, limit);
  }

  test('the record is big enough: hundreds of citations, dozens of quotes, every agreed clause', () => {
    expect(suggest(record, 'citations', '', Infinity).length).toBe(12 * 37 + 3);
    expect(suggest(record, 'quotes', '', Infinity).length).toBe(42 + 2);
    // One topic per distinct clause ("to share the ferry timetable", ...): the seven things, and the accented document's.
    expect(suggest(record, 'topics', '', Infinity).length).toBe(things.length + 1);
  });

  test('for typed words, prefixes and letters', () => {
    const typed = fc.oneof(
      fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 3 }).chain((ws) => fc.nat(20).map((cut) => ws.join(' ').slice(0, Math.max(1, ws.join(' ').length - cut)))),
      fc.stringMatching(/^[a-z ]{1,6}$/),
    );
    fc.assert(
      fc.property(fc.constantFrom(...SUGGESTION_KINDS), typed, fc.constantFrom(1, 5, 25), (kind, t, limit) => {
        expect(suggest(record, kind, t, limit)).toEqual(scan(kind, t, limit));
      }),
      { numRuns: 600 },
    );
  });

  test('for the opening words of labels, cut anywhere after the first word', () => {
    expect(openings.length).toBeGreaterThan(1000);
    const typed = fc.constantFrom(...openings).chain((o) => fc.integer({ min: o.indexOf(' ') + 2, max: o.length }).map((end) => o.slice(0, end)));
    fc.assert(
      fc.property(fc.constantFrom(...SUGGESTION_KINDS), typed, fc.constantFrom(1, 5, 25), (kind, t, limit) => {
        expect(suggest(record, kind, t, limit)).toEqual(scan(kind, t, limit));
      }),
      { numRuns: 600 },
    );
  });
});

describe('suggest on news stories of our own (session 9): the words a label opens with', () => {
  let stories: Corpus;
  beforeAll(async () => {
    stories = await buildCorpus(`${FIXTURES}session9`);
  });

  /** The rule, by brute force, as above. */
  function scan(kind: SuggestionKind, typed: string, limit: number): Suggestion[] {
    const split = (text: string): string[] => text.match(/[\p{L}\p{N}]+/gu) ?? [];
    const hay = (s: Suggestion): string => ` ${split(fold(s.label)).join(' ')}`;
    const terms = split(fold(typed));
    const lead = ` ${terms.join(' ')}`;
    const matching = suggest(stories, kind, '', Infinity).filter((s) => terms.every((t) => hay(s).includes(` ${t}`)));
    return [...matching.filter((s) => hay(s).startsWith(lead)), ...matching.filter((s) => !hay(s).startsWith(lead))].slice(0, limit);
  }

  test('every label opening of two to four words, and the same cut inside its last word, finds what the scan finds', () => {
    const typed = new Set<string>();
    for (const kind of SUGGESTION_KINDS) {
      for (const s of suggest(stories, kind, '', Infinity)) {
        const ws = fold(s.label).split(/[^\p{L}\p{N}]+/u).filter(Boolean);
        for (let n = 2; n <= Math.min(4, ws.length); n++) {
          const opening = ws.slice(0, n).join(' ');
          typed.add(opening);
          typed.add(opening.slice(0, opening.length - Math.floor((ws[n - 1] as string).length / 2)));
        }
      }
    }
    expect(suggest(stories, 'citations', '', Infinity).length).toBe(28);
    expect(suggest(stories, 'citations', 'the union', 5).map((s) => s.value)).toEqual(['2026-03-11-harbour-ferry-strike ¶2.1', '2026-03-11-harbour-ferry-strike ¶6.1', '2026-03-11-harbour-ferry-strike ¶8.1']);
    for (const kind of SUGGESTION_KINDS) for (const t of typed) expect([kind, t, suggest(stories, kind, t, 25)]).toEqual([kind, t, scan(kind, t, 25)]);
  });
});
