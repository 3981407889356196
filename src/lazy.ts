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
