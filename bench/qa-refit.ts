/**
 * `npx tsx bench/qa-refit.ts --in WHY.jsonl[,WHY2.jsonl] [--folds 5] [--odds 3] [--l2 1] [--extra atype,…]`
 *   `[--rounds 2] [--unanswerable 0] [--shift 0] [--dev held] [--curve yes] [--sets yes] [--rows gold]`
 *   `[--drop feature,…] [--topic TOPIC.jsonl] [--per-fold yes] [--never SET,…]`
 *
 * Refits the answer-or-refuse model read with the sentence vectors (`MEANING_DECISION`) offline, from
 * the lines bench/qa-why.ts writes (every question of every set: its candidates, their features, and
 * their log-odds as decided), and checks it on sets NOT fitted: the sets (the development set's two
 * halves as two groups) are dealt into `--folds` folds by name; each fold is read with the model
 * fitted on the others. Reports, for the reader-written sets pooled, for dev, and per set: first
 * answer right, answerable refused, off-topic refused, unanswerable refused — the shipped model
 * beside the refit, through the same simulation.
 *
 * The simulation: a candidate's log-odds under a model are the model's sum over its features plus
 * what the answer type, the doer and the evidence moved them by under the shipped model (its
 * decided log-odds minus the shipped model's sum: an approximation where those moves depend on the
 * odds themselves); a question is answered by its candidates reaching 0 (those sharing more than
 * one word with it first) and its first answer is the best of those by score. With the shipped
 * weights it reproduces ask's decisions but for the few the approximation misses (printed).
 *
 * The fit: logistic (bench/logistic.ts), one row per question — answerable 1; off-topic 0 (and
 * unanswerable 0 at weight `--unanswerable`) — from the candidate that decides it: the one with the
 * highest log-odds under the current model, re-chosen `--rounds` times. `--extra` adds features
 * read from the lines (see `EXTRAS`). `--dev held`: the development set is never fitted on.
 * `--shift X` adds X to the refit's log-odds when read; `--curve yes` prints the refit's trade
 * between the two refusals at shifts −1.5 … 1.5 (every group held out); `--sets yes` each set.
 * `--drop` leaves features of the shipped model out of the refit. `--topic` joins bench/qa-topic.ts's
 * lines (the question against the whole record in meaning; sets without such lines are left out)
 * for the extras `topic`, `tmax`, `top3`.
 * Session 27 (q53): no refit and no feature of `EXTRAS` moved the trade beyond the shipped model's;
 * session 29 (q57): nor the record-level ones (`topic`, `tmax`, `top3`, `rare`, `rarerec`; see
 * bench/README.md). Reading ../shared is for benches only.
 */
import { readFileSync } from 'node:fs';
import { fitLogistic } from './logistic.js';
import { MEANING_DECISION } from '../src/search/options.js';
import { rowOf } from '../src/search/vectors.js';
import { opt } from './squad.js';

interface Cand {
  text: string;
  gold: boolean;
  lone: boolean;
  score: number;
  held: number;
  type: boolean;
  per: number[][];
  odds: number;
  f: Record<string, number>;
}
interface Line {
  set: string;
  half: string;
  id: string;
  kind: 'answerable' | 'unanswerable' | 'offtopic';
  outcome: string;
  question: string;
  terms?: { w: string; s: string; wt: number; light: boolean; df: number; hb: number }[];
  shape: { answerType: string | null; verbs: string[] };
  cands: Cand[];
}
type Model = Record<string, number>;


const folds = Number(opt('--folds', '5'));
const odds = Number(opt('--odds', '3'));
const l2 = Number(opt('--l2', '1'));
const rounds = Number(opt('--rounds', '2'));
const unansW = Number(opt('--unanswerable', '0'));
/** Added to the refit's log-odds when read (a cheaper bar than another `--odds`). */
const shift = Number(opt('--shift', '0'));
const goldRows = opt('--rows', 'best') === 'gold';
/** `--dev-weight W` / `--dev-offtopic-weight W`: the development set's rows (its off-topic ones) weigh W in the fit, against 1 for a reader set's. */
const devW = Number(opt('--dev-weight', '1'));
const devOffW = Number(opt('--dev-offtopic-weight', String(devW)));
const shipped: Model = { ...MEANING_DECISION };
const BASE = Object.keys(MEANING_DECISION).filter((k) => k !== 'intercept');

