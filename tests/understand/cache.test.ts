import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Doc, Sentence } from '../../src/record/types.js';
import { cachedAnalyzer, cachePath, EXTRACTOR_VERSION, loadOrAnalyze, type CacheMiss } from '../../src/understand/cache.js';
import type { SentenceFacts, SentenceKey } from '../../src/understand/types.js';

const TEXT = 'The ferry strike ended on Friday. Union leader Pia Holm said talks would resume.';
const s1: Sentence = { doc: 'ferry', paragraph: 1, sentence: 1, text: 'The ferry strike ended on Friday.', start: 0, end: 33 };
const s2: Sentence = { doc: 'ferry', paragraph: 1, sentence: 2, text: TEXT.slice(34), start: 34, end: TEXT.length };
const DOC: Doc = {
  id: 'ferry', file: 'ferry.txt', title: null, published: null, source: null, url: null, dateline: null,
  reportDate: '2024-05-06', headline: null,
  paragraphs: [{ index: 1, start: 0, end: TEXT.length, sentences: [s1, s2] }],
  text: TEXT, bytes: TEXT.length, hash: 'a'.repeat(64),
};

/** A fake extractor that counts its calls; its facts depend only on the sentences. */
function fakeAnalyzer(tag = 'v1') {
  const calls: string[] = [];
  const analyze = (doc: Doc): Map<SentenceKey, SentenceFacts> => {
    calls.push(doc.id);
    const out = new Map<SentenceKey, SentenceFacts>();
    for (const p of doc.paragraphs) {
      for (const s of p.sentences) {
        out.set(`${s.paragraph}.${s.sentence}`, {
          times: s.text.includes('Friday') ? [{ text: 'on Friday', index: 23, start: '2024-05-03', end: '2024-05-03', approximate: false }] : [],
          statements: s.text.includes('said')
            ? [{ speaker: { name: `Pia Holm ${tag}`, mention: 'Pia Holm', description: 'Union leader', kind: 'person', resolution: null }, cue: 'said', content: 'talks would resume', direct: false }]
            : [],
          agreements: [],
        });
      }
    }
    return out;
  };
  return { analyze, calls };
}

const sentencesOfDoc = (doc: Doc): string[] => doc.paragraphs.flatMap((p) => p.sentences.map((x) => `${x.paragraph}.${x.sentence}`));

const tempDir = (): string => mkdtempSync(join(tmpdir(), 'onrecord-cache-'));

