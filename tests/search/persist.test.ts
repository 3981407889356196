import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createSearchIndex, SNAPSHOT_VERSION, type FastSearchIndex } from '../../src/search/index.js';
import { indexCachePath, loadOrBuildIndex, sentencesKey, type IndexCacheMiss } from '../../src/search/persist.js';
import { tokeniserFingerprint } from '../../src/search/text.js';
import { COURT, HARBOR, record } from './record.js';

const ALL = [...HARBOR, ...COURT];
const QUERIES = ['port authority ruling', 'negotaitors geneva', 'stock market crash', 'Vestria', 'communications'];
const answers = (idx: FastSearchIndex): unknown => [...QUERIES.map((q) => idx.search(q)), idx.size];

describe('index snapshot', () => {
  it('a restored index answers exactly as a fresh one, also after an edit', () => {
    const fresh = createSearchIndex(ALL);
    const restored = createSearchIndex(ALL, { snapshot: JSON.parse(JSON.stringify(fresh.snapshot())) as ReturnType<FastSearchIndex['snapshot']> });
    expect(answers(restored)).toEqual(answers(fresh));
    const revised = record('court-ruling', [['The appeal hearing on the port tender is set for June.']]);
    fresh.replaceDocument('court-ruling', revised);
    restored.replaceDocument('court-ruling', revised);
    expect(answers(restored)).toEqual(answers(fresh));
  });

  it('refuses a snapshot of other sentences', () => {
    const snap = createSearchIndex(HARBOR).snapshot();
    expect(() => createSearchIndex(ALL, { snapshot: snap })).toThrow('search: cannot restore the index snapshot: it holds 8 sentences, not 11');
  });
});

describe('index cache in DATA_DIR', () => {
  it('builds and saves, restores, rebuilds a corrupt file, and keeps one file per record', () => {
    const dir = mkdtempSync(join(tmpdir(), 'onrecord-index-'));
    const misses: IndexCacheMiss[] = [];
    const onMiss = (w: IndexCacheMiss): number => misses.push(w);
    const first = loadOrBuildIndex(ALL, dir, { onMiss });
    const file = indexCachePath(dir, sentencesKey(ALL));
    expect([misses, existsSync(file)]).toEqual([['missing'], true]);
    const second = loadOrBuildIndex(ALL, dir, { onMiss });
    expect(misses).toEqual(['missing']);
    expect(answers(second)).toEqual(answers(first));

    writeFileSync(file, '{"version":1,"count":11,"stems":["a"],"words":[],"wordStems":[],"fuseTexts":[],"sentenceStems":[],"stemStarts":[0]}');
    const third = loadOrBuildIndex(ALL, dir, { onMiss });
    expect(misses).toEqual(['missing', 'corrupt']);
    expect(answers(third)).toEqual(answers(first));

    loadOrBuildIndex(HARBOR, dir, { onMiss });
    expect(misses).toEqual(['missing', 'corrupt', 'missing']);
    expect(readdirSync(join(dir, 'cache'))).toEqual([`index-${sentencesKey(HARBOR)}.json`]);
  });

  it('rebuilds a snapshot of the wrong shape', () => {
    const dir = mkdtempSync(join(tmpdir(), 'onrecord-index-'));
    const fresh = loadOrBuildIndex(ALL, dir);
    const file = indexCachePath(dir, sentencesKey(ALL));
    const good = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown[]>;
    const edits: [string, unknown][] = [
      ['stems', [...(good.stems ?? []).slice(1), 7]],
      ['words', null],
      ['wordStems', (good.wordStems ?? []).map(String)],
      ['fuseTexts', [...(good.fuseTexts ?? []).slice(1), null]],
      ['sentenceStems', [...(good.sentenceStems ?? []).slice(1), 0.5]],
      ['stemStarts', [0.5, ...(good.stemStarts ?? []).slice(1)]],
      ['count', -1],
      ['version', '2'],
    ];
    for (const [field, value] of edits) {
      writeFileSync(file, JSON.stringify({ ...good, [field]: value }));
      const misses: IndexCacheMiss[] = [];
      const rebuilt = loadOrBuildIndex(ALL, dir, { onMiss: (w) => misses.push(w) });
      expect([field, misses]).toEqual([field, ['corrupt']]);
      expect(answers(rebuilt)).toEqual(answers(fresh));
    }
    writeFileSync(file, '[1, 2]');
    const misses: IndexCacheMiss[] = [];
    loadOrBuildIndex(ALL, dir, { onMiss: (w) => misses.push(w) });
    expect(misses).toEqual(['corrupt']);
  });

  it('the key changes with any sentence text', () => {
    const edited = ALL.map((s, i) => (i === 3 ? { ...s, text: `${s.text} ` } : s));
    expect(sentencesKey(edited)).not.toBe(sentencesKey(ALL));
    expect(sentencesKey(ALL)).toBe(sentencesKey([...ALL]));
    // Many sentences (hashed in several batches): still one key per list, any change shows.
    const many = Array.from({ length: 400 }, () => ALL).flat().map((s, i) => ({ ...s, sentence: i + 1 }));
    const last = many.length - 1;
    const whole = many.map((s) => `${s.doc}\u0000${s.paragraph}.${s.sentence}\u0000${s.text}\u0001`).join('');
    expect(whole.length).toBeGreaterThan(3 * 65536);
    expect(sentencesKey(many)).toBe(createHash('sha256').update(`v${SNAPSHOT_VERSION}\n${tokeniserFingerprint()}\n${whole}`).digest('hex').slice(0, 32));
    expect(sentencesKey(many.map((s, i) => (i === last ? { ...s, text: `${s.text}!` } : s)))).not.toBe(sentencesKey(many));
    expect(sentencesKey(many.map((s, i) => (i === 200 ? { ...s, doc: 'other' } : s)))).not.toBe(sentencesKey(many));
  });

  it('the tokeniser fingerprint reads its own stop words as stop words', () => {
    const fingerprint = tokeniserFingerprint().split(' ');
    expect(fingerprint.slice(0, 3)).toEqual(['-', '-', '-']);
    expect(fingerprint.slice(-9)).toEqual(['negoci', 'china', 'dont', 'us', 'strass', 'talk', 'last', 'agre', '2020']);
  });
});
