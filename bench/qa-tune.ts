/**
 * `npx tsx bench/qa-tune.ts [--shared DIR] [--half a|b] [--ranking JSON] [--fit NAMES] [--rounds N]`
 *
 * Fits the ranking's combination weights (`RANKING` in src/search/options.ts) on one half of the
 * SQuAD development set and reports them on the other: the same documents, questions and scoring
 * as bench/qa-dev.ts (whose figures equal qa-eval's), with the corpora built once and only the
 * search index rebuilt per trial (`CreateOptions.ranking`). The objective counts each question
 * once: an answerable question with the gold sentence first, an off-topic one refused.
 * `--fit bar,extras,…` runs coordinate ascent over those weights on `--half` (default a), each
 * over a small grid around its value, then prints both halves at the weights found.
 * Without `--fit`: both halves at `--ranking` (default: the shipped weights). Skips without the data.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildCorpus } from '../src/answer/build.js';
import type { Corpus } from '../src/answer/corpus.js';
import { answerLine } from '../src/cli/contract.js';
import { analyzeDocument } from '../src/understand/analyze.js';
import { sentencesOf } from '../src/record/types.js';
import { createSearchIndex } from '../src/search/index.js';
import { RANKING, type Ranking } from '../src/search/options.js';
import { contains, opt, sharedDir, type Article, type Reply } from './squad.js';

const shared = sharedDir();
const fitHalf = opt('--half', 'a');
const fit = opt('--fit', '').split(',').filter(Boolean) as (keyof Ranking)[];
const rounds = Number(opt('--rounds', '2'));
const start: Ranking = { ...RANKING, ...(JSON.parse(opt('--ranking', '{}')) as Partial<Ranking>) };

const file = path.join(shared, 'squad2_dev40.json');
if (!existsSync(file)) {
  console.log(`qa-tune: skipped, no ${file}`);
  process.exit(0);
}

const data = JSON.parse(readFileSync(file, 'utf8')) as { data: Article[] };
const tmp = mkdtempSync(path.join(os.tmpdir(), 'qa-tune-'));
process.on('exit', () => rmSync(tmp, { recursive: true, force: true }));
const n = data.data.length;
const articles = await Promise.all(
  data.data.map(async (art, ai) => {
    const dir = path.join(tmp, `a${String(ai).padStart(2, '0')}`);
    mkdirSync(dir, { recursive: true });
    const title = art.title.replace(/_/g, ' ');
    art.paragraphs.forEach((p, pi) => {
      writeFileSync(path.join(dir, `sq${String(ai).padStart(2, '0')}p${pi + 1}.txt`), ` date 2000-01-01 ${`${title} ${pi + 1}`.replace(/\s+/g, ' ').trim()}\n\n${p.context}`);
    });
    const corpus = await buildCorpus(dir, { analyze: analyzeDocument });
    const answerable = art.paragraphs.flatMap((p) => p.qas.filter((q) => !q.is_impossible));
    return { corpus, sentences: corpus.docs.flatMap((d) => sentencesOf(d)), answerable };
  }),
);

interface Score {
  top1: number;
  nA: number;
  nfA: number;
  nfO: number;
  nO: number;
}
function evaluate(ranking: Ranking, half: string): Score {
  const s: Score = { top1: 0, nA: 0, nfA: 0, nfO: 0, nO: 0 };
  for (let ai = 0; ai < n; ai++) {
    if ((ai % 2 === 0) !== (half === 'a')) continue;
    const a = articles[ai] as (typeof articles)[number];
    const corpus: Corpus = { ...a.corpus, index: createSearchIndex(a.sentences, { ranking }) };
    const ask = (query: string): Reply => answerLine(corpus, JSON.stringify({ command: 'ask', query })) as unknown as Reply;
    for (const q of a.answerable) {
      const r = ask(q.question);
      s.nA++;
      const first = r.results?.[0]?.excerpt?.text;
      if (r.status === 'not_found' || first === undefined) s.nfA++;
      else if (q.answers.some((g) => contains(first, g.text))) s.top1++;
    }
    for (const q of (articles[(ai + n - 1) % n] as (typeof articles)[number]).answerable) {
      const r = ask(q.question);
      s.nO++;
      if (r.status === 'not_found' || (r.results ?? []).length === 0) s.nfO++;
    }
  }
  return s;
}
const objective = (s: Score): number => s.top1 + s.nfO;
const pct = (x: number, d: number): string => `${((100 * x) / d).toFixed(1)} %`;
const show = (name: string, s: Score): string =>
  `${name}: top-1 ${s.top1}/${s.nA} = ${pct(s.top1, s.nA)}, answerable nf ${pct(s.nfA, s.nA)}, off-topic nf ${s.nfO}/${s.nO} = ${pct(s.nfO, s.nO)}`;

let best = start;
if (fit.length > 0) {
  let bestScore = objective(evaluate(best, fitHalf));
  console.log(`start ${JSON.stringify(best)}: ${bestScore}`);
  for (let round = 0; round < rounds; round++) {
    for (const key of fit) {
      const v = best[key];
      const grid = [0.5, 0.75, 0.9, 1.1, 1.25, 1.5, 2].map((f) => +(v === 0 ? f - 0.5 : v * f).toFixed(3));
      for (const g of grid) {
        const trial = { ...best, [key]: g };
        const score = objective(evaluate(trial, fitHalf));
        if (score > bestScore) {
          bestScore = score;
          best = trial;
          console.log(`  ${key} = ${g}: ${score}`);
        }
      }
    }
    console.log(`round ${round + 1}: ${JSON.stringify(best)}: ${bestScore}`);
  }
}
console.log(show('half a', evaluate(best, 'a')));
console.log(show('half b', evaluate(best, 'b')));
