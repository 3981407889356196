/**
 * Scores the agreement extractor on the news-like articles of our own writing in
 * `tests/understand/agreement-patterns.fixture.ts` (one per pattern the /agreed issue lists, with
 * non-agreements), by the same rules as the MEANTIME labels (bench/facts/agreements.ts): sentence
 * precision and recall, parties right and status right among the found. Needs no ../shared.
 */
import { extractAgreements } from '../../src/understand/agreements.js';
import { extractStatements } from '../../src/understand/statements.js';
import { sentenceKey, type Agreement } from '../../src/understand/types.js';
import type { Sentence } from '../../src/record/types.js';
import { docOf } from '../../tests/understand/statements-fixture.js';
import { BLIND_ARTICLES, FIFTH_ARTICLES, FOURTH_ARTICLES, SEVENTH_ARTICLES, SIXTH_ARTICLES, PATTERN_ARTICLES, THIRD_ARTICLES, type PatternArticle, type PatternGold } from '../../tests/understand/agreement-patterns.fixture.js';
import { HELD_BACK_ARTICLES } from '../../tests/understand/agreement-held-back.fixture.js';
import { BLIND2_AGREEMENT_ARTICLES } from '../../tests/understand/agreement-blind2.fixture.js';
import { BLIND3_AGREEMENT_ARTICLES } from '../../tests/understand/agreement-blind3.fixture.js';
import { BLIND4_AGREEMENT_ARTICLES } from '../../tests/understand/agreement-blind4.fixture.js';
import { BLIND6_AGREEMENT_ARTICLES } from '../../tests/understand/agreement-blind6.fixture.js';
import { BLIND7_AGREEMENT_ARTICLES } from '../../tests/understand/agreement-blind7.fixture.js';
import { BLIND8_AGREEMENT_ARTICLES } from '../../tests/understand/agreement-blind8.fixture.js';
import { BLIND9_AGREEMENT_ARTICLES } from '../../tests/understand/agreement-blind9.fixture.js';
import { EIGHTH_ARTICLES } from '../../tests/understand/agreement-eighth.fixture.js';
import { SESSION8_AGREEMENT_ARTICLES } from '../../tests/understand/agreement-session8.fixture.js';
import { OWN_A12_AGREEMENT_ARTICLES } from '../../tests/understand/agreement-own-a12.fixture.js';
import { OWN_A15_AGREEMENT_ARTICLES } from '../../tests/understand/agreement-own-a15.fixture.js';
import { OWN_CAP_AGREEMENT_ARTICLES } from '../../tests/understand/agreement-own-cap.fixture.js';
import { OWN_A17_AGREEMENT_ARTICLES } from '../../tests/understand/agreement-own-a17.fixture.js';
import { OWN_A20_AGREEMENT_ARTICLES } from '../../tests/understand/agreement-own-a20.fixture.js';
import { OWN_A20B_AGREEMENT_ARTICLES } from '../../tests/understand/agreement-own-a20b.fixture.js';
import { OWN_A22_AGREEMENT_ARTICLES } from '../../tests/understand/agreement-own-a22.fixture.js';
import { OWN_A22B_AGREEMENT_ARTICLES } from '../../tests/understand/agreement-own-a22b.fixture.js';
import { OWN_A19_AGREEMENT_ARTICLES } from '../../tests/understand/agreement-own-a19.fixture.js';
import { OWN_A21_AGREEMENT_ARTICLES } from '../../tests/understand/agreement-own-a21.fixture.js';
import { OWN_A23_AGREEMENT_ARTICLES } from '../../tests/understand/agreement-own-a23.fixture.js';
import { OWN_A23B_AGREEMENT_ARTICLES } from '../../tests/understand/agreement-own-a23b.fixture.js';
import { OWN_A24_AGREEMENT_ARTICLES } from '../../tests/understand/agreement-own-a24.fixture.js';
import { OWN_A24B_AGREEMENT_ARTICLES } from '../../tests/understand/agreement-own-a24b.fixture.js';
import { OWN_A26_AGREEMENT_ARTICLES } from '../../tests/understand/agreement-own-a26.fixture.js';
import { OWN_A26B_AGREEMENT_ARTICLES } from '../../tests/understand/agreement-own-a26b.fixture.js';
import { OWN_A27_AGREEMENT_ARTICLES } from '../../tests/understand/agreement-own-a27.fixture.js';
import { OWN_A27B_AGREEMENT_ARTICLES } from '../../tests/understand/agreement-own-a27b.fixture.js';
import { OWN_A28_AGREEMENT_ARTICLES } from '../../tests/understand/agreement-own-a28.fixture.js';
import { OWN_A28B_AGREEMENT_ARTICLES } from '../../tests/understand/agreement-own-a28b.fixture.js';
import { OWN_A29_AGREEMENT_ARTICLES } from '../../tests/understand/agreement-own-a29.fixture.js';
import { OWN_A30_AGREEMENT_ARTICLES } from '../../tests/understand/agreement-own-a30.fixture.js';
import { OWN_A30B_AGREEMENT_ARTICLES } from '../../tests/understand/agreement-own-a30b.fixture.js';
import { OWN_A31_AGREEMENT_ARTICLES } from '../../tests/understand/agreement-own-a31.fixture.js';
import { OWN_A32_AGREEMENT_ARTICLES } from '../../tests/understand/agreement-own-a32.fixture.js';
import { OWN_A32B_AGREEMENT_ARTICLES } from '../../tests/understand/agreement-own-a32b.fixture.js';
import { OWN_A34_AGREEMENT_ARTICLES } from '../../tests/understand/agreement-own-a34.fixture.js';
import { OWN_A33_AGREEMENT_ARTICLES } from '../../tests/understand/agreement-own-a33.fixture.js';
import { OWN_A36_AGREEMENT_ARTICLES } from '../../tests/understand/agreement-own-a36.fixture.js';
import { OWN_A38_AGREEMENT_ARTICLES } from '../../tests/understand/agreement-own-a38.fixture.js';
import { OWN_A40_AGREEMENT_ARTICLES } from '../../tests/understand/agreement-own-a40.fixture.js';
import { OWN_A39_AGREEMENT_ARTICLES } from '../../tests/understand/agreement-own-a39.fixture.js';
import { OWN_A41_AGREEMENT_ARTICLES } from '../../tests/understand/agreement-own-a41.fixture.js';
import { OWN_A43_AGREEMENT_ARTICLES } from '../../tests/understand/agreement-own-a43.fixture.js';
import { OWN_A42_AGREEMENT_ARTICLES } from '../../tests/understand/agreement-own-a42.fixture.js';
import { OWN_A45_AGREEMENT_ARTICLES } from '../../tests/understand/agreement-own-a45.fixture.js';
import { OWN_A47_AGREEMENT_ARTICLES } from '../../tests/understand/agreement-own-a47.fixture.js';
import { OWN_A51_AGREEMENT_ARTICLES } from '../../tests/understand/agreement-own-a51.fixture.js';
import { OWN_A52_AGREEMENT_ARTICLES } from '../../tests/understand/agreement-a52.fixture.js';
import { OWN_A55_AGREEMENT_ARTICLES } from '../../tests/understand/agreement-a55.fixture.js';
import { OWN_A46_AGREEMENT_ARTICLES } from '../../tests/understand/agreement-own-a46.fixture.js';
import { OWN_A49_AGREEMENT_ARTICLES } from '../../tests/understand/agreement-own-a49.fixture.js';
import { OWN_A44_AGREEMENT_ARTICLES } from '../../tests/understand/agreement-own-a44.fixture.js';
import { BLIND27_AGREEMENT_ARTICLES } from '../../tests/understand/agreement-blind27.fixture.js';
import { BLIND28_AGREEMENT_ARTICLES } from '../../tests/understand/agreement-blind28.fixture.js';
import { BLIND29_AGREEMENT_ARTICLES } from '../../tests/understand/agreement-blind29.fixture.js';
import { BLIND30_AGREEMENT_ARTICLES } from '../../tests/understand/agreement-blind30.fixture.js';
import { BLIND31_AGREEMENT_ARTICLES } from '../../tests/understand/agreement-blind31.fixture.js';
import { BLIND32_AGREEMENT_ARTICLES } from '../../tests/understand/agreement-blind32.fixture.js';
import { BLIND33_AGREEMENT_ARTICLES } from '../../tests/understand/agreement-blind33.fixture.js';
import { BLIND34_AGREEMENT_ARTICLES } from '../../tests/understand/agreement-blind34.fixture.js';
import { BLIND35_AGREEMENT_ARTICLES } from '../../tests/understand/agreement-blind35.fixture.js';
import { BLIND36_AGREEMENT_ARTICLES } from '../../tests/understand/agreement-blind36.fixture.js';
import { BLIND37_AGREEMENT_ARTICLES } from '../../tests/understand/agreement-blind37.fixture.js';
import { OWN_A50_AGREEMENT_ARTICLES } from '../../tests/understand/agreement-own-a50.fixture.js';
import { OWN_A53_AGREEMENT_ARTICLES } from '../../tests/understand/agreement-a53.fixture.js';
import { OWN_A54_AGREEMENT_ARTICLES } from '../../tests/understand/agreement-a54.fixture.js';
import { OWN_A56_AGREEMENT_ARTICLES } from '../../tests/understand/agreement-a56.fixture.js';
import { OWN_A57_AGREEMENT_ARTICLES } from '../../tests/understand/agreement-a57.fixture.js';
import { OWN_A58_AGREEMENT_ARTICLES } from '../../tests/understand/agreement-a58.fixture.js';
import { OWN_A60_AGREEMENT_ARTICLES } from '../../tests/understand/agreement-a60.fixture.js';
import { OWN_A59_AGREEMENT_ARTICLES } from '../../tests/understand/agreement-a59.fixture.js';
import { BLIND38_AGREEMENT_ARTICLES } from '../../tests/understand/agreement-blind38.fixture.js';
import { BLIND39_AGREEMENT_ARTICLES } from '../../tests/understand/agreement-blind39.fixture.js';
import { BLIND40_AGREEMENT_ARTICLES } from '../../tests/understand/agreement-blind40.fixture.js';
import { BLIND41_AGREEMENT_ARTICLES } from '../../tests/understand/agreement-blind41.fixture.js';
import { BLIND42_AGREEMENT_ARTICLES } from '../../tests/understand/agreement-blind42.fixture.js';
import { BLIND43_AGREEMENT_ARTICLES } from '../../tests/understand/agreement-blind43.fixture.js';
import { BLIND44_AGREEMENT_ARTICLES } from '../../tests/understand/agreement-blind44.fixture.js';
import { BLIND45_AGREEMENT_ARTICLES } from '../../tests/understand/agreement-blind45.fixture.js';
import { BLIND46_AGREEMENT_ARTICLES } from '../../tests/understand/agreement-blind46.fixture.js';
import { BLIND47_AGREEMENT_ARTICLES } from '../../tests/understand/agreement-blind47.fixture.js';
import { BLIND48_AGREEMENT_ARTICLES } from '../../tests/understand/agreement-blind48.fixture.js';
import { BLIND49_AGREEMENT_ARTICLES } from '../../tests/understand/agreement-blind49.fixture.js';
import { BLIND50_AGREEMENT_ARTICLES } from '../../tests/understand/agreement-blind50.fixture.js';
import { BLIND51_AGREEMENT_ARTICLES } from '../../tests/understand/agreement-blind51.fixture.js';
import { BLIND52_AGREEMENT_ARTICLES } from '../../tests/understand/agreement-blind52.fixture.js';
import { BLIND53_AGREEMENT_ARTICLES } from '../../tests/understand/agreement-blind53.fixture.js';
import { BLIND54_AGREEMENT_ARTICLES } from '../../tests/understand/agreement-blind54.fixture.js';
import { BLIND55_AGREEMENT_ARTICLES } from '../../tests/understand/agreement-blind55.fixture.js';
import { BLIND56_AGREEMENT_ARTICLES } from '../../tests/understand/agreement-blind56.fixture.js';
import { BLIND57_AGREEMENT_ARTICLES } from '../../tests/understand/agreement-blind57.fixture.js';
import { BLIND58_AGREEMENT_ARTICLES } from '../../tests/understand/agreement-blind58.fixture.js';
import { BLIND59_AGREEMENT_ARTICLES } from '../../tests/understand/agreement-blind59.fixture.js';
import { BLIND60_AGREEMENT_ARTICLES } from '../../tests/understand/agreement-blind60.fixture.js';
import { BLIND61_AGREEMENT_ARTICLES } from '../../tests/understand/agreement-blind61.fixture.js';
import { BLIND62_AGREEMENT_ARTICLES } from '../../tests/understand/agreement-blind62.fixture.js';
import { BLIND63_AGREEMENT_ARTICLES } from '../../tests/understand/agreement-blind63.fixture.js';
import { BLIND64_AGREEMENT_ARTICLES } from '../../tests/understand/agreement-blind64.fixture.js';
import { BLIND65_AGREEMENT_ARTICLES } from '../../tests/understand/agreement-blind65.fixture.js';
import { BLIND66_AGREEMENT_ARTICLES } from '../../tests/understand/agreement-blind66.fixture.js';
import { BLIND67_AGREEMENT_ARTICLES } from '../../tests/understand/agreement-blind67.fixture.js';
import { BLIND68_AGREEMENT_ARTICLES } from '../../tests/understand/agreement-blind68.fixture.js';
import { BLIND69_AGREEMENT_ARTICLES } from '../../tests/understand/agreement-blind69.fixture.js';
import { BLIND70_AGREEMENT_ARTICLES } from '../../tests/understand/agreement-blind70.fixture.js';
import { BLIND71_AGREEMENT_ARTICLES } from '../../tests/understand/agreement-blind71.fixture.js';
import { BLIND72_AGREEMENT_ARTICLES } from '../../tests/understand/agreement-blind72.fixture.js';
import { BLIND73_AGREEMENT_ARTICLES } from '../../tests/understand/agreement-blind73.fixture.js';
import { BLIND74_AGREEMENT_ARTICLES } from '../../tests/understand/agreement-blind74.fixture.js';
import { BLIND75_AGREEMENT_ARTICLES } from '../../tests/understand/agreement-blind75.fixture.js';
import { BLIND76_AGREEMENT_ARTICLES } from '../../tests/understand/agreement-blind76.fixture.js';
import { BLIND77_AGREEMENT_ARTICLES } from '../../tests/understand/agreement-blind77.fixture.js';
import { BLIND78_AGREEMENT_ARTICLES } from '../../tests/understand/agreement-blind78.fixture.js';
import { BLIND79_AGREEMENT_ARTICLES } from '../../tests/understand/agreement-blind79.fixture.js';
import { BLIND80_AGREEMENT_ARTICLES } from '../../tests/understand/agreement-blind80.fixture.js';
import { BLIND81_AGREEMENT_ARTICLES } from '../../tests/understand/agreement-blind81.fixture.js';
import { BLIND82_AGREEMENT_ARTICLES } from '../../tests/understand/agreement-blind82.fixture.js';
import { BLIND83_AGREEMENT_ARTICLES } from '../../tests/understand/agreement-blind83.fixture.js';
import { BLIND84_AGREEMENT_ARTICLES } from '../../tests/understand/agreement-blind84.fixture.js';
import { BLIND85_AGREEMENT_ARTICLES } from '../../tests/understand/agreement-blind85.fixture.js';
import { BLIND86_AGREEMENT_ARTICLES } from '../../tests/understand/agreement-blind86.fixture.js';
import { BLIND87_AGREEMENT_ARTICLES } from '../../tests/understand/agreement-blind87.fixture.js';
import { BLIND88_AGREEMENT_ARTICLES } from '../../tests/understand/agreement-blind88.fixture.js';
import { BLIND89_AGREEMENT_ARTICLES } from '../../tests/understand/agreement-blind89.fixture.js';
import { BLIND90_AGREEMENT_ARTICLES } from '../../tests/understand/agreement-blind90.fixture.js';
import { BLIND91_AGREEMENT_ARTICLES } from '../../tests/understand/agreement-blind91.fixture.js';
import { BLIND92_AGREEMENT_ARTICLES } from '../../tests/understand/agreement-blind92.fixture.js';
import { BLIND93_AGREEMENT_ARTICLES } from '../../tests/understand/agreement-blind93.fixture.js';
import { BLIND94_AGREEMENT_ARTICLES } from '../../tests/understand/agreement-blind94.fixture.js';
import { BLIND95_AGREEMENT_ARTICLES } from '../../tests/understand/agreement-blind95.fixture.js';
import { BLIND96_AGREEMENT_ARTICLES } from '../../tests/understand/agreement-blind96.fixture.js';
import { BLIND97_AGREEMENT_ARTICLES } from '../../tests/understand/agreement-blind97.fixture.js';
import { BLIND98_AGREEMENT_ARTICLES } from '../../tests/understand/agreement-blind98.fixture.js';
import { extraParties, partiesMatch } from './agreements.js';

