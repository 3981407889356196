/**
 * `npx tsx bench/qa-decide.ts [--shared DIR] [--fit a,b,own,blind2,blind3,blind4,fresh] [--weigh N] [--l2 X] [--odds X] [--out FILE] [--model JSON]`
 *
 * Fits the answer-or-refuse model of questions (`DECISION` in src/search/options.ts) on some of
 * the question sets (default a: the SQuAD development set's even articles; b: its odd ones; own,
 * blind2, blind3, blind4: bench/qa-own, bench/qa-blind2, bench/qa-blind3, bench/qa-blind4, questions
 * readers wrote; fresh: bench/qa-fresh, session 8's own check, written before reading the search) and
 * reports every set. Every question is asked of its own
 * article (answerable) and of the previous one (off-topic, to be refused); the search index tells
 * what its re-ranked candidates hold (`CreateOptions.observe`), and the candidate with the best
 * relevance-as-if-held (`open`) stands for the question. Logistic regression on those (features
 * standardised, L2 penalty `--l2`, Newton steps), then the intercept lowered by ln(`--odds`):
 * a question is answered where the odds reach that. Prints the weights to paste into DECISION and
 * what the model would decide on both halves (first answer right, answerable refused, off-topic
 * refused), from the candidates alone; bench/qa-tune.ts and qa-eval give the figures through
 * `ask`. `--out FILE` writes the observations as JSON lines. Skips without the data.
 * Reading ../shared is for benches only; nothing from it is kept in the project.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildCorpus } from '../src/answer/build.js';
import { analyzeDocument } from '../src/understand/analyze.js';
import { sentencesOf } from '../src/record/types.js';
import { createSearchIndex, type DecisionFeatures, type Observation } from '../src/search/index.js';
import { DECISION } from '../src/search/options.js';
import { fitLogistic } from './logistic.js';
import { contains, opt, root, sharedDir, type Article, writeArticle } from './squad.js';

// The sets: the development set's two halves (a: even articles, b: odd) and the sets readers wrote
// without reading the code (bench/qa-own, bench/qa-blind2, bench/qa-blind3: their questions
// paraphrase the text as real use does; the development set's copy its words).
const devFile = path.join(sharedDir(), 'squad2_dev40.json');
if (!existsSync(devFile)) {
  console.log(`qa-decide: skipped, no ${devFile}`);
  process.exit(0);
}
const SETS: [string, string][] = [
  ['dev', devFile],
  ['own', path.join(root, 'bench', 'qa-own', 'squad2_dev40.json')],
  ['blind2', path.join(root, 'bench', 'qa-blind2', 'squad2_dev40.json')],
  ['blind3', path.join(root, 'bench', 'qa-blind3', 'squad2_dev40.json')],
  ['blind4', path.join(root, 'bench', 'qa-blind4', 'squad2_dev40.json')],
  ['fresh', path.join(root, 'bench', 'qa-fresh', 'squad2_dev40.json')],
];
/** `--fit a,own,blind2`: the sets (dev's halves by letter) the model is fitted on. */
const fitSets = opt('--fit', opt('--half', 'a')).split(',').filter(Boolean);
const l2 = Number(opt('--l2', '1'));
const oddsBar = Number(opt('--odds', '2'));
/** `--weigh N`: each question of a reader-written set counts N times in the fit (they are few). */
const weigh = Number(opt('--weigh', '1'));
const tmp = mkdtempSync(path.join(os.tmpdir(), 'qa-decide-'));
process.on('exit', () => rmSync(tmp, { recursive: true, force: true }));
let last: Observation | null = null;

