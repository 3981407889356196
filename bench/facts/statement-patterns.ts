/**
 * Scores the statement extractor on the articles of our own writing in
 * `tests/understand/statement-blind.fixture.ts` (written blind, before reading the extractor), by the
 * MEANTIME labels' speaker rule (bench/facts/statements.ts): statements found, right speaker, by
 * cue kind and speaker kind, and sentences in the article's own voice given a speaker. `second` scores the
 * set written after the fixes for the first, `third` the set written (issue 10, fifth session) before
 * the extractor ran on it, `held-back` the set a separate session wrote and the lead scored before
 * any tuner saw it (statement-held-back.fixture.ts), `blind-2` the second such set (session 4,
 * statement-blind2.fixture.ts), `blind-3` the third (session 5, statement-blind3.fixture.ts). Needs no ../shared.
 */
import { corpusOf } from '../../src/answer/build.js';
import { whoSaidAnswer } from '../../src/answer/whoSaid.js';
import type { Doc } from '../../src/record/types.js';
import { extractStatements } from '../../src/understand/statements.js';
import { sentenceKey } from '../../src/understand/types.js';
import { docOf } from '../../tests/understand/statements-fixture.js';
import { BLIND_STATEMENT_ARTICLES, SECOND_BLIND_STATEMENT_ARTICLES, THIRD_BLIND_STATEMENT_ARTICLES, type BlindArticle } from '../../tests/understand/statement-blind.fixture.js';
import { HELD_BACK_STATEMENT_ARTICLES } from '../../tests/understand/statement-held-back.fixture.js';
import { BLIND2_STATEMENT_ARTICLES } from '../../tests/understand/statement-blind2.fixture.js';
import { BLIND3_STATEMENT_ARTICLES } from '../../tests/understand/statement-blind3.fixture.js';
import { BLIND4_STATEMENT_ARTICLES } from '../../tests/understand/statement-blind4.fixture.js';
import { BLIND6_STATEMENT_ARTICLES } from '../../tests/understand/statement-blind6.fixture.js';
import { BLIND7_STATEMENT_ARTICLES } from '../../tests/understand/statement-blind7.fixture.js';
import { BLIND8_STATEMENT_ARTICLES } from '../../tests/understand/statement-blind8.fixture.js';
import { BLIND9_STATEMENT_ARTICLES } from '../../tests/understand/statement-blind9.fixture.js';
import { OWN_S10_STATEMENT_ARTICLES } from '../../tests/understand/statement-own-s10.fixture.js';
import { OWN_S11_STATEMENT_ARTICLES } from '../../tests/understand/statement-own-s11.fixture.js';
import { OWN_S11B_STATEMENT_ARTICLES } from '../../tests/understand/statement-own-s11b.fixture.js';
import { OWN_S12_STATEMENT_ARTICLES } from '../../tests/understand/statement-own-s12.fixture.js';
import { OWN_S13_STATEMENT_ARTICLES } from '../../tests/understand/statement-own-s13.fixture.js';
import { OWN_S13B_STATEMENT_ARTICLES } from '../../tests/understand/statement-own-s13b.fixture.js';
import { OWN_S13C_STATEMENT_ARTICLES } from '../../tests/understand/statement-own-s13c.fixture.js';
import { OWN_S14_STATEMENT_ARTICLES } from '../../tests/understand/statement-own-s14.fixture.js';
import { OWN_S14B_STATEMENT_ARTICLES } from '../../tests/understand/statement-own-s14b.fixture.js';
import { OWN_S15_STATEMENT_ARTICLES } from '../../tests/understand/statement-own-s15.fixture.js';
import { OWN_S16_STATEMENT_ARTICLES } from '../../tests/understand/statement-own-s16.fixture.js';
import { OWN_CAP_STATEMENT_ARTICLES } from '../../tests/understand/statement-own-cap.fixture.js';
import { OWN_S17_STATEMENT_ARTICLES } from '../../tests/understand/statement-own-s17.fixture.js';
import { OWN_S17B_STATEMENT_ARTICLES } from '../../tests/understand/statement-own-s17b.fixture.js';
import { OWN_S19_STATEMENT_ARTICLES } from '../../tests/understand/statement-own-s19.fixture.js';
import { OWN_S19B_STATEMENT_ARTICLES } from '../../tests/understand/statement-own-s19b.fixture.js';
import { OWN_S20_STATEMENT_ARTICLES } from '../../tests/understand/statement-own-s20.fixture.js';
import { OWN_S22_STATEMENT_ARTICLES } from '../../tests/understand/statement-own-s22.fixture.js';
import { OWN_S21_STATEMENT_ARTICLES } from '../../tests/understand/statement-own-s21.fixture.js';
import { OWN_S23_STATEMENT_ARTICLES } from '../../tests/understand/statement-own-s23.fixture.js';
import { OWN_S24_STATEMENT_ARTICLES } from '../../tests/understand/statement-own-s24.fixture.js';
import { OWN_S27_STATEMENT_ARTICLES } from '../../tests/understand/statement-own-s27.fixture.js';
import { OWN_S26_STATEMENT_ARTICLES } from '../../tests/understand/statement-own-s26.fixture.js';
import { OWN_S28_STATEMENT_ARTICLES } from '../../tests/understand/statement-own-s28.fixture.js';
import { OWN_S29_STATEMENT_ARTICLES } from '../../tests/understand/statement-own-s29.fixture.js';
import { OWN_S30_STATEMENT_ARTICLES } from '../../tests/understand/statement-own-s30.fixture.js';
import { OWN_S31_STATEMENT_ARTICLES } from '../../tests/understand/statement-own-s31.fixture.js';
import { OWN_S32_STATEMENT_ARTICLES } from '../../tests/understand/statement-own-s32.fixture.js';
import { OWN_S33_STATEMENT_ARTICLES } from '../../tests/understand/statement-own-s33.fixture.js';
import { OWN_S34_STATEMENT_ARTICLES } from '../../tests/understand/statement-own-s34.fixture.js';
import { OWN_S35_STATEMENT_ARTICLES } from '../../tests/understand/statement-own-s35.fixture.js';
import { OWN_S36_STATEMENT_ARTICLES } from '../../tests/understand/statement-own-s36.fixture.js';
import { OWN_S37_STATEMENT_ARTICLES } from '../../tests/understand/statement-own-s37.fixture.js';
import { OWN_S39_STATEMENT_ARTICLES } from '../../tests/understand/statements-s39.fixture.js';
import { OWN_S40_STATEMENT_ARTICLES } from '../../tests/understand/statements-s40.fixture.js';
import { BLIND27_STATEMENT_ARTICLES } from '../../tests/understand/statement-blind27.fixture.js';
import { BLIND28_STATEMENT_ARTICLES } from '../../tests/understand/statement-blind28.fixture.js';
import { BLIND29_STATEMENT_ARTICLES } from '../../tests/understand/statement-blind29.fixture.js';
import { BLIND30_STATEMENT_ARTICLES } from '../../tests/understand/statement-blind30.fixture.js';
import { BLIND31_STATEMENT_ARTICLES } from '../../tests/understand/statement-blind31.fixture.js';
import { BLIND32_STATEMENT_ARTICLES } from '../../tests/understand/statement-blind32.fixture.js';
import { BLIND33_STATEMENT_ARTICLES } from '../../tests/understand/statement-blind33.fixture.js';
import { BLIND34_STATEMENT_ARTICLES } from '../../tests/understand/statement-blind34.fixture.js';
import { BLIND35_STATEMENT_ARTICLES } from '../../tests/understand/statement-blind35.fixture.js';
import { BLIND36_STATEMENT_ARTICLES } from '../../tests/understand/statement-blind36.fixture.js';
import { BLIND37_STATEMENT_ARTICLES } from '../../tests/understand/statement-blind37.fixture.js';
import { BLIND38_STATEMENT_ARTICLES } from '../../tests/understand/statement-blind38.fixture.js';
import { BLIND39_STATEMENT_ARTICLES } from '../../tests/understand/statement-blind39.fixture.js';
import { BLIND40_STATEMENT_ARTICLES } from '../../tests/understand/statement-blind40.fixture.js';
import { BLIND41_STATEMENT_ARTICLES } from '../../tests/understand/statement-blind41.fixture.js';
import { BLIND42_STATEMENT_ARTICLES } from '../../tests/understand/statement-blind42.fixture.js';
import { BLIND43_STATEMENT_ARTICLES } from '../../tests/understand/statement-blind43.fixture.js';
import { BLIND44_STATEMENT_ARTICLES } from '../../tests/understand/statement-blind44.fixture.js';
import { BLIND45_STATEMENT_ARTICLES } from '../../tests/understand/statement-blind45.fixture.js';
import { BLIND46_STATEMENT_ARTICLES } from '../../tests/understand/statement-blind46.fixture.js';
import { BLIND47_STATEMENT_ARTICLES } from '../../tests/understand/statement-blind47.fixture.js';
import { BLIND48_STATEMENT_ARTICLES } from '../../tests/understand/statement-blind48.fixture.js';
import { BLIND49_STATEMENT_ARTICLES } from '../../tests/understand/statement-blind49.fixture.js';
import { BLIND50_STATEMENT_ARTICLES } from '../../tests/understand/statement-blind50.fixture.js';
import { BLIND51_STATEMENT_ARTICLES } from '../../tests/understand/statement-blind51.fixture.js';
import { BLIND52_STATEMENT_ARTICLES } from '../../tests/understand/statement-blind52.fixture.js';
import { BLIND53_STATEMENT_ARTICLES } from '../../tests/understand/statement-blind53.fixture.js';
import { BLIND54_STATEMENT_ARTICLES } from '../../tests/understand/statement-blind54.fixture.js';
import { BLIND55_STATEMENT_ARTICLES } from '../../tests/understand/statement-blind55.fixture.js';
import { BLIND56_STATEMENT_ARTICLES } from '../../tests/understand/statement-blind56.fixture.js';
import { BLIND57_STATEMENT_ARTICLES } from '../../tests/understand/statement-blind57.fixture.js';
import { BLIND58_STATEMENT_ARTICLES } from '../../tests/understand/statement-blind58.fixture.js';
import { BLIND59_STATEMENT_ARTICLES } from '../../tests/understand/statement-blind59.fixture.js';
import { BLIND60_STATEMENT_ARTICLES } from '../../tests/understand/statement-blind60.fixture.js';
import { BLIND61_STATEMENT_ARTICLES } from '../../tests/understand/statement-blind61.fixture.js';
import { BLIND62_STATEMENT_ARTICLES } from '../../tests/understand/statement-blind62.fixture.js';
import { BLIND63_STATEMENT_ARTICLES } from '../../tests/understand/statement-blind63.fixture.js';
import { BLIND64_STATEMENT_ARTICLES } from '../../tests/understand/statement-blind64.fixture.js';
import { BLIND65_STATEMENT_ARTICLES } from '../../tests/understand/statement-blind65.fixture.js';
import { BLIND66_STATEMENT_ARTICLES } from '../../tests/understand/statement-blind66.fixture.js';
import { BLIND67_STATEMENT_ARTICLES } from '../../tests/understand/statement-blind67.fixture.js';
import { BLIND68_STATEMENT_ARTICLES } from '../../tests/understand/statement-blind68.fixture.js';
import { BLIND69_STATEMENT_ARTICLES } from '../../tests/understand/statement-blind69.fixture.js';
import { BLIND70_STATEMENT_ARTICLES } from '../../tests/understand/statement-blind70.fixture.js';
import { BLIND71_STATEMENT_ARTICLES } from '../../tests/understand/statement-blind71.fixture.js';
import { BLIND72_STATEMENT_ARTICLES } from '../../tests/understand/statement-blind72.fixture.js';
import { BLIND73_STATEMENT_ARTICLES } from '../../tests/understand/statement-blind73.fixture.js';
import { BLIND74_STATEMENT_ARTICLES } from '../../tests/understand/statement-blind74.fixture.js';
import { BLIND75_STATEMENT_ARTICLES } from '../../tests/understand/statement-blind75.fixture.js';
import { BLIND76_STATEMENT_ARTICLES } from '../../tests/understand/statement-blind76.fixture.js';
import { BLIND77_STATEMENT_ARTICLES } from '../../tests/understand/statement-blind77.fixture.js';
import { BLIND78_STATEMENT_ARTICLES } from '../../tests/understand/statement-blind78.fixture.js';
import { BLIND79_STATEMENT_ARTICLES } from '../../tests/understand/statement-blind79.fixture.js';
import { BLIND80_STATEMENT_ARTICLES } from '../../tests/understand/statement-blind80.fixture.js';
import { BLIND81_STATEMENT_ARTICLES } from '../../tests/understand/statement-blind81.fixture.js';
import { BLIND82_STATEMENT_ARTICLES } from '../../tests/understand/statement-blind82.fixture.js';
import { BLIND83_STATEMENT_ARTICLES } from '../../tests/understand/statement-blind83.fixture.js';
import { BLIND84_STATEMENT_ARTICLES } from '../../tests/understand/statement-blind84.fixture.js';
import { BLIND85_STATEMENT_ARTICLES } from '../../tests/understand/statement-blind85.fixture.js';
import { BLIND86_STATEMENT_ARTICLES } from '../../tests/understand/statement-blind86.fixture.js';
import { BLIND87_STATEMENT_ARTICLES } from '../../tests/understand/statement-blind87.fixture.js';
import { BLIND88_STATEMENT_ARTICLES } from '../../tests/understand/statement-blind88.fixture.js';
import { BLIND89_STATEMENT_ARTICLES } from '../../tests/understand/statement-blind89.fixture.js';
import { BLIND90_STATEMENT_ARTICLES } from '../../tests/understand/statement-blind90.fixture.js';
import { BLIND91_STATEMENT_ARTICLES } from '../../tests/understand/statement-blind91.fixture.js';
import { BLIND92_STATEMENT_ARTICLES } from '../../tests/understand/statement-blind92.fixture.js';
import { BLIND93_STATEMENT_ARTICLES } from '../../tests/understand/statement-blind93.fixture.js';
import { BLIND94_STATEMENT_ARTICLES } from '../../tests/understand/statement-blind94.fixture.js';
import { BLIND95_STATEMENT_ARTICLES } from '../../tests/understand/statement-blind95.fixture.js';
import { BLIND96_STATEMENT_ARTICLES } from '../../tests/understand/statement-blind96.fixture.js';
import { BLIND97_STATEMENT_ARTICLES } from '../../tests/understand/statement-blind97.fixture.js';
import { BLIND98_STATEMENT_ARTICLES } from '../../tests/understand/statement-blind98.fixture.js';
import { sameSpeaker } from './statements.js';

