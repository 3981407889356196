/**
 * End-to-end golden case: the bundled article, read exactly as the bot reads it. This is the
 * only place the bundled text may be named; src/ knows nothing about it.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { citeOf, resolveCitation } from '../../src/record/citation.js';
import { loadKnowledge } from '../../src/record/load.js';
import { sentencesOf } from '../../src/record/types.js';

const KNOWLEDGE = path.join(import.meta.dirname, '..', '..', 'knowledge');
const ID = '2020-10-30-china-us-military-contacts';

describe('the bundled record', async () => {
  const { docs, problems } = await loadKnowledge(KNOWLEDGE);
  const doc = docs[0];
  if (!doc) throw new Error('no bundled document');

  it('loads one document without problems', () => {
    expect(problems).toEqual([]);
    expect(docs.map((d) => d.id)).toEqual([ID]);
  });

  it('reads the header, the headline and the dateline', () => {
    expect(doc.published).toBe('2020-10-30');
    expect(doc.title?.startsWith('Stable contacts between Chinese and US militaries')).toBe(true);
    expect(doc.headline?.text).toBe(doc.title);
    expect(doc.dateline).toEqual({
      text: 'BEIJING (UrduPoint News / Sputnik - 29th October, 2020)',
      place: 'BEIJING',
      source: 'UrduPoint News / Sputnik',
      date: '2020-10-29',
    });
    expect(doc.reportDate).toBe('2020-10-29');
  });

  it('splits 7 paragraphs into the expected sentences', () => {
    expect(doc.paragraphs.map((p) => p.sentences.length)).toEqual([1, 2, 1, 2, 2, 1, 3]);
    const firstWords = doc.paragraphs.map((p) => p.sentences.map((s) => s.text.split(' ').slice(0, 3).join(' ')));
    expect(firstWords).toEqual([
      ['BEIJING (UrduPoint News'],
      ['"China-US military relations', 'Maintaining a stable'],
      ['On October 20,'],
      ['"The parties held', 'The sides agreed'],
      ['From October 28-29,', 'In addition, the'],
      ['According to Wu,'],
      ['In a recent', 'According to Beijing,', 'The US, on'],
    ]);
    // The closing of a two-sentence quote stays with its sentence.
    expect(doc.paragraphs[3]?.sentences[1]?.text.endsWith('in areas of common interest," he said.')).toBe(true);
  });

  it('cites every sentence back to itself', () => {
    const all = sentencesOf(doc);
    expect(all.length).toBe(13);
    expect(citeOf(all[0]!)).toBe(`${ID} ¶0.1`);
    expect(citeOf(all[12]!)).toBe(`${ID} ¶7.3`);
    for (const s of all) {
      const r = resolveCitation(docs, citeOf(s));
      expect(r.ok && r.sentence).toEqual(s);
      expect(doc.text.slice(s.start, s.end)).toBe(s.text);
    }
  });
});
