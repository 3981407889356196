/**
 * Checks on real text that a fact command answered by probing (src/answer/ondemand.ts) is the
 * answer of a record with every fact: each article of the question sets as a record of its own
 * (one document per paragraph), and for each of its questions (as /ask, /who-said, /when, /agreed),
 * each party, deal noun and status of an agreement it holds (/agreed) and each speaker it quotes (by full name, by last word, "What did X say about Y?"), rounds of probing from
 * no document read until the probe asks for none missing; the answer then must be byte-identical.
 * Prints per set the requests probed, the identical ones, and the share of documents they read.
 *
 *   npx tsx bench/ondemand-check.ts --sets dev,blind60,blind66
 *   npx tsx bench/ondemand-check.ts --sets '' --agreement-sets 56,60,66,69,70
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildCorpus } from '../src/answer/build.js';
import type { Corpus } from '../src/answer/corpus.js';
import { factIndex } from '../src/answer/facts.js';
import { answer, type Request } from '../src/answer/index.js';
import { DocTexts } from '../src/answer/agreedBound.js';
import { probe } from '../src/answer/ondemand.js';
import { sentencesOf } from '../src/record/types.js';
import { analyzeDocument } from '../src/understand/analyze.js';
import type { DocFacts } from '../src/understand/parallel.js';
import { sentenceKey } from '../src/understand/types.js';
import { opt, QA_SETS, root, setArticles, writeArticle } from './squad.js';

function check(corpus: Corpus, request: Request): { probed: boolean; same: boolean; read: number; rounds: number } {
  const has = new Set<string>();
  const factsOf = (id: string): DocFacts => new Map(sentencesOf(corpus.doc(id)!).map((s) => [sentenceKey(s), corpus.facts(s)]));
  const filling = { has: (id: string) => has.has(id), facts: { get: (id: string) => (has.has(id) ? factsOf(id) : undefined) } };
  // The unread documents' texts kept from round to round, as a cold start keeps them (ondemand.ts).
  const texts = new DocTexts();
  let found = probe(corpus, filling, request, texts);
  if (!found) return { probed: false, same: true, read: 0, rounds: 0 };
  let rounds = 1;
  while (found.missing.size > 0 && rounds < 20) {
    for (const id of found.missing) has.add(id);
    found = probe(corpus, filling, request, texts)!;
    rounds++;
  }
  const same = found.missing.size === 0 && JSON.stringify(found.answer) === JSON.stringify(answer(corpus, request));
  return { probed: true, same, read: has.size, rounds };
}

/**
 * `--agreement-sets 60,66`: each agreement fixture set (tests/understand/agreement-blindNN) as one
 * record of its articles, one document each, asked /agreed of every party by name and last word,
 * every word of a deal's noun alone and after a status ("voided"), and every party pair.
 */
async function agreementSets(names: readonly string[], tmp: string): Promise<void> {
  for (const n of names) {
    const mod = (await import(pathToFileURL(path.join(root, 'tests', 'understand', `agreement-blind${n}.fixture.ts`)).href)) as Record<string, unknown>;
    const arts = mod[`BLIND${n}_AGREEMENT_ARTICLES`] as { headline?: string; body: string }[];
    const dir = path.join(tmp, `agreements-${n}`);
    mkdirSync(dir, { recursive: true });
    arts.forEach((a, i) => writeFileSync(path.join(dir, `a${String(i).padStart(2, '0')}.txt`), `2021-03-04 ${(a.headline ?? 'Item').replace(/\s+/g, ' ')}\n\n${a.body}`));
    const corpus = await buildCorpus(dir, { analyze: analyzeDocument });
    const queries = new Set<string>();
    for (const { agreement } of factIndex(corpus).agreements) {
      for (const party of agreement.parties) {
        queries.add(party);
        queries.add(party.split(/\s+/u).at(-1) ?? party);
      }
      if (agreement.parties.length >= 2) queries.add(agreement.parties.slice(0, 2).join(' '));
      for (const w of (agreement.noun ?? '').split(/[^\p{L}]+/u).filter((x) => x.length > 3)) {
        queries.add(w);
        queries.add(`voided ${w}`);
      }
    }
    let probed = 0;
    let same = 0;
    let readShare = 0;
    const wrong: string[] = [];
    for (const query of queries) {
      const r = check(corpus, { command: 'agreed', query });
      if (!r.probed) continue;
      probed++;
      if (r.same) same++;
      else wrong.push(query);
      readShare += r.read / corpus.docs.length;
    }
    console.log(`agreements ${n}: ${same}/${probed} probed /agreed identical to the full record's answer (${queries.size} asked); documents read ${((100 * readShare) / Math.max(1, probed)).toFixed(1)} % on average`);
    for (const w of wrong.slice(0, 10)) console.log(`  differs: /agreed ${w}`);
  }
}

const sets = opt('--sets', 'dev').split(',').filter(Boolean);
const tmp = mkdtempSync(path.join(tmpdir(), 'onrecord-ondemand-'));
await agreementSets(opt('--agreement-sets', '').split(',').filter(Boolean), tmp);
for (const set of sets) {
  const arts = setArticles(set, QA_SETS[set] ?? path.join(root, 'bench', `qa-${set}`, 'squad2_dev40.json'));
  if (!arts) continue;
  let probed = 0;
  let same = 0;
  let readShare = 0;
  let maxRounds = 0;
  const wrong: string[] = [];
  for (const [ai, art] of arts.entries()) {
    const corpus = await buildCorpus(writeArticle(tmp, set, ai, art), { analyze: analyzeDocument });
    const requests: Request[] = [];
    for (const q of art.paragraphs.flatMap((p) => p.qas)) {
      requests.push({ command: 'ask', query: q.question }, { command: 'who-said', query: q.question }, { command: 'when', query: q.question });
    }
    // /agreed: each party by name and by its last word, each word of a noun that names a deal,
    // with a status before it, and the questions as topics.
    for (const q of art.paragraphs.flatMap((p) => p.qas)) requests.push({ command: 'agreed', query: q.question });
    for (const { agreement } of factIndex(corpus).agreements) {
      for (const party of agreement.parties) requests.push({ command: 'agreed', query: party }, { command: 'agreed', query: party.split(/\s+/u).at(-1) ?? party });
      for (const w of (agreement.noun ?? '').split(/[^\p{L}]+/u).filter((x) => x.length > 3)) requests.push({ command: 'agreed', query: w }, { command: 'agreed', query: `voided ${w}` });
    }
    for (const { name } of factIndex(corpus).speakers) {
      const last = name.split(/\s+/u).at(-1) ?? name;
      requests.push({ command: 'who-said', query: name }, { command: 'who-said', query: last }, { command: 'who-said', query: `What did ${name} say about the plan?` });
    }
    for (const request of requests) {
      const r = check(corpus, request);
      if (!r.probed) continue;
      probed++;
      if (r.same) same++;
      else wrong.push(`${set} a${ai} ${request.command} ${request.query}`);
      readShare += r.read / corpus.docs.length;
      maxRounds = Math.max(maxRounds, r.rounds);
    }
  }
  console.log(`${set}: ${same}/${probed} probed requests identical to the full record's answer; documents read ${((100 * readShare) / Math.max(1, probed)).toFixed(1)} % on average; rounds at most ${maxRounds}`);
  for (const w of wrong.slice(0, 10)) console.log(`  differs: ${w}`);
}