interface Tally {
  gold: number;
  found: number;
  right: number;
}

/** The statement sets by name: the scorer's flag is `--<name>` (none: `first`). */
export const STATEMENT_SETS: Readonly<Record<string, readonly BlindArticle[]>> = {
  first: BLIND_STATEMENT_ARTICLES,
  second: SECOND_BLIND_STATEMENT_ARTICLES,
  third: THIRD_BLIND_STATEMENT_ARTICLES,
  'held-back': HELD_BACK_STATEMENT_ARTICLES,
  'blind-2': BLIND2_STATEMENT_ARTICLES,
  'blind-3': BLIND3_STATEMENT_ARTICLES,
  'blind-4': BLIND4_STATEMENT_ARTICLES,
  'blind-6': BLIND6_STATEMENT_ARTICLES,
  'blind-7': BLIND7_STATEMENT_ARTICLES,
  'blind-8': BLIND8_STATEMENT_ARTICLES,
  'blind-9': BLIND9_STATEMENT_ARTICLES,
  'blind-27': BLIND27_STATEMENT_ARTICLES,
  'blind-28': BLIND28_STATEMENT_ARTICLES,
  'blind-29': BLIND29_STATEMENT_ARTICLES,
  'blind-30': BLIND30_STATEMENT_ARTICLES,
  'blind-31': BLIND31_STATEMENT_ARTICLES,
  'blind-32': BLIND32_STATEMENT_ARTICLES,
  'blind-33': BLIND33_STATEMENT_ARTICLES,
  'blind-34': BLIND34_STATEMENT_ARTICLES,
  'blind-35': BLIND35_STATEMENT_ARTICLES,
  'blind-36': BLIND36_STATEMENT_ARTICLES,
  'blind-37': BLIND37_STATEMENT_ARTICLES,
  'blind-38': BLIND38_STATEMENT_ARTICLES,
  'blind-39': BLIND39_STATEMENT_ARTICLES,
  'blind-40': BLIND40_STATEMENT_ARTICLES,
  'blind-41': BLIND41_STATEMENT_ARTICLES,
  'blind-42': BLIND42_STATEMENT_ARTICLES,
  'blind-43': BLIND43_STATEMENT_ARTICLES,
  'blind-44': BLIND44_STATEMENT_ARTICLES,
  'blind-45': BLIND45_STATEMENT_ARTICLES,
  'blind-46': BLIND46_STATEMENT_ARTICLES,
  'blind-47': BLIND47_STATEMENT_ARTICLES,
  'blind-48': BLIND48_STATEMENT_ARTICLES,
  'blind-49': BLIND49_STATEMENT_ARTICLES,
  'blind-50': BLIND50_STATEMENT_ARTICLES,
  'blind-51': BLIND51_STATEMENT_ARTICLES,
  'blind-52': BLIND52_STATEMENT_ARTICLES,
  'blind-53': BLIND53_STATEMENT_ARTICLES,
  'blind-54': BLIND54_STATEMENT_ARTICLES,
  'blind-55': BLIND55_STATEMENT_ARTICLES,
  'blind-56': BLIND56_STATEMENT_ARTICLES,
  'blind-57': BLIND57_STATEMENT_ARTICLES,
  'blind-58': BLIND58_STATEMENT_ARTICLES,
  'blind-59': BLIND59_STATEMENT_ARTICLES,
  'blind-60': BLIND60_STATEMENT_ARTICLES,
  'blind-61': BLIND61_STATEMENT_ARTICLES,
  'blind-62': BLIND62_STATEMENT_ARTICLES,
  'blind-63': BLIND63_STATEMENT_ARTICLES,
  'blind-64': BLIND64_STATEMENT_ARTICLES,
  'blind-65': BLIND65_STATEMENT_ARTICLES,
  'blind-66': BLIND66_STATEMENT_ARTICLES,
  'blind-67': BLIND67_STATEMENT_ARTICLES,
  'blind-68': BLIND68_STATEMENT_ARTICLES,
  'blind-69': BLIND69_STATEMENT_ARTICLES,
  'blind-70': BLIND70_STATEMENT_ARTICLES,
  'blind-71': BLIND71_STATEMENT_ARTICLES,
  'blind-72': BLIND72_STATEMENT_ARTICLES,
  'blind-73': BLIND73_STATEMENT_ARTICLES,
  'blind-74': BLIND74_STATEMENT_ARTICLES,
  'blind-75': BLIND75_STATEMENT_ARTICLES,
  'blind-76': BLIND76_STATEMENT_ARTICLES,
  'blind-77': BLIND77_STATEMENT_ARTICLES,
  'blind-78': BLIND78_STATEMENT_ARTICLES,
  'blind-79': BLIND79_STATEMENT_ARTICLES,
  'blind-80': BLIND80_STATEMENT_ARTICLES,
  'blind-81': BLIND81_STATEMENT_ARTICLES,
  'blind-82': BLIND82_STATEMENT_ARTICLES,
  'blind-83': BLIND83_STATEMENT_ARTICLES,
  'blind-84': BLIND84_STATEMENT_ARTICLES,
  'blind-85': BLIND85_STATEMENT_ARTICLES,
  'blind-86': BLIND86_STATEMENT_ARTICLES,
  'blind-87': BLIND87_STATEMENT_ARTICLES,
  'blind-88': BLIND88_STATEMENT_ARTICLES,
  'blind-89': BLIND89_STATEMENT_ARTICLES,
  'blind-90': BLIND90_STATEMENT_ARTICLES,
  'blind-91': BLIND91_STATEMENT_ARTICLES,
  'blind-92': BLIND92_STATEMENT_ARTICLES,
  'blind-93': BLIND93_STATEMENT_ARTICLES,
  'blind-94': BLIND94_STATEMENT_ARTICLES,
  'blind-95': BLIND95_STATEMENT_ARTICLES,
  'blind-96': BLIND96_STATEMENT_ARTICLES,
  'blind-97': BLIND97_STATEMENT_ARTICLES,
  'blind-98': BLIND98_STATEMENT_ARTICLES,
  'own-s10': OWN_S10_STATEMENT_ARTICLES,
  'own-s11': OWN_S11_STATEMENT_ARTICLES,
  'own-s11b': OWN_S11B_STATEMENT_ARTICLES,
  'own-s12': OWN_S12_STATEMENT_ARTICLES,
  'own-s13': OWN_S13_STATEMENT_ARTICLES,
  'own-s13b': OWN_S13B_STATEMENT_ARTICLES,
  'own-s13c': OWN_S13C_STATEMENT_ARTICLES,
  'own-s14': OWN_S14_STATEMENT_ARTICLES,
  'own-s14b': OWN_S14B_STATEMENT_ARTICLES,
  'own-s15': OWN_S15_STATEMENT_ARTICLES,
  'own-s16': OWN_S16_STATEMENT_ARTICLES,
  'own-cap': OWN_CAP_STATEMENT_ARTICLES,
  'own-s17': OWN_S17_STATEMENT_ARTICLES,
  'own-s17b': OWN_S17B_STATEMENT_ARTICLES,
  'own-s19': OWN_S19_STATEMENT_ARTICLES,
  'own-s19b': OWN_S19B_STATEMENT_ARTICLES,
  'own-s20': OWN_S20_STATEMENT_ARTICLES,
  'own-s22': OWN_S22_STATEMENT_ARTICLES,
  'own-s21': OWN_S21_STATEMENT_ARTICLES,
  'own-s23': OWN_S23_STATEMENT_ARTICLES,
  'own-s24': OWN_S24_STATEMENT_ARTICLES,
  'own-s27': OWN_S27_STATEMENT_ARTICLES,
  'own-s26': OWN_S26_STATEMENT_ARTICLES,
  'own-s28': OWN_S28_STATEMENT_ARTICLES,
  'own-s29': OWN_S29_STATEMENT_ARTICLES,
  'own-s30': OWN_S30_STATEMENT_ARTICLES,
  'own-s31': OWN_S31_STATEMENT_ARTICLES,
  'own-s32': OWN_S32_STATEMENT_ARTICLES,
  'own-s33': OWN_S33_STATEMENT_ARTICLES,
  'own-s34': OWN_S34_STATEMENT_ARTICLES,
  'own-s35': OWN_S35_STATEMENT_ARTICLES,
  'own-s36': OWN_S36_STATEMENT_ARTICLES,
  'own-s37': OWN_S37_STATEMENT_ARTICLES,
  'own-s39': OWN_S39_STATEMENT_ARTICLES,
  'own-s40': OWN_S40_STATEMENT_ARTICLES,
};

