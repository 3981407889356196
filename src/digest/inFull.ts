/**
 * A digest slot that falls during a cold start, posted once and complete: planned from final facts
 * only, as soon as the documents its items read are in, rather than when every fact is.
 *
 * A plan (content.ts) reads the dates of every sentence (its dated events, what is coming up), but
 * the statements and agreements of few: those of the documents an update covers, and for an
 * overview those of the sentences its sections show and of those before them in the section's
 * order, when it plans without the reasons for what it leaves out (`reasons: false`: the items
 * only, what is posted). A sentence's dates are read from its own text, the document's reporting
 * date and its dateline (analyze.ts `sentenceTimes`), the same whether or not the rest of its
 * document's facts are in. So the dates of the documents not read yet are read here first, from
 * their text, in slices of the main thread (slices.ts); the plan is then made against them and the
 * facts in by now, noting every document whose statements or agreements it asked for and did not
 * get; those go to the head of the extraction (`FactsFill.hurry`), and it is planned again once
 * they are in, until it asks for none that is missing. That plan read only final facts, through
 * the same code, so it is the plan of the record with every fact, the same messages byte for byte.
 *
 * The timeline cannot be answered so (its page says how many dated events the record holds, and
 * an agreement dated by an earlier sentence of its paragraph counts among them: almost every
 * document of news may hold one, and only its agreements tell), nor can a check.
 */
import type { LiveCorpus } from '../answer/build.js';
import { makeCorpus, type Corpus, type FactsById } from '../answer/corpus.js';
import { keptWhileFilling } from '../answer/fill.js';
import { PROBE_SLICE_MS } from '../answer/ondemand.js';
import { finish, nextTurn, sliced, type Steps } from '../answer/slices.js';
import { sentencesOf, type Doc } from '../record/types.js';
import { sentenceTimes } from '../understand/analyze.js';
import type { DocFacts } from '../understand/parallel.js';
import { sentenceKey, type Agreement, type SentenceFacts, type SentenceKey, type Statement, type TimeMention } from '../understand/types.js';
import type { DigestPlan } from './content.js';

/**
 * How long a due slot waits at most for the documents its plan reads before it waits for every
 * fact instead (as before): a digest is no reply, so longer than a command's wait; at 100,000
 * sentences on two cores the record's facts come in at about 70 documents a second.
 */
export const DIGEST_WAIT_MS = 60_000;

/** Rounds of planning at most: each may find that a section reads on past the documents read (a topic's overview read up to 36 rounds, a document or two each, on a generated record of 20,000 sentences: bench/digest-check.ts). */
const ROUNDS = 64;

/** The dates of a document's sentences, by sentence, read from its text ahead of its facts. */
export type DocTimes = ReadonlyMap<SentenceKey, readonly TimeMention[]>;

/**
 * What a record whose facts are filling in keeps for its plans from round to round (and from one
 * slot to the next) until its facts are in: the dates read ahead, and the stand-in facts made of
 * them for each document not read (see `standIns`), so that a round makes none afresh.
 */
export class Ahead {
  /** The dates of the documents read ahead, by document id. */
  readonly times = new Map<string, DocTimes>();
  readonly #standIns = new Map<string, DocFacts>();
  /** Where the round under way notes the documents whose statements or agreements it read. */
  #asking: Set<string> | null = null;

  /**
   * What a plan reads of document `doc` not read yet: its sentences' own dates, and for statements
   * and agreements a stand-in that notes the document as asked for: one direct quote of a speaker
   * of its own and one agreement a sentence, so that a section takes that sentence where it would
   * show one (and reads no further for it); the next round, with its facts in, sees what it holds.
   * A document whose dates were not read ahead is asked for as soon as it is read at all.
   */
  standIns(doc: Doc): DocFacts {
    const known = this.#standIns.get(doc.id);
    if (known) return known;
    const times = this.times.get(doc.id);
    const asked = (): void => void this.#asking?.add(doc.id);
    const agreement: Agreement = { parties: [], mention: '', cue: '', action: '', resolution: null, status: 'reached', noun: null, refersTo: null };
    const made: DocFacts = new Map(
      sentencesOf(doc).map((s) => {
        const key = sentenceKey(s);
        const statement: Statement = { speaker: { name: `\u0000${doc.id}#${key}`, mention: '', description: null, kind: 'unknown', resolution: null }, cue: '', content: '', direct: true };
        const facts: SentenceFacts = {
          times: times?.get(key) ?? [],
          get statements() {
            asked();
            return [statement];
          },
          get agreements() {
            asked();
            return [agreement];
          },
        };
        return [key, facts];
      }),
    );
    if (times) this.#standIns.set(doc.id, made);
    else asked();
    return made;
  }

  /**
   * `plan` run, noting in `missing` the documents whose stand-ins it read: each of its steps (two
   * plans in slices, a slot's and a `/digest send-now`'s, may take turns) notes in its own.
   */
  *noting<T>(missing: Set<string>, plan: Steps<T>): Steps<T> {
    for (;;) {
      this.#asking = missing;
      let next: IteratorResult<void, T>;
      try {
        next = plan.next();
      } finally {
        this.#asking = null;
      }
      if (next.done) return next.value;
      yield;
    }
  }

