/**
 * Checks that a digest planned during a cold start (src/digest/inFull.ts) posts the messages of the
 * record with every fact, and counts the documents whose facts it read: each agreement fixture set
 * (tests/understand/agreement-blindNN, read sets only) as one record of its articles, one document
 * each, and the benchmark's generated record; per record an overview with no topic and with topics
 * (a party's last word of its first agreements), and an update after the last document and after
 * a middle one were added. Rounds of planning from no document read, as `planInFull` runs them
 * (each round reads the documents the last one asked for), until it asks for none missing.
 *
 *   npx tsx bench/digest-check.ts --agreement-sets 56,60,66,69,70,73 --generated 20000
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildCorpus } from '../src/answer/build.js';
import type { Corpus } from '../src/answer/corpus.js';
import { factIndex } from '../src/answer/facts.js';
import { finish } from '../src/answer/slices.js';
import { planDigest, planning, type DigestPlan, type PlanInput } from '../src/digest/content.js';
import { Ahead, probePlan, readingTimes, type Planning } from '../src/digest/inFull.js';
import { renderDigest } from '../src/digest/render.js';
import { snapshotOf } from '../src/digest/snapshot.js';
import { sentencesOf } from '../src/record/types.js';
import { analyzeDocument } from '../src/understand/analyze.js';
import type { DocFacts } from '../src/understand/parallel.js';
import { sentenceKey } from '../src/understand/types.js';
import { generateRecord } from './generate.js';
import { opt, root } from './squad.js';

const NOW = new Date('2021-03-05T08:00:00Z');

function check(corpus: Corpus, input: Omit<PlanInput, 'corpus'>): { same: boolean; read: number; rounds: number } {
  const has = new Set<string>();
  const factsOf = (id: string): DocFacts => new Map(sentencesOf(corpus.doc(id)!).map((s) => [sentenceKey(s), corpus.facts(s)]));
  const filling = { has: (id: string) => has.has(id), facts: { get: (id: string) => (has.has(id) ? factsOf(id) : undefined) } };
  const times = new Ahead();
  finish(readingTimes(corpus.docs, () => false, times));
  const plan: Planning = (c) => planning({ ...input, corpus: c, reasons: false });
  let found = probePlan(corpus, filling, times, plan);
  let rounds = 1;
  while (found.missing.size > 0 && rounds < 200) {
    for (const id of found.missing) has.add(id);
    found = probePlan(corpus, filling, times, plan);
    rounds++;
  }
  const full = planDigest({ ...input, corpus });
  const render = (p: DigestPlan): string => JSON.stringify([renderDigest(p, { slot: NOW, timezone: input.timezone, late: false, topic: input.topic, previousAt: null, manual: false }), p.snapshot]);
  const same = found.plan !== null && render(found.plan) === render(full);
  return { same, read: has.size, rounds };
}

function checkRecord(name: string, corpus: Corpus): void {
  const inputs: { what: string; input: Omit<PlanInput, 'corpus'> }[] = [];
  const base = { now: NOW, timezone: 'UTC', previous: null, topic: null };
  inputs.push({ what: 'overview', input: base });
  const topics = new Set<string>();
  for (const { agreement } of factIndex(corpus).agreements.slice(0, 6)) {
    const last = agreement.parties[0]?.split(/\s+/u).at(-1);
    if (last) topics.add(last);
  }
  for (const topic of topics) inputs.push({ what: `overview on ${topic}`, input: { ...base, topic } });
  const docs = corpus.docs;
  for (const gone of [docs.length - 1, Math.floor(docs.length / 2)]) {
    const previous = snapshotOf(docs.filter((_, i) => i !== gone));
    inputs.push({ what: `update after ${docs[gone]?.id}`, input: { ...base, previous } });
  }
  let same = 0;
  let readShare = 0;
  let maxRounds = 0;
  const wrong: string[] = [];
  const shares: string[] = [];
  for (const { what, input } of inputs) {
    const r = check(corpus, input);
    if (r.same) same++;
    else wrong.push(what);
    readShare += r.read / docs.length;
    maxRounds = Math.max(maxRounds, r.rounds);
    shares.push(`${what}: ${r.read}`);
  }
  console.log(`${name} (${docs.length} documents): ${same}/${inputs.length} digests identical to the full record's; documents read ${((100 * readShare) / inputs.length).toFixed(1)} % on average (${shares.join(', ')}); rounds at most ${maxRounds}`);
  for (const w of wrong) console.log(`  differs: ${w}`);
}

const tmp = mkdtempSync(path.join(tmpdir(), 'onrecord-digest-check-'));
for (const n of opt('--agreement-sets', '').split(',').filter(Boolean)) {
  const mod = (await import(pathToFileURL(path.join(root, 'tests', 'understand', `agreement-blind${n}.fixture.ts`)).href)) as Record<string, unknown>;
  const arts = mod[`BLIND${n}_AGREEMENT_ARTICLES`] as { headline?: string; body: string }[];
  const dir = path.join(tmp, `agreements-${n}`);
  mkdirSync(dir, { recursive: true });
  arts.forEach((a, i) => writeFileSync(path.join(dir, `a${String(i).padStart(2, '0')}.txt`), `2021-03-0${1 + (i % 9)} ${(a.headline ?? 'Item').replace(/\s+/g, ' ')}\n\n${a.body}`));
  checkRecord(`agreements ${n}`, await buildCorpus(dir, { analyze: analyzeDocument }));
}
const generated = Number(opt('--generated', '0'));
if (generated > 0) {
  const dir = path.join(tmp, 'generated');
  for (const f of generateRecord(generated, 42).files) {
    const file = path.join(dir, `${f.id}.txt`);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, f.raw);
  }
  checkRecord(`generated ${generated}`, await buildCorpus(dir, { threads: 2 }));
}
