import { createHash } from 'node:crypto';
import { z } from 'zod';
import { finish, type Steps } from '../answer/slices.js';
import { sentencesOf, type Doc } from '../record/types.js';

/**
 * What a digest saw of the record: per document, its content hash and a short hash of each
 * sentence. The next digest compares against it to tell added, edited and removed documents,
 * and, inside an edited document, which sentences are new.
 */
export const SnapshotSchema = z.record(
  z.string(),
  z.object({ hash: z.string(), title: z.string().nullable(), sentences: z.array(z.string()) }),
);
export type Snapshot = z.infer<typeof SnapshotSchema>;

export const sentenceHash = (text: string): string => createHash('sha256').update(text).digest('hex').slice(0, 12);

/**
 * The snapshot of `docs`, made once per list of documents (a corpus keeps one list): a hash of
 * every sentence is about a second of CPU at 100,000 sentences, and a digest planned during a cold
 * start plans a round after each document it reads (inFull.ts). Frozen, being shared.
 */
export function snapshotOf(docs: readonly Doc[]): Snapshot {
  return finish(snapshotting(docs));
}

/** `snapshotOf` a step per document (slices.ts): a digest planned during a cold start hashes in slices. */
export function* snapshotting(docs: readonly Doc[]): Steps<Snapshot> {
  const known = snapshots.get(docs);
  if (known) return known;
  const out: Snapshot = {};
  for (const d of docs) {
    out[d.id] = Object.freeze({ hash: d.hash, title: d.title, sentences: Object.freeze(sentencesOf(d).map((s) => sentenceHash(s.text))) as string[] });
    yield;
  }
  // (Another plan may have made it meanwhile, between two steps: the first one made is kept.)
  const made = snapshots.get(docs);
  if (made) return made;
  snapshots.set(docs, Object.freeze(out));
  return out;
}
const snapshots = new WeakMap<readonly Doc[], Snapshot>();
