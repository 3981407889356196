import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Doc, Sentence } from '../../src/record/types.js';
import { EXTRACTOR_VERSION, extractorCode, FactsCache, factsCachePath, readOrAnalyze, type Analyze, type CacheMiss } from '../../src/understand/cache.js';
import { analyzeDocument } from '../../src/understand/analyze.js';
import { parseDocument } from '../../src/record/parse.js';
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

/** One load as the bot does it: open, read or analyse the documents, save; what missed and why. */
function load(dir: string, analyze: Analyze, docs: readonly Doc[] = [DOC], keepOthers = false) {
  const misses: CacheMiss[] = [];
  const errors: string[] = [];
  const cache = FactsCache.open(dir, analyze);
  const facts = docs.map((d) => readOrAnalyze(cache, d, analyze, (_d, why) => misses.push(why)));
  cache.save({ keepOthers, onWriteError: (e) => errors.push(String(e).slice(0, 20)) });
  return { facts, misses, problem: cache.problem, errors, first: facts[0] ?? new Map<SentenceKey, SentenceFacts>() };
}

interface FileShape {
  version: number;
  fingerprint: string;
  code: string | null;
  entries: Record<string, { sentences: string[]; facts: [string, unknown][] }>;
}
/** The file's lines (a head, then `<hash>\t<entry>` per document) as one object, and back. */
function parseShape(text: string): FileShape {
  const [head = '', ...lines] = text.split('\n').filter((l) => l !== '');
  const entries = Object.fromEntries(lines.map((l) => [l.slice(0, 64), JSON.parse(l.slice(65)) as FileShape['entries'][string]]));
  return { ...(JSON.parse(head) as Omit<FileShape, 'entries'>), entries };
}
const shapeText = ({ entries, ...head }: FileShape): string => [JSON.stringify(head), ...Object.entries(entries).map(([h, e]) => `${h}\t${JSON.stringify(e)}`), ''].join('\n');
const readCacheFile = (dir: string): FileShape => parseShape(readFileSync(factsCachePath(dir), 'utf8'));

/** A second document of other content (another hash). */
const OTHER: Doc = { ...DOC, id: 'other', file: 'other.txt', hash: '0'.repeat(64) };

