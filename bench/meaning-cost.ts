/**
 * `npx tsx bench/meaning-cost.ts [--sentences 2000]`
 *
 * What the sentence vectors (src/search/meaning.ts) cost: on a generated record of `--sentences`
 * (bench/generate.ts), the time to compute every sentence's vector in the worker thread (wall,
 * and this process's CPU, all threads), RSS before and after, the size of the vectors' file and
 * the time to read it back; then every question of bench/qa-own asked of the record through
 * `answer` and through `Meaning.answer` (the question embedded in the worker), wall ms per
 * question each way, and how many answers differ.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildCorpus } from '../src/answer/build.js';
import { answer } from '../src/answer/index.js';
import { Meaning } from '../src/answer/meaning.js';
import { MeaningStore, meaningPath } from '../src/search/meaning.js';
import { sentencesOf } from '../src/record/types.js';
import { analyzeDocument } from '../src/understand/analyze.js';
import { generateRecord } from './generate.js';
import { opt, root, type Article } from './squad.js';

const total = Number(opt('--sentences', '2000'));
const tmp = mkdtempSync(path.join(os.tmpdir(), 'meaning-cost-'));
process.on('exit', () => rmSync(tmp, { recursive: true, force: true }));
const { files } = generateRecord(total);
const kdir = path.join(tmp, 'knowledge');
mkdirSync(kdir, { recursive: true });
for (const f of files) writeFileSync(path.join(kdir, `${f.id.replace(/\//g, '-')}.txt`), f.raw);
const corpus = await buildCorpus(kdir, { analyze: analyzeDocument });
const n = corpus.docs.reduce((s, d) => s + sentencesOf(d).length, 0);
const mb = (): string => (process.memoryUsage().rss / 1e6).toFixed(0);
const dataDir = path.join(tmp, 'data');
const rss0 = mb();
const meaning = new Meaning({ dataDir });
const c0 = process.cpuUsage();
const w0 = performance.now();
const m = meaning.track(corpus);
if (!m) throw new Error('no vectors for this record');
await m.finished;
const c = process.cpuUsage(c0);
const wall = performance.now() - w0;
console.log(`${n} sentences (${m.total} distinct): vectors in ${(wall / 1000).toFixed(1)} s wall, ${((c.user + c.system) / 1000 / m.total).toFixed(1)} ms CPU per sentence (process, all threads), ${(wall / m.total).toFixed(1)} ms wall; RSS ${rss0} -> ${mb()} MB`);
const file = meaningPath(dataDir);
const r0 = performance.now();
const back = MeaningStore.load(file);
console.log(`file ${statSync(file).size} bytes (${(statSync(file).size / back.size).toFixed(0)} per sentence), read back in ${(performance.now() - r0).toFixed(1)} ms`);

const questions = (JSON.parse(readFileSync(path.join(root, 'bench', 'qa-own', 'squad2_dev40.json'), 'utf8')) as { data: Article[] }).data.flatMap((a) => a.paragraphs.flatMap((p) => p.qas.map((q) => q.question)));
let words = 0;
let both = 0;
let differ = 0;
for (const q of questions) answer(corpus, { command: 'ask', query: q });
for (let r = 0; r < 2; r++) {
  for (const q of questions) {
    const t = performance.now();
    const a = answer(corpus, { command: 'ask', query: q });
    words += performance.now() - t;
    const t2 = performance.now();
    const b = await meaning.answer(corpus, { command: 'ask', query: q });
    both += performance.now() - t2;
    if (r === 0 && JSON.stringify(a.status === 'answered' ? a.results[0]?.excerpt.cite : a.status) !== JSON.stringify(b.status === 'answered' ? b.results[0]?.excerpt.cite : b.status)) differ++;
  }
}
const k = questions.length * 2;
console.log(`${questions.length} questions of qa-own asked of it: ${(words / k).toFixed(2)} ms wall by the words, ${(both / k).toFixed(2)} ms with the vectors (the question embedded in the worker); ${differ} first answers differ; RSS ${mb()} MB`);
await meaning.close();
