/**
 * `npx tsx bench/qa-topic.ts --sets dev,blind40,… --out FILE`
 *
 * A question against its record as a whole in meaning (issue 12, session 29, q57): per question of
 * each set (answerable, unanswerable, and off-topic: the previous article's answerable questions,
 * as qa-why asks them), its cosine with the record's centroid (the mean of the sentences' unit
 * vectors), its best cosine with any sentence of the record, and the mean of its best three. One
 * JSON line per question, keyed as qa-why's lines (set, id, kind), for a refit to join
 * (bench/qa-refit.ts `--topic FILE`). Reading ../shared is for benches only.
 */
import { appendFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadKnowledge } from '../src/record/load.js';
import { sentencesOf } from '../src/record/types.js';
import { MeaningEncoder } from '../src/search/meaning.js';
import { opt, QA_SETS, setArticles, writeArticle } from './squad.js';

const sets = opt('--sets', 'dev').split(',').filter(Boolean);
const out = opt('--out', path.join(os.tmpdir(), 'qa-topic.jsonl'));
const encoder = new MeaningEncoder();
const tmp = mkdtempSync(path.join(os.tmpdir(), 'qa-topic-'));
process.on('exit', () => rmSync(tmp, { recursive: true, force: true }));
writeFileSync(out, '');
const dot = (a: Float32Array, b: Float32Array): number => {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += (a[i] as number) * (b[i] as number);
  return s;
};
const unit = (v: Float32Array): Float32Array => {
  const n = Math.sqrt(dot(v, v)) || 1;
  return v.map((x) => x / n);
};
async function embed(texts: readonly string[]): Promise<Float32Array[]> {
  const outv: Float32Array[] = [];
  for (let i = 0; i < texts.length; i += 8) outv.push(...(await encoder.embed(texts.slice(i, i + 8))).map((v) => unit(Float32Array.from(v))));
  return outv;
}

for (const set of sets) {
  const read = setArticles(set, QA_SETS[set]);
  if (read === null) continue;
  const n = read.length;
  const records: { vectors: Float32Array[]; centroid: Float32Array }[] = [];
  for (let ai = 0; ai < n; ai++) {
    const { docs } = await loadKnowledge(writeArticle(tmp, set, ai, read[ai] as (typeof read)[number]));
    const texts = docs.flatMap((d) => sentencesOf(d).map((s) => s.text));
    const vectors = await embed(texts);
    const c = new Float32Array(vectors[0]?.length ?? 512);
    for (const v of vectors) for (let i = 0; i < c.length; i++) c[i] = (c[i] as number) + (v[i] as number);
    records.push({ vectors, centroid: unit(c) });
  }
  const lines: string[] = [];
  for (let ai = 0; ai < n; ai++) {
    const r = records[ai] as (typeof records)[number];
    const art = read[ai] as (typeof read)[number];
    const prev = read[(ai + n - 1) % n] as (typeof read)[number];
    const asked = [
      ...art.paragraphs.flatMap((p) => p.qas.map((q) => ({ kind: q.is_impossible ? 'unanswerable' : 'answerable', q }))),
      ...prev.paragraphs.flatMap((p) => p.qas.filter((q) => !q.is_impossible).map((q) => ({ kind: 'offtopic', q }))),
    ];
    const qv = await embed(asked.map((a) => a.q.question));
    asked.forEach((a, i) => {
      const v = qv[i] as Float32Array;
      const cos = r.vectors.map((s) => dot(v, s)).sort((x, y) => y - x);
      const top3 = cos.slice(0, 3);
      lines.push(JSON.stringify({ set, id: a.q.id, kind: a.kind, centroid: +dot(v, r.centroid).toFixed(4), max: +(cos[0] ?? 0).toFixed(4), top3: +(top3.reduce((s, x) => s + x, 0) / Math.max(1, top3.length)).toFixed(4) }));
    });
  }
  // Written set by set: a long run can be read while it goes on.
  appendFileSync(out, `${lines.join('\n')}\n`);
  console.log(`${set}: ${n} articles`);
}
await encoder.close();