describe('facts cache: one file for the record', () => {
  it('analyses on a cold start, reads the file on a warm one, with equal facts', () => {
    const dir = tempDir();
    const { analyze, calls } = fakeAnalyzer();
    const cold = load(dir, analyze);
    expect(calls).toEqual(['ferry', 'probe']); // the probe fingerprints the extractor once, when the file is written
    expect([cold.misses, cold.problem]).toEqual([['missing'], null]);
    const warm = load(dir, analyze);
    expect(calls).toEqual(['ferry', 'probe']);
    expect([warm.misses, warm.problem]).toEqual([[], null]);
    expect([...warm.first]).toEqual([...cold.first]);
    expect(warm.first.get('1.2')?.statements[0]?.speaker.name).toBe('Pia Holm v1');
    const file = readCacheFile(dir);
    expect(readdirSync(join(dir, 'cache'))).toEqual(['facts.jsonl']);
    expect([file.version, Object.keys(file.entries), file.entries[DOC.hash]?.sentences, file.entries[DOC.hash]?.facts.map(([k]) => k)]).toEqual([
      EXTRACTOR_VERSION,
      [DOC.hash],
      ['1.1', '1.2'],
      ['1.1', '1.2'],
    ]);
  });

  it('keeps the entries of the documents of this load, sorted by content hash; inspect keeps the others too', () => {
    const dir = tempDir();
    const { analyze, calls } = fakeAnalyzer();
    load(dir, analyze, [DOC, OTHER]);
    expect(Object.keys(readCacheFile(dir).entries)).toEqual([OTHER.hash, DOC.hash]);
    expect(calls).toEqual(['ferry', 'other', 'probe']);
    // A load without OTHER (the file was removed from the record) drops its entry...
    expect(load(dir, analyze, [DOC]).misses).toEqual([]);
    expect(Object.keys(readCacheFile(dir).entries)).toEqual([DOC.hash]);
    // ...while `keepOthers` (inspect on a few files with the bot's DATA_DIR) adds without dropping.
    expect(load(dir, analyze, [OTHER], true).misses).toEqual(['missing']);
    expect(Object.keys(readCacheFile(dir).entries)).toEqual([OTHER.hash, DOC.hash]);
  });

  it('does not write an unchanged cache, and removes the per-document files of earlier versions', () => {
    const dir = tempDir();
    const { analyze } = fakeAnalyzer();
    load(dir, analyze);
    // The same content laid out differently (the head's keys in another order): a write would undo it.
    const { version, fingerprint, code } = readCacheFile(dir);
    const [, ...lines] = readFileSync(factsCachePath(dir), 'utf8').split('\n');
    const other = [JSON.stringify({ code, fingerprint, version }), ...lines].join('\n');
    writeFileSync(factsCachePath(dir), other);
    expect(load(dir, analyze).misses).toEqual([]);
    expect(readFileSync(factsCachePath(dir), 'utf8')).toBe(other);
    const old = `facts-${DOC.hash}.json`;
    writeFileSync(join(dir, 'cache', old), '{}');
    writeFileSync(join(dir, 'cache', 'parsed.json'), '{}');
    expect(load(dir, analyze, [DOC, OTHER]).misses).toEqual(['missing']);
    expect(readdirSync(join(dir, 'cache')).sort()).toEqual(['facts.jsonl', 'parsed.json']);
  });

  it('rebuilds a corrupt or stale file, and says why once for the whole file', () => {
    const dir = tempDir();
    const { analyze, calls } = fakeAnalyzer();
    load(dir, analyze, [DOC, OTHER]);
    const good = readFileSync(factsCachePath(dir), 'utf8');
    const cases: [string, CacheMiss][] = [
      ['{"version": 1, "fingerp', 'corrupt'],
      ['[]', 'corrupt'],
      [good.replace(/\n[0-9a-f]{64}\t/u, '\nnot-a-hash\t'), 'corrupt'],
      [good.replace(`"version":${EXTRACTOR_VERSION}`, '"version":999'), 'stale'],
      [good.replace(/"fingerprint":"[^"]*"/u, '"fingerprint":"0000"'), 'stale'],
    ];
    for (const [content, why] of cases) {
      writeFileSync(factsCachePath(dir), content);
      const before = calls.length;
      const again = load(dir, analyze, [DOC, OTHER]);
      expect([again.problem, again.misses, calls.length - before]).toEqual([why, [why, why], 2]);
      expect(again.first.get('1.1')?.times[0]?.start).toBe('2024-05-03');
      expect(readFileSync(factsCachePath(dir), 'utf8')).toBe(good); // rewritten
    }
  });

  it('rebuilds only the entry that is corrupt or does not cover its document', () => {
    const dir = tempDir();
    const { analyze, calls } = fakeAnalyzer();
    load(dir, analyze, [DOC, OTHER]);
    const good = readFileSync(factsCachePath(dir), 'utf8');
    const entry = (file: FileShape) => file.entries[DOC.hash] as FileShape['entries'][string];
    const edits: [(file: FileShape) => void, CacheMiss][] = [
      [(f) => void (f.entries[DOC.hash] = 3 as never), 'corrupt'],
      [(f) => void (entry(f).sentences = ['1.1', 2] as never), 'corrupt'],
      [(f) => void (entry(f).facts = [['1.1', { times: 'none', statements: [], agreements: [] }]]), 'corrupt'],
      [(f) => void (entry(f).sentences = ['1.1', '1.3']), 'mismatch'],
      [(f) => void (entry(f).sentences = ['1.1']), 'mismatch'],
      [(f) => void ((entry(f).facts[1] as [string, unknown])[0] = '1.3'), 'mismatch'],
    ];
    for (const [edit, why] of edits) {
      const copy = parseShape(good);
      edit(copy);
      writeFileSync(factsCachePath(dir), shapeText(copy));
      const before = calls.slice();
      const again = load(dir, analyze, [DOC, OTHER]);
      expect([again.problem, again.misses, calls.slice(before.length)]).toEqual([null, [why], ['ferry']]);
      expect(readFileSync(factsCachePath(dir), 'utf8')).toBe(good);
    }
    // A line cut short (not JSON) is that document's loss only.
    const lines = good.split('\n');
    writeFileSync(factsCachePath(dir), lines.map((l) => (l.startsWith(DOC.hash) ? l.slice(0, 90) : l)).join('\n'));
    const cut = load(dir, analyze, [DOC, OTHER]);
    expect([cut.problem, cut.misses]).toEqual([null, ['corrupt']]);
    expect(readFileSync(factsCachePath(dir), 'utf8')).toBe(good);
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
    const cold = load(dir, rich).first;
    const good = readFileSync(factsCachePath(dir), 'utf8');
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
      const copy = parseShape(good);
      let node = copy.entries[DOC.hash]?.facts as unknown as Record<string | number, unknown>;
      for (const step of where.slice(0, -1)) node = node[step] as Record<string | number, unknown>;
      const last = where[where.length - 1] as string | number;
      if (value === DELETE) delete node[last];
      else node[last] = value;
      writeFileSync(factsCachePath(dir), shapeText(copy));
      const again = load(dir, rich);
      expect([where, again.misses]).toEqual([where, ['corrupt']]);
      expect([...again.first]).toEqual([...cold]);
    }
    // A field a later extractor adds is kept as written.
    const extended = parseShape(good);
    const statement = (extended.entries[DOC.hash]?.facts[1]?.[1] as { statements: Record<string, unknown>[] }).statements[0];
    if (statement) statement.confidence = 0.9;
    writeFileSync(factsCachePath(dir), shapeText(extended));
    const warm = load(dir, rich);
    expect([warm.misses, (warm.first.get('1.2')?.statements[0] as unknown as Record<string, unknown>).confidence]).toEqual([[], 0.9]);
    expect(warm.first.get('1.1')).toEqual(cold.get('1.1'));
  });

  it('changed extractor behaviour invalidates the cache without a version bump', () => {
    const dir = tempDir();
    load(dir, fakeAnalyzer('v1').analyze);
    const v2 = load(dir, fakeAnalyzer('v2').analyze);
    expect([v2.problem, v2.misses]).toEqual(['stale', ['stale']]);
    expect(v2.first.get('1.2')?.statements[0]?.speaker.name).toBe('Pia Holm v2');
  });

  it('an unreadable cache is rebuilt; an unwritable DATA_DIR costs speed, not the answer', () => {
    const dir = tempDir();
    mkdirSync(factsCachePath(dir), { recursive: true }); // a folder where the file should be
    const unreadable = load(dir, fakeAnalyzer().analyze);
    expect([unreadable.problem, unreadable.misses, unreadable.errors.length, unreadable.first.size]).toEqual(['unreadable', ['unreadable'], 1, 2]);
    const notADir = join(dir, 'file');
    writeFileSync(notADir, 'x');
    const unwritable = load(notADir, fakeAnalyzer().analyze);
    expect([unwritable.problem, unwritable.misses, unwritable.errors.length, unwritable.first.size]).toEqual(['unreadable', ['unreadable'], 1, 2]);
  });
});

