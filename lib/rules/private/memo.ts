/**
 * Per-document memoization for cross-resource lookups: a fact about the document is computed once,
 * the first time a rule asks, and kept as long as the document index lives.
 *
 * Not exported from the package entry point.
 *
 * @packageDocumentation
 */
import { DocumentIndexLike } from '../types';

/** A function of the document index computed at most once per index. */
export function perDocument<T>(compute: (doc: DocumentIndexLike) => T): (doc: DocumentIndexLike) => T {
  const cache = new WeakMap<DocumentIndexLike, T>();
  return (doc) => {
    if (cache.has(doc)) return cache.get(doc)!;
    const value = compute(doc);
    cache.set(doc, value);
    return value;
  };
}

/** Every resource of the document (in document order, from `byAddress`). */
export function resourcesOf(doc: DocumentIndexLike) {
  return [...doc.byAddress.values()];
}
