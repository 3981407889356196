/**
 * `npx tsx bench/qa-sets.ts [--sets dev,own,blind2,blind3,blind4,fresh] [--out FILE] [--ranking JSON] [--meaning yes] [--decision JSON] [--meaning-decision JSON]`
 *
 * Every question set in one process, through `ask` (answerLine, as qa-eval asks): per set first
 * answer right, answerable refused, off-topic refused (each article's answerable questions asked
 * of the next article's record, as qa-eval does), unanswerable refused (a set's SQuAD 2.0 is_impossible
 * questions, where it has them), and with `--out` one line per question
 * (set, id, kind, outcome, question, first excerpt) to diff two runs by kind of miss. The figures
 * equal qa-eval's to the question. The dev set needs the shared data (skipped when absent).
 * `--route when` (or any command): only the questions `ask` routes there, to measure one route quickly.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { answerLine } from '../src/cli/contract.js';
import { routeQuestion } from '../src/answer/ask.js';
import { Meaning } from '../src/answer/meaning.js';
import { toContract } from '../src/render/json.js';
import type { Decision } from '../src/search/index.js';
import { DECISION, MEANING_DECISION, RANKING, type Ranking } from '../src/search/options.js';
import { articleCorpus, contains, opt, QA_SETS, setArticles, type Reply } from './squad.js';

const FILES = QA_SETS;
const sets = opt('--sets', Object.keys(FILES).join(',')).split(',').filter(Boolean);
const ranking: Ranking = { ...RANKING, ...(JSON.parse(opt('--ranking', '{}')) as Partial<Ranking>) };
const out = opt('--out', '');
const route = opt('--route', '');
const routed = (q: { question: string }): boolean => route === '' || routeQuestion(q.question) === route;
/** `--decision JSON` / `--meaning-decision JSON`: answer-or-refuse weights over DECISION / MEANING_DECISION (to try a refit before pasting it). */
const decision: Decision = { ...DECISION, ...(JSON.parse(opt('--decision', '{}')) as Partial<Decision>) };
const meaningDecision: Decision = { ...MEANING_DECISION, ...(JSON.parse(opt('--meaning-decision', '{}')) as Partial<Decision>) };
/** `--meaning yes`: questions are asked as the bot asks them once the sentence vectors are ready (`Meaning.answer`). */
const meaning = opt('--meaning', 'no') === 'yes' ? new Meaning() : null;
const tmp = mkdtempSync(path.join(os.tmpdir(), 'qa-sets-'));
process.on('exit', () => rmSync(tmp, { recursive: true, force: true }));
const lines: string[] = [];
const pct = (x: number, d: number): string => `${((100 * x) / Math.max(d, 1)).toFixed(1)} %`;

for (const set of sets) {
  const read = setArticles(set, FILES[set]);
  if (read === null) continue;
  const n = read.length;
  const articles = await Promise.all(read.map((art, ai) => articleCorpus(tmp, set, ai, art, { ranking, decision, meaningDecision })));
  for (const a of articles) await meaning?.track(a.corpus)?.finished;
  let top1 = 0;
  let top3 = 0;
  let nA = 0;
  let nfA = 0;
  let nO = 0;
  let nfO = 0;
  let nI = 0;
  let nfI = 0;
  for (let ai = 0; ai < n; ai++) {
    const a = articles[ai] as (typeof articles)[number];
    const ask = async (query: string): Promise<Reply> =>
      (meaning ? toContract(await meaning.answer(a.corpus, { command: 'ask', query })) : answerLine(a.corpus, JSON.stringify({ command: 'ask', query }))) as unknown as Reply;
    for (const q of a.answerable.filter(routed)) {
      const r = await ask(q.question);
      nA++;
      const results = r.results ?? [];
      const refused = r.status === 'not_found' || results.length === 0;
      const rank = results.slice(0, 3).findIndex((x) => q.answers.some((g) => contains(x.excerpt?.text ?? '', g.text)));
      if (refused) nfA++;
      if (rank === 0) top1++;
      if (rank >= 0) top3++;
      const sugg = (r.suggestions ?? []).findIndex((x) => q.answers.some((g) => contains(x.excerpt?.text ?? '', g.text)));
      const outcome = refused ? `refused${sugg >= 0 ? `-sugg${sugg}` : ''}` : rank === 0 ? 'first' : rank > 0 ? `rank${rank}` : 'wrong';
      lines.push(JSON.stringify({ set, id: q.id, kind: 'answerable', outcome, question: q.question, gold: q.answers[0]?.text, first: (results[0] ?? r.suggestions?.[0])?.excerpt?.text?.slice(0, 140) }));
    }
    // Its unanswerable questions (SQuAD 2.0 is_impossible: written to look answerable from the article), as qa-eval asks them.
    for (const q of a.impossible.filter(routed)) {
      const r = await ask(q.question);
      nI++;
      const refused = r.status === 'not_found' || (r.results ?? []).length === 0;
      if (refused) nfI++;
      lines.push(JSON.stringify({ set, id: q.id, kind: 'unanswerable', outcome: refused ? 'refused' : 'answered', question: q.question, first: r.results?.[0]?.excerpt?.text?.slice(0, 140) }));
    }
    for (const q of (articles[(ai + n - 1) % n] as (typeof articles)[number]).answerable.filter(routed)) {
      const r = await ask(q.question);
      nO++;
      const refused = r.status === 'not_found' || (r.results ?? []).length === 0;
      if (refused) nfO++;
      lines.push(JSON.stringify({ set, id: q.id, kind: 'offtopic', outcome: refused ? 'refused' : 'answered', question: q.question, first: r.results?.[0]?.excerpt?.text?.slice(0, 140) }));
    }
  }
  console.log(`${set}: top-1 ${top1}/${nA} = ${pct(top1, nA)}, top-3 ${pct(top3, nA)}, answerable refused ${nfA} = ${pct(nfA, nA)}, off-topic refused ${nfO}/${nO} = ${pct(nfO, nO)}${nI > 0 ? `, unanswerable refused ${nfI}/${nI} = ${pct(nfI, nI)}` : ''}`);
  // After each set, so that a long run can be read while it goes on.
  if (out) writeFileSync(out, `${lines.join('\n')}\n`);
}
await meaning?.close();
