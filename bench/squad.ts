/**
 * What the question benches share: the SQuAD file's shape, a set read and built into records, the command-line
 * options, where the shared data sit, and qa-eval's answer check (`norm` / `contains`).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildCorpus } from '../src/answer/build.js';
import type { Corpus } from '../src/answer/corpus.js';
import { sentencesOf } from '../src/record/types.js';
import { createSearchIndex, type CreateOptions } from '../src/search/index.js';
import { analyzeDocument } from '../src/understand/analyze.js';

export interface Qa {
  id: string;
  question: string;
  is_impossible?: boolean;
  answers: { text: string }[];
}
export interface Article {
  title: string;
  paragraphs: { context: string; qas: Qa[] }[];
}
export interface Result {
  excerpt?: { text?: string; paragraph?: number; doc?: string };
}
export interface Reply {
  status: string;
  results?: Result[];
  suggestions?: Result[];
}

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const argv = process.argv.slice(2);
/** The value after `--name` on the command line, else `dflt`. */
export const opt = (name: string, dflt: string): string => {
  const i = argv.indexOf(name);
  return i >= 0 && argv[i + 1] !== undefined ? (argv[i + 1] as string) : dflt;
};
/** `--shared`, else the shared data beside the project, or two levels up from a worktree under wt/. */
export const sharedDir = (): string =>
  opt('--shared', [path.resolve(root, '..', 'shared', 'eval'), path.resolve(root, '..', '..', 'shared', 'eval')].find((d) => existsSync(d)) ?? path.resolve(root, '..', 'shared', 'eval'));

// The same folding as qa-eval's `norm`: quotes and dashes folded, lower case, spaces squeezed.
const FOLD: Record<string, string> = {
  '\u2018': "'", '\u2019': "'", '\u201A': "'", '\u201B': "'", '\u2032': "'", '`': "'", '\u00B4': "'",
  '\u201C': '"', '\u201D': '"', '\u201E': '"', '\u201F': '"', '\u2033': '"', '\u00AB': '"', '\u00BB': '"',
  '\u2010': '-', '\u2011': '-', '\u2012': '-', '\u2013': '-', '\u2014': '-', '\u2015': '-', '\u2212': '-',
};
export const norm = (s: string): string =>
  s
    .split('')
    .map((c) => {
      const f = FOLD[c] ?? c;
      const l = f.toLowerCase();
      return l.length === 1 ? l : f;
    })
    .join('')
    .replace(/[\s\u00A0]+/g, ' ')
    .trim();
/** Whether an excerpt holds the gold answer, as qa-eval decides it. */
export const contains = (text: string, gold: string): boolean => {
  const g = norm(gold);
  return g.length > 0 && norm(text).includes(g);
};

/**
 * Writes one SQuAD article as knowledge files, one per paragraph with the headline "<title> <n>"
 * (as qa-eval.mjs writes them), into `<tmp>/<set>/aNN`, and returns that folder.
 */
export function writeArticle(tmp: string, set: string, ai: number, art: Article): string {
  const dir = path.join(tmp, set, `a${String(ai).padStart(2, '0')}`);
  mkdirSync(dir, { recursive: true });
  const title = art.title.replace(/_/g, ' ');
  art.paragraphs.forEach((p, pi) => {
    writeFileSync(path.join(dir, `sq${String(ai).padStart(2, '0')}p${pi + 1}.txt`), ` date 2000-01-01 ${`${title} ${pi + 1}`.replace(/\s+/g, ' ').trim()}\n\n${p.context}`);
  });
  return dir;
}

