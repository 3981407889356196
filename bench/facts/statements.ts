/**
 * Scores the statement extractor and /who-said against the hand labels in
 * `bench/labels/statements.jsonl` (one line per MEANTIME dev article: each statement sentence by
 * its body offset `at`, with the speaker's name as the article gives it; `A|B` lists names that
 * are all right, e.g. "General Motors|GM"). Labels carry no text of the articles.
 *
 * What counts
 * - found: the labelled sentence carries at least one statement.
 * - right speaker: one of its statements has a speaker that `sameSpeaker` accepts.
 * - own voice: a sentence with a statement but no label (a claim of the article given a
 *   speaker); precision = labelled sentences with a statement / all sentences with one.
 * - who-said: for each labelled sentence with a direct quote of five words or more, the first
 *   ten words of the quote are asked of `/who-said` on a record of all labelled articles; right
 *   when the first result is that sentence's speaker.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { corpusOf } from '../../src/answer/build.js';
import { whoSaidAnswer } from '../../src/answer/whoSaid.js';
import { loadArticles, type Article, type LocatedSentence } from './meantime.js';

interface Label {
  readonly doc: string;
  readonly statements: readonly { readonly at: number; readonly speaker: string }[];
}

const LABELS = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'labels', 'statements.jsonl');

export function readLabels(file = LABELS): Label[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Label);
}

const norm = (s: string): string =>
  s
    .toLowerCase()
    .replace(/\s*['’]\s*/g, "'")
    .replace(/^the\s+/, '')
    .replace(/[.,]+$/, '')
    .replace(/\s+/g, ' ')
    .trim();

