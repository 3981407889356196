import { beforeAll, describe, expect, it } from 'vitest';
import { buildCorpus } from '../../src/answer/build.js';
import type { Corpus } from '../../src/answer/corpus.js';
import { answer } from '../../src/answer/index.js';
import type { Answer } from '../../src/answer/types.js';

// The bundled article's answers, end to end from knowledge/: record → extractors → index →
// answers. Only tests may name the article's content; src/ must not.
const D = '2020-10-30-china-us-military-contacts';
let corpus: Corpus;
beforeAll(async () => {
  corpus = await buildCorpus('knowledge');
});

const first = (a: Answer) => a.results[0]!;
const cites = (a: Answer) => a.results.map((r) => r.excerpt.cite);

describe('the bundled article', () => {
  it('reads the dateline as metadata and dates relative expressions from it', () => {
    const doc = corpus.docs[0]!;
    expect([doc.id, doc.published, doc.reportDate]).toEqual([D, '2020-10-30', '2020-10-29']);
    expect(doc.dateline).toEqual({ text: 'BEIJING (UrduPoint News / Sputnik - 29th October, 2020)', place: 'BEIJING', source: 'UrduPoint News / Sputnik', date: '2020-10-29' });
    expect(doc.paragraphs.map((p) => p.sentences.length)).toEqual([1, 2, 1, 2, 2, 1, 3]);
  });

  it('/when phone talks → 20 October 2020', () => {
    const a = answer(corpus, { command: 'when', query: 'phone talks' });
    expect(first(a).excerpt.cite).toBe(`${D} ¶3.1`);
    expect(first(a).when).toMatchObject({ start: '2020-10-20', end: '2020-10-20' });
  });

  it('/when video conference on crisis communications → 28–29 October 2020', () => {
    const a = answer(corpus, { command: 'when', query: 'video conference on crisis communications' });
    expect(first(a).excerpt.cite).toBe(`${D} ¶5.1`);
    expect(first(a).when).toMatchObject({ start: '2020-10-28', end: '2020-10-29' });
  });

  it('/when humanitarian seminar → mid-November 2020 (future of an agreement made in October)', () => {
    const a = answer(corpus, { command: 'when', query: 'seminar on humanitarian assistance' });
    expect(first(a).excerpt.cite).toBe(`${D} ¶5.2`);
    expect(first(a).when).toMatchObject({ text: 'mid-November', start: '2020-11-11', end: '2020-11-20', approximate: true });
  });

  it('/when maritime security conference → by the end of 2020', () => {
    const a = answer(corpus, { command: 'when', query: 'maritime security' });
    expect(first(a).excerpt.cite).toBe(`${D} ¶6.1`);
    expect(first(a).when).toMatchObject({ text: 'by the end of the year', end: '2020-12-31', approximate: true });
    expect(first(a).when!.start! >= '2020-09-01').toBe(true);
  });

  it('/who-said resolves "he said" at the end of a two-sentence quote to the spokesman', () => {
    const a = answer(corpus, { command: 'who-said', query: 'deep exchange of views' });
    expect(first(a).excerpt.cite).toBe(`${D} ¶4.1`);
    expect(first(a).speaker!.name).toBe('Wu Qian');
  });

  it('/who-said resolves "according to Wu" to the full name', () => {
    const a = answer(corpus, { command: 'who-said', query: 'Wu' });
    expect(cites(a)).toEqual([`${D} ¶0.1`, `${D} ¶1.1`, `${D} ¶2.1`, `${D} ¶2.2`, `${D} ¶4.1`, `${D} ¶4.2`, `${D} ¶6.1`]);
    const byMention = a.results.find((r) => r.excerpt.cite === `${D} ¶6.1`)!.speaker!;
    expect([byMention.name, byMention.mention, byMention.resolved]).toEqual(['Wu Qian', 'Wu', 'Wu = Wu Qian, named in ¶2.2']);
  });

  it('/who-said gives the capital as its government and the insisting side', () => {
    const a = answer(corpus, { command: 'who-said', query: 'undermining peace and stability' });
    expect([first(a).excerpt.cite, first(a).speaker!.name, first(a).speaker!.mention]).toEqual([`${D} ¶7.2`, 'China', 'Beijing']);
    const b = answer(corpus, { command: 'who-said', query: 'international waters' });
    expect([first(b).excerpt.cite, first(b).speaker!.name]).toEqual([`${D} ¶7.3`, 'the United States']);
  });

  it('/agreed lists both agreements with their parties and clauses', () => {
    const a = answer(corpus, { command: 'agreed' });
    expect(cites(a)).toEqual([`${D} ¶4.2`, `${D} ¶5.2`]);
    expect(a.results.map((r) => r.agreement!.action)).toEqual([
      'to strengthen interaction between the military of the two countries and develop cooperation in areas of common interest',
      'to hold an annual seminar on the provision of humanitarian assistance by the military and liquidation of the consequences of natural disasters by video conference, in mid-November',
    ]);
    expect(a.results[1]!.agreement!.parties).toEqual(['China', 'the United States']);
  });

  it('does not answer what the article does not cover', () => {
    for (const q of ['stock market crash', 'football world cup final']) {
      expect(answer(corpus, { command: 'search', query: q }).status).toBe('not_found');
    }
  });
});