/** `--topic FILE[,FILE]`: bench/qa-topic.ts's lines (the question against the whole record in meaning), by set, kind and id. */
const topicOf = new Map<string, { centroid: number; max: number; top3: number }>();
for (const f of opt('--topic', '').split(',').filter(Boolean)) {
  for (const l of readFileSync(f, 'utf8').split('\n').filter(Boolean)) {
    const t = JSON.parse(l) as { set: string; kind: string; id: string; centroid: number; max: number; top3: number };
    topicOf.set(`${t.set}|${t.kind}|${t.id}`, t);
  }
}
const topicSets = new Set([...topicOf.keys()].map((k) => k.split('|')[0]));
/** With `--topic`, the sets it has no lines for are left out. */
const lines: Line[] = opt('--in', '/tmp/qa-why.jsonl')
  .split(',')
  .flatMap((f) => readFileSync(f, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as Line))
  .filter((q) => topicSets.size === 0 || topicSets.has(q.set));
const topic = (q: Line): { centroid: number; max: number; top3: number } => {
  const t = topicOf.get(`${q.set}|${q.kind}|${q.id}`);
  if (!t) throw new Error(`--topic: no line for ${q.set} ${q.kind} ${q.id}`);
  return t;
};

/** The index of the question's rarest topical term in the language (its row in the word vectors' table, which is in order of frequency; a word not in the table rarest of all), or -1. */
function rarest(q: Line): number {
  let best = -1;
  let bestRank = -2;
  (q.terms ?? []).forEach((t, i) => {
    if (t.light) return;
    const r = rowOf(t.w.toLowerCase());
    const key = r < 0 ? Number.MAX_SAFE_INTEGER : r;
    if (key > bestRank) {
      bestRank = key;
      best = i;
    }
  });
  return best;
}