/** The question sets the benches read, by name: dev (../shared, when present) and our own and tuned-on reader sets. */
export const QA_SETS: Record<string, string> = {
  dev: path.join(sharedDir(), 'squad2_dev40.json'),
  own: path.join(root, 'bench', 'qa-own', 'squad2_dev40.json'),
  blind2: path.join(root, 'bench', 'qa-blind2', 'squad2_dev40.json'),
  blind3: path.join(root, 'bench', 'qa-blind3', 'squad2_dev40.json'),
  blind4: path.join(root, 'bench', 'qa-blind4', 'squad2_dev40.json'),
  fresh: path.join(root, 'bench', 'qa-fresh', 'squad2_dev40.json'),
  blind6: path.join(root, 'bench', 'qa-blind6', 'squad2_dev40.json'),
  blind7: path.join(root, 'bench', 'qa-blind7', 'squad2_dev40.json'),
  blind8: path.join(root, 'bench', 'qa-blind8', 'squad2_dev40.json'),
  blind9: path.join(root, 'bench', 'qa-blind9', 'squad2_dev40.json'),
  /** Session 16: three sets written at the session's start by sessions that read no code (27, 28 read for round-2 kinds; 29 kept clean). */
  blind27: path.join(root, 'bench', 'qa-blind27', 'squad2_dev40.json'),
  blind28: path.join(root, 'bench', 'qa-blind28', 'squad2_dev40.json'),
  blind29: path.join(root, 'bench', 'qa-blind29', 'squad2_dev40.json'),
  blind30: path.join(root, 'bench', 'qa-blind30', 'squad2_dev40.json'),
  blind31: path.join(root, 'bench', 'qa-blind31', 'squad2_dev40.json'),
  blind32: path.join(root, 'bench', 'qa-blind32', 'squad2_dev40.json'),
  blind33: path.join(root, 'bench', 'qa-blind33', 'squad2_dev40.json'),
  blind34: path.join(root, 'bench', 'qa-blind34', 'squad2_dev40.json'),
  blind35: path.join(root, 'bench', 'qa-blind35', 'squad2_dev40.json'),
  blind36: path.join(root, 'bench', 'qa-blind36', 'squad2_dev40.json'),
  blind37: path.join(root, 'bench', 'qa-blind37', 'squad2_dev40.json'),
  blind38: path.join(root, 'bench', 'qa-blind38', 'squad2_dev40.json'),
  blind39: path.join(root, 'bench', 'qa-blind39', 'squad2_dev40.json'),
  blind40: path.join(root, 'bench', 'qa-blind40', 'squad2_dev40.json'),
  blind41: path.join(root, 'bench', 'qa-blind41', 'squad2_dev40.json'),
  blind42: path.join(root, 'bench', 'qa-blind42', 'squad2_dev40.json'),
  blind43: path.join(root, 'bench', 'qa-blind43', 'squad2_dev40.json'),
  blind44: path.join(root, 'bench', 'qa-blind44', 'squad2_dev40.json'),
  blind45: path.join(root, 'bench', 'qa-blind45', 'squad2_dev40.json'),
  blind46: path.join(root, 'bench', 'qa-blind46', 'squad2_dev40.json'),
  blind47: path.join(root, 'bench', 'qa-blind47', 'squad2_dev40.json'),
  blind48: path.join(root, 'bench', 'qa-blind48', 'squad2_dev40.json'),
  blind49: path.join(root, 'bench', 'qa-blind49', 'squad2_dev40.json'),
  blind50: path.join(root, 'bench', 'qa-blind50', 'squad2_dev40.json'),
  blind51: path.join(root, 'bench', 'qa-blind51', 'squad2_dev40.json'),
  blind52: path.join(root, 'bench', 'qa-blind52', 'squad2_dev40.json'),
  blind53: path.join(root, 'bench', 'qa-blind53', 'squad2_dev40.json'),
  blind54: path.join(root, 'bench', 'qa-blind54', 'squad2_dev40.json'),
  blind55: path.join(root, 'bench', 'qa-blind55', 'squad2_dev40.json'),
  blind56: path.join(root, 'bench', 'qa-blind56', 'squad2_dev40.json'),
  blind57: path.join(root, 'bench', 'qa-blind57', 'squad2_dev40.json'),
  blind58: path.join(root, 'bench', 'qa-blind58', 'squad2_dev40.json'),
  blind59: path.join(root, 'bench', 'qa-blind59', 'squad2_dev40.json'),
  blind60: path.join(root, 'bench', 'qa-blind60', 'squad2_dev40.json'),
  blind61: path.join(root, 'bench', 'qa-blind61', 'squad2_dev40.json'),
  blind62: path.join(root, 'bench', 'qa-blind62', 'squad2_dev40.json'),
  blind63: path.join(root, 'bench', 'qa-blind63', 'squad2_dev40.json'),
  blind64: path.join(root, 'bench', 'qa-blind64', 'squad2_dev40.json'),
  blind65: path.join(root, 'bench', 'qa-blind65', 'squad2_dev40.json'),
  blind66: path.join(root, 'bench', 'qa-blind66', 'squad2_dev40.json'),
  blind67: path.join(root, 'bench', 'qa-blind67', 'squad2_dev40.json'),
  blind68: path.join(root, 'bench', 'qa-blind68', 'squad2_dev40.json'),
  blind69: path.join(root, 'bench', 'qa-blind69', 'squad2_dev40.json'),
  blind70: path.join(root, 'bench', 'qa-blind70', 'squad2_dev40.json'),
  blind71: path.join(root, 'bench', 'qa-blind71', 'squad2_dev40.json'),
  blind72: path.join(root, 'bench', 'qa-blind72', 'squad2_dev40.json'),
  blind73: path.join(root, 'bench', 'qa-blind73', 'squad2_dev40.json'),
  blind74: path.join(root, 'bench', 'qa-blind74', 'squad2_dev40.json'),
  blind75: path.join(root, 'bench', 'qa-blind75', 'squad2_dev40.json'),
  blind76: path.join(root, 'bench', 'qa-blind76', 'squad2_dev40.json'),
  blind77: path.join(root, 'bench', 'qa-blind77', 'squad2_dev40.json'),
  blind78: path.join(root, 'bench', 'qa-blind78', 'squad2_dev40.json'),
  blind79: path.join(root, 'bench', 'qa-blind79', 'squad2_dev40.json'),
  blind80: path.join(root, 'bench', 'qa-blind80', 'squad2_dev40.json'),
  blind81: path.join(root, 'bench', 'qa-blind81', 'squad2_dev40.json'),
  blind82: path.join(root, 'bench', 'qa-blind82', 'squad2_dev40.json'),
  blind83: path.join(root, 'bench', 'qa-blind83', 'squad2_dev40.json'),
  blind84: path.join(root, 'bench', 'qa-blind84', 'squad2_dev40.json'),
  blind85: path.join(root, 'bench', 'qa-blind85', 'squad2_dev40.json'),
  blind86: path.join(root, 'bench', 'qa-blind86', 'squad2_dev40.json'),
  blind87: path.join(root, 'bench', 'qa-blind87', 'squad2_dev40.json'),
  blind88: path.join(root, 'bench', 'qa-blind88', 'squad2_dev40.json'),
  blind89: path.join(root, 'bench', 'qa-blind89', 'squad2_dev40.json'),
  blind90: path.join(root, 'bench', 'qa-blind90', 'squad2_dev40.json'),
  blind91: path.join(root, 'bench', 'qa-blind91', 'squad2_dev40.json'),
  blind92: path.join(root, 'bench', 'qa-blind92', 'squad2_dev40.json'),
  blind93: path.join(root, 'bench', 'qa-blind93', 'squad2_dev40.json'),
  blind94: path.join(root, 'bench', 'qa-blind94', 'squad2_dev40.json'),
  blind95: path.join(root, 'bench', 'qa-blind95', 'squad2_dev40.json'),
  blind96: path.join(root, 'bench', 'qa-blind96', 'squad2_dev40.json'),
  blind97: path.join(root, 'bench', 'qa-blind97', 'squad2_dev40.json'),
  blind98: path.join(root, 'bench', 'qa-blind98', 'squad2_dev40.json'),
  fresh9: path.join(root, 'bench', 'qa-fresh9', 'squad2_dev40.json'),
  fresh10: path.join(root, 'bench', 'qa-fresh10', 'squad2_dev40.json'),
  fresh11: path.join(root, 'bench', 'qa-fresh11', 'squad2_dev40.json'),
  fresh12: path.join(root, 'bench', 'qa-fresh12', 'squad2_dev40.json'),
  /** Session 12, q19: finer answer types (frequency, duration, money, weight, weekday, months, counts, reasons), our own fixture. */
  types: path.join(root, 'tests', 'fixtures', 'qa-types', 'squad2_dev40.json'),
  /** Session 13, q22: questions in other words than the record (derivation, hypernyms, parts, attributes), our own fixture. */
  paraphrase: path.join(root, 'tests', 'fixtures', 'qa-paraphrase', 'squad2_dev40.json'),
  /** Session 14, q23: role nouns and verbs, adjectives and nouns, kinds of an asked noun, counts and near misses, our own fixture. */
  rolenouns: path.join(root, 'tests', 'fixtures', 'qa-rolenouns', 'squad2_dev40.json'),
  /** Session 14, q24: measures by their verb (heavy ~ weigh), duration of an act, blame ~ cause, successor, named, paid for, kill ~ die, record crowd, material, built ~ constructed; our own fixture. */
  kinds24: path.join(root, 'tests', 'fixtures', 'qa-kinds24', 'squad2_dev40.json'),
  /** Session 15, q25: phrasal verbs and verb synonyms (shut, planned, studied, mistook, cut off, founded, commissioned, under), adjectives/nouns (modern, dead heat, women, busiest), pronoun subjects, a year + a description, why; our own fixture. */
  kinds25: path.join(root, 'tests', 'fixtures', 'qa-kinds25', 'squad2_dev40.json'),
  /** Session 15, q26: earlier deeds (had built ~ made), make to survive ~ kept alive by making, age from a number word, put up a prize ~ offered, owns now ~ bought, trade ~ former role, named after, renamed, came to an end ~ wrecked, established ~ founded (not a sub-body's), harmed ~ damage, best score ~ highest, title of a manual; our own fixture. */
  kinds26: path.join(root, 'tests', 'fixtures', 'qa-kinds26', 'squad2_dev40.json'),
  /** Session 16, q29: the words readers use instead (produced ~ made, height ~ peak, warning ~ notice, profession/job ~ a worker noun, pass to ~ left to), our own writing. */
  q29: path.join(root, 'bench', 'qa-q29', 'squad2_dev40.json'),
  /** Session 16, q30: the reader's word for the sentence's word (workforce/workers ~ employs, extraction ~ mining, manages ~ run by, in business since ~ founded, pay each month ~ costs a month, open to traffic ~ opened, took its place ~ replaced by, bringing back ~ a revival, how long used ~ since at least, busiest/height ~ peak), our own writing. */
  q30: path.join(root, 'bench', 'qa-q30', 'squad2_dev40.json'),
  /** Session 17, q32: relations two WordNet steps away (manages ~ run by, workforce ~ employs, looks after ~ maintained by, fetch ~ sold for, shut ~ closed, operates ~ worked by, fixes ~ repaired, funded ~ paid for), our own writing. */
  q32: path.join(root, 'bench', 'qa-q32', 'squad2_dev40.json'),
  /** Session 17, q31: a document's heading line against a body sentence (a heading's counter is no count), and a sentence naming the story's subject only as "It" / "The company" / "The canal" (it borrows the subject of the sentence that names it), our own writing. */
  q31: path.join(root, 'bench', 'qa-q31', 'squad2_dev40.json'),
  /** Session 18, q33: who did it, asked of a sentence naming the doer after "by" (set up ~ founded by, put a roof over ~ roofed by, runs ~ operated by, conducted ~ led by), beside an opening sentence that only names the thing; our own writing. */
  q33: path.join(root, 'bench', 'qa-q33', 'squad2_dev40.json'),
  /** Session 18, q34: "which X" answered by a kind of X (metals, countries, vegetables, birds), "Name a X", a hedged "Roughly how large/many", a body's size as a count of its people; our own writing. */
  q34: path.join(root, 'bench', 'qa-q34', 'squad2_dev40.json'),
  /** Session 19, q35: a noun whose occupation sense is rare asks for no trade ("What sort of pottery …"), a phrasal verb through its verb's synonym (hand back ~ give back ~ return), and the kinds left (founded ~ set going, firm ~ company, look like ~ compared to, pay ~ free of charge, respond to ~ attended, seen ~ kept); our own writing. */
  q35: path.join(root, 'bench', 'qa-q35', 'squad2_dev40.json'),
  /** Session 19, q36: counts asked with another noun (animals ~ goats, stallholders ~ traders, hold ~ capacity, hit ~ affected), measures and times in other words (altitude, staffed months, usual climb time, opening hour, market days), who runs / started it and what the founder did before, a kind of the asked noun (varieties of apple, a fruit to grow next); our own writing. */
  q36: path.join(root, 'bench', 'qa-q36', 'squad2_dev40.json'),
  /** Session 20, q37: a light verb's doer (started ~ founded by, begun by), a question's word the record never writes by a kind of it it does (valley ~ glen, hollow; beds ~ bunks), and the kinds left (at the start ~ initially, burn ~ fuelled by, runs now ~ managing director, drop off ~ fell); our own writing. */
  q37: path.join(root, 'bench', 'qa-q37', 'squad2_dev40.json'),
  /** Session 20, q38: who runs a place asked of the post its holder is named by (runs ~ manager, heads ~ director: WordNet's more general act of a verb.social sense and its doer), and a "how many" question refused where no sentence counts anything; our own writing. */
  q38: path.join(root, 'bench', 'qa-q38', 'squad2_dev40.json'),
  /** Session 21, q39: a question's word the record writes as a phrasal verb (founded ~ "set up", erected ~ "put up", removed ~ "taken out", shut ~ "closed down"), a founder's former job in a sentence opening "It was set up by …", and a body's people counted by its act (staff ~ employs); our own writing. */
  q39: path.join(root, 'bench', 'qa-q39', 'squad2_dev40.json'),
  /** Session 21, q40: a kind of a word the record never writes, written as the next noun's modifier ("a folk dance" is no count of people; "the bunk room" no bed), and the paraphrases left (blaze ~ fire, in the hands of ~ owns); our own writing. */
  q40: path.join(root, 'bench', 'qa-q40', 'squad2_dev40.json'),
};

/** A question set's articles, or null (with a line saying so) when its file is absent (the dev set without ../shared). */
export function setArticles(set: string, file: string | undefined): Article[] | null {
  if (file === undefined || !existsSync(file)) {
    console.log(`${set}: skipped (no ${file ?? 'such set'})`);
    return null;
  }
  return (JSON.parse(readFileSync(file, 'utf8')) as { data: Article[] }).data;
}

/** One article as a record of its own, indexed with `options`, and its answerable and unanswerable questions (qa-sets.ts, qa-why.ts). */
export async function articleCorpus(tmp: string, set: string, ai: number, art: Article, options: CreateOptions): Promise<{ corpus: Corpus; answerable: Qa[]; impossible: Qa[] }> {
  const built = await buildCorpus(writeArticle(tmp, set, ai, art), { analyze: analyzeDocument });
  const corpus: Corpus = { ...built, index: createSearchIndex(built.docs.flatMap((d) => sentencesOf(d)), options) };
  return { corpus, answerable: art.paragraphs.flatMap((p) => p.qas.filter((q) => !q.is_impossible)), impossible: art.paragraphs.flatMap((p) => p.qas.filter((q) => q.is_impossible)) };
}