/**
 * The agreement sets by name: the scorer's flag is `--<name>` (none: `first`). `held-back` was
 * written by a separate session and scored by the lead before any tuner saw it; `blind-2` the
 * second such set (session 4), `blind-3` the third (session 5).
 */
export const PATTERN_SETS: Readonly<Record<string, readonly PatternArticle[]>> = {
  first: PATTERN_ARTICLES,
  blind: BLIND_ARTICLES,
  third: THIRD_ARTICLES,
  fourth: FOURTH_ARTICLES,
  fifth: FIFTH_ARTICLES,
  sixth: SIXTH_ARTICLES,
  seventh: SEVENTH_ARTICLES,
  eighth: EIGHTH_ARTICLES,
  'held-back': HELD_BACK_ARTICLES,
  'blind-2': BLIND2_AGREEMENT_ARTICLES,
  'blind-3': BLIND3_AGREEMENT_ARTICLES,
  'blind-4': BLIND4_AGREEMENT_ARTICLES,
  'blind-6': BLIND6_AGREEMENT_ARTICLES,
  'blind-7': BLIND7_AGREEMENT_ARTICLES,
  'blind-8': BLIND8_AGREEMENT_ARTICLES,
  'blind-9': BLIND9_AGREEMENT_ARTICLES,
  'blind-27': BLIND27_AGREEMENT_ARTICLES,
  'blind-28': BLIND28_AGREEMENT_ARTICLES,
  'blind-29': BLIND29_AGREEMENT_ARTICLES,
  'blind-30': BLIND30_AGREEMENT_ARTICLES,
  'blind-31': BLIND31_AGREEMENT_ARTICLES,
  'blind-32': BLIND32_AGREEMENT_ARTICLES,
  'blind-33': BLIND33_AGREEMENT_ARTICLES,
  'blind-34': BLIND34_AGREEMENT_ARTICLES,
  'blind-35': BLIND35_AGREEMENT_ARTICLES,
  'blind-36': BLIND36_AGREEMENT_ARTICLES,
  'blind-37': BLIND37_AGREEMENT_ARTICLES,
  'blind-38': BLIND38_AGREEMENT_ARTICLES,
  'blind-39': BLIND39_AGREEMENT_ARTICLES,
  'blind-40': BLIND40_AGREEMENT_ARTICLES,
  'blind-41': BLIND41_AGREEMENT_ARTICLES,
  'blind-42': BLIND42_AGREEMENT_ARTICLES,
  'blind-43': BLIND43_AGREEMENT_ARTICLES,
  'blind-44': BLIND44_AGREEMENT_ARTICLES,
  'blind-45': BLIND45_AGREEMENT_ARTICLES,
  'blind-46': BLIND46_AGREEMENT_ARTICLES,
  'blind-47': BLIND47_AGREEMENT_ARTICLES,
  'blind-48': BLIND48_AGREEMENT_ARTICLES,
  'blind-49': BLIND49_AGREEMENT_ARTICLES,
  'blind-50': BLIND50_AGREEMENT_ARTICLES,
  'blind-51': BLIND51_AGREEMENT_ARTICLES,
  'blind-52': BLIND52_AGREEMENT_ARTICLES,
  'blind-53': BLIND53_AGREEMENT_ARTICLES,
  'blind-54': BLIND54_AGREEMENT_ARTICLES,
  'blind-55': BLIND55_AGREEMENT_ARTICLES,
  'blind-56': BLIND56_AGREEMENT_ARTICLES,
  'blind-57': BLIND57_AGREEMENT_ARTICLES,
  'blind-58': BLIND58_AGREEMENT_ARTICLES,
  'blind-59': BLIND59_AGREEMENT_ARTICLES,
  'blind-60': BLIND60_AGREEMENT_ARTICLES,
  'blind-61': BLIND61_AGREEMENT_ARTICLES,
  'blind-62': BLIND62_AGREEMENT_ARTICLES,
  'blind-63': BLIND63_AGREEMENT_ARTICLES,
  'blind-64': BLIND64_AGREEMENT_ARTICLES,
  'blind-65': BLIND65_AGREEMENT_ARTICLES,
  'blind-66': BLIND66_AGREEMENT_ARTICLES,
  'blind-67': BLIND67_AGREEMENT_ARTICLES,
  'blind-68': BLIND68_AGREEMENT_ARTICLES,
  'blind-69': BLIND69_AGREEMENT_ARTICLES,
  'blind-70': BLIND70_AGREEMENT_ARTICLES,
  'blind-71': BLIND71_AGREEMENT_ARTICLES,
  'blind-72': BLIND72_AGREEMENT_ARTICLES,
  'blind-73': BLIND73_AGREEMENT_ARTICLES,
  'blind-74': BLIND74_AGREEMENT_ARTICLES,
  'blind-75': BLIND75_AGREEMENT_ARTICLES,
  'blind-76': BLIND76_AGREEMENT_ARTICLES,
  'blind-77': BLIND77_AGREEMENT_ARTICLES,
  'blind-78': BLIND78_AGREEMENT_ARTICLES,
  'blind-79': BLIND79_AGREEMENT_ARTICLES,
  'blind-80': BLIND80_AGREEMENT_ARTICLES,
  'blind-81': BLIND81_AGREEMENT_ARTICLES,
  'blind-82': BLIND82_AGREEMENT_ARTICLES,
  'blind-83': BLIND83_AGREEMENT_ARTICLES,
  'blind-84': BLIND84_AGREEMENT_ARTICLES,
  'blind-85': BLIND85_AGREEMENT_ARTICLES,
  'blind-86': BLIND86_AGREEMENT_ARTICLES,
  'blind-87': BLIND87_AGREEMENT_ARTICLES,
  'blind-88': BLIND88_AGREEMENT_ARTICLES,
  'blind-89': BLIND89_AGREEMENT_ARTICLES,
  'blind-90': BLIND90_AGREEMENT_ARTICLES,
  'blind-91': BLIND91_AGREEMENT_ARTICLES,
  'blind-92': BLIND92_AGREEMENT_ARTICLES,
  'blind-93': BLIND93_AGREEMENT_ARTICLES,
  'blind-94': BLIND94_AGREEMENT_ARTICLES,
  'blind-95': BLIND95_AGREEMENT_ARTICLES,
  'blind-96': BLIND96_AGREEMENT_ARTICLES,
  'blind-97': BLIND97_AGREEMENT_ARTICLES,
  'blind-98': BLIND98_AGREEMENT_ARTICLES,
  'session-8': SESSION8_AGREEMENT_ARTICLES,
  'own-a12': OWN_A12_AGREEMENT_ARTICLES,
  'own-a15': OWN_A15_AGREEMENT_ARTICLES,
  'own-cap': OWN_CAP_AGREEMENT_ARTICLES,
  'own-a17': OWN_A17_AGREEMENT_ARTICLES,
  'own-a20': OWN_A20_AGREEMENT_ARTICLES,
  'own-a20b': OWN_A20B_AGREEMENT_ARTICLES,
  'own-a22': OWN_A22_AGREEMENT_ARTICLES,
  'own-a22b': OWN_A22B_AGREEMENT_ARTICLES,
  'own-a19': OWN_A19_AGREEMENT_ARTICLES,
  'own-a21': OWN_A21_AGREEMENT_ARTICLES,
  'own-a23': OWN_A23_AGREEMENT_ARTICLES,
  'own-a23b': OWN_A23B_AGREEMENT_ARTICLES,
  'own-a24': OWN_A24_AGREEMENT_ARTICLES,
  'own-a24b': OWN_A24B_AGREEMENT_ARTICLES,
  'own-a26': OWN_A26_AGREEMENT_ARTICLES,
  'own-a26b': OWN_A26B_AGREEMENT_ARTICLES,
  'own-a27': OWN_A27_AGREEMENT_ARTICLES,
  'own-a27b': OWN_A27B_AGREEMENT_ARTICLES,
  'own-a28': OWN_A28_AGREEMENT_ARTICLES,
  'own-a28b': OWN_A28B_AGREEMENT_ARTICLES,
  'own-a29': OWN_A29_AGREEMENT_ARTICLES,
  'own-a30': OWN_A30_AGREEMENT_ARTICLES,
  'own-a30b': OWN_A30B_AGREEMENT_ARTICLES,
  'own-a31': OWN_A31_AGREEMENT_ARTICLES,
  'own-a32': OWN_A32_AGREEMENT_ARTICLES,
  'own-a32b': OWN_A32B_AGREEMENT_ARTICLES,
  'own-a34': OWN_A34_AGREEMENT_ARTICLES,
  'own-a33': OWN_A33_AGREEMENT_ARTICLES,
  'own-a36': OWN_A36_AGREEMENT_ARTICLES,
  'own-a38': OWN_A38_AGREEMENT_ARTICLES,
  'own-a40': OWN_A40_AGREEMENT_ARTICLES,
  'own-a39': OWN_A39_AGREEMENT_ARTICLES,
  'own-a41': OWN_A41_AGREEMENT_ARTICLES,
  'own-a43': OWN_A43_AGREEMENT_ARTICLES,
  'own-a42': OWN_A42_AGREEMENT_ARTICLES,
  'own-a45': OWN_A45_AGREEMENT_ARTICLES,
  'own-a47': OWN_A47_AGREEMENT_ARTICLES,
  'own-a51': OWN_A51_AGREEMENT_ARTICLES,
  'own-a52': OWN_A52_AGREEMENT_ARTICLES,
  'own-a44': OWN_A44_AGREEMENT_ARTICLES,
  'own-a46': OWN_A46_AGREEMENT_ARTICLES,
  'own-a49': OWN_A49_AGREEMENT_ARTICLES,
  'own-a50': OWN_A50_AGREEMENT_ARTICLES,
  'own-a53': OWN_A53_AGREEMENT_ARTICLES,
  'own-a55': OWN_A55_AGREEMENT_ARTICLES,
  'own-a54': OWN_A54_AGREEMENT_ARTICLES,
  'own-a56': OWN_A56_AGREEMENT_ARTICLES,
  'own-a57': OWN_A57_AGREEMENT_ARTICLES,
  'own-a58': OWN_A58_AGREEMENT_ARTICLES,
  'own-a60': OWN_A60_AGREEMENT_ARTICLES,
  'own-a59': OWN_A59_AGREEMENT_ARTICLES,
};