/** Features a refit may add, read from a line and one of its candidates. */
const EXTRAS: Record<string, (q: Line, c: Cand) => number> = {
  /** A typed question's candidate holds an answer of the asked kind. */
  atype: (q, c) => (q.shape.answerType !== null && c.type ? 1 : 0),
  /** A typed question's candidate holds none. */
  amiss: (q, c) => (q.shape.answerType !== null && !c.type ? 1 : 0),
  /** Share of the question's topical terms the sentence holds as typed (count, not weight). */
  heldshare: (q, c) => {
    const ts = (q.terms ?? []).filter((t) => !t.light);
    return ts.length === 0 ? 0 : Math.min(1, c.held / ts.length);
  },
  /** Every topical term the record holds, the sentence holds as typed. */
  allheld: (q, c) => {
    const ts = (q.terms ?? []).map((t, i) => [t, i] as const).filter(([t]) => !t.light && t.hb >= 0.9);
    return ts.length >= 2 && ts.every(([, i]) => ((c.per[0] ?? [])[i] ?? 0) >= 0.9) ? 1 : 0;
  },
  /** Share of the question's verbs the sentence holds as typed, through WordNet's words or its context (1: no verb). */
  verb: (q, c) => verbShare(q, c, 3),
  /** …or through the closest words in meaning as well. */
  verbsoft: (q, c) => verbShare(q, c, 4),
  /** …as typed only. */
  verbtyped: (q, c) => verbShare(q, c, 1),
  /** The best candidate both by cosine in meaning and by score. */
  agree: (q, c) => {
    const byCos = q.cands.reduce((b, x) => ((x.f.meaning ?? 0) > (b.f.meaning ?? 0) ? x : b));
    const byScore = q.cands.reduce((b, x) => (x.score > b.score ? x : b));
    return byCos === c && byScore === c ? 1 : 0;
  },
  /** The best candidate by cosine in meaning. */
  topcos: (q, c) => (q.cands.reduce((b, x) => ((x.f.meaning ?? 0) > (b.f.meaning ?? 0) ? x : b)) === c ? 1 : 0),
  /** A lone candidate holding the answer type a typed question asks for. */
  lonetype: (q, c) => (c.lone && q.shape.answerType !== null && c.type ? 1 : 0),
  /** The candidate holds the question's rarest word in the language (see `rarest`) as typed, through WordNet or its context. */
  rare: (q, c) => {
    const i = rarest(q);
    return i < 0 ? 1 : Math.max(...c.per.slice(0, 3).map((a) => a[i] ?? 0)) >= 0.9 ? 1 : 0;
  },
  /** The record holds it somewhere. */
  rarerec: (q) => {
    const i = rarest(q);
    return i < 0 ? 1 : ((q.terms ?? [])[i]?.hb ?? 0) >= 0.9 ? 1 : 0;
  },
  /** The question's cosine with the record's centroid in meaning (`--topic`). */
  topic: (q) => topic(q).centroid,
  /** Its best cosine with any sentence of the record (`--topic`). */
  tmax: (q) => topic(q).max,
  /** The mean of its best three (`--topic`). */
  top3: (q) => topic(q).top3,
  /** A lone candidate's cosine in meaning (0 for one sharing more words): the bar for a sentence sharing one word read apart. */
  lonecos: (_q, c) => (c.lone ? (c.f.meaning ?? 0) : 0),
  /** A lone candidate's share of the question's weight held by any route (`cover`). */
  lonecover: (_q, c) => (c.lone ? (c.f.cover ?? 0) : 0),
  /** A lone candidate's share of the question's weight the record holds (`record`). */
  lonerec: (_q, c) => (c.lone ? (c.f.record ?? 0) : 0),
  /** The candidate's cosine in meaning above the best other candidate's. */
  clead: (q, c) => {
    const others = q.cands.filter((x) => x !== c).map((x) => x.f.meaning ?? 0);
    return others.length === 0 ? 0.2 : Math.max(-0.5, Math.min(0.5, (c.f.meaning ?? 0) - Math.max(...others)));
  },
};
function verbShare(q: Line, c: Cand, routes: number): number {
  const at = (q.terms ?? []).map((t, i) => [t, i] as const).filter(([t]) => q.shape.verbs.includes(t.s));
  if (at.length === 0) return 1;
  return at.reduce((s, [, i]) => s + Math.min(1, Math.max(...c.per.slice(0, routes).map((a) => a[i] ?? 0))), 0) / at.length;
}
const extra = opt('--extra', '').split(',').filter(Boolean);
for (const e of extra) if (!EXTRAS[e]) throw new Error(`unknown --extra ${e}`);
/** `--drop k,…`: features of the shipped model the refit leaves out (weight 0). */
const drop = new Set(opt('--drop', '').split(',').filter(Boolean));
const KEYS = [...BASE.filter((k) => !drop.has(k)), ...extra];
const vector = (q: Line, c: Cand): number[] => KEYS.map((k) => (EXTRAS[k] ? (EXTRAS[k])(q, c) : (c.f[k] ?? 0)));
const sum = (m: Model, q: Line, c: Cand): number => KEYS.reduce((s, k, j) => s + (m[k] ?? 0) * (vector(q, c)[j] as number), m.intercept as number);
/** What the answer type, the doer and the evidence added under the shipped model. */
const moved = (q: Line, c: Cand): number => (Number.isFinite(c.odds) ? c.odds - sum(shipped, q, c) : 0);
const decided = (m: Model, q: Line, c: Cand): number => sum(m, q, c) + moved(q, c);

interface Read { answered: boolean; first: boolean }
const answers = (m: Model, q: Line, shift = 0): Cand[] => {
  const passed = q.cands.filter((c) => decided(m, q, c) + shift >= 0);
  return passed.some((c) => !c.lone) ? passed.filter((c) => !c.lone) : passed;
};
/** Questions whose answers differ from the shipped model's, read by score alone (the lines hold no bonus). */
let guessed = 0;
function read(m: Model, q: Line, shift = 0): Read {
  const held = answers(m, q, shift);
  if (held.length === 0) return { answered: false, first: false };
  // The same answers as ask gave: its own outcome; else the best by score (ask adds the answer type's bonus).
  const was = answers(shipped, q);
  if (was.length === held.length && was.every((c) => held.includes(c))) return { answered: true, first: q.outcome === 'first' };
  guessed++;
  const top = held.reduce((b, c) => (c.score > b.score ? c : b));
  return { answered: true, first: top.gold };
}

