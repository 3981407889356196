/**
 * Fuzzy lookup over the VOCABULARY, never over sentences: a bigram index proposes the words
 * within a few edits of a query word, a bounded Levenshtein distance (the measure fuse.js's bitap
 * counts errors in) confirms them.
 */

let rowA = new Int32Array(64);
let rowB = new Int32Array(64);

/**
 * Levenshtein distance of a and b, or `max + 1` as soon as it must exceed `max`. Only the band of
 * width 2·max+1 around the diagonal is computed, in two reused rows (this runs per candidate word
 * on every query).
 */
export function boundedLevenshtein(a: string, b: string, max: number): number {
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > max) return max + 1;
  if (a === b) return 0;
  if (rowA.length <= lb + 1) {
    rowA = new Int32Array(2 * (lb + 1));
    rowB = new Int32Array(2 * (lb + 1));
  }
  let prev = rowA;
  let cur = rowB;
  const big = max + 1;
  for (let j = 0; j <= lb; j++) prev[j] = j <= max ? j : big;
  for (let i = 1; i <= la; i++) {
    const lo = Math.max(1, i - max);
    const hi = Math.min(lb, i + max);
    cur[lo - 1] = lo - 1 === 0 ? (i <= max ? i : big) : big;
    let rowMin = cur[lo - 1] as number;
    const ca = a.charCodeAt(i - 1);
    for (let j = lo; j <= hi; j++) {
      const del = (prev[j] as number) + 1;
      const ins = (cur[j - 1] as number) + 1;
      const sub = (prev[j - 1] as number) + (ca === b.charCodeAt(j - 1) ? 0 : 1);
      let v = del < ins ? del : ins;
      if (sub < v) v = sub;
      if (v > big) v = big;
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (hi < lb) cur[hi + 1] = big;
    if (rowMin > max) return big;
    const t = prev;
    prev = cur;
    cur = t;
  }
  const d = prev[lb] as number;
  return d > max ? big : d;
}

/**
 * The record's words, searchable by edit distance without a scan: a bigram index over the
 * words (with ^ and $ padding) proposes candidates, a bounded Levenshtein confirms them. One edit
 * changes at most two bigrams, so a word within k edits shares at least (distinct bigrams − 2k)
 * of the query word's bigrams. Cheap to build (a few entries per word); a SymSpell deletion index
 * was tried first: its millions of keys made the 100,000-sentence build slower and larger.
 */
export class WordIndex {
  readonly words: string[] = [];
  readonly #ids = new Map<string, number>();
  /** Bigram → word length → ids: a lookup only counts words of a possible length. */
  readonly #grams = new Map<string, number[][]>();
  #byLength: number[][] = [];
  #sorted: string[] | null = null;
  #counts = new Uint16Array(1024);

  get size(): number {
    return this.words.length;
  }

  id(word: string): number | undefined {
    return this.#ids.get(word);
  }

  /** Adds a word (once); returns its id. */
  add(word: string): number {
    const known = this.#ids.get(word);
    if (known !== undefined) return known;
    const id = this.words.length;
    this.words.push(word);
    this.#ids.set(word, id);
    for (const g of bigrams(word)) {
      let byLength = this.#grams.get(g);
      if (!byLength) this.#grams.set(g, (byLength = []));
      (byLength[word.length] ??= []).push(id);
    }
    (this.#byLength[word.length] ??= []).push(id);
    this.#sorted = null;
    return id;
  }

  /** Every word within `max` edits of `word`, with its distance. */
  near(word: string, max: number, visit: (id: number, errors: number) => void): void {
    const grams = bigrams(word);
    const need = grams.size - 2 * max;
    if (need <= 0) {
      // Too short for the bigram filter to help: check the words of a similar length.
      for (let len = Math.max(0, word.length - max); len <= word.length + max; len++) {
        for (const id of this.#byLength[len] ?? []) this.#verify(word, id, max, visit);
      }
      return;
    }
    if (this.#counts.length < this.words.length) this.#counts = new Uint16Array(this.words.length * 2);
    const counts = this.#counts;
    const touched: number[] = [];
    const lo = Math.max(0, word.length - max);
    const hi = word.length + max;
    for (const g of grams) {
      const byLength = this.#grams.get(g);
      if (!byLength) continue;
      for (let len = lo; len <= hi && len < byLength.length; len++) {
        for (const id of byLength[len] ?? []) {
          if (counts[id] === 0) touched.push(id);
          counts[id] = (counts[id] as number) + 1;
        }
      }
    }
    for (const id of touched) {
      if ((counts[id] as number) >= need) this.#verify(word, id, max, visit);
      counts[id] = 0;
    }
  }

  #verify(word: string, id: number, max: number, visit: (id: number, errors: number) => void): void {
    const w = this.words[id] as string;
    if (Math.abs(w.length - word.length) > max) return;
    const errors = boundedLevenshtein(word, w, max);
    if (errors <= max) visit(id, errors);
  }

  /** Ids of the words starting with `prefix`, in alphabetical order. */
  withPrefix(prefix: string): number[] {
    this.#sorted ??= [...this.words].sort();
    const words = this.#sorted;
    let lo = 0;
    let hi = words.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((words[mid] as string) < prefix) lo = mid + 1;
      else hi = mid;
    }
    const out: number[] = [];
    for (let i = lo; i < words.length; i++) {
      const w = words[i] as string;
      if (!w.startsWith(prefix)) break;
      out.push(this.#ids.get(w) as number);
    }
    return out;
  }
}

function bigrams(word: string): Set<string> {
  const padded = `^${word}$`;
  const out = new Set<string>();
  for (let i = 0; i + 2 <= padded.length; i++) out.add(padded.slice(i, i + 2));
  return out;
}