/**
 * Held out this round (95–97) or clean for good: the tools that list misses of the read sets (parties-misses,
 * status-misses, gold-status) skip them; they are scored for totals only. (The lead updates it each round, as
 * bench/blind/sum.py's sets.)
 */
export const UNREAD_SETS: ReadonlySet<string> = new Set(['29', '32', '65', '68', '71', '74', '77', '80', '83', '86', '89', '92', '95', '96', '97', '98']);

/** The read pattern sets (every set but `UNREAD_SETS`), only those named in `only` when given. */
export function readPatternSets(only?: readonly string[]): [string, readonly PatternArticle[]][] {
  return Object.entries(PATTERN_SETS).filter(([set]) => {
    const n = /^blind-?(\d+)$/.exec(set)?.[1];
    return !(n && UNREAD_SETS.has(n)) && (!only || only.includes(set));
  });
}

/** One sentence of a pattern article (its headline first): its gold label, and what the extractor found in it. */
export interface PatternSentence {
  readonly article: PatternArticle;
  /** "paragraph.sentence", the gold's key (a headline is "0.1"). */
  readonly at: string;
  readonly sentence: Sentence;
  readonly gold: PatternGold | undefined;
  /** The agreements found in the sentence; none when `extract` is false. */
  readonly found: readonly Agreement[];
}

