import type { Corpus } from '../answer/corpus.js';
import { describeResolution, statusFacts } from '../answer/resolved.js';
import { eventTimes, excerptOf, whenOf } from '../answer/shared.js';
import type { AgreementFact, Result } from '../answer/types.js';
import { speakerFact } from '../answer/whoSaid.js';
import { sentencesOf, type Doc, type Sentence } from '../record/types.js';
import { finish, type Steps } from '../answer/slices.js';
import type { Highlight } from '../search/types.js';
import type { Agreement } from '../understand/types.js';
import { sentenceHash, snapshotting, type Snapshot } from './snapshot.js';

/**
 * What goes in a digest. Pure: the record, what the channel's previous digest saw, the moment
 * and the topic in; a plan out, with the reason each candidate is in or out (for
 * `/digest preview`). Every item is a verbatim sentence of the record, cited like any answer.
 */

/** How much each part of a digest shows, and why. */
export const DIGEST_LIMITS = Object.freeze({
  /** An overview lists documents by headline; beyond this it stops being short. */
  overviewDocuments: 10,
  /** Key dated events: lead paragraphs first (news puts what matters first), shown in date order. */
  overviewEvents: 4,
  overviewAgreements: 2,
  /** Notable statements: direct quotes first, one per speaker before a second from anyone. */
  overviewStatements: 2,
  /** Key facts shown per added or edited document, so one long new story does not fill it. */
  factsPerChangedDocument: 3,
  /** "Coming up" means a dated item starting or ending within this many days from today. */
  upcomingDays: 7,
  upcomingItems: 5,
});
export type DigestLimits = { -readonly [K in keyof typeof DIGEST_LIMITS]: number };

export type Section = 'documents' | 'events' | 'agreements' | 'statements' | 'added' | 'edited' | 'upcoming';

export interface DigestItem {
  readonly section: Section;
  readonly result: Result;
  /** Why it is in, in words a moderator reads in the preview. */
  readonly why: string;
  /** On the first item of a document changed from Discord or the console: who did it ("added by Alice"). */
  readonly by?: string;
}

/** A change of the change log, as a digest needs it (the runner reads the log). */
export interface ChangeNote {
  readonly doc: string;
  readonly action: 'added' | 'replaced' | 'removed';
  /** The name shown for who did it. */
  readonly by: string;
}

export interface Omitted {
  readonly cite: string;
  readonly why: string;
}

export interface DigestPlan {
  readonly kind: 'overview' | 'update';
  readonly items: readonly DigestItem[];
  /** Candidates left out, with the reason (topic, limits, already shown, not coming up). */
  readonly omitted: readonly Omitted[];
  /** Documents the previous digest saw that are no longer in the record. */
  readonly removed: readonly { readonly doc: string; readonly title: string | null; readonly by?: string }[];
  /** The record as this digest sees it: what the next digest compares against. */
  readonly snapshot: Snapshot;
}

export interface PlanInput {
  readonly corpus: Corpus;
  /** What the channel's previous posted digest saw; null for the first digest. */
  readonly previous: Snapshot | null;
  readonly now: Date;
  /** The digest's timezone: "today" for coming-up items is the day there. */
  readonly timezone: string;
  readonly topic: string | null;
  readonly limits?: Partial<DigestLimits>;
  /** The change log since the previous digest, oldest first: who added, replaced or removed what. */
  readonly changes?: readonly ChangeNote[];
  /**
   * False: the items only (what is posted), not every candidate left out and why: each section
   * stops reading its candidates once it is full, so the plan reads the facts of those it shows
   * and of those before them, not of the whole record (a slot due during a cold start is planned
   * so: src/digest/inFull.ts); `omitted` is then not the whole list. Default true (a preview).
   */
  readonly reasons?: boolean;
}

/** Search limit when narrowing to a topic: every matching sentence, not just a page of them. */
const TOPIC_SEARCH_LIMIT = 10_000;

const keyOf = (s: Pick<Sentence, 'doc' | 'paragraph' | 'sentence'>): string => `${s.doc}#${s.paragraph}.${s.sentence}`;

/** Shorter sentences are never treated as repeats: "He said." is not a repeat of anything. */
const REPEAT_MIN_LENGTH = 40;
const normal = (text: string): string =>
  text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/** The ISO day of `now` in `timezone`. */
export function dayIn(now: Date, timezone: string): string {
  // en-CA formats as YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', { timeZone: timezone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

export function addDays(day: string, n: number): string {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, (d ?? 1) + n)).toISOString().slice(0, 10);
}

