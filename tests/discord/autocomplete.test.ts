/** The core suggestion lists (src/answer/autocomplete.ts) over a fixture record of our own. */
import { beforeAll, describe, expect, test } from 'vitest';
import { fold, suggest } from '../../src/answer/autocomplete.js';
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