/** Scores one named set, or `articles` from a fixture file outside the repo (a set not yet seen: `--file`). */
export function scoreStatementPatterns(verbose = false, set = 'first', given?: readonly BlindArticle[]): void {
  const articles = given ?? STATEMENT_SETS[set] ?? BLIND_STATEMENT_ARTICLES;
  const total: Tally = { gold: 0, found: 0, right: 0 };
  const byKind = new Map<string, Tally>();
  const tally = (key: string): Tally => {
    const t = byKind.get(key) ?? { gold: 0, found: 0, right: 0 };
    byKind.set(key, t);
    return t;
  };
  const misses: string[] = [];
  const ownVoice: string[] = [];
  // /who-said with the first ten quoted words of each gold sentence with five or more, as written
  // and paraphrased (the third word left out, the first plural or past tense changed: "cuts" → "cut", "expected" → "expecting").
  const who = { asked: 0, right: 0, paraphrased: 0 };
  const whoMisses: string[] = [];
  // One record of all the set's articles, as /who-said would search it.
  const docs: Doc[] = articles.map((a) => {
    const view = docOf(a.body);
    const paragraphs = view.paragraphs.map((p) => ({ ...p, sentences: p.sentences.map((x) => ({ ...x, doc: a.name })) }));
    return { ...view, id: a.name, paragraphs, file: `${a.name}.txt`, title: null, published: null, source: null, url: null, dateline: null, text: a.body, bytes: a.body.length, hash: '' };
  });
  const corpus = corpusOf(docs, []);
  for (const article of articles) {
    const doc = docOf(article.body);
    for (const p of doc.paragraphs)
      for (const s of p.sentences) {
        const g = article.gold.find((x) => x.at === `${s.paragraph}.${s.sentence}`);
        const words = g ? quotedWords(s.text).slice(0, 10) : [];
        if (!g || words.length < 5) continue;
        const shorter = words.filter((_, i) => i !== 2);
        const inflected = shorter.findIndex((w) => /^[a-z]{3,}(?:s|ed)$/.test(w) && !/ss$/.test(w));
        const variant = shorter.map((w, i) => (i === inflected ? (w.endsWith('s') ? w.slice(0, -1) : `${w.slice(0, -2)}ing`) : w));
        for (const [q, key] of [[words, 'right'], [variant, 'paraphrased']] as const) {
          const first = whoSaidAnswer(corpus, q.join(' ')).results[0];
          if (first?.speaker && sameSpeaker(first.speaker.name, g.speaker)) who[key]++;
          else whoMisses.push(`${article.name} ${s.paragraph}.${s.sentence} ${key === 'right' ? 'as written' : 'paraphrased'} "${q.join(' ')}": gold ${g.speaker}, got ${first?.speaker?.name ?? '-'}`);
        }
        who.asked++;
      }
    const found = extractStatements(doc);
    const gold = new Map(article.gold.map((g) => [g.at, g]));
    for (const p of doc.paragraphs)
      for (const s of p.sentences) {
        const at = `${s.paragraph}.${s.sentence}`;
        const g = gold.get(at);
        const names = (found.get(sentenceKey(s)) ?? []).map((x) => x.speaker.name);
        const where = `${article.name} ${at}`;
        if (!g) {
          if (names.length > 0) ownVoice.push(`${where}: ${names.join(' | ')}`);
          continue;
        }
        const right = names.some((n) => sameSpeaker(n, g.speaker));
        for (const t of [total, tally(`cue ${g.cue}`), tally(`speaker ${g.who}`)]) {
          t.gold++;
          if (names.length > 0) t.found++;
          if (right) t.right++;
        }
        if (!right) misses.push(`${where} [${g.cue}/${g.who}] gold ${g.speaker}; found ${names.length ? names.join(' | ') : '-'}`);
      }
  }
  const pct = (a: number, b: number): string => (b === 0 ? 'n/a' : `${((100 * a) / b).toFixed(1)}%`);
  const line = (t: Tally): string => `found ${t.found}/${t.gold} ${pct(t.found, t.gold)}  right speaker ${t.right}/${t.gold} ${pct(t.right, t.gold)}`;
  console.log(`statement patterns${set === 'first' ? '' : ` (${set} set)`}: ${articles.length} articles, ${total.gold} gold statements`);
  console.log(line(total));
  for (const [k, t] of [...byKind].sort()) console.log(`  ${k.padEnd(22)} ${line(t)}`);
  console.log(`who-said first ten words: right speaker first ${who.right}/${who.asked} ${pct(who.right, who.asked)}, paraphrased ${who.paraphrased}/${who.asked} ${pct(who.paraphrased, who.asked)}`);
  // Without --verbose only totals are printed, so a set kept clean can be scored without its misses being read.
  if (verbose) for (const m of whoMisses) console.log(`  who-said ${m}`);
  console.log(`own voice given a speaker: ${ownVoice.length}`);
  if (verbose) for (const o of ownVoice) console.log(`  ${o}`);
  console.log(`misses: ${misses.length}`);
  if (verbose) for (const m of misses) console.log(`  ${m}`);
}

/** The quoted words of a sentence: after its first opening mark, or from its start when it continues a quote. */
function quotedWords(text: string): string[] {
  const open = /(?:^|[\s:,(])["“]\s*(?=\S)/u.exec(text);
  if (!open && !/["“”]/.test(text)) return [];
  const rest = text.slice(open ? open.index + open[0].length : 0);
  const close = rest.search(/["”]/);
  return (close >= 0 ? rest.slice(0, close) : rest).match(/[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu) ?? [];
}
