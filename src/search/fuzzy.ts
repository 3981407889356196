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
 * Whether b is a with two neighbouring letters swapped ("tuscon" for "tucson"): one slip of the
 * fingers, which Levenshtein distance (and fuse.js's bitap) counts as two edits.
 */
export function isTransposition(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  if (i + 1 >= a.length || a[i] !== b[i + 1] || a[i + 1] !== b[i]) return false;
  return a.slice(i + 2) === b.slice(i + 2);
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
  /** Per word id: the letters it holds, one bit each (see `letterMask`). */
  #masks = new Int32Array(1024);
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
    if (id >= this.#masks.length) {
      const grown = new Int32Array(this.#masks.length * 2);
      grown.set(this.#masks);
      this.#masks = grown;
    }
    this.#masks[id] = letterMask(word);
    return id;
  }

  /**
   * Every word within `max` edits of `word`, with its distance. Two filters decide which words
   * are looked at, whichever walks fewer postings:
   *  - counting: a word within `max` edits shares at least `need` = (distinct bigrams − 2·max) of
   *    the query word's bigrams, so it holds one of any 2·max + 1 of them: the postings of the
   *    2·max + 1 rarest are walked, the commoner ones ("in", "^s", "er" start thousands of words)
   *    checked on those candidates alone;
   *  - pigeonhole: an edit breaks at most one of several bigrams that share no letter, so a word
   *    within `max` edits holds one of any max + 1 non-overlapping bigrams of the query word: the
   *    postings of the cheapest such set are walked (fewer lists; what a long word with three
   *    typos, or with no neighbour at all, needs).
   * The survivors are confirmed by edit distance.
   */
  near(word: string, max: number, visit: (id: number, errors: number) => void): void {
    const grams = [...bigrams(word)];
    const mask = letterMask(word);
    const need = grams.length - 2 * max;
    if (need <= 0) {
      // Too short for the bigram filter to help: check the words of a similar length.
      for (let len = Math.max(0, word.length - max); len <= word.length + max; len++) {
        for (const id of this.#byLength[len] ?? []) this.#verify(word, mask, id, max, visit);
      }
      return;
    }
    if (this.#counts.length < this.words.length) this.#counts = new Uint16Array(this.words.length * 2);
    const counts = this.#counts;
    const lo = Math.max(0, word.length - max);
    const hi = word.length + max;
    const sized = grams.map((g) => {
      const byLength = this.#grams.get(g);
      let size = 0;
      if (byLength) for (let len = lo; len <= hi && len < byLength.length; len++) size += byLength[len]?.length ?? 0;
      return { g, byLength, size };
    });
    const disjoint = this.#disjointProbe(word, max, lo, hi);
    const byRarity = [...sized].sort((a, b) => a.size - b.size);
    const probe = byRarity.length - need + 1;
    let probeCost = 0;
    for (let i = 0; i < probe; i++) probeCost += (byRarity[i] as { size: number }).size;
    if (disjoint && disjoint.cost < probeCost) {
      const touched: number[] = [];
      for (const byLength of disjoint.lists) {
        for (let len = lo; len <= hi && len < byLength.length; len++) {
          for (const id of byLength[len] ?? []) {
            if (counts[id] !== 0) continue;
            counts[id] = 1;
            touched.push(id);
          }
        }
      }
      for (const id of touched) {
        counts[id] = 0;
        this.#verify(word, mask, id, max, visit);
      }
      return;
    }
    const touched: number[] = [];
    for (let i = 0; i < probe; i++) {
      const byLength = (byRarity[i] as { byLength: number[][] | undefined }).byLength;
      if (!byLength) continue;
      for (let len = lo; len <= hi && len < byLength.length; len++) {
        for (const id of byLength[len] ?? []) {
          if (counts[id] === 0) touched.push(id);
          counts[id] = (counts[id] as number) + 1;
        }
      }
    }
    for (const id of touched) {
      let shared = counts[id] as number;
      counts[id] = 0;
      const w = this.words[id] as string;
      for (let i = probe; i < byRarity.length && shared < need && shared + byRarity.length - i >= need; i++) {
        if (holdsBigram(w, (byRarity[i] as { g: string }).g)) shared++;
      }
      if (shared >= need) this.#verify(word, mask, id, max, visit);
    }
  }

  /**
   * The cheapest `max` + 1 bigrams of `^word$` that share no letter (positions at least two
   * apart), with the number of postings they hold for lengths lo..hi; null when the word is too
   * short to hold that many.
   */
  #disjointProbe(word: string, max: number, lo: number, hi: number): { cost: number; lists: number[][][] } | null {
    const padded = `^${word}$`;
    const n = padded.length - 1;
    const pick = max + 1;
    if (n < 2 * pick - 1) return null;
    const lists: (number[][] | undefined)[] = [];
    const size: number[] = [];
    for (let p = 0; p < n; p++) {
      const byLength = this.#grams.get(padded.slice(p, p + 2));
      let s = 0;
      if (byLength) for (let len = lo; len <= hi && len < byLength.length; len++) s += byLength[len]?.length ?? 0;
      lists.push(byLength);
      size.push(s);
    }
    // best[i][j]: least cost of j positions among the first i, none adjacent.
    const best: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(pick + 1).fill(Infinity));
    for (let i = 0; i <= n; i++) (best[i] as number[])[0] = 0;
    for (let i = 1; i <= n; i++) {
      for (let j = 1; j <= pick; j++) {
        const skip = (best[i - 1] as number[])[j] as number;
        const take = ((best[Math.max(0, i - 2)] as number[])[j - 1] as number) + (size[i - 1] as number);
        (best[i] as number[])[j] = Math.min(skip, take);
      }
    }
    const cost = (best[n] as number[])[pick] as number;
    if (!Number.isFinite(cost)) return null;
    const chosen: number[][][] = [];
    for (let i = n, j = pick; j > 0; ) {
      if ((best[i - 1] as number[])[j] === (best[i] as number[])[j]) i--;
      else {
        const list = lists[i - 1];
        if (list) chosen.push(list);
        i -= 2;
        j--;
      }
    }
    return { cost, lists: chosen };
  }

  #verify(word: string, mask: number, id: number, max: number, visit: (id: number, errors: number) => void): void {
    // Each letter one word holds and the other lacks costs an edit of its own: a cheap lower
    // bound that spares most of the edit distances when `max` is 3. It reads a flat array, so it
    // goes first: the word's string is a cache miss of its own (a third of a question's time in
    // typo lookup at a million sentences, where the bigram lists hold thousands of words).
    const other = this.#masks[id] as number;
    if (popcount(mask & ~other) > max || popcount(other & ~mask) > max) return;
    const w = this.words[id] as string;
    if (Math.abs(w.length - word.length) > max) return;
    const errors = boundedLevenshtein(word, w, max);
    if (errors <= max) visit(id, errors);
  }
}

/** The letters of a word as bits: a–z one each, any other character in one of six buckets. */
function letterMask(word: string): number {
  let mask = 0;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    mask |= 1 << (c >= 97 && c <= 122 ? c - 97 : 26 + (c % 6));
  }
  return mask;
}

function popcount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (((x + (x >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

/** Whether `word` holds `gram` among the bigrams of `^word$`. */
function holdsBigram(word: string, gram: string): boolean {
  if (gram.charCodeAt(0) === 94 /* ^ */) return word.length > 0 ? word.charCodeAt(0) === gram.charCodeAt(1) : gram === '^$';
  if (gram.charCodeAt(1) === 36 /* $ */) return word.length > 0 && word.charCodeAt(word.length - 1) === gram.charCodeAt(0);
  return word.includes(gram);
}

function bigrams(word: string): Set<string> {
  const padded = `^${word}$`;
  const out = new Set<string>();
  for (let i = 0; i + 2 <= padded.length; i++) out.add(padded.slice(i, i + 2));
  return out;
}
