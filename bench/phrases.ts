/**
 * `npx tsx bench/phrases.ts [--sentences 40000] [--phrases 400] [--shared DIR]`
 *
 * Does a phrase copied from a sentence find that sentence first? For each record, phrases of 3–6
 * consecutive words (as written, stop words and punctuation between them included) are copied
 * from random sentences (seeded), and searched as typed and with one typo in one word of four
 * letters or more (substitution, deletion, insertion or transposition). Reported per record:
 *  - `source first`: the top hit is the very sentence the phrase was copied from;
 *  - `a holder first`: the top hit holds the same words in the same order (a phrase such as
 *    "said on Tuesday" stands in many sentences; any of them is a right answer);
 *  - `not found`: no hit at all.
 * Records: the generated news-like record (`generate.ts`) at `--sentences`, and, when the shared
 * evaluation data is present (`../shared/eval`, or `--shared DIR`), real text: the MEANTIME news
 * articles and the SQuAD development paragraphs together. Nothing from it is kept.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseDocument } from '../src/record/parse.js';
import { sentencesOf, type Sentence } from '../src/record/types.js';
import { createSearchIndex } from '../src/search/index.js';
import { fold, WORD } from '../src/search/text.js';
import { generateRecord, rng, type Rng } from './generate.js';
import { typo } from './queries.js';

interface Args {
  sentences: number;
  phrases: number;
  shared: string | null;
}

function parseArgs(argv: readonly string[]): Args {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  const args: Args = { sentences: 40_000, phrases: 400, shared: path.resolve(root, '..', 'shared', 'eval') };
  for (let i = 0; i + 1 < argv.length; i += 2) {
    const [k, v] = [argv[i], argv[i + 1] as string];
    if (k === '--sentences') args.sentences = Number(v);
    else if (k === '--phrases') args.phrases = Number(v);
    else if (k === '--shared') args.shared = v;
  }
  return args;
}

function docOf(id: string, raw: string): Sentence[] {
  const parsed = parseDocument(Buffer.from(raw, 'utf8'), { id, file: `${id}.txt` });
  if (!parsed.ok) throw new Error(`${id}: ${parsed.problem.reason}`);
  return sentencesOf(parsed.doc);
}

function generated(total: number): Sentence[] {
  return generateRecord(total).files.flatMap((f) => docOf(f.id, f.raw.toString('utf8')));
}

/** MEANTIME articles and SQuAD paragraphs, each a document of its own; null without the data. */
function realText(dir: string | null): Sentence[] | null {
  if (!dir || !existsSync(path.join(dir, 'meantime_en_timex.json'))) return null;
  const out: Sentence[] = [];
  const meantime = JSON.parse(readFileSync(path.join(dir, 'meantime_en_timex.json'), 'utf8')) as { doc_id: string; title?: string; text: string }[];
  for (const a of meantime) out.push(...docOf(a.doc_id, ` date 2000-01-01 ${(a.title ?? a.doc_id).replace(/\s+/g, ' ')}\n\n${a.text.trimStart()}`));
  const squadFile = path.join(dir, 'squad2_dev40.json');
  if (existsSync(squadFile)) {
    const squad = JSON.parse(readFileSync(squadFile, 'utf8')) as { data: { title: string; paragraphs: { context: string }[] }[] };
    squad.data.forEach((art, ai) =>
      art.paragraphs.forEach((p, pi) => out.push(...docOf(`sq${ai}p${pi}`, ` date 2000-01-01 ${art.title.replace(/_/g, ' ')} ${pi + 1}\n\n${p.context}`))),
    );
  }
  return out;
}

interface Phrase {
  readonly text: string;
  readonly source: Sentence;
  /** The phrase's words, folded: a sentence holding them in order holds the phrase. */
  readonly words: string;
}

const foldedWords = (text: string): string => [...text.matchAll(WORD)].map((m) => fold(m[0])).join(' ');

/** A run of 3–6 consecutive words of a random sentence, cut from its text as written. */
function phrases(r: Rng, sentences: readonly Sentence[], n: number): Phrase[] {
  const out: Phrase[] = [];
  while (out.length < n) {
    const s = sentences[Math.floor(r() * sentences.length)] as Sentence;
    const words = [...s.text.matchAll(WORD)];
    const len = 3 + Math.floor(r() * 4);
    if (words.length < len) continue;
    const at = Math.floor(r() * (words.length - len + 1));
    const first = words[at] as RegExpMatchArray;
    const last = words[at + len - 1] as RegExpMatchArray;
    const text = s.text.slice(first.index, (last.index as number) + last[0].length);
    out.push({ text, source: s, words: foldedWords(text) });
  }
  return out;
}

/** The phrase with one typo in one of its words of four letters or more (unchanged if none). */
function withTypo(r: Rng, p: Phrase): string {
  const words = [...p.text.matchAll(WORD)].filter((m) => m[0].length >= 4);
  if (words.length === 0) return p.text;
  const m = words[Math.floor(r() * words.length)] as RegExpMatchArray;
  return p.text.slice(0, m.index) + typo(r, m[0]) + p.text.slice((m.index as number) + m[0].length);
}

function measure(name: string, sentences: readonly Sentence[], count: number): void {
  const t0 = performance.now();
  const index = createSearchIndex(sentences);
  const built = performance.now() - t0;
  const r = rng(7);
  const ps = phrases(r, sentences, count);
  for (const [label, typed] of [
    ['as copied', (p: Phrase) => p.text],
    ['one typo', (p: Phrase) => withTypo(r, p)],
  ] as const) {
    let source = 0;
    let holder = 0;
    let none = 0;
    const times: number[] = [];
    const misses: string[] = [];
    for (const p of ps) {
      const t = performance.now();
      const o = index.search(typed(p), { limit: 1 });
      times.push(performance.now() - t);
      const top = o.hits[0];
      if (!top) none++;
      if (top?.sentence === p.source) source++;
      if (top && (top.sentence === p.source || ` ${foldedWords(top.sentence.text)} `.includes(` ${p.words} `))) holder++;
      else if (misses.length < 5) misses.push(`    ${JSON.stringify(typed(p))} → ${top ? JSON.stringify(top.sentence.text.slice(0, 90)) : 'not found'}`);
    }
    times.sort((a, b) => a - b);
    const pct = (x: number): string => `${((100 * x) / ps.length).toFixed(1)} %`;
    console.log(
      `${name}, ${label}: source first ${pct(source)}, a holder first ${pct(holder)}, not found ${pct(none)} ` +
        `(${ps.length} phrases; p50 ${(times[times.length >> 1] ?? 0).toFixed(2)} ms)`,
    );
    for (const m of misses) console.log(m);
  }
  console.log(`  (${sentences.length} sentences, index built in ${(built / 1000).toFixed(1)} s)`);
}

function main(): void {
  const args = parseArgs(process.argv.slice(2));
  measure(`generated record`, generated(args.sentences), args.phrases);
  const real = realText(args.shared);
  if (real) measure('real text (MEANTIME news + SQuAD paragraphs)', real, args.phrases);
  else console.log('real text: the shared evaluation data is not here (../shared/eval); skipped.');
}

main();