/** Groups: each set, the development set's halves apart. */
const groupOf = (q: Line): string => (q.set === 'dev' ? `dev-${q.half}` : q.set);
const groups = [...new Set(lines.map(groupOf))].sort();
const foldOf = new Map(groups.map((g, i) => [g, i % folds]));

function fit(on: readonly Line[]): Model {
  let m: Model = { ...shipped };
  for (const k of extra) m[k] = 0;
  for (let r = 0; r < rounds; r++) {
    const rows = on.filter((q) => q.cands.length > 0 && (q.kind !== 'unanswerable' || unansW > 0));
    // `--rows gold`: an answerable question is read from its answer's sentence where it is a candidate.
    const pick = (q: Line): Cand => {
      const pool = goldRows && q.kind === 'answerable' && q.cands.some((c) => c.gold) ? q.cands.filter((c) => c.gold) : q.cands;
      return pool.reduce((b, c) => (decided(m, q, c) > decided(m, q, b) ? c : b));
    };
    const X = rows.map((q) => vector(q, pick(q)));
    const Y = rows.map((q) => (q.kind === 'answerable' ? 1 : 0));
    const V = rows.map((q) => (q.kind === 'unanswerable' ? unansW : 1) * (q.set === 'dev' ? (q.kind === 'offtopic' ? devOffW : devW) : 1));
    const { intercept, weights } = fitLogistic(X, Y, { l2, odds, steps: 30, V });
    m = { intercept };
    KEYS.forEach((k, j) => (m[k] = weights[j] as number));
  }
  return m;
}

interface Tally { a: number; first: number; refused: number; o: number; oRefused: number; u: number; uRefused: number }
const tally = (): Tally => ({ a: 0, first: 0, refused: 0, o: 0, oRefused: 0, u: 0, uRefused: 0 });
function add(t: Tally, q: Line, r: Read): void {
  if (q.kind === 'answerable') {
    t.a++;
    if (!r.answered) t.refused++;
    else if (r.first) t.first++;
  } else if (q.kind === 'offtopic') {
    t.o++;
    if (!r.answered) t.oRefused++;
  } else {
    t.u++;
    if (!r.answered) t.uRefused++;
  }
}
const pct = (x: number, d: number): string => `${((100 * x) / Math.max(d, 1)).toFixed(1)}`;
const show = (t: Tally): string => `first ${t.first}/${t.a} = ${pct(t.first, t.a)} %, refused ${t.refused} = ${pct(t.refused, t.a)} %, off-topic refused ${t.oRefused}/${t.o} = ${pct(t.oRefused, t.o)} %, unanswerable refused ${t.uRefused}/${t.u} = ${pct(t.uRefused, t.u)} %`;

// The simulation against ask's own outcomes, with the shipped model.
let agree = 0;
let n = 0;
for (const q of lines) {
  const r = read(shipped, q);
  const refused = q.outcome.startsWith('refused');
  n++;
  if (r.answered !== refused) agree++;
}
console.log(`simulation with the shipped model agrees with ask on answer-or-refuse for ${agree}/${n} questions`);