/** "acme's spokeswoman", "an acme spokesman" (normalised): the owner of an unnamed spokesperson. */
const SPOKESPERSON = /^(?:an?\s+)?(.+?)(?:'s)?\s+spokes(?:man|woman|person|men|women|people)$/;

/** Words that say a name is not a person's ("General Motors", "Federal Reserve"). */
const NOT_PERSON = /\b(?:inc|corp|corporation|company|motors|airlines|reserve|bank|banks|reports|times|news|world|computer|apple|ford|gm|sia|boeing|nasdaq|russia|reuters|chrysler|airbus|analysts|officials|executives|statistics|website|sites|insider|someone)\b/i;

const personLike = (name: string): boolean => /^\p{Lu}/u.test(name) && name.trim().split(/\s+/).length >= 2 && !NOT_PERSON.test(name);

/**
 * The rule: after folding case, a leading "the", spaces around apostrophes and a final period,
 * a system name is right when it equals a gold name, when it contains the gold name as whole
 * words ("Steve Jobs" in "Apple CEO Steve Jobs"), or, for a person, when its last word is the
 * gold name's last word (the surname: "Syafii Djamal" for "Jusman Syafii Djamal"). An unnamed
 * spokesperson of a body ("Acme's spokeswoman", "an Acme spokesman") is right for the body, as
 * the labels' rule has it (they list both: "spokeswoman|Northway").
 */
export function sameSpeaker(system: string, gold: string): boolean {
  const s = norm(system);
  // An unnamed spokesperson speaks for the body that has them: the labels take either ("spokeswoman|Northway").
  const owner = SPOKESPERSON.exec(s)?.[1];
  return gold.split('|').some((alt) => {
    const g = norm(alt);
    if (s === g || owner === g) return true;
    if (` ${s} `.includes(` ${g} `)) return true;
    if (!personLike(alt)) return false;
    const last = (x: string): string => x.split(' ').pop() ?? '';
    return last(s) === last(g);
  });
}

const CUE_WORD =
  /\b(?:said|says|say|saying|told|tells|tell|added|adds|adding|stated|states|stating|announced|announces|reported|reports|warned|warns|claims|claimed|insists|insisted|noted|noting|explained|confirmed|revealed|revealing|acknowledged|admitted|emphasized|stressed|mentioned|predicts|predicting|suggested|suggest|believed|commented|continued|described|called|praised|expressed|reads|recommended|concerned|point|pointed|enthused|spoke|quoted|expected|declined|calls?)\b/i;

/** The shape of a statement sentence, for misses by kind. */
export function kindOf(text: string): string {
  if (/\baccording to\b/i.test(text)) return 'according to';
  if (/:\s*["“]/.test(text)) return 'colon quote';
  const quote = /["“”]/.test(text);
  if (!CUE_WORD.test(text)) return quote ? 'continued quote' : 'continued (no marks)';
  return quote ? 'direct quote' : 'reported';
}

/** The quoted words of a sentence: after its first opening mark, or from its start when it continues a quote. */
function quotedWords(text: string): string[] {
  const open = /(?:^|[\s:,(])["“]\s*(?=\S)/u.exec(text);
  let from = open ? open.index + open[0].length : 0;
  if (!open && !/["“”]/.test(text)) return [];
  // A continuation sentence that starts with the previous quote's closing mark is not a quote.
  if (!open && /^\s*["”]/.test(text)) return [];
  if (open && text.slice(0, open.index).trim() === '' && open.index === 0) from = open[0].length;
  const rest = text.slice(from);
  const close = rest.search(/["”]/);
  const inner = close >= 0 ? rest.slice(0, close) : rest;
  return inner.match(/[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu) ?? [];
}

interface Tally {
  gold: number;
  found: number;
  right: number;
}

const pct = (a: number, b: number): string => (b === 0 ? '—' : `${((100 * a) / b).toFixed(1)}%`);

/** `labelsFile` scores another labels file of the same shape (new articles, before they join the set). */
export function scoreStatements(dir: string, verbose: boolean, labelsFile?: string): void {
  const labels = readLabels(labelsFile);
  const articles = loadArticles(dir, labels.map((l) => l.doc));
  const byKind = new Map<string, Tally>();
  const bySpeaker = new Map<string, Tally>();
  const all: Tally = { gold: 0, found: 0, right: 0 };
  let systemSentences = 0;
  let ownVoice = 0;
  const problems: string[] = [];
  const quotes: { article: Article; sentence: LocatedSentence; gold: string; words: string[] }[] = [];
  labels.forEach((label, i) => {
    const article = articles[i]!;
    const gold = new Map(label.statements.map((s) => [s.at, s.speaker]));
    for (const s of article.sentences) {
      if (s.at < 0) continue;
      const said = s.facts.statements;
      if (said.length) systemSentences++;
      const speaker = gold.get(s.at);
      if (speaker === undefined) {
        if (said.length) {
          ownVoice++;
          problems.push(`  own voice  ${article.id} @${s.at}: ${said.map((x) => x.speaker.name).join(', ')}`);
        }
        continue;
      }
      gold.delete(s.at);
      const kind = kindOf(s.text);
      const who = personLike(speaker.split('|')[0]!) ? 'person' : 'organisation/group/document';
      const found = said.length > 0;
      const right = said.some((x) => sameSpeaker(x.speaker.name, speaker));
      for (const t of [all, tallyOf(byKind, kind), tallyOf(bySpeaker, who)]) {
        t.gold++;
        if (found) t.found++;
        if (right) t.right++;
      }
      if (!right)
        problems.push(`  ${found ? 'wrong' : 'missed'} ${kind} ${article.id} @${s.at}: gold ${speaker}${found ? `, got ${said.map((x) => x.speaker.name).join(', ')}` : ''}`);
      const words = quotedWords(s.text);
      if (words.length >= 5) quotes.push({ article, sentence: s, gold: speaker, words: words.slice(0, 10) });
    }
    for (const at of gold.keys()) problems.push(`  label ${label.doc} @${at} names no sentence start`);
  });

  const corpus = corpusOf(
    articles.map((a) => a.doc),
    [],
  );
  let whoRight = 0;
  let whoParaphrased = 0;
  for (const q of quotes) {
    const answer = whoSaidAnswer(corpus, q.words.join(' '));
    const first = answer.results[0];
    const ok = first?.speaker !== undefined && sameSpeaker(first.speaker.name, q.gold);
    if (ok) whoRight++;
    else problems.push(`  who-said ${q.article.id} @${q.sentence.at}: gold ${q.gold}, got ${first?.speaker?.name ?? answer.status}`);
    // Paraphrased: the third word left out, the first plural or past tense changed ("cuts" → "cut", "expected" → "expecting").
    const shorter = q.words.filter((_, i) => i !== 2);
    const inflected = shorter.findIndex((w) => /^[a-z]{3,}(?:s|ed)$/.test(w) && !/ss$/.test(w));
    const variant = shorter.map((w, i) => (i === inflected ? (w.endsWith('s') ? w.slice(0, -1) : `${w.slice(0, -2)}ing`) : w));
    const second = whoSaidAnswer(corpus, variant.join(' ')).results[0];
    if (second?.speaker !== undefined && sameSpeaker(second.speaker.name, q.gold)) whoParaphrased++;
    else problems.push(`  who-said paraphrased ${q.article.id} @${q.sentence.at}: gold ${q.gold}, got ${second?.speaker?.name ?? '-'}`);
  }

  console.log(`statements: ${labels.length} articles, ${all.gold} gold statements`);
  console.log(`  found            ${all.found}/${all.gold} ${pct(all.found, all.gold)}`);
  console.log(`  right speaker    ${all.right}/${all.gold} ${pct(all.right, all.gold)}`);
  console.log(`  precision        ${systemSentences - ownVoice}/${systemSentences} ${pct(systemSentences - ownVoice, systemSentences)} (own-voice sentences given a speaker: ${ownVoice})`);
  console.log(`  who-said first ten words: right speaker first ${whoRight}/${quotes.length} ${pct(whoRight, quotes.length)}`);
  console.log(`  who-said paraphrased (a word left out, an inflection changed): right speaker first ${whoParaphrased}/${quotes.length} ${pct(whoParaphrased, quotes.length)}`);
  console.log('  by kind (found / right speaker):');
  for (const [k, t] of [...byKind, ...bySpeaker]) console.log(`    ${k.padEnd(28)} ${String(t.gold).padStart(4)}  ${pct(t.found, t.gold).padStart(6)}  ${pct(t.right, t.gold).padStart(6)}`);
  if (verbose) for (const p of problems) console.log(p);
}

function tallyOf(map: Map<string, Tally>, key: string): Tally {
  let t = map.get(key);
  if (!t) map.set(key, (t = { gold: 0, found: 0, right: 0 }));
  return t;
}
