/**
 * `npx tsx bench/extract-ab.ts ROOT_A ROOT_B [--sentences N] [--rounds R] [--real]`
 *
 * The extraction CPU of two checkouts of the project (ROOT_A, ROOT_B: folders holding `src/` and
 * `bench/`, e.g. `git archive BASE src bench tests | tar -x -C /tmp/base` with node_modules linked
 * in) compared in one process: both sides' extractors are loaded side by side, each with its own
 * tagger set up as a worker's (no entity pass), and every document of the bench's generated record
 * (about N sentences, default 6,000) is analysed by both in turn, the order flipped each document,
 * each side's CPU summed. On a shared machine, separate runs differ by more than most changes;
 * alternating per document gives both sides the same conditions. Each round prints both sums and
 * B/A; the facts themselves are compared with bench/extract-cpu.ts `--dump` / `--real`. With
 * `--real`, the documents are real text instead (bench/real-docs.ts: news articles, the extractor
 * fixtures, the question sets' contexts). Compiled (`node BUILD/bench/extract-ab.js`), the roots
 * are build folders (see bench/run.ts `buildChildren`).
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Doc } from '../src/record/types.js';
import type * as AnalyzeModule from '../src/understand/analyze.js';
import type * as NlpModule from '../src/understand/nlp.js';
import type * as ParseModule from '../src/record/parse.js';
import type * as GenerateModule from './generate.js';
import { realDocs } from './real-docs.js';

type Analyze = typeof AnalyzeModule;
type Nlp = typeof NlpModule;
type Parse = typeof ParseModule;
type Generate = typeof GenerateModule;

function arg(name: string): string | null {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? (process.argv[i + 1] ?? null) : null;
}

const [rootA, rootB] = process.argv.slice(2, 4);
if (!rootA || !rootB || rootA.startsWith('--') || rootB.startsWith('--')) {
  console.log('usage: npx tsx bench/extract-ab.ts ROOT_A ROOT_B [--sentences N] [--rounds R]');
  process.exit(2);
}
const from = (root: string, file: string): string => pathToFileURL(path.resolve(root, file)).href;

/** Run compiled (`node …/bench/extract-ab.js`), the roots are build folders and their modules .js files. */
const ext = import.meta.url.endsWith('.js') ? 'js' : 'ts';

/** A side's extraction as its worker runs it (extract-worker.ts): `analyzeDocumentToPost` where the side has it. */
async function side(root: string): Promise<(doc: Doc) => unknown> {
  const nlp = (await import(from(root, `src/understand/nlp.${ext}`))) as Nlp;
  nlp.tagWithoutEntities();
  const analyze = (await import(from(root, `src/understand/analyze.${ext}`))) as Partial<Analyze> & Pick<Analyze, 'analyzeDocument'>;
  return analyze.analyzeDocumentToPost ?? analyze.analyzeDocument;
}

const a = await side(rootA);
const b = await side(rootB);
const { parseDocument } = (await import(from(rootA, `src/record/parse.${ext}`))) as Parse;
const { generateRecord } = (await import(from(rootA, `bench/generate.${ext}`))) as Generate;
const docs: Doc[] = process.argv.includes('--real')
  ? ((await realDocs()).map(([, doc]) => doc) as Doc[])
  : generateRecord(Number(arg('sentences') ?? 6_000), 42).files.map((f) => {
      const p = parseDocument(f.raw, { id: f.id, file: `${f.id}.txt` });
      if (!p.ok) throw new Error(`${f.id}: ${p.problem.reason}`);
      return p.doc;
    });
const cpu = (): number => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
// The first documents load each side's tagger and WordNet and warm the JIT.
for (const d of docs.slice(0, 20)) {
  a(d);
  b(d);
}
const rounds = Number(arg('rounds') ?? 3);
let totalA = 0;
let totalB = 0;
for (let r = 0; r < rounds; r++) {
  let sumA = 0;
  let sumB = 0;
  docs.forEach((d, i) => {
    for (const first of (i + r) % 2 === 0 ? [true, false] : [false, true]) {
      const t = cpu();
      (first ? a : b)(d);
      if (first) sumA += cpu() - t;
      else sumB += cpu() - t;
    }
  });
  totalA += sumA;
  totalB += sumB;
  console.log(`round ${r + 1}: ${docs.length} documents: A ${Math.round(sumA)} ms CPU, B ${Math.round(sumB)} ms CPU, B/A ${(sumB / sumA).toFixed(3)}`);
}
console.log(`all rounds: A ${Math.round(totalA)} ms, B ${Math.round(totalB)} ms, B/A ${(totalB / totalA).toFixed(3)}`);