/** Every sentence of `articles` in order, each with its gold and, when `extract`, what the extractor found. */
export function* patternSentences(articles: readonly PatternArticle[], extract = true): Generator<PatternSentence> {
  for (const article of articles) {
    const doc = docOf(article.body, article.headline ?? null);
    const found = extract ? extractAgreements(doc, extractStatements(doc)) : new Map<string, Agreement[]>();
    const gold = new Map(article.gold.map((g) => [g.at, g]));
    for (const p of [...(doc.headline ? [{ sentences: [doc.headline] }] : []), ...doc.paragraphs])
      for (const s of p.sentences) {
        const at = `${s.paragraph}.${s.sentence}`;
        yield { article, at, sentence: s, gold: gold.get(at), found: found.get(sentenceKey(s)) ?? [] };
      }
  }
}

/** Scores one named set, or `articles` from a fixture file outside the repo (a set not yet seen: `--file`). */
export function scorePatterns(verbose = false, set = 'first', given?: readonly PatternArticle[]): void {
  const articles = given ?? PATTERN_SETS[set] ?? PATTERN_ARTICLES;
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let partiesRight = 0;
  let statusRight = 0;
  let extraSides = 0;
  let extraSentences = 0;
  const misses = new Map<string, string[]>();
  const falsePositives: string[] = [];
  for (const { article, at, gold: g, found: list } of patternSentences(articles)) {
    const where = `${article.name} ${at}`;
    if (g && list.length > 0) {
      tp++;
      const parties = list.flatMap((a) => a.parties);
      if (partiesMatch(g.parties, parties)) partiesRight++;
      else if (verbose) console.log(`  parties  ${where}: gold ${g.parties.join(' | ')}; found ${parties.join(' | ')}`);
      const extra = extraParties(g.parties, parties);
      if (extra.length > 0) {
        extraSides += extra.length;
        extraSentences++;
        if (verbose) console.log(`  extra    ${where}: gold ${g.parties.join(' | ')}; beyond it ${extra.join(' | ')}`);
      }
      if (list.some((a) => a.status === g.status)) statusRight++;
      else if (verbose) console.log(`  status   ${where}: gold ${g.status}; found ${list.map((a) => a.status).join(', ')}`);
    } else if (g) {
      fn++;
      misses.set(g.kind, [...(misses.get(g.kind) ?? []), where]);
    } else if (list.length > 0) {
      fp++;
      falsePositives.push(`${where}: ${list[0]!.parties.join(' | ')} [${list[0]!.cue}]`);
    }
  }
  const pct = (a: number, b: number): string => (b === 0 ? 'n/a' : `${((100 * a) / b).toFixed(1)}%`);
  console.log(`${set === 'first' ? 'patterns' : `${set} patterns`}: ${articles.length} articles, ${tp + fn} gold sentences, ${tp + fp} found`);
  console.log(`precision ${pct(tp, tp + fp)}  recall ${pct(tp, tp + fn)}  parties right ${pct(partiesRight, tp)}  status right ${pct(statusRight, tp)}`);
  console.log(`found sides no gold party matches: ${extraSides} in ${extraSentences} of ${tp} found sentences`);
  console.log(`misses: ${fn}${verbose ? ' by kind:' : ''}`);
  if (verbose) for (const [k, v] of [...misses].sort()) console.log(`  ${k} ${v.length}: ${v.join('; ')}`);
  console.log(`false positives: ${falsePositives.length}`);
  if (verbose) for (const f of falsePositives) console.log(`  ${f}`);
}
