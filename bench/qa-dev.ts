/**
 * `npx tsx bench/qa-dev.ts [--shared DIR] [--half a|b|all] [--show KINDS] [--out FILE]`
 *
 * The SQuAD development set's scoring (`../shared/eval/tools/qa-eval.mjs`) in one process, for
 * tuning: the same documents (one per paragraph, ` date 2000-01-01 <title> <n>` header), the same
 * requests (`ask` through the contract's `answerLine`), the same scoring (the first result's
 * excerpt contains a gold answer; not_found; the previous article's questions asked off-topic).
 * It adds what qa-eval does not say: the articles split in two halves (`a`: even positions,
 * `b`: odd — tune on one, check the other) and the misses sorted by kind. Skips without the data.
 * Reading ../shared is for benches only; nothing from it is kept in the project.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildCorpus } from '../src/answer/build.js';
import { routeQuestion } from '../src/answer/ask.js';
import { answerLine } from '../src/cli/contract.js';
import { analyzeDocument } from '../src/understand/analyze.js';
import { sentencesOf } from '../src/record/types.js';
import { namesOf } from '../src/search/shape.js';
import { queryTerms, tokenize } from '../src/search/text.js';
import { contains, opt, sharedDir, type Article, type Reply, type Result } from './squad.js';

const shared = sharedDir();
const half = opt('--half', 'all');
const show = new Set(opt('--show', '').split(',').filter(Boolean));
const out = opt('--out', '');

const file = path.join(shared, 'squad2_dev40.json');
if (!existsSync(file)) {
  console.log(`qa-dev: skipped, no ${file}`);
  process.exit(0);
}

const data = JSON.parse(readFileSync(file, 'utf8')) as { data: Article[] };
const tmp = mkdtempSync(path.join(os.tmpdir(), 'qa-dev-'));
process.on('exit', () => rmSync(tmp, { recursive: true, force: true }));

const articles = data.data.map((art, ai) => {
  const dir = path.join(tmp, `a${String(ai).padStart(2, '0')}`);
  mkdirSync(dir, { recursive: true });
  const title = art.title.replace(/_/g, ' ');
  art.paragraphs.forEach((p, pi) => {
    writeFileSync(path.join(dir, `sq${String(ai).padStart(2, '0')}p${pi + 1}.txt`), ` date 2000-01-01 ${`${title} ${pi + 1}`.replace(/\s+/g, ' ').trim()}\n\n${p.context}`);
  });
  const qs = art.paragraphs.flatMap((p, pi) => p.qas.map((q) => ({ ...q, pi })));
  return { title, dir, answerable: qs.filter((q) => !q.is_impossible), impossible: qs.filter((q) => q.is_impossible) };
});

const n = articles.length;
const inHalf = (ai: number): boolean => half === 'all' || (half === 'a' ? ai % 2 === 0 : ai % 2 === 1);

interface Tally {
  nA: number;
  top1: number;
  top3: number;
  nfA: number;
  nO: number;
  nfO: number;
  nI: number;
  nfI: number;
}
const tally = (): Tally => ({ nA: 0, top1: 0, top3: 0, nfA: 0, nO: 0, nfO: 0, nI: 0, nfI: 0 });
const halves = { a: tally(), b: tally() };
const kinds = new Map<string, number>();
const lines: string[] = [];
const kind = (k: string, line: string): void => {
  kinds.set(k, (kinds.get(k) ?? 0) + 1);
  if (show.has(k) || show.has('all')) lines.push(`[${k}] ${line}`);
};

const ask = (corpus: Awaited<ReturnType<typeof buildCorpus>>, query: string): Reply => answerLine(corpus, JSON.stringify({ command: 'ask', query })) as unknown as Reply;
const t0 = performance.now();
const corpora = new Map<number, Awaited<ReturnType<typeof buildCorpus>>>();
const corpusOf = async (ai: number) => {
  let c = corpora.get(ai);
  if (!c) corpora.set(ai, (c = await buildCorpus((articles[ai] as (typeof articles)[number]).dir, { analyze: analyzeDocument })));
  return c;
};
const jsonl: string[] = [];
/** Per question, what the record holds of it (for `--out`): terms, names, the IDF mass the record holds. */
const features = (corpus: Awaited<ReturnType<typeof buildCorpus>>, q: string) => {
  const dfs = new Map<string, number>();
  let count = 0;
  for (const d of corpus.docs) for (const s of sentencesOf(d)) {
    count++;
    for (const st of new Set(tokenize(s.text).map((t) => t.stem))) dfs.set(st, (dfs.get(st) ?? 0) + 1);
  }
  const idf = (f: number): number => Math.log(1 + (count - f + 0.5) / (f + 0.5));
  const terms = queryTerms(q);
  const mass = terms.reduce((a, t) => a + idf(dfs.get(t.stem) ?? 0), 0);
  const held = terms.filter((t) => dfs.has(t.stem));
  const heldMass = held.reduce((a, t) => a + idf(dfs.get(t.stem) ?? 0), 0);
  const names = namesOf(q);
  return { terms: terms.length, held: held.length, massShare: mass ? heldMass / mass : 0, names: names.length, absentNames: names.filter((n) => !dfs.has(n.stem)).length };
};
for (let ai = 0; ai < n; ai++) {
  if (!inHalf(ai)) continue;
  const a = articles[ai] as (typeof articles)[number];
  const t = halves[ai % 2 === 0 ? 'a' : 'b'];
  const corpus = await corpusOf(ai);
  for (const q of a.answerable) {
    const r = ask(corpus, q.question);
    const res = r.results ?? [];
    t.nA++;
    const has = (x: Result | undefined): boolean => !!x && q.answers.some((g) => contains(x.excerpt?.text ?? '', g.text));
    const rank = res.slice(0, 3).findIndex(has);
    const route = routeQuestion(q.question);
    const first = res[0]?.excerpt;
    if (out) jsonl.push(JSON.stringify({ kind: 'answerable', ai, id: q.id, q: q.question, route, status: r.status, rank, score: (res[0] as { score?: number } | undefined)?.score ?? (r.suggestions?.[0] as { score?: number } | undefined)?.score ?? 0, ...features(corpus, q.question) }));
    const desc = `${a.title} ${q.id} ${JSON.stringify(q.question)} gold ${JSON.stringify(q.answers[0]?.text)} → ${r.status} ${JSON.stringify((first?.text ?? (r.suggestions ?? [])[0]?.excerpt?.text ?? '').slice(0, 140))}`;
    if (r.status === 'not_found' || res.length === 0) {
      t.nfA++;
      const sugg = (r.suggestions ?? []).findIndex(has);
      kind(`nf-${route}${sugg >= 0 ? '-sugg' + sugg : ''}`, desc);
      continue;
    }
    if (rank === 0) t.top1++;
    if (rank >= 0) t.top3++;
    if (rank !== 0) kind(`miss-${route}${rank > 0 ? '-r' + rank : ''}${first?.paragraph === 0 ? '-headline' : ''}`, desc);
  }
  for (const q of a.impossible) {
    const r = ask(corpus, q.question);
    t.nI++;
    if (r.status === 'not_found' || (r.results ?? []).length === 0) t.nfI++;
  }
  const p = articles[(ai + n - 1) % n] as (typeof articles)[number];
  for (const q of p.answerable) {
    const r = ask(corpus, q.question);
    t.nO++;
    if (out) jsonl.push(JSON.stringify({ kind: 'offtopic', ai, id: q.id, q: q.question, route: routeQuestion(q.question), status: r.status, score: (r.results?.[0] as { score?: number } | undefined)?.score ?? (r.suggestions?.[0] as { score?: number } | undefined)?.score ?? 0, ...features(corpus, q.question) }));
    if (r.status === 'not_found' || (r.results ?? []).length === 0) t.nfO++;
    else kind(`offtopic-${routeQuestion(q.question)}`, `${p.title}→${a.title} ${JSON.stringify(q.question)} → ${JSON.stringify((r.results?.[0]?.excerpt?.text ?? '').slice(0, 140))}`);
  }
}
const pct = (x: number, d: number): string => (d ? `${((100 * x) / d).toFixed(1)} %` : 'n/a');
const line = (name: string, t: Tally): string =>
  `${name}: top-1 ${t.top1}/${t.nA} = ${pct(t.top1, t.nA)}, top-3 ${pct(t.top3, t.nA)}, answerable nf ${t.nfA} = ${pct(t.nfA, t.nA)}, off-topic nf ${t.nfO}/${t.nO} = ${pct(t.nfO, t.nO)}, impossible nf ${t.nfI}/${t.nI}`;
const all: Tally = tally();
for (const t of [halves.a, halves.b]) for (const k of Object.keys(all) as (keyof Tally)[]) all[k] += t[k];
for (const l of lines) console.log(l);
console.log([...kinds].sort((x, y) => y[1] - x[1]).map(([k, v]) => `${k} ${v}`).join(', '));
if (half !== 'b') console.log(line('half a', halves.a));
if (half !== 'a') console.log(line('half b', halves.b));
console.log(line('all', all), `(${((performance.now() - t0) / 1000).toFixed(1)} s)`);
if (out) writeFileSync(out, jsonl.join('\n') + '\n');