  clear(): void {
    this.times.clear();
    this.#standIns.clear();
  }
}

/** Per record whose facts are filling in, what its plans keep; dropped once its facts are in. */
const aheadFor = keptWhileFilling(() => new Ahead());

/** Reads the dates of the documents of `docs` not read yet (`read`) into `ahead`, one document a step. */
export function* readingTimes(docs: readonly Doc[], read: (id: string) => boolean, ahead: Ahead): Steps<void> {
  for (const doc of docs) {
    if (read(doc.id) || ahead.times.has(doc.id)) continue;
    ahead.times.set(doc.id, new Map(sentencesOf(doc).map((s) => [sentenceKey(s), sentenceTimes(doc, s)])));
    yield;
  }
}

export interface PlanProbe {
  /** The record's plan once `missing` is empty; till then null. */
  readonly plan: DigestPlan | null;
  /** Documents whose statements or agreements the plan read and are not in yet. */
  readonly missing: ReadonlySet<string>;
}

/** A plan as steps (content.ts `planning`), so that it can run in slices. */
export type Planning = (corpus: Corpus) => Steps<DigestPlan>;

/**
 * `plan` made against `corpus` with the facts in by now (`filling`) and, for the documents not read
 * yet, their dates read ahead and stand-ins for the rest (`ahead`), noted as asked for.
 */
export function probePlan(corpus: Corpus, filling: { has(id: string): boolean; readonly facts: FactsById }, ahead: Ahead, plan: Planning): PlanProbe {
  return finish(probingPlan(corpus, filling, ahead, plan));
}

/**
 * `probePlan` in the plan's steps, as `planInFull` runs it in slices. The documents read are taken
 * once, as it starts (`filling` may take in more between two steps): every step reads the record
 * as it was then, so the outcome is `probePlan`'s at that moment.
 */
export function* probingPlan(corpus: Corpus, filling: { has(id: string): boolean; readonly facts: FactsById }, ahead: Ahead, plan: Planning): Steps<PlanProbe> {
  const missing = new Set<string>();
  const readNow = new Set(corpus.docs.filter((d) => filling.has(d.id)).map((d) => d.id));
  const facts: FactsById = {
    get: (id) => {
      if (readNow.has(id)) return filling.facts.get(id);
      const doc = corpus.doc(id);
      return doc ? ahead.standIns(doc) : undefined;
    },
  };
  const probed = makeCorpus({ docs: corpus.docs, problems: corpus.problems, index: corpus.index, facts, reading: null });
  try {
    const given = yield* ahead.noting(missing, plan(probed));
    return { plan: missing.size === 0 ? given : null, missing };
  } catch (error) {
    // A plan drawn partly from stand-ins may go astray; one from final facts only is the record's own.
    if (missing.size === 0) throw error;
    return { plan: null, missing };
  }
}

/**
 * `plan` of the record with every fact, made while `live` is still reading its facts, as soon as
 * the documents it reads are in (waiting for them at most `waitMs`); null when it cannot be (the
 * facts are all in by then, the extraction failed, or more to read than the wait allows): then the
 * caller waits for every fact, as before.
 */
export async function planInFull(live: LiveCorpus, plan: Planning, options: { readonly waitMs?: number; readonly sliceMs?: number } = {}): Promise<DigestPlan | null> {
  const sliceMs = options.sliceMs ?? PROBE_SLICE_MS;
  const deadline = performance.now() + (options.waitMs ?? DIGEST_WAIT_MS);
  for (let round = 0; round < ROUNDS; round++) {
    // Each run of slices starts on a turn of the event loop of its own, and the plan goes back to
    // the caller on one: `sliced` runs its first slice in its caller's turn, so without these turns
    // the caller's work (the store's last posted run, a worker's batch taken in), the last slice of
    // the dates and the first of the plan, or the last slice of the plan and the posting ran in one
    // go, two slices and more. Such chains were the bench's longest hold while the digests were
    // planned (270-350 ms at 100,000 sentences on a quiet machine; now 130 ms: a slice and the
    // document this thread extracts in the same turn).
    await nextTurn();
    const filling = live.filling;
    if (!filling) return null;
    const ahead = aheadFor(filling.fill);
    await sliced(readingTimes(live.current.docs, (id) => filling.has(id), ahead), sliceMs);
    await nextTurn();
    // (Read again: the record may have been read meanwhile.) The plan walks every sentence, in
    // slices too: 0.3-0.5 s of this thread at 100,000 sentences in one go.
    const now = live.filling;
    if (!now) return null;
    const found = await sliced(probingPlan(live.current, now, ahead, plan), sliceMs);
    if (found.plan) {
      await nextTurn();
      return found.plan;
    }
    if (!(await now.fill.hurryUntil(found.missing, deadline))) return null;
  }
  return null;
}
