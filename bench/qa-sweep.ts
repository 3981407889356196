/**
 * `npx tsx bench/qa-sweep.ts --lines FILE[,FILE…] [--step 1] [--new 40]`
 *
 * What one more unit of a feature of the answer-or-refuse model would buy (issue 12, session 25,
 * q48), read offline from bench/qa-why.ts's lines: every candidate's log-odds as decided plus
 * `step` × one feature (each of `MEANING_DECISION`'s, in turn, both signs), or a bar moved by
 * `step` / 2 and `step`, and each question re-decided as `ask` decides it (the candidates at odds
 * 0 or more answer, the best-scored of those holding two words first). Prints, per group of sets
 * (dev, reader sets older than blind`--new`, newer ones), the change in first answers, answerable
 * refused, off-topic refused and unanswerable refused. Session 25 read it to see whether the
 * features the model has could refuse less without answering off-topic questions: each gave 1.5–3
 * answerable refusals less per off-topic refusal lost, near a moved bar's ratio.
 * Re-deciding from the lines matches `ask` on all but a few questions (see bench/qa-why.ts).
 */
import { readFileSync } from 'node:fs';
import { MEANING_DECISION } from '../src/search/options.js';
import { opt } from './squad.js';

interface Candidate {
  gold: boolean;
  lone: boolean;
  score: number;
  odds: number;
  f: Record<string, number>;
}
interface Line {
  set: string;
  kind: 'answerable' | 'unanswerable' | 'offtopic';
  cands: Candidate[];
}

const files = opt('--lines', '').split(',').filter(Boolean);
if (files.length === 0) {
  console.log('qa-sweep: give --lines FILE (bench/qa-why.ts --out FILE)');
  process.exit(0);
}
const step = Number(opt('--step', '1'));
const newer = Number(opt('--new', '40'));
const lines: Line[] = files.flatMap((f) =>
  readFileSync(f, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as Line),
);
const groupOf = (set: string): string => {
  if (set === 'dev') return 'dev';
  const n = /^blind(\d+)$/u.exec(set)?.[1];
  return n !== undefined && Number(n) >= newer ? `blind${newer}+` : 'older';
};

interface Tally {
  first: number;
  answerable: number;
  refused: number;
  offtopic: number;
  offRefused: number;
  unanswerable: number;
  unRefused: number;
}
const empty = (): Tally => ({ first: 0, answerable: 0, refused: 0, offtopic: 0, offRefused: 0, unanswerable: 0, unRefused: 0 });

function decide(extra: (c: Candidate) => number): Map<string, Tally> {
  const out = new Map<string, Tally>();
  for (const q of lines) {
    const g = groupOf(q.set);
    const t = out.get(g) ?? empty();
    out.set(g, t);
    const held = q.cands.filter((c) => Number.isFinite(c.odds) && c.odds + extra(c) >= 0);
    const pool = held.some((c) => !c.lone) ? held.filter((c) => !c.lone) : held;
    const top = pool.reduce<Candidate | null>((b, c) => (b === null || c.score > b.score ? c : b), null);
    if (q.kind === 'answerable') {
      t.answerable++;
      if (top === null) t.refused++;
      else if (top.gold) t.first++;
    } else if (q.kind === 'offtopic') {
      t.offtopic++;
      if (top === null) t.offRefused++;
    } else {
      t.unanswerable++;
      if (top === null) t.unRefused++;
    }
  }
  return out;
}

const base = decide(() => 0);
const groups = [...base.keys()].sort();
console.log(
  'as decided:',
  groups.map((g) => {
    const t = base.get(g) as Tally;
    return `${g} first ${t.first}/${t.answerable}, refused ${t.refused}, off-topic refused ${t.offRefused}/${t.offtopic}, unanswerable refused ${t.unRefused}/${t.unanswerable}`;
  }).join(' | '),
);
const signed = (x: number): string => (x >= 0 ? `+${x}` : `${x}`);
const report = (label: string, extra: (c: Candidate) => number): void => {
  const after = decide(extra);
  const parts = groups.map((g) => {
    const a = base.get(g) as Tally;
    const b = after.get(g) as Tally;
    return `${g} first ${signed(b.first - a.first)} refused ${signed(b.refused - a.refused)} off-topic refused ${signed(b.offRefused - a.offRefused)} unanswerable refused ${signed(b.unRefused - a.unRefused)}`;
  });
  console.log(`${label.padEnd(16)} ${parts.join(' | ')}`);
};
for (const k of Object.keys(MEANING_DECISION).filter((x) => x !== 'intercept')) {
  for (const d of [-step, step]) report(`${k} ${signed(d)}`, (c) => d * (c.f[k] ?? 0));
}
report(`bar ${signed(step / 2)}`, () => step / 2);
report(`bar ${signed(step)}`, () => step);
