/**
 * `npx tsx bench/qa-why.ts --sets dev,blind40,… --out FILE [--meaning-decision JSON] [--text 100]`
 *
 * Why a question is answered or refused (issue 12, session 24, q46): every question of the sets
 * asked through `ask` with the vectors (as qa-sets.ts --meaning yes and qa-eval ask), its answerable,
 * unanswerable (SQuAD 2.0 is_impossible) and off-topic questions alike, one JSON line each: the
 * outcome, and every re-ranked candidate (`CreateOptions.observe`) with its features, whether it
 * holds the gold answer, and its log-odds as decided (the model, then the answer type, the doer and
 * the evidence: `Observation.decided`). The lines are what a refit of `MEANING_DECISION` reads
 * (session 24 tried its refits offline from them; none landed, so no refit script is kept).
 * Reading ../shared is for benches only; nothing from it is kept in the project.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Meaning } from '../src/answer/meaning.js';
import { toContract } from '../src/render/json.js';
import type { Decision, Observation } from '../src/search/index.js';
import { MEANING_DECISION } from '../src/search/options.js';
import { shapeOf } from '../src/search/shape.js';
import { articleCorpus, contains, opt, QA_SETS, setArticles, type Reply } from './squad.js';

const sets = opt('--sets', 'dev').split(',').filter(Boolean);
const out = opt('--out', path.join(os.tmpdir(), 'qa-why.jsonl'));
/** `--text N`: how many characters of a candidate's sentence each line keeps (100; a feature read offline from the whole sentence wants more). */
const textChars = Number(opt('--text', '100'));
/** `--meaning-decision JSON`: weights over MEANING_DECISION (to read a refit through ask). */
const meaningDecision: Decision = { ...MEANING_DECISION, ...(JSON.parse(opt('--meaning-decision', '{}')) as Partial<Decision>) };
// No DATA_DIR: its store keeps one record's vectors only (saving one corpus drops the others').
const meaning = new Meaning();
const tmp = mkdtempSync(path.join(os.tmpdir(), 'qa-why-'));
process.on('exit', () => rmSync(tmp, { recursive: true, force: true }));
const lines: string[] = [];
let seen: Observation | null = null;

for (const set of sets) {
  const read = setArticles(set, QA_SETS[set]);
  if (read === null) continue;
  const n = read.length;
  const observe = (o: Observation): void => {
    if (seen === null && o.question) seen = o;
  };
  const articles = await Promise.all(read.map((art, ai) => articleCorpus(tmp, set, ai, art, { observe, meaningDecision })));
  for (const a of articles) await meaning.track(a.corpus)?.finished;
  const count: Record<string, [number, number]> = { answerable: [0, 0], unanswerable: [0, 0], offtopic: [0, 0] };
  let first = 0;
  for (let ai = 0; ai < n; ai++) {
    const a = articles[ai] as (typeof articles)[number];
    const ask = async (kind: string, id: string, question: string, answers: readonly { text: string }[]): Promise<void> => {
      seen = null;
      const r = toContract(await meaning.answer(a.corpus, { command: 'ask', query: question })) as unknown as Reply;
      const o = seen as Observation | null;
      const results = r.results ?? [];
      const refused = r.status === 'not_found' || results.length === 0;
      const rank = results.slice(0, 3).findIndex((x) => answers.some((g) => contains(x.excerpt?.text ?? '', g.text)));
      const sugg = (r.suggestions ?? []).findIndex((x) => answers.some((g) => contains(x.excerpt?.text ?? '', g.text)));
      const outcome = refused ? `refused${sugg >= 0 ? `-sugg${sugg}` : ''}` : kind !== 'answerable' ? 'answered' : rank === 0 ? 'first' : rank > 0 ? `rank${rank}` : 'wrong';
      const c = count[kind] as [number, number];
      c[0]++;
      if (refused) c[1]++;
      if (kind === 'answerable' && rank === 0) first++;
      lines.push(
        JSON.stringify({
          set,
          half: set === 'dev' ? (ai % 2 === 0 ? 'a' : 'b') : set,
          id,
          kind,
          outcome,
          question,
          first: (results[0] ?? r.suggestions?.[0])?.excerpt?.text?.slice(0, 120),
          terms: o?.terms.map((t) => ({ w: t.word, s: t.stem, wt: +t.weight.toFixed(3), light: t.light, df: t.df, hb: +t.heldBest.toFixed(3) })),
          shape: (({ answerType, head, categories, asked, verbs, counted, measure, names }) => ({ answerType, head, categories, asked, verbs, counted, measure, names: names.map((x) => x.stem) }))(shapeOf(question)),
          cands: (o?.candidates ?? []).map((x) => ({
            text: x.text.slice(0, textChars),
            gold: answers.length > 0 && answers.some((g) => contains(x.text, g.text)),
            lone: x.lone,
            score: +x.score.toFixed(4),
            held: x.held,
            type: x.answerType,
            per: [x.typed, x.related, x.context, x.soft].map((a) => a.map((v) => +v.toFixed(3))),
            odds: +(o?.decided.get(x.id) ?? NaN).toFixed(3),
            key: +(o?.keys?.get(x.id) ?? NaN).toFixed(4),
            f: Object.fromEntries(Object.entries(x.features).map(([k, v]) => [k, +v.toFixed(4)])),
          })),
        }),
      );
    };
    for (const q of a.answerable) await ask('answerable', q.id, q.question, q.answers);
    for (const q of a.impossible) await ask('unanswerable', q.id, q.question, []);
    for (const q of (articles[(ai + n - 1) % n] as (typeof articles)[number]).answerable) await ask('offtopic', q.id, q.question, []);
  }
  const pct = (x: number, d: number): string => `${((100 * x) / Math.max(d, 1)).toFixed(1)} %`;
  const [nA, rA] = count.answerable as [number, number];
  const [nI, rI] = count.unanswerable as [number, number];
  const [nO, rO] = count.offtopic as [number, number];
  // The lines so far, after each set: a long run read while it goes, or cut short, keeps them.
  writeFileSync(out, `${lines.join('\n')}\n`);
  console.log(`${set}: first ${first}/${nA} = ${pct(first, nA)}, answerable refused ${rA} = ${pct(rA, nA)}, off-topic refused ${rO}/${nO} = ${pct(rO, nO)}${nI > 0 ? `, unanswerable refused ${rI}/${nI} = ${pct(rI, nI)}` : ''}`);
}
writeFileSync(out, `${lines.join('\n')}\n`);
await meaning.close();
