import { existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createSearchIndex, type FastSearchIndex } from '../../src/search/index.js';
import { indexCachePath, loadOrBuildIndex, sentencesKey, type IndexCacheMiss } from '../../src/search/persist.js';
import { COURT, HARBOR, record } from './record.js';

const ALL = [...HARBOR, ...COURT];
const QUERIES = ['port authority ruling', 'negotaitors geneva', 'stock market crash', 'Vestria', 'communications'];
const answers = (idx: FastSearchIndex): unknown => [...QUERIES.map((q) => idx.search(q)), idx.complete('secnd ro'), idx.size];

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

  it('the key changes with any sentence text', () => {
    const edited = ALL.map((s, i) => (i === 3 ? { ...s, text: `${s.text} ` } : s));
    expect(sentencesKey(edited)).not.toBe(sentencesKey(ALL));
    expect(sentencesKey(ALL)).toBe(sentencesKey([...ALL]));
  });
});
