/**
 * Fact commands answered in full while a cold start is still reading the record's facts. A
 * `/who-said`, `/when` or `/agreed <topic>` reads the facts of a few documents only: those of the
 * sentences its search looks at; for a speaker asked by name, those of the documents that write the
 * name; for a topic, those whose text could add an agreement that answers it (agreedBound.ts).
 * So it is answered first against the facts in by now, with every document whose facts it asked
 * for and did not get noted (`probe`); those documents go to the head of the extraction
 * (`FactsFill.hurry`), and once they are in it is answered again, until it asks for none that is
 * missing. Such an answer read only facts that are final, by the same code a record with every
 * fact runs, so it is that record's answer, byte for byte, and carries no "still reading" footer.
 *
 * The record's lists (statements by speaker, agreements by party) are the one place facts are read
 * in bulk: a probe builds them from the documents read (not noted), and asks for the documents
 * that could add to the lookup the command makes in them: a speaker's name is written in the
 * documents that quote them, so those holding every word of the name asked for; a topic of
 * `/agreed` is looked up among the agreements' parties, nouns and verbs, all written in their
 * documents. `/agreed` without a topic or with statuses alone ("voided": no word of a document
 * bounds which agreements were), the timeline and checks read every fact: they keep the footer
 * until the record is read. (A digest is planned the same way, with the dates of the unread
 * documents read ahead from their text: src/digest/inFull.ts.)
 */
import { sentencesOf, type Doc } from '../record/types.js';
import { routeQuestion } from './ask.js';
import type { Filling, LiveCorpus } from './build.js';
import { makeCorpus, type Corpus, type FactsById } from './corpus.js';
import { factIndexSteps } from './facts.js';
import { answer, type Request } from './index.js';
import type { Answer, Command } from './types.js';
import { checkQuery } from './validate.js';
import { literal } from '../regex.js';
import type { DocFacts } from '../understand/parallel.js';
import { sentenceKey, type SentenceFacts } from '../understand/types.js';
import { topicOf, topicWords } from './agreed.js';
import { agreedAsking, DocTexts } from './agreedBound.js';
import { keptWhileFilling } from './fill.js';
import { finish, sliced, type Steps } from './slices.js';
import { speakerWordsOf } from './whoSaid.js';

/**
 * How long a fact command waits at most for the documents it reads. A Discord reply is deferred
 * after two seconds (answering.ts) and may then come for fifteen minutes; at 100,000 sentences on
 * two cores the record's facts come in at about 70 documents a second.
 */
export const FACT_WAIT_MS = 15_000;

/** Rounds of probing at most: each may find documents that the facts of the last ones led to. */
const ROUNDS = 8;

/**
 * A probe's longest hold on this thread at a time, in ms, while it reads the text of the documents
 * not read yet (`probing`): seconds at 100,000 sentences, run in slices this long with the cold
 * start's other work (this thread's own extraction, a document a turn; other commands; a Discord
 * reply, deferred after two seconds) in between. Long beside one document's extraction, so that
 * the probe keeps most of the thread and its answer comes about as soon as when it held it (at
 * 20 ms, a 100k cold start on a loaded machine let /agreed miss a two-minute wait); short beside
 * the two seconds a reply may wait.
 */
export const PROBE_SLICE_MS = 100;

/** The commands a probe can answer in full (an `ask` counts as the command it is routed to). */
const PROBED: ReadonlySet<Command> = new Set(['when', 'who-said', 'agreed']);

export interface Probe {
  /** The full record's answer, without a footer, once `missing` is empty; till then null. */
  readonly answer: Answer | null;
  /** Documents whose facts the answer asked for and are not in yet. */
  readonly missing: ReadonlySet<string>;
}

/** The command `request` is answered by, as far as its facts go: `ask` routed by its question. */
function commandOf(request: Request): Command | null {
  if (request.command !== 'ask') return request.command;
  const checked = checkQuery(request.query);
  return checked.ok ? routeQuestion(checked.query) : null;
}

/**
 * `request` answered against the facts in by now (`filling`), with the documents it asked for
 * whose facts are not in; null for a command a probe cannot answer in full (see above).
 */
export function probe(corpus: Corpus, filling: Pick<Filling, 'has' | 'facts'>, request: Request, texts = new DocTexts()): Probe | null {
  return finish(probing(corpus, filling, request, texts));
}

/**
 * `probe` a step per document whose text it reads (slices.ts), as `answerInFull` runs it. The
 * documents read are taken once, as it starts (`filling` may take in more meanwhile): every step
 * reads the record as it was then, so the outcome is `probe`'s at that moment.
 */
