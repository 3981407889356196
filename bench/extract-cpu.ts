/**
 * `npx tsx bench/extract-cpu.ts [--sentences N] [--runs R] [--dump FILE] [--real FILE] [--posted] [--time real]`
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
 * before and after. The clean sets' articles are written as a hash of their facts only. With
 * `--posted` both are written as an extraction worker finds the facts (`analyzeDocumentToPost`).
 *
 * `--time real` times the real text (the documents `--real` writes) instead of the generated record:
 * news articles hold more names, curly quotes and rarer constructions than the generated sentences,
 * so a reader's cost there can differ. Compiled (as the bot runs: see bench/run.ts `buildChildren`),
 * the fixtures and the question sets must be reachable from the build's folder.
 */
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { sentencesOf } from '../src/record/types.js';
import { analyzeDocument, analyzeDocumentToPost } from '../src/understand/analyze.js';
import { foundFacts } from '../src/understand/cache.js';
import { tagWithoutEntities } from '../src/understand/nlp.js';
import type { DocView } from '../src/understand/statements.js';
import { generateRecord } from './generate.js';
import { parsed, realDocs } from './real-docs.js';

/** Sets kept clean: their facts are compared by hash, never written out. */
const CLEAN = /blind-?(29|32|65|68|71|74|77|80|83|86|87|88|89|90|91|92|93|94|95|96|97|98)\b/i;

function arg(name: string): string | null {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? (process.argv[i + 1] ?? null) : null;
}

/** `--posted`: the facts as a worker finds them (`analyzeDocumentToPost`), to check they are the very same. */
const analyzeForDump = process.argv.includes('--posted') ? analyzeDocumentToPost : analyzeDocument;
const factsLine = (id: string, doc: DocView): string => JSON.stringify([id, foundFacts(analyzeForDump(doc))]);

const sentences = Number(arg('sentences') ?? 30_000);
const runs = Number(arg('runs') ?? 3);
tagWithoutEntities();
const { files } = generateRecord(sentences, 42);
const docs = files.map((f) => parsed(f.raw.toString('utf8'), f.id));

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

const timed: DocView[] = arg('time') === 'real' ? (await realDocs()).map(([, doc]) => doc) : docs;
const timedCount = timed.reduce((n, d) => n + sentencesOf(d).length, 0);
const cpuMs = (u: NodeJS.CpuUsage): number => (u.user + u.system) / 1000;
const results: number[] = [];
for (let r = 0; r < runs; r++) {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  // As an extraction worker analyses a document (extract-worker.ts).
  for (const d of timed) analyzeDocumentToPost(d);
  const cpu = cpuMs(process.cpuUsage(c0));
  results.push(cpu);
  console.log(`run ${r + 1}: ${timed.length} documents, ${timedCount} sentences: ${Math.round(cpu)} ms CPU (${Math.round((cpu * 1000) / timedCount)} µs a sentence), ${Math.round(performance.now() - t0)} ms wall`);
}
const sorted = [...results].sort((a, b) => a - b);
console.log(`median ${Math.round(sorted[Math.floor(sorted.length / 2)] ?? NaN)} ms CPU, min ${Math.round(sorted[0] ?? NaN)} ms`);
