/**
 * Scores the agreement extractor against hand labels of MEANTIME dev articles
 * (`bench/labels/agreements.jsonl`), sentence by sentence.
 *
 * What counts as an agreement sentence (the rule the labels follow)
 * - The sentence states that two or more parties reached, struck, signed, approved, ratified, settled
 *   or completed an agreement — by verb ("agreed to", "signed a deal", "merged with", "settled the
 *   lawsuit") or by noun ("a deal between X and Y", "under the accord") — or it mentions such an
 *   agreement again later ("the order is worth …", "the deal was voided"), with its status.
 * - Business deals count: a purchase order whose buyer and seller are both named or possessed in
 *   the sentence ("X won an order from Y", "Y will purchase 20 of X's jets", "orders from Y"), an
 *   acquisition or merger ("Pixar was acquired by Disney", "Apple's purchase of NeXT"), a credit
 *   or swap arrangement between named institutions.
 * - Not agreements: a decision, offer, plan or pledge of one party; a meeting, talks, a vote;
 *   a proposal nobody accepted; a denial; an agreement under a negation or a hypothesis; a
 *   payment or grant (compensation, aid, a loan sought); counts of orders or sales without a named
 *   counterpart ("149 orders have been received", "ANA have ordered 55"); retail purchases.
 *
 * `--labels FILE` scores another labels file, `--only ID,ID` some articles (an id or its number).
 *
 * Labels: one line per labelled article, `{"doc", "agreements": [{"at", "parties", "status",
 * "kind"}]}`; `at` is the body offset of the sentence start as `facts-eval --show` prints it
 * (-1 is the headline); `kind` (order, acquisition, noun, verb, later) only groups the misses.
 * No text of the articles is copied beyond party names.
 *
 * Scores
 * - Precision and recall over sentences: a system sentence is one with at least one agreement.
 * - Party accuracy among the found: a found sentence's parties are right when every gold party is
 *   matched by a party of one of the sentence's agreements — case and a leading "the" ignored,
 *   either name may contain the other ("Qatar" matches "Qatar Airways").
 * - Status accuracy among the found: the gold status equals the status of one of its agreements.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Agreement } from '../../src/understand/types.js';
import { loadArticles, type LocatedSentence } from './meantime.js';

interface GoldAgreement {
  readonly at: number;
  readonly parties: readonly string[];
  readonly status: string;
  readonly kind?: string;
}

interface Label {
  readonly doc: string;
  readonly agreements: readonly GoldAgreement[];
}

const LABELS = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'labels', 'agreements.jsonl');

export function readLabels(file = LABELS): Label[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Label);
}

const norm = (s: string): string => s.toLowerCase().replace(/^the\s+/, '').replace(/[.,’']/g, '').trim();

/**
 * Every gold party is matched (case and "the" ignored, containment either way) by a system party. A
 * gold party may give alternatives split by '|' ("Riverside Arena Authority|arena authority"): any one
 * of them matches. (Before session 18 the alternatives were compared as one string, so a found party
 * matched only by being contained in it: "the arena authority" matched no alternative.)
 */
export function partiesMatch(gold: readonly string[], found: readonly string[]): boolean {
  const sys = found.map(norm);
  return gold.every((g) =>
    g
      .split('|')
      .map(norm)
      .some((n) => sys.some((s) => s === n || (s.length > 1 && n.includes(s)) || s.includes(n))),
  );
}

/**
 * The found sides that no gold party (nor any of its '|' alternatives) matches, by the same test as
 * `partiesMatch`, each once. `partiesMatch` forgives a side too many; this counts them, so that a change
 * that adds sides can be judged on both counts.
 */
export function extraParties(gold: readonly string[], found: readonly string[]): string[] {
  const alternatives = gold.flatMap((g) => g.split('|').map(norm));
  const seen = new Set<string>();
  return found.filter((f) => {
    const s = norm(f);
    if (seen.has(s)) return false;
    seen.add(s);
    return !alternatives.some((n) => s === n || (s.length > 1 && n.includes(s)) || s.includes(n));
  });
}