interface Asked {
  half: string;
  answerable: boolean;
  candidates: { features: DecisionFeatures; open: number; score: number; lone: boolean; gold: boolean }[];
}
const asked: Asked[] = [];
const lines: string[] = [];
for (const [set, file] of SETS) {
  if (!existsSync(file)) continue;
  const data = JSON.parse(readFileSync(file, 'utf8')) as { data: Article[] };
  const n = data.data.length;
  const articles = await Promise.all(
    data.data.map(async (art, ai) => {
      const dir = writeArticle(tmp, set, ai, art);
      const corpus = await buildCorpus(dir, { analyze: analyzeDocument });
      const index = createSearchIndex(corpus.docs.flatMap((d) => sentencesOf(d)), { observe: (o) => (last = o) });
      return { index, answerable: art.paragraphs.flatMap((p) => p.qas.filter((q) => !q.is_impossible)) };
    }),
  );
  for (let ai = 0; ai < n; ai++) {
    const a = articles[ai] as (typeof articles)[number];
    const half = set === 'dev' ? (ai % 2 === 0 ? 'a' : 'b') : set;
    const observe = (question: string, answers: readonly { text: string }[], answerable: boolean): void => {
      last = null;
      a.index.search(question);
      const o = last as Observation | null;
      const candidates = (o?.candidates ?? []).map((c) => ({ features: c.features, open: c.open, score: c.score, lone: c.lone, gold: answers.some((g) => contains(c.text, g.text)) }));
      asked.push({ half, answerable, candidates });
      lines.push(JSON.stringify({ half, answerable, question, terms: o?.terms, count: o?.count, candidates: candidates.map((c, i) => { const x = o?.candidates[i]; return { ...c, text: x?.text, held: x?.held, typed: x?.typed, related: x?.related, context: x?.context, soft: x?.soft, answerType: x?.answerType }; }) }));
    };
    for (const q of a.answerable) observe(q.question, q.answers, true);
    for (const q of (articles[(ai + n - 1) % n] as (typeof articles)[number]).answerable) observe(q.question, [], false);
  }
}
const out = opt('--out', '');
if (out) writeFileSync(out, lines.join('\n') + '\n');

const keys = Object.keys(DECISION).filter((k) => k !== 'intercept') as (keyof DecisionFeatures)[];
const rows = asked.filter((q) => fitSets.includes(q.half) && q.candidates.length > 0);
const X = rows.map((q) => {
  const best = q.candidates.reduce((b, c) => (c.open > b.open ? c : b));
  return keys.map((k) => best.features[k]);
});
const Y = rows.map((q) => (q.answerable ? 1 : 0));
/** Each row's weight in the fit: a reader-written set's questions count `--weigh` times. */
const V = rows.map((q) => (q.half === 'a' || q.half === 'b' ? 1 : weigh));
const { intercept, weights } = fitLogistic(X, Y, { l2, odds: oddsBar, steps: 60, V });
const fitted: Record<string, number> = { intercept: +intercept.toFixed(3) };
keys.forEach((k, j) => (fitted[k] = +(weights[j] as number).toFixed(3)));
console.log(`fitted on ${fitSets.join('+')} (${rows.length} questions, L2 ${l2}, odds ${oddsBar}:1):`, JSON.stringify(fitted));

const oddsOf = (f: DecisionFeatures, m: Record<string, number>): number => keys.reduce((s, k) => s + (m[k] as number) * f[k], m.intercept as number);
// `--model JSON`: weights to compare instead of the shipped ones (a model fitted on the dev set, read on another set).
const compared = { ...(DECISION as unknown as Record<string, number>), ...(JSON.parse(opt('--model', '{}')) as Record<string, number>) };
for (const [name, model] of [['fitted', fitted], [opt('--model', '') ? 'given' : 'shipped', compared]] as const) {
  for (const h of ['a', 'b', ...SETS.slice(1).map(([set]) => set)]) {
    let nA = 0, first = 0, refused = 0, nO = 0, offRefused = 0, ranked = 0;
    for (const q of asked.filter((x) => x.half === h)) {
      // The ranking alone: the best-scored candidate (one holding two words before a lone one).
      const pool = q.candidates.some((c) => !c.lone) ? q.candidates.filter((c) => !c.lone) : q.candidates;
      if (q.answerable && pool.reduce<(typeof pool)[number] | null>((b, c) => (b === null || c.score > b.score ? c : b), null)?.gold === true) ranked++;
      const passed = q.candidates.filter((c) => oddsOf(c.features, model) >= 0);
      const held = passed.some((c) => !c.lone) ? passed.filter((c) => !c.lone) : passed;
      const top = held.reduce<(typeof held)[number] | null>((b, c) => (b === null || c.score > b.score ? c : b), null);
      if (q.answerable) {
        nA++;
        if (top === null) refused++;
        else if (top.gold) first++;
      } else {
        nO++;
        if (top === null) offRefused++;
      }
    }
    const pct = (x: number, t: number): string => `${((100 * x) / t).toFixed(1)} %`;
    if (nA === 0) continue;
    console.log(`${name}, ${h.length === 1 ? `half ${h}` : h}: first ${first}/${nA} = ${pct(first, nA)}, answerable refused ${pct(refused, nA)}, off-topic refused ${offRefused}/${nO} = ${pct(offRefused, nO)}; ranked first if all answered ${pct(ranked, nA)}`);
  }
}