export function* probing(corpus: Corpus, live: Pick<Filling, 'has' | 'facts'>, request: Request, texts: DocTexts): Steps<Probe | null> {
  const command = commandOf(request);
  if (command === null || !PROBED.has(command)) return null;
  const readNow = new Set(corpus.docs.filter((d) => live.has(d.id)).map((d) => d.id));
  const filling: Pick<Filling, 'has' | 'facts'> = { has: (id) => readNow.has(id), facts: live.facts };
  texts.keepUnread((doc) => readNow.has(doc.id));
  const checked = checkQuery(request.query);
  if (command === 'who-said' && checked.ok) {
    // A speaker asked by name is looked up in the record's lists first: until every document that
    // could name them is in, which way the answer goes is not known, and nothing else is asked for.
    const naming = yield* writing(corpus.docs, speakerWordsOf(checked.query), filling, texts);
    if (naming.length > 0) return { answer: null, missing: new Set(naming.map((d) => d.id)) };
  }
  const missing = new Set<string>();
  let noting = false;
  const pending = new Map<string, DocFacts>();
  const facts: FactsById = {
    get: (id) => {
      if (filling.has(id)) return filling.facts.get(id);
      if (!noting) return undefined;
      missing.add(id);
      return pendingOf(corpus.doc(id), pending);
    },
  };
  const probed = makeCorpus({ docs: corpus.docs, problems: corpus.problems, index: corpus.index, facts, reading: null });
  // The record's lists, from the documents read (those that could name the speaker are), a
  // document a step: kept as `factIndex(probed)`, which the answer below reads.
  const index = command === 'who-said' || command === 'agreed' ? yield* factIndexSteps(probed) : null;
  if (command === 'agreed') {
    // A topic is looked up in the lists first: the documents whose text could add to that lookup
    // are asked for before anything else (agreedBound.ts); no topic, or one of statuses alone
    // ("voided"), may be answered by any document: the plain answer, with the footer.
    const words = checked.ok ? topicWords(topicOf(checked.query)) : [];
    const asks = words.length > 0 && words.some(Boolean) && index ? yield* agreedAsking(corpus.docs.filter((d) => !filling.has(d.id)), words, index, texts) : null;
    if (asks === null) return null;
    if (asks.length > 0) return { answer: null, missing: new Set(asks.map((d) => d.id)) };
  }
  noting = true;
  try {
    const given = answer(probed, request);
    return { answer: missing.size === 0 ? given : null, missing };
  } catch (error) {
    // An answer drawn partly from the stand-in facts of a document not read may go astray; one
    // from final facts only is the record's own.
    if (missing.size === 0) throw error;
    return { answer: null, missing };
  }
}

/**
 * What a probe reads for a sentence of a document not read yet: one statement of no one and one
 * agreement of no one, no dates. A search among the sentences with statements (or agreements) then
 * takes that sentence (asks for its document) only where it would rank among those it keeps,
 * rather than passing over every candidate for more; the next round, with its facts in, sees
 * whether it holds one. (/who-said and /when read no agreements, /agreed no statements.)
 */
const PENDING_FACTS: SentenceFacts = {
  times: [],
  agreements: [{ parties: [], mention: '', cue: '', action: '', resolution: null, status: 'reached', noun: null, refersTo: null }],
  statements: [{ speaker: { name: '', mention: '', description: null, kind: 'unknown', resolution: null }, cue: '', content: '', direct: false }],
};

/** The stand-in facts of document `doc`'s sentences (`PENDING_FACTS`), made once per probe. */
function pendingOf(doc: Doc | undefined, made: Map<string, DocFacts>): DocFacts | undefined {
  if (!doc) return undefined;
  let facts = made.get(doc.id);
  if (!facts) made.set(doc.id, (facts = new Map(sentencesOf(doc).map((s) => [sentenceKey(s), PENDING_FACTS]))));
  return facts;
}

/**
 * The documents not read yet whose text holds every one of `words` as a word (folded as `foldWords`
 * folds): a superset of those that name a speaker with them. One document a step.
 */
function* writing(docs: readonly Doc[], words: readonly string[], filling: Pick<Filling, 'has'>, texts: DocTexts): Steps<Doc[]> {
  if (words.length === 0) return [];
  const patterns = words.map((w) => new RegExp(`(?<![\\p{L}\\p{N}])${literal(w)}(?![\\p{L}\\p{N}])`, 'u'));
  const found: Doc[] = [];
  for (const doc of docs) {
    if (filling.has(doc.id)) continue;
    const text = texts.of(doc).folded;
    if (words.every((w, k) => text.includes(w) && (patterns[k] as RegExp).test(text))) found.push(doc);
    yield;
  }
  return found;
}

/**
 * The texts of the documents not read yet of each record whose facts are filling in, kept from
 * one probe to the next (and from one command to the next) until its facts are all in.
 */
const textsOf = keptWhileFilling(() => new DocTexts());

/**
 * `request` answered in full from the record's facts as soon as the documents it reads are in
 * (waiting for them at most `waitMs`), while `live` is still reading its facts; null when it cannot
 * be (not a command a probe answers, more to read than the wait allows): then the caller answers
 * from the facts read so far, with the footer.
 */
export async function answerInFull(live: LiveCorpus, request: Request, options: { readonly waitMs?: number } = {}): Promise<Answer | null> {
  const deadline = performance.now() + (options.waitMs ?? FACT_WAIT_MS);
  for (let round = 0; round < ROUNDS; round++) {
    const filling = live.filling;
    if (!filling) return null;
    const found = await sliced(probing(live.current, filling, request, textsOf(filling.fill)), PROBE_SLICE_MS);
    if (!found) return null;
    if (found.answer) return found.answer;
    // Past the bound, or the extraction failed: the documents asked for will not come in.
    if (!(await filling.fill.hurryUntil(found.missing, deadline))) return null;
  }
  return null;
}

/**
 * What a surface answers with while a record may be reading its facts: a fact command in full when
 * `answerInFull` can, else `plain` on the record as it is then.
 */
export async function answerSoon(live: LiveCorpus, request: Request, plain: (corpus: Corpus, request: Request) => Answer | Promise<Answer>, options: { readonly waitMs?: number } = {}): Promise<Answer> {
  if (live.current.reading) {
    const full = await answerInFull(live, request, options);
    if (full) return full;
  }
  return plain(live.current, request);
}
