/**
 * `npx tsx bench/qa-cpu.ts [--rounds 3] [--sentences 10000]`
 *
 * CPU time per question (process.cpuUsage, user + system) of this tree's code, for a back-to-back
 * A/B against another tree (run the same script there, alternately, on the same machine): every
 * question of the reader-written sets (bench/qa-*) and of the SQuAD development set when present,
 * asked through `ask` (answerLine) of its own article's record and of the previous one's, after a
 * warm-up pass; then `index.search` of the benchmark's generated queries (`queries.ts`) on a
 * generated record of `--sentences`. Prints µs of CPU per question, per part.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildCorpus } from '../src/answer/build.js';
import type { Corpus } from '../src/answer/corpus.js';
import { answerLine } from '../src/cli/contract.js';
import { parseDocument } from '../src/record/parse.js';
import { sentencesOf, type Sentence } from '../src/record/types.js';
import { createSearchIndex } from '../src/search/index.js';
import { analyzeDocument } from '../src/understand/analyze.js';
import { generateRecord } from './generate.js';
import { makeQueries } from './queries.js';
import { opt, root, sharedDir, type Article } from './squad.js';

const rounds = Number(opt('--rounds', '3'));
const total = Number(opt('--sentences', '10000'));
const files = [path.join(sharedDir(), 'squad2_dev40.json'), ...readdirSync(path.join(root, 'bench')).filter((d) => d.startsWith('qa-') && existsSync(path.join(root, 'bench', d, 'squad2_dev40.json'))).sort().map((d) => path.join(root, 'bench', d, 'squad2_dev40.json'))].filter((f) => existsSync(f));
const tmp = mkdtempSync(path.join(os.tmpdir(), 'qa-cpu-'));
process.on('exit', () => rmSync(tmp, { recursive: true, force: true }));
const asks: { corpus: Corpus; question: string }[] = [];
for (const [fi, file] of files.entries()) {
  const data = JSON.parse(readFileSync(file, 'utf8')) as { data: Article[] };
  const corpora = await Promise.all(
    data.data.map(async (art, ai) => {
      const dir = path.join(tmp, `s${fi}`, `a${String(ai).padStart(2, '0')}`);
      mkdirSync(dir, { recursive: true });
      const title = art.title.replace(/_/g, ' ');
      art.paragraphs.forEach((p, pi) => writeFileSync(path.join(dir, `p${pi + 1}.txt`), ` date 2000-01-01 ${`${title} ${pi + 1}`.replace(/\s+/g, ' ').trim()}\n\n${p.context}`));
      return buildCorpus(dir, { analyze: analyzeDocument });
    }),
  );
  data.data.forEach((art, ai) => {
    const own = corpora[ai] as Corpus;
    const next = corpora[(ai + 1) % corpora.length] as Corpus;
    for (const q of art.paragraphs.flatMap((p) => p.qas)) {
      asks.push({ corpus: own, question: q.question });
      if (!q.is_impossible) asks.push({ corpus: next, question: q.question });
    }
  });
}
const cpu = (f: () => void): number => {
  const t = process.cpuUsage();
  f();
  const d = process.cpuUsage(t);
  return d.user + d.system;
};
const askAll = (): void => {
  for (const a of asks) answerLine(a.corpus, JSON.stringify({ command: 'ask', query: a.question }));
};
askAll();
let askCpu = 0;
for (let r = 0; r < rounds; r++) askCpu += cpu(askAll);

const { files: generated, world } = generateRecord(total);
const sentences: Sentence[] = generated.flatMap((f) => {
  const parsed = parseDocument(f.raw, { id: f.id, file: `${f.id}.txt` });
  if (!parsed.ok) throw new Error(`${f.id}: ${parsed.problem.reason}`);
  return sentencesOf(parsed.doc);
});
const index = createSearchIndex(sentences);
const queries = makeQueries(sentences, world, 7, 40).filter((q) => q.cls !== 'autocomplete');
const searchAll = (): void => {
  for (const q of queries) index.search(q.text, { limit: 10 });
};
searchAll();
let searchCpu = 0;
for (let r = 0; r < rounds; r++) searchCpu += cpu(searchAll);
console.log(`ask: ${asks.length} questions, ${(askCpu / rounds / asks.length).toFixed(1)} µs CPU each; search (${sentences.length} generated sentences): ${queries.length} queries, ${(searchCpu / rounds / queries.length).toFixed(1)} µs CPU each`);