describe('extraction cache', () => {
  it('analyses on a cold start, reads the file on a warm one, with equal facts', () => {
    const dir = tempDir();
    const { analyze, calls } = fakeAnalyzer();
    const misses: CacheMiss[] = [];
    const cold = loadOrAnalyze(DOC, dir, analyze, { onMiss: (_d, why) => misses.push(why) });
    expect(calls).toEqual(['probe', 'ferry']); // the probe fingerprints the extractor once
    expect(misses).toEqual(['missing']);
    const warm = cachedAnalyzer(dir, analyze)(DOC);
    expect(calls).toEqual(['probe', 'ferry']);
    expect([...warm]).toEqual([...cold]);
    expect(warm.get('1.2')?.statements[0]?.speaker.name).toBe('Pia Holm v1');
    const file = JSON.parse(readFileSync(cachePath(dir, DOC.hash), 'utf8')) as { version: number; hash: string; sentences: string[]; facts: [string, unknown][] };
    expect([file.version, file.hash, file.sentences, file.facts.map(([k]) => k)]).toEqual([EXTRACTOR_VERSION, DOC.hash, ['1.1', '1.2'], ['1.1', '1.2']]);
  });

  it('rebuilds a corrupt, stale or mismatching file', () => {
    const dir = tempDir();
    const { analyze, calls } = fakeAnalyzer();
    loadOrAnalyze(DOC, dir, analyze);
    const file = cachePath(dir, DOC.hash);
    const good = readFileSync(file, 'utf8');
    const cases: [string, CacheMiss][] = [
      ['{"version": 1, "fingerp', 'corrupt'],
      [good.replace(`"version":${EXTRACTOR_VERSION}`, '"version":999'), 'stale'],
      [good.replace('"approximate":false', '"approximate":"no"'), 'corrupt'],
      [good.replace(`"hash":"${DOC.hash}"`, `"hash":"${'b'.repeat(64)}"`), 'mismatch'],
      [good.replace('"sentences":["1.1","1.2"]', '"sentences":["1.1","1.3"]'), 'mismatch'],
      [good.replace('["1.2",{', '["1.3",{'), 'mismatch'],
    ];
    for (const [content, why] of cases) {
      writeFileSync(file, content);
      const misses: CacheMiss[] = [];
      const before = calls.length;
      const facts = loadOrAnalyze(DOC, dir, analyze, { onMiss: (_d, w) => misses.push(w) });
      expect([misses, calls.length - before]).toEqual([[why], 1]);
      expect(facts.get('1.1')?.times[0]?.start).toBe('2024-05-03');
      expect(readFileSync(file, 'utf8')).toBe(good); // rewritten
    }
  });

  it('checks every field of the facts: a wrong type anywhere is corrupt, an extra field survives', () => {
    const dir = tempDir();
    const rich = (doc: Doc): Map<SentenceKey, SentenceFacts> =>
      new Map([
        ['1.1', { times: [{ text: 'on Friday', index: 23, start: '2024-05-03', end: null, approximate: true }], statements: [], agreements: [] }],
        [
          '1.2',
          {
            times: [],
            statements: [
              {
                speaker: { name: 'Pia Holm', mention: 'she', description: null, kind: 'person', resolution: { how: 'pronoun', from: { paragraph: 1, sentence: 1 } } },
                cue: 'said',
                content: 'talks would resume',
                direct: false,
              },
            ],
            agreements: [
              { parties: ['union', 'ferry company'], mention: 'talks', cue: 'agreed', action: 'resume talks', resolution: null, status: 'reached', noun: null, refersTo: { paragraph: 1, sentence: 1 } },
            ],
          },
        ],
      ].filter(([k]) => sentencesOfDoc(doc).includes(k as string)) as [SentenceKey, SentenceFacts][]);
    const cold = loadOrAnalyze(DOC, dir, rich);
    const file = cachePath(dir, DOC.hash);
    const good = readFileSync(file, 'utf8');
    const DELETE = Symbol('delete');
    // facts[0] is sentence 1.1 (a time); facts[1] is 1.2 (a statement and an agreement).
    const edits: [(string | number)[], unknown][] = [
      [[0, 1, 'times', 0, 'index'], -1],
      [[0, 1, 'times', 0, 'start'], 3],
      [[0, 1, 'times', 0, 'approximate'], DELETE],
      [[1, 1, 'statements', 0, 'speaker', 'kind'], 'alien'],
      [[1, 1, 'statements', 0, 'speaker', 'name'], null],
      [[1, 1, 'statements', 0, 'speaker', 'resolution', 'how'], 'guess'],
      [[1, 1, 'statements', 0, 'speaker', 'resolution', 'from', 'sentence'], 1.5],
      [[1, 1, 'statements', 0, 'direct'], 'no'],
      [[1, 1, 'agreements', 0, 'parties', 1], 2],
      [[1, 1, 'agreements', 0, 'resolution'], 'x'],
      [[1, 1, 'agreements', 0, 'status'], 'maybe'],
      [[1, 1, 'agreements', 0, 'noun'], 3],
      [[1, 1, 'agreements', 0, 'refersTo', 'sentence'], 'one'],
      [[1, 1, 'agreements'], DELETE],
      [[1, 0], '1-2'],
      [[1, 2], 'a third item'],
    ];
    for (const [where, value] of edits) {
      const copy = JSON.parse(good) as { facts: unknown };
      let node = copy.facts as Record<string | number, unknown>;
      for (const step of where.slice(0, -1)) node = node[step] as Record<string | number, unknown>;
      const last = where[where.length - 1] as string | number;
      if (value === DELETE) delete node[last];
      else node[last] = value;
      writeFileSync(file, JSON.stringify(copy));
      const misses: CacheMiss[] = [];
      const facts = loadOrAnalyze(DOC, dir, rich, { onMiss: (_d, w) => misses.push(w) });
      expect([where, misses]).toEqual([where, ['corrupt']]);
      expect([...facts]).toEqual([...cold]);
    }
    // A field a later extractor adds is kept as written.
    const extended = JSON.parse(good) as { facts: [string, { statements: Record<string, unknown>[] }][] };
    const statement = extended.facts[1]?.[1].statements[0];
    if (statement) statement.confidence = 0.9;
    writeFileSync(file, JSON.stringify(extended));
    const misses: CacheMiss[] = [];
    const warm = loadOrAnalyze(DOC, dir, rich, { onMiss: (_d, w) => misses.push(w) });
    expect([misses, (warm.get('1.2')?.statements[0] as unknown as Record<string, unknown>).confidence]).toEqual([[], 0.9]);
    expect(warm.get('1.1')).toEqual(cold.get('1.1'));
  });

  it('changed extractor behaviour invalidates the cache without a version bump', () => {
    const dir = tempDir();
    loadOrAnalyze(DOC, dir, fakeAnalyzer('v1').analyze);
    const v2 = fakeAnalyzer('v2');
    const misses: CacheMiss[] = [];
    const facts = loadOrAnalyze(DOC, dir, v2.analyze, { onMiss: (_d, w) => misses.push(w) });
    expect(misses).toEqual(['stale']);
    expect(facts.get('1.2')?.statements[0]?.speaker.name).toBe('Pia Holm v2');
  });

  it('an unwritable DATA_DIR costs speed, not the answer', () => {
    const dir = tempDir();
    const notADir = join(dir, 'file');
    writeFileSync(notADir, 'x');
    const errors: string[] = [];
    const { analyze } = fakeAnalyzer();
    const facts = loadOrAnalyze(DOC, notADir, analyze, { onWriteError: (d) => errors.push(d.id) });
    expect(errors).toEqual(['ferry']);
    expect(facts.size).toBe(2);
  });
});