function agreementFactOf(a: Agreement): AgreementFact {
  const parties = a.parties.join(', ');
  return { parties: a.parties, mention: a.mention, resolved: describeResolution(a.mention, parties, a.resolution), cue: a.cue, action: a.action, when: null, ...statusFacts(a) };
}

/** A sentence as a cited result with the facts the record gives for it. */
function resultOf(corpus: Corpus, s: Sentence, highlights: readonly Highlight[], focus: 'when' | 'speaker' | 'agreement' | 'any' | 'none'): Result {
  const facts = corpus.facts(s);
  const time = eventTimes(corpus, s)[0];
  // (Each kind of fact read only where the focus shows it: a dated item reads its sentence's dates alone.)
  const statement = focus === 'speaker' || focus === 'any' ? facts.statements[0] : undefined;
  const agreement = focus === 'agreement' || focus === 'any' ? facts.agreements[0] : undefined;
  // A date item shows its date words in bold, like the timeline, unless a topic already bolds its words.
  const bold: readonly Highlight[] = highlights.length === 0 && focus === 'when' && time ? [[time.index, time.index + time.text.length]] : highlights;
  const excerpt = excerptOf(corpus, s, bold);
  const out: { -readonly [K in keyof Result]: Result[K] } = { excerpt, score: 1 };
  if (time && (focus === 'when' || focus === 'any' || focus === 'agreement')) out.when = whenOf(time, null);
  if (statement && (focus === 'speaker' || focus === 'any')) out.speaker = speakerFact(statement);
  if (agreement && (focus === 'agreement' || focus === 'any')) out.agreement = agreementFactOf(agreement);
  return out;
}

const hasFacts = (corpus: Corpus, s: Sentence): boolean => {
  const f = corpus.facts(s);
  return eventTimes(corpus, s).length > 0 || f.statements.length > 0 || f.agreements.length > 0;
};

/** The sentence that stands for a document: its headline, else its first sentence. */
const leadOf = (doc: Doc): Sentence | undefined => doc.headline ?? doc.paragraphs[0]?.sentences[0];

/** A candidate for a section, or `STEP`: a document's worth of candidates looked at (see `planning`). */
type Candidate = { s: Sentence; why: string; focus: Parameters<typeof resultOf>[3] };
const STEP = Symbol('step');

export function planDigest(input: PlanInput): DigestPlan {
  return finish(planning(input));
}

/**
 * `planDigest` a step per document it walks (slices.ts): at 100,000 sentences a plan walks every
 * sentence's dates, and hashes every sentence for its snapshot the first time, 0.3-0.5 s of this
 * thread in one go; a slot due during a cold start is planned so in slices (inFull.ts), with the
 * other commands between them. The same steps in the same order as `planDigest`, the same plan.
 */