/** The status an agreement carries (absent before statuses were extracted). */
const statusOf = (a: Agreement): string => (a as Agreement & { status?: string }).status ?? '';

interface Tally {
  tp: number;
  fp: number;
  fn: number;
  partiesRight: number;
  statusRight: number;
  misses: Map<string, string[]>;
  falsePositives: Map<string, string[]>;
}

function add(map: Map<string, string[]>, key: string, item: string): void {
  map.set(key, [...(map.get(key) ?? []), item]);
}

export interface ScoreOptions {
  readonly verbose?: boolean;
  /** Another labels file (e.g. new labels scored alone before they are appended). */
  readonly labels?: string;
  /** Only these articles (ids or their numeric prefixes). */
  readonly only?: readonly string[];
}

/** Whether `doc` is named by one of `only` (its full id or the number before its first "_"). */
const named = (doc: string, only: readonly string[]): boolean => only.some((o) => doc === o || doc.split('_')[0] === o);

export function scoreAgreements(dir: string, options: ScoreOptions = {}): void {
  const verbose = options.verbose ?? false;
  const only = options.only;
  const labels = readLabels(options.labels).filter((l) => !only || named(l.doc, only));
  const articles = loadArticles(dir, labels.map((l) => l.doc));
  const t: Tally = { tp: 0, fp: 0, fn: 0, partiesRight: 0, statusRight: 0, misses: new Map(), falsePositives: new Map() };
  labels.forEach((label, i) => {
    const article = articles[i]!;
    const byAt = new Map<number, LocatedSentence>(article.sentences.map((s) => [s.at, s]));
    const gold = new Map(label.agreements.map((g) => [g.at, g]));
    for (const g of label.agreements) if (!byAt.has(g.at)) throw new Error(`${label.doc}: no sentence starts at ${g.at}`);
    for (const s of article.sentences) {
      if (s.cite === '¶0.1' && s.at !== -1) continue;
      const g = gold.get(s.at);
      const found = s.facts.agreements;
      const where = `${label.doc.slice(0, 40)} @${s.at}`;
      if (g && found.length > 0) {
        t.tp++;
        const parties = found.flatMap((a) => a.parties);
        if (partiesMatch(g.parties, parties)) t.partiesRight++;
        else if (verbose) console.log(`  parties  ${where}: gold ${g.parties.join(' | ')}; found ${parties.join(' | ')}`);
        if (found.some((a) => statusOf(a) === g.status)) t.statusRight++;
        else if (verbose) console.log(`  status   ${where}: gold ${g.status}; found ${found.map(statusOf).join(', ')}`);
      } else if (g) {
        t.fn++;
        add(t.misses, g.kind ?? 'unlabelled', where);
      } else if (found.length > 0) {
        t.fp++;
        add(t.falsePositives, found[0]!.cue.toLowerCase(), `${where}: ${found[0]!.parties.join(' | ')} [${found[0]!.cue}]`);
      }
    }
  });
  const pct = (a: number, b: number): string => (b === 0 ? 'n/a' : `${((100 * a) / b).toFixed(1)}%`);
  console.log(`agreements: ${labels.length} articles, ${t.tp + t.fn} gold sentences, ${t.tp + t.fp} found`);
  console.log(`precision ${pct(t.tp, t.tp + t.fp)}  recall ${pct(t.tp, t.tp + t.fn)}  parties right ${pct(t.partiesRight, t.tp)}  status right ${pct(t.statusRight, t.tp)}`);
  console.log('misses by kind:');
  for (const [k, v] of [...t.misses].sort()) console.log(`  ${k} ${v.length}: ${v.join('; ')}`);
  console.log('false positives by cue:');
  for (const [k, v] of [...t.falsePositives].sort()) console.log(`  ${k} ${v.length}: ${v.join('; ')}`);
}
