/**
 * `npx tsx bench/qa-configs.ts --configs '{"base":{},"kin":{"kin":0.55}}' --outdir DIR [--sets dev,own,…]`
 *
 * bench/qa-sets.ts --meaning yes for several rankings at once: each article's record is built and its
 * sentence vectors computed once, each question embedded once, and every ranking (a partial
 * `Ranking` over RANKING) answers it through its own search index over the same sentences. Writes
 * DIR/NAME/qa-sets.txt (qa-sets.ts's lines, for bench/blind/sum.py) and DIR/NAME/qa-lines.txt (one
 * line per question, as `--out`), except the question lines of the sets held out or kept clean
 * (`--quiet`, a regex over set names): their totals only.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync, appendFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { answer } from '../src/answer/index.js';
import { routeQuestion } from '../src/answer/ask.js';
import type { Corpus } from '../src/answer/corpus.js';
import { Meaning } from '../src/answer/meaning.js';
import { toContract } from '../src/render/json.js';
import { createSearchIndex } from '../src/search/index.js';
import { multiwordVerbs, questionStates, readsAsStopWord } from '../src/search/related.js';
import { isQuestion, shapeOf } from '../src/search/shape.js';
import { sentencesOf } from '../src/record/types.js';
import { DECISION, MEANING_DECISION, RANKING, type Ranking } from '../src/search/options.js';
import { articleCorpus, contains, opt, QA_SETS, setArticles, type Reply } from './squad.js';

const configs = JSON.parse(opt('--configs', '{"base":{}}')) as Record<string, Partial<Ranking>>;
const outdir = opt('--outdir', 'qa-configs');
const sets = opt('--sets', Object.keys(QA_SETS).join(',')).split(',').filter(Boolean);
const quiet = new RegExp(opt('--quiet', '^blind(29|32|65|68|71|74|77|80|83|86|89|92|95|96|97|98)$'));
/**
 * `--only phrasal`: only the questions with a multiword verb (`multiwordVerbs`); `measure`: those
 * asking for a measure's value (`QueryShape.measure`: "how hot", "what is the length of"); `when`:
 * those `ask` routes to /when; `state`: those asking who is in a state (`questionStates`: "in charge"); several with commas. To measure a change that reads nothing else.
 */
const only = opt('--only', '');
const kinds = only.split(',').filter(Boolean);
const asked = (q: { question: string }): boolean =>
  kinds.length === 0 ||
  (kinds.includes('phrasal') && multiwordVerbs(q.question).verbs.size > 0) ||
  (kinds.includes('measure') && isQuestion(q.question) && shapeOf(q.question).measure !== null) ||
  (kinds.includes('when') && routeQuestion(q.question) === 'when') ||
  (kinds.includes('state') && questionStates(q.question).size > 0) ||
  (kinds.includes('stoplike') && isQuestion(q.question) && (q.question.toLowerCase().match(/[a-z]+/g) ?? []).some((w) => readsAsStopWord(w)));
const names = Object.keys(configs);
for (const n of names) {
  mkdirSync(path.join(outdir, n), { recursive: true });
  writeFileSync(path.join(outdir, n, 'qa-sets.txt'), '');
  writeFileSync(path.join(outdir, n, 'qa-lines.txt'), '');
}
const meaning = new Meaning();
const tmp = mkdtempSync(path.join(os.tmpdir(), 'qa-configs-'));
process.on('exit', () => rmSync(tmp, { recursive: true, force: true }));
const pct = (x: number, d: number): string => `${((100 * x) / Math.max(d, 1)).toFixed(1)} %`;