describe('facts cache: the plain extractors', () => {
  it('trusts the fingerprint recorded by the same extractor code (no probe, no tagger loaded); other code is probed', () => {
    const dir = tempDir();
    const parsed = parseDocument(Buffer.from('2031-04-02 Ferry talks\n\nThe council agreed on Tuesday to restore the night ferry, officials said.'), { id: 'ferry', file: 'ferry.txt' });
    if (!parsed.ok) throw new Error(parsed.problem.reason);
    const docs = [parsed.doc];
    expect(load(dir, analyzeDocument, docs).misses).toEqual(['missing']);
    const file = readCacheFile(dir);
    expect([file.code, extractorCode()]).toEqual([extractorCode(), expect.stringMatching(/^[0-9a-f]{32}$/u)]);
    const rewrite = (change: Partial<FileShape>): void => writeFileSync(factsCachePath(dir), shapeText({ ...file, ...change }));
    // The same code: the recorded fingerprint stands, even one the probe would not give.
    rewrite({ fingerprint: 'not-the-probe' });
    expect(load(dir, analyzeDocument, docs).misses).toEqual([]);
    // Other code: the probe decides.
    rewrite({ code: 'other', fingerprint: 'not-the-probe' });
    expect(load(dir, analyzeDocument, docs).misses).toEqual(['stale']);
    rewrite({ code: 'other' });
    expect(load(dir, analyzeDocument, docs).misses).toEqual([]);
    // ...and the file, probed once, now names this code (the next start needs no probe).
    expect(readCacheFile(dir)).toEqual(file);
    // A fake extractor never records a code (the sources would be the same for any of them).
    const fake = tempDir();
    load(fake, fakeAnalyzer().analyze);
    expect(readCacheFile(fake).code).toBe(null);
  });
});
