/**
 * Facts as kept for the life of a corpus, with what repeats stored once. Read back from the cache
 * (or from a worker thread), every statement has its own copy of its speaker's name, its cue and
 * its quote, every date its own ISO strings, every sentence its own empty lists: at 100,000
 * sentences that is tens of megabytes of duplicates. Here the quote and the other verbatim parts
 * become slices of the sentence's own text (which the record keeps anyway), and names, cues,
 * kinds and dates are shared through one table per load. Values are unchanged; the objects are
 * fresh from JSON or a worker message, so they are compacted in place (unknown fields survive).
 */
import type { Agreement, Resolution, SentenceFacts, Speaker, Statement, TimeMention } from './types.js';

const EMPTY = Object.freeze([]) as never[];

/** One copy of each distinct string of a load. */
export class Interner {
  readonly #seen = new Map<string, string>();

  of<T extends string | null>(value: T): T {
    if (value === null) return value;
    const known = this.#seen.get(value);
    if (known !== undefined) return known as T;
    this.#seen.set(value, value);
    return value;
  }
}

/** Shallow: each level is cast where it is changed. */
type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** `part` as a slice of `text` when it occurs there (a slice shares the text's characters). */
function within(text: string, part: string): string {
  if (part.length < 16) return part;
  const at = text.indexOf(part);
  return at < 0 ? part : text.slice(at, at + part.length);
}

/**
 * Compacts `facts` of a sentence whose text is `text`, in place, and returns them. A frozen object
 * (an extractor's shared constant) is left as it is.
 */
export function compactFacts(facts: SentenceFacts, text: string, intern: Interner): SentenceFacts {
  if (Object.isFrozen(facts)) return facts;
  const f = facts as Mutable<SentenceFacts>;
  if (f.times.length === 0) f.times = EMPTY;
  if (f.statements.length === 0) f.statements = EMPTY;
  if (f.agreements.length === 0) f.agreements = EMPTY;
  for (const time of f.times) {
    if (Object.isFrozen(time)) continue;
    const t = time as Mutable<TimeMention>;
    t.text = intern.of(t.text);
    t.start = intern.of(t.start);
    t.end = intern.of(t.end);
  }
  for (const statement of f.statements) {
    if (Object.isFrozen(statement) || Object.isFrozen(statement.speaker)) continue;
    const st = statement as Mutable<Statement>;
    st.cue = intern.of(st.cue);
    st.content = within(text, st.content);
    const sp = st.speaker as Mutable<Speaker>;
    sp.name = intern.of(sp.name);
    sp.mention = intern.of(sp.mention);
    sp.description = intern.of(sp.description);
    sp.kind = intern.of(sp.kind);
    if (sp.resolution && !Object.isFrozen(sp.resolution)) (sp.resolution as Mutable<Resolution>).how = intern.of(sp.resolution.how);
  }
  for (const agreement of f.agreements) {
    if (Object.isFrozen(agreement)) continue;
    const a = agreement as Mutable<Agreement>;
    a.parties = a.parties.map((p) => intern.of(p));
    a.mention = intern.of(a.mention);
    a.cue = intern.of(a.cue);
    a.action = within(text, a.action);
    if (a.resolution && !Object.isFrozen(a.resolution)) (a.resolution as Mutable<Resolution>).how = intern.of(a.resolution.how);
  }
  return f;
}