export function* planning(input: PlanInput): Steps<DigestPlan> {
  const { corpus, previous, topic } = input;
  const reasons = input.reasons ?? true;
  const limits: DigestLimits = { ...DIGEST_LIMITS, ...input.limits };
  const items: DigestItem[] = [];
  const omitted: Omitted[] = [];
  const shown = new Set<string>();
  const cite = (s: Sentence) => excerptOf(corpus, s).cite;

  // Topic: the sentences the search index matches, with the words to show in bold.
  const topicText = topic?.trim() || null;
  const matches = new Map<string, readonly Highlight[]>();
  if (topicText) {
    for (const h of corpus.index.search(topicText, { limit: TOPIC_SEARCH_LIMIT }).hits) matches.set(keyOf(h.sentence), h.highlights);
  }
  const onTopic = (s: Sentence) => !topicText || matches.has(keyOf(s));
  const topicWhy = topicText ? `; matches topic “${topicText}”` : '';
  const highlightsOf = (s: Sentence) => matches.get(keyOf(s)) ?? [];

  /** Offers candidates for a section in order; takes up to `max`, recording why others are out. */
  const shownTexts: string[] = [];
  /** A sentence that repeats one already shown (a lead that repeats the headline, after its dateline). */
  const repeats = (s: Sentence): boolean => {
    const t = normal(s.text);
    return t.length >= REPEAT_MIN_LENGTH && shownTexts.some((x) => x.length >= REPEAT_MIN_LENGTH && (t.includes(x) || x.includes(t)));
  };
  // (Candidates are drawn one at a time, so that without `reasons` none past a full section is read;
  // a `STEP` drawn is a step of the plan.)
  const offer = function* (section: Section, candidates: Iterable<Candidate | typeof STEP>, max: number): Steps<void> {
    let taken = 0;
    const next = candidates[Symbol.iterator]();
    while (reasons || taken < max) {
      const drawn = next.next();
      if (drawn.done) break;
      const c = drawn.value;
      if (c === STEP) {
        yield;
        continue;
      }
      const k = keyOf(c.s);
      if (!onTopic(c.s)) omitted.push({ cite: cite(c.s), why: `${section}: not about topic “${topicText}”` });
      else if (shown.has(k)) omitted.push({ cite: cite(c.s), why: `${section}: already shown above` });
      else if (repeats(c.s)) omitted.push({ cite: cite(c.s), why: `${section}: repeats a sentence shown above` });
      else if (taken >= max) omitted.push({ cite: cite(c.s), why: `${section}: more than the ${max} this section shows` });
      else {
        shown.add(k);
        shownTexts.push(normal(c.s.text));
        taken++;
        items.push({ section, result: resultOf(corpus, c.s, highlightsOf(c.s), c.focus), why: c.why + topicWhy });
      }
    }
  };

  // Every sentence in reading order, by document: the walks below take a step per document.
  const byDoc = corpus.docs.map((d) => sentencesOf(d));
  /** Every sentence in reading order, `STEP` after each document's. */
  const walk = function* (): Generator<Sentence | typeof STEP, void, void> {
    for (const sentences of byDoc) {
      yield* sentences;
      yield STEP;
    }
  };
  /** `each` on every sentence with its place in reading order, a step per document. */
  const walking = function* (each: (s: Sentence, order: number) => void): Steps<void> {
    let order = 0;
    for (const s of walk()) {
      if (s === STEP) yield;
      else each(s, order++);
    }
  };

  if (previous === null) {
    // Documents: a topic keeps the documents that have a matching sentence, shown by that sentence.
    const docs: Candidate[] = [];
    for (const [i, d] of corpus.docs.entries()) {
      const s = topicText ? byDoc[i]!.find(onTopic) : leadOf(d);
      if (!s) {
        const lead = leadOf(d);
        if (lead) omitted.push({ cite: cite(lead), why: `documents: not about topic “${topicText}”` });
      } else docs.push({ s, why: `document in the record`, focus: 'none' as const });
      yield;
    }
    yield* offer('documents', docs, limits.overviewDocuments);

    const events: { s: Sentence; order: number; start: string; end: string }[] = [];
    yield* walking((s, order) => {
      const t = eventTimes(corpus, s)[0];
      if (t) events.push({ s, order, start: t.start!, end: t.end ?? t.start! });
    });
    events.sort((a, b) => a.s.paragraph - b.s.paragraph || a.order - b.order);
    // Pick by prominence, show in date order.
    const picked = events.filter((e) => onTopic(e.s) && !shown.has(keyOf(e.s))).slice(0, limits.overviewEvents);
    const byDate = [...picked].sort((a, b) => a.start.localeCompare(b.start) || a.end.localeCompare(b.end) || a.order - b.order);
    const rest = events.filter((e) => !picked.includes(e));
    yield* offer('events', [...byDate, ...rest].map((e) => ({ s: e.s, why: `key dated event (${e.start === e.end ? e.start : `${e.start} to ${e.end}`})`, focus: 'when' as const })), limits.overviewEvents);

    // Agreements as events: picked in reading order, shown in date order (a dated status change
    // after the deal it changes), undated ones after the dated.
    const hasDeal = (s: Sentence): boolean => corpus.facts(s).agreements.length > 0;
    const pickedDeals = yield* firstOf(walk(), (s) => onTopic(s) && !shown.has(keyOf(s)) && hasDeal(s), limits.overviewAgreements);
    const dayOf = (s: Sentence): string => eventTimes(corpus, s)[0]?.start ?? '9999';
    const dealsByDate = [...pickedDeals].sort((a, b) => dayOf(a).localeCompare(dayOf(b)));
    const dealOffered = (s: Sentence) => {
      const a = corpus.facts(s).agreements[0]!;
      return { s, why: `agreement in the record (${a.status})`, focus: 'agreement' as const };
    };
    // (Without `reasons`, a sentence off the topic or shown above is no candidate to read: it would only be left out.)
    const worth = (s: Sentence): boolean => reasons || (onTopic(s) && !shown.has(keyOf(s)));
    yield* offer(
      'agreements',
      (function* () {
        for (const s of dealsByDate) yield dealOffered(s);
        for (const s of walk()) {
          if (s === STEP) yield STEP;
          else if (!pickedDeals.includes(s) && worth(s) && hasDeal(s)) yield dealOffered(s);
        }
      })(),
      limits.overviewAgreements,
    );

    // Statements, direct quotes first, each in reading order; one per speaker first, then seconds:
    // a digest of one voice is not an overview. (A speaker's first is their first statement in that
    // order, on the topic or not.)
    const statementOf = (s: Sentence) => corpus.facts(s).statements[0];
    yield* offer(
      'statements',
      (function* () {
        const firsts = new Set<Sentence>();
        const seen = new Set<string>();
        for (const second of [false, true]) {
          for (const direct of [true, false]) {
            for (const s of walk()) {
              if (s === STEP) {
                yield STEP;
                continue;
              }
              const st = statementOf(s);
              if (!st || st.direct !== direct) continue;
              if (second ? firsts.has(s) : seen.has(st.speaker.name)) continue;
              if (!second) {
                seen.add(st.speaker.name);
                firsts.add(s);
              }
              yield { s, why: `notable statement by ${st.speaker.name}${direct ? ' (direct quote)' : ''}`, focus: 'speaker' as const };
            }
          }
        }
      })(),
      limits.overviewStatements,
    );
    return { kind: 'overview', items, omitted, removed: [], snapshot: yield* snapshotting(corpus.docs) };
  }

  // Who changed each document last (a later change of the same document says more).
  const lastChange = new Map<string, ChangeNote>();
  for (const c of input.changes ?? []) lastChange.set(c.doc, c);
  const byOf = (doc: string, actions: readonly ChangeNote['action'][]): string | undefined => {
    const c = lastChange.get(doc);
    return c && actions.includes(c.action) ? `${c.action} by ${c.by}` : undefined;
  };

  // Update: documents added or edited since the previous digest, with their key facts.
  for (const [i, doc] of corpus.docs.entries()) {
    const before = previous[doc.id];
    if (before && before.hash === doc.hash) continue;
    const sentences = byDoc[i]!;
    const known = new Set(before?.sentences ?? []);
    const fresh = before ? sentences.filter((s) => !known.has(sentenceHash(s.text))) : sentences;
    const section: Section = before ? 'edited' : 'added';
    const lead = leadOf(doc);
    // Key facts: sentences with a date, speaker or agreement first, then the rest in reading order.
    const ranked = [...fresh.filter((s) => hasFacts(corpus, s)), ...fresh.filter((s) => !hasFacts(corpus, s))];
    const candidates = before ? ranked : [...(lead ? [lead] : []), ...ranked.filter((s) => s !== lead)];
    const what = before ? 'new or changed sentence in an edited document' : 'new document since the previous digest';
    const firstItem = items.length;
    yield* offer(section, candidates.map((s) => ({ s, why: what, focus: 'any' as const })), limits.factsPerChangedDocument + (before ? 0 : 1));
    const by = byOf(doc.id, ['added', 'replaced']);
    const first = items[firstItem];
    if (by && first) items[firstItem] = { ...first, by };
    yield;
  }
  const removed = Object.entries(previous)
    .filter(([id]) => !corpus.doc(id))
    .map(([doc, v]) => {
      const by = byOf(doc, ['removed']);
      return by ? { doc, title: v.title, by } : { doc, title: v.title };
    });

  // Coming up: a dated item that starts or ends within the next days, in the digest's timezone.
  const today = dayIn(input.now, input.timezone);
  const horizon = addDays(today, limits.upcomingDays);
  const within = (d: string) => d >= today && d <= horizon;
  const upcoming: { s: Sentence; order: number; start: string; end: string }[] = [];
  yield* walking((s, order) => {
    const t = eventTimes(corpus, s).find((x) => within(x.start!) || within(x.end ?? x.start!));
    if (t) upcoming.push({ s, order, start: t.start!, end: t.end ?? t.start! });
  });
  upcoming.sort((a, b) => a.start.localeCompare(b.start) || a.end.localeCompare(b.end) || a.order - b.order);
  const daysWhy = (e: { start: string; end: string }) =>
    `coming up: dated ${e.start === e.end ? e.start : `${e.start} to ${e.end}`}, within ${limits.upcomingDays} days of ${today}`;
  yield* offer('upcoming', upcoming.map((e) => ({ s: e.s, why: daysWhy(e), focus: 'when' as const })), limits.upcomingItems);

  return { kind: 'update', items, omitted, removed, snapshot: yield* snapshotting(corpus.docs) };
}

/** The first `max` of `xs` that pass `test`, in order (none tested past the last of them); a step at each `STEP`. */
function* firstOf<T>(xs: Iterable<T | typeof STEP>, test: (x: T) => boolean, max: number): Steps<T[]> {
  const out: T[] = [];
  for (const x of xs) {
    if (out.length >= max) break;
    if (x === STEP) yield;
    else if (test(x)) out.push(x);
  }
  return out;
}

/** True when the plan has nothing worth a message: nothing is posted, the run is still recorded. */
export const isEmptyPlan = (plan: DigestPlan): boolean => plan.items.length === 0 && plan.removed.length === 0;
