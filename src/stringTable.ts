/**
 * A read-only lookup from a word to a number for keys that already stand in one long string (a
 * dictionary's index file, a word list): an open-addressing hash table of typed arrays over the
 * keys' spans of that string, instead of a `Map` with a string object per key. For 150,000
 * WordNet lemmas or 50,000 word-vector words that is a few hundred kilobytes of typed arrays
 * where a `Map` and its keys took megabytes of heap, looked up about as fast.
 */
export interface StringTable {
  /** The value of a key, or -1. */
  get(key: string): number;
  /** Number of distinct keys. */
  readonly size: number;
}

/** FNV-1a over UTF-16 code units of `text[start, end)`. */
function hashSpan(text: string, start: number, end: number): number {
  let h = 0x811c9dc5;
  for (let i = start; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/**
 * Builds a table of `count` keys, key i being `text.slice(starts[i], ends[i])` with value
 * `values[i]` (≥ 0). A key given twice keeps its first value (`keep: 'first'`) or its last
 * (`'last'`), as `Map` would with `has || set` or with `set`.
 */
export function stringTable(text: string, starts: Int32Array, ends: Int32Array, values: Int32Array, keep: 'first' | 'last'): StringTable {
  const count = starts.length;
  let capacity = 16;
  while (capacity < count * 2) capacity *= 2;
  const mask = capacity - 1;
  /** Key id + 1 per slot; 0: empty. */
  const slots = new Int32Array(capacity);
  let size = 0;
  const sameSpan = (k: number, start: number, end: number): boolean => {
    const s = starts[k] as number;
    const length = (ends[k] as number) - s;
    if (length !== end - start) return false;
    for (let i = 0; i < length; i++) if (text.charCodeAt(s + i) !== text.charCodeAt(start + i)) return false;
    return true;
  };
  for (let k = 0; k < count; k++) {
    const start = starts[k] as number;
    const end = ends[k] as number;
    let slot = hashSpan(text, start, end) & mask;
    for (;;) {
      const at = slots[slot] as number;
      if (at === 0) {
        slots[slot] = k + 1;
        size++;
        break;
      }
      if (sameSpan(at - 1, start, end)) {
        if (keep === 'last') slots[slot] = k + 1;
        break;
      }
      slot = (slot + 1) & mask;
    }
  }
  return {
    size,
    get(key: string): number {
      let slot = hashSpan(key, 0, key.length) & mask;
      for (;;) {
        const at = slots[slot] as number;
        if (at === 0) return -1;
        const k = at - 1;
        const s = starts[k] as number;
        if ((ends[k] as number) - s === key.length) {
          let same = true;
          for (let i = 0; i < key.length; i++) {
            if (text.charCodeAt(s + i) !== key.charCodeAt(i)) {
              same = false;
              break;
            }
          }
          if (same) return values[k] as number;
        }
        slot = (slot + 1) & mask;
      }
    },
  };
}
