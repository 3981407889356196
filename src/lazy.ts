/**
 * Gives `target` an enumerable property `key` whose value `compute` makes on first read and which
 * then stays that value. Answers carry up to fifty hits and excerpts but show one page of them:
 * what only a shown result needs (the matched words' ranges) is worked out when it is read.
 */
export function lazyProperty<T extends object, K extends string, V>(target: T, key: K, compute: () => V): T & { readonly [P in K]: V } {
  Object.defineProperty(target, key, {
    enumerable: true,
    configurable: true,
    get(this: T): V {
      const value = compute();
      Object.defineProperty(this, key, { value, enumerable: true, configurable: false, writable: false });
      return value;
    },
  });
  return target as T & { readonly [P in K]: V };
}

/**
 * Keeps `value` under `key` in a memo of at most `bound` entries, letting the oldest go first when
 * it is full (a `Map` iterates in insertion order). For memos whose entries are large (a sentence's
 * tags, a compiled Unicode expression): emptying the whole memo at its bound, as the small ones do,
 * would let a bound big enough to keep the working set hold tens of megabytes.
 */
export function remember<K, V>(memo: Map<K, V>, key: K, value: V, bound: number): V {
  if (memo.size >= bound) memo.delete(memo.keys().next().value as K);
  memo.set(key, value);
  return value;
}
