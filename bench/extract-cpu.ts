/**
 * `npx tsx bench/extract-cpu.ts [--sentences N] [--runs R] [--dump FILE] [--real FILE]`
 *
 * The CPU of fact extraction alone, in one thread, as an extraction worker runs it (the tagger
 * without its entity pass): the bench's generated record of about N sentences (default 30,000,
 * about 1,000 documents) is parsed, then every document analysed R times over (default 3); each
 * run prints its CPU time and µs a sentence. For an A/B, run it on both sides on the same machine;
 * for a profile, under `node --cpu-prof --import tsx`.
 *
 * `--dump FILE` writes every document's facts (JSON, one line a document) of the generated record;
 * `--real FILE` writes those of real text too: every MEANTIME article (when ../shared is here), every
 * article of the extractor fixtures (tests/understand/*.fixture.ts) and every context of the
 * question sets (bench/qa-*). A change that must keep the facts is checked by diffing both files
 * before and after. The clean sets' articles are written as a hash of their facts only.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseDocument } from '../src/record/parse.js';
import { sentencesOf, type Doc } from '../src/record/types.js';
import { analyzeDocument } from '../src/understand/analyze.js';
import { foundFacts } from '../src/understand/cache.js';
import { tagWithoutEntities } from '../src/understand/nlp.js';
import type { DocView } from '../src/understand/statements.js';
import { docOf } from '../tests/understand/statements-fixture.js';
import { sharedEval } from './facts/meantime.js';
import { generateRecord } from './generate.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
/** Sets kept clean: their facts are compared by hash, never written out. */
const CLEAN = /blind-?(29|32|59)\b/i;

function arg(name: string): string | null {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? (process.argv[i + 1] ?? null) : null;
}

function parsed(raw: string, id: string): Doc {
  const p = parseDocument(Buffer.from(raw, 'utf8'), { id, file: `${id}.txt` });
  if (!p.ok) throw new Error(`${id}: ${p.problem.reason}`);
  return p.doc;
}

const factsLine = (id: string, doc: DocView): string => JSON.stringify([id, foundFacts(analyzeDocument(doc))]);

async function realDocs(): Promise<[string, DocView][]> {
  const out: [string, DocView][] = [];
  const shared = sharedEval();
  if (shared) {
    const raw = JSON.parse(readFileSync(path.join(shared, 'meantime_en_timex.json'), 'utf8')) as { doc_id: string; dct: string; title?: string; text: string }[];
    for (const r of raw) {
      const title = (r.title ?? r.doc_id).replace(/\s+/g, ' ').trim();
      const dayFirst = /^(\d{2})-(\d{2})-(\d{4})/.exec(String(r.dct));
      const dct = dayFirst ? `${dayFirst[3]}-${dayFirst[2]}-${dayFirst[1]}` : String(r.dct).slice(0, 10);
      out.push([`meantime/${r.doc_id}`, parsed(` date ${dct} ${title}\n\n${r.text.trimStart()}`, r.doc_id)]);
    }
  }
  const fixtures = path.join(ROOT, 'tests', 'understand');
  for (const file of readdirSync(fixtures).filter((f) => f.endsWith('.fixture.ts')).sort()) {
    const mod = (await import(pathToFileURL(path.join(fixtures, file)).href)) as Record<string, unknown>;
    for (const [name, value] of Object.entries(mod)) {
      if (!Array.isArray(value)) continue;
      value.forEach((a: unknown, i) => {
        const art = a as { body?: unknown; headline?: unknown };
        if (typeof art?.body === 'string') out.push([`${file}/${name}/${i}`, docOf(art.body, typeof art.headline === 'string' ? art.headline : null)]);
      });
    }
  }
  for (const dir of readdirSync(path.join(ROOT, 'bench')).filter((d) => d.startsWith('qa-')).sort()) {
    let json: { data: { paragraphs: { context: string }[] }[] };
    try {
      json = JSON.parse(readFileSync(path.join(ROOT, 'bench', dir, 'squad2_dev40.json'), 'utf8')) as typeof json;
    } catch {
      continue;
    }
    json.data.forEach((a, i) => a.paragraphs.forEach((p, j) => out.push([`${dir}/${i}.${j}`, parsed(` date 2021-03-04 ${dir}\n\n${p.context}`, `${dir}-${i}-${j}`)])));
  }
  return out;
}

const sentences = Number(arg('sentences') ?? 30_000);
const runs = Number(arg('runs') ?? 3);
tagWithoutEntities();
const { files } = generateRecord(sentences, 42);
const docs = files.map((f) => parsed(f.raw.toString('utf8'), f.id));
const count = docs.reduce((n, d) => n + sentencesOf(d).length, 0);

const dump = arg('dump');
if (dump) writeFileSync(dump, docs.map((d) => factsLine(d.id, d)).join('\n') + '\n');
const real = arg('real');
if (real) {
  const lines = (await realDocs()).map(([id, doc]) => {
    const line = factsLine(id, doc);
    return CLEAN.test(id) ? JSON.stringify([id, createHash('sha256').update(line).digest('hex')]) : line;
  });
  writeFileSync(real, lines.join('\n') + '\n');
}

const cpuMs = (u: NodeJS.CpuUsage): number => (u.user + u.system) / 1000;
const results: number[] = [];
for (let r = 0; r < runs; r++) {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  for (const d of docs) analyzeDocument(d);
  const cpu = cpuMs(process.cpuUsage(c0));
  results.push(cpu);
  console.log(`run ${r + 1}: ${docs.length} documents, ${count} sentences: ${Math.round(cpu)} ms CPU (${Math.round((cpu * 1000) / count)} µs a sentence), ${Math.round(performance.now() - t0)} ms wall`);
}
const sorted = [...results].sort((a, b) => a - b);
console.log(`median ${Math.round(sorted[Math.floor(sorted.length / 2)] ?? NaN)} ms CPU, min ${Math.round(sorted[0] ?? NaN)} ms`);