for (const set of sets) {
  const read = setArticles(set, QA_SETS[set]);
  if (read === null) continue;
  const n = read.length;
  const qas = read.map((art) => ({ answerable: art.paragraphs.flatMap((p) => p.qas.filter((q) => !q.is_impossible)), impossible: art.paragraphs.flatMap((p) => p.qas.filter((q) => q.is_impossible)) }));
  // With `--only`, an article's record is built only where one of its questions or its off-topic ones (the article before's) is asked.
  const needed = read.map((_, ai) => [...(qas[ai]?.answerable ?? []), ...(qas[ai]?.impossible ?? []), ...(qas[(ai + n - 1) % n]?.answerable ?? [])].some(asked));
  const built = await Promise.all(read.map((art, ai) => (needed[ai] ? articleCorpus(tmp, set, ai, art, { decision: DECISION, meaningDecision: MEANING_DECISION }) : Promise.resolve(null))));
  const articles = built.map((b, ai) => ({ corpus: b?.corpus as Corpus, ...(qas[ai] as (typeof qas)[number]) }));
  for (const [ai, a] of articles.entries()) if (needed[ai]) await meaning.track(a.corpus)?.finished;
  // One corpus per ranking over the same documents (the vectors are read by sentence text).
  const corpora = articles.map((a, ai) =>
    needed[ai] ? names.map((c): Corpus => ({ ...a.corpus, index: createSearchIndex(a.corpus.docs.flatMap((d) => sentencesOf(d)), { ranking: { ...RANKING, ...configs[c] }, decision: DECISION, meaningDecision: MEANING_DECISION }) })) : [],
  );
  const stats = names.map(() => ({ top1: 0, top3: 0, nA: 0, nfA: 0, nO: 0, nfO: 0, nI: 0, nfI: 0, lines: [] as string[] }));
  const askAll = async (ai: number, query: string): Promise<Reply[]> => {
    const a = articles[ai] as (typeof articles)[number];
    const m = meaning.track(a.corpus);
    const cos = m && m.ready && isQuestion(query) ? ((await m.forQuestion(query)) ?? undefined) : undefined;
    const out: Reply[] = [];
    for (const corpus of corpora[ai] as Corpus[]) out.push(toContract(answer(corpus, cos ? { command: 'ask', query, meaning: cos } : { command: 'ask', query })) as unknown as Reply);
    return out;
  };
  for (let ai = 0; ai < n; ai++) {
    const a = articles[ai] as (typeof articles)[number];
    for (const q of a.answerable.filter(asked)) {
      const rs = await askAll(ai, q.question);
      rs.forEach((r, c) => {
        const s = stats[c] as (typeof stats)[number];
        const results = r.results ?? [];
        const refused = r.status === 'not_found' || results.length === 0;
        const rank = results.slice(0, 3).findIndex((x) => q.answers.some((g) => contains(x.excerpt?.text ?? '', g.text)));
        s.nA++;
        if (refused) s.nfA++;
        if (rank === 0) s.top1++;
        if (rank >= 0) s.top3++;
        const sugg = (r.suggestions ?? []).findIndex((x) => q.answers.some((g) => contains(x.excerpt?.text ?? '', g.text)));
        const outcome = refused ? `refused${sugg >= 0 ? `-sugg${sugg}` : ''}` : rank === 0 ? 'first' : rank > 0 ? `rank${rank}` : 'wrong';
        s.lines.push(JSON.stringify({ set, id: q.id, kind: 'answerable', outcome, question: q.question, gold: q.answers[0]?.text, first: (results[0] ?? r.suggestions?.[0])?.excerpt?.text?.slice(0, 140) }));
      });
    }
    for (const q of a.impossible.filter(asked)) {
      const rs = await askAll(ai, q.question);
      rs.forEach((r, c) => {
        const s = stats[c] as (typeof stats)[number];
        const refused = r.status === 'not_found' || (r.results ?? []).length === 0;
        s.nI++;
        if (refused) s.nfI++;
        s.lines.push(JSON.stringify({ set, id: q.id, kind: 'unanswerable', outcome: refused ? 'refused' : 'answered', question: q.question, first: r.results?.[0]?.excerpt?.text?.slice(0, 140) }));
      });
    }
    for (const q of (articles[(ai + n - 1) % n] as (typeof articles)[number]).answerable.filter(asked)) {
      const rs = await askAll(ai, q.question);
      rs.forEach((r, c) => {
        const s = stats[c] as (typeof stats)[number];
        const refused = r.status === 'not_found' || (r.results ?? []).length === 0;
        s.nO++;
        if (refused) s.nfO++;
        s.lines.push(JSON.stringify({ set, id: q.id, kind: 'offtopic', outcome: refused ? 'refused' : 'answered', question: q.question, first: r.results?.[0]?.excerpt?.text?.slice(0, 140) }));
      });
    }
  }
  names.forEach((c, i) => {
    const s = stats[i] as (typeof stats)[number];
    const line = `${set}: top-1 ${s.top1}/${s.nA} = ${pct(s.top1, s.nA)}, top-3 ${pct(s.top3, s.nA)}, answerable refused ${s.nfA} = ${pct(s.nfA, s.nA)}, off-topic refused ${s.nfO}/${s.nO} = ${pct(s.nfO, s.nO)}${s.nI > 0 ? `, unanswerable refused ${s.nfI}/${s.nI} = ${pct(s.nfI, s.nI)}` : ''}`;
    appendFileSync(path.join(outdir, c, 'qa-sets.txt'), `${line}\n`);
    if (!quiet.test(set) && s.lines.length > 0) appendFileSync(path.join(outdir, c, 'qa-lines.txt'), `${s.lines.join('\n')}\n`);
  });
  console.log(`${set} done`);
}
await meaning.close();