// Held out by fold.
const models = new Map<number, Model>();
// `--dev held`: the development set is never fitted on (read with every fold's model: the first's).
const devHeld = opt('--dev', 'folded') === 'held';
// `--never SET,…`: sets never fitted on either (held-out sets read for totals only), each read with the model of its fold.
const never = new Set(opt('--never', '').split(',').filter(Boolean));
const fittable = (q: Line): boolean => !(devHeld && q.set === 'dev') && !never.has(q.set);
for (let f = 0; f < folds; f++) models.set(f, fit(lines.filter((q) => fittable(q) && foldOf.get(groupOf(q)) !== f)));
const all = fit(lines.filter(fittable));
const byGroup = new Map<string, { ship: Tally; refit: Tally }>();
for (const q of lines) {
  const g = groupOf(q);
  if (!byGroup.has(g)) byGroup.set(g, { ship: tally(), refit: tally() });
  const e = byGroup.get(g) as { ship: Tally; refit: Tally };
  add(e.ship, q, read(shipped, q));
  add(e.refit, q, read(models.get(foldOf.get(g) as number) as Model, q, shift));
}
const pool = (gs: readonly string[], k: 'ship' | 'refit'): Tally =>
  gs.reduce((t, g) => {
    const s = (byGroup.get(g) as { ship: Tally; refit: Tally })[k];
    (Object.keys(t) as (keyof Tally)[]).forEach((x) => (t[x] += s[x]));
    return t;
  }, tally());
const readers = groups.filter((g) => !g.startsWith('dev') && !never.has(g));
const heldOut = groups.filter((g) => never.has(g));
const devs = groups.filter((g) => g.startsWith('dev'));
const newest = readers.filter((g) => /^blind(5[1-9]|6\d)$/.test(g));
console.log(`\nfolds ${folds}, odds ${odds}, l2 ${l2}, extra [${extra.join(',')}], unanswerable weight ${unansW}`);
for (const [name, gs] of [['reader sets', readers], ['blind51-64', newest], ['dev', devs], ['never fitted (--never)', heldOut]] as const) {
  if (gs.length === 0) continue;
  console.log(`${name} (${gs.length} groups)\n  shipped: ${show(pool(gs, 'ship'))}\n  refit (not fitted): ${show(pool(gs, 'refit'))}`);
}
if (opt('--sets', 'no') === 'yes') {
  for (const g of groups) {
    const e = byGroup.get(g) as { ship: Tally; refit: Tally };
    console.log(`  ${g}: ${pct(e.ship.first, e.ship.a)}/${pct(e.ship.refused, e.ship.a)}/${pct(e.ship.oRefused, e.ship.o)} -> ${pct(e.refit.first, e.refit.a)}/${pct(e.refit.refused, e.refit.a)}/${pct(e.refit.oRefused, e.refit.o)}`);
  }
}
// `--per-fold yes`: each fold's groups pooled, shipped beside the refit fitted without them (with `--folds` at least the number
// of groups, each set is its own fold: leave one set out).
if (opt('--per-fold', 'no') === 'yes') {
  for (let f = 0; f < folds; f++) {
    const gs = groups.filter((g) => foldOf.get(g) === f);
    if (gs.length === 0) continue;
    const a = pool(gs, 'ship');
    const b = pool(gs, 'refit');
    const cell = (t: Tally): string => `${t.first}/${t.refused}/${t.oRefused} of ${t.a}/${t.o}`;
    console.log(`  fold ${f} [${gs.join(',')}]: first/refused/off-topic refused ${cell(a)} -> ${cell(b)}`);
  }
}
// `--curve yes`: the refit's log-odds shifted in steps, pooled over every group held out: the trade between the two refusals.
if (opt('--curve', 'no') === 'yes') {
  for (let sh = -1.5; sh <= 1.51; sh += 0.25) {
    const t = tally();
    const d = tally();
    for (const q of lines.filter((x) => !never.has(x.set))) add(groupOf(q).startsWith('dev') ? d : t, q, read(models.get(foldOf.get(groupOf(q)) as number) as Model, q, sh));
    console.log(`  shift ${sh.toFixed(2)}: readers ${pct(t.first, t.a)} / ${pct(t.refused, t.a)} / ${pct(t.oRefused, t.o)} / ${pct(t.uRefused, t.u)}  dev ${pct(d.first, d.a)} / ${pct(d.refused, d.a)} / ${pct(d.oRefused, d.o)}`);
  }
}
console.log(`answers read by score alone (they differ from the shipped model's): ${guessed}`);
const rounded = Object.fromEntries(Object.entries(all).map(([k, v]) => [k === 'cos' ? 'meaning' : k, +v.toFixed(3)]));
console.log(`\nfitted on every set: ${JSON.stringify(rounded)}`);
