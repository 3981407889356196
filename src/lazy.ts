/**
 * Gives `target` an enumerable property `key` whose value `compute` makes on first read and which
 * then stays that value. Answers carry up to fifty hits and excerpts but show one page of them:
 * what only a shown result needs (the matched words' ranges) is worked out when it is read.
 *
 * The getter is one function per key, shared by every target, and `compute` waits under a
 * non-enumerable symbol of the target (never seen by JSON, `Object.keys` or a spread). A getter
 * made per target, as this was, gave each target a hidden class of its own, which V8 keeps in the
 * old generation: a hit and an excerpt of every result left old-generation garbage that only a
 * full collection frees (at 100,000 sentences about 20 MB of the growth over 1,000 queries), and
 * cost several times more to make (see tests/perf/memory-m2.test.ts).
 */
export function lazyProperty<T extends object, K extends string, V>(target: T, key: K, compute: () => V): T & { readonly [P in K]: V } {
  const { pending, descriptor } = lazyKey(key);
  Object.defineProperty(target, pending, { value: compute, enumerable: false, configurable: false, writable: true });
  Object.defineProperty(target, key, descriptor);
  return target as T & { readonly [P in K]: V };
}

interface LazyKey {
  /** Where a target keeps its `compute` until the property is first read. */
  readonly pending: symbol;
  /** The accessor every target gets for the key. */
  readonly descriptor: PropertyDescriptor;
}

const lazyKeys = new Map<string, LazyKey>();

function lazyKey(key: string): LazyKey {
  const known = lazyKeys.get(key);
  if (known) return known;
  const pending = Symbol(`lazy ${key}`);
  const descriptor: PropertyDescriptor = {
    enumerable: true,
    configurable: true,
    get(this: Record<symbol, (() => unknown) | undefined>): unknown {
      const compute = this[pending] as () => unknown;
      const value = compute();
      Object.defineProperty(this, key, { value, enumerable: true, configurable: false, writable: false });
      // Once read, what the value was made from is let go.
      this[pending] = undefined;
      return value;
    },
  };
  const made = { pending, descriptor };
  lazyKeys.set(key, made);
  return made;
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
