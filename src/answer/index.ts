import { agreedAnswer } from './agreed.js';
import { checkAnswer } from './check.js';
import { SUGGESTION_KINDS, warmSuggestions } from './autocomplete.js';
import { routeQuestion } from './ask.js';
import { contextAnswer } from './context.js';
import type { Corpus } from './corpus.js';
import { helpAnswer } from './help.js';
import { searchAnswer } from './search.js';
import { invalid, type Paging } from './shared.js';
import { sourcesAnswer } from './sources.js';
import { factIndex } from './facts.js';
import { timelineAnswer, timelineOf } from './timeline.js';
import type { Answer, Command } from './types.js';
import type { SearchOptions } from '../search/types.js';
import { checkQuery } from './validate.js';
import { whenAnswer } from './when.js';
import { whoSaidAnswer } from './whoSaid.js';
import { loadExceptionLists, loadPertainyms } from '../search/related.js';
import { tag } from '../understand/nlp.js';
import { hasWordNet } from '../wordnet.js';

export interface Request extends Paging {
  readonly command: Command;
  readonly query?: string | null;
  /** The question's cosine in meaning with a sentence, once the record's sentence vectors are ready (see `answerWithMeaning`). */
  readonly meaning?: SearchOptions['meaning'];
}

/**
 * Builds now what the answers derive from a corpus once and keep: the statement and agreement
 * lists, the ordered timeline and each autocomplete list (3-4 s at 100,000 sentences,
 * milliseconds for an article), so that the first question or keystroke after start-up or a
 * reload does not pay it. One list at a time, yielding between them, so that requests arriving
 * meanwhile wait for one list (a second at most at 100k) rather than for all; it stops when
 * `current` says a newer corpus has replaced this one.
 */
export async function prepareCorpus(corpus: Corpus, current: () => boolean = () => true): Promise<void> {
  // Lists over part of the facts would be built again on the next corpus: they wait for all of them.
  if (corpus.reading) return;
  // After a restart each document's facts are parsed from the facts file when first read (build.ts):
  // read them a few dozen documents at a time first, so that the statement lists, which read them
  // all, do not hold requests up for the whole file (a second at 100,000 sentences).
  const reads: (() => void)[] = [];
  for (let i = 0; i < corpus.docs.length; i += FACTS_READ_PER_STEP) {
    const docs = corpus.docs.slice(i, i + FACTS_READ_PER_STEP);
    reads.push(() => {
      for (const doc of docs) {
        const first = doc.paragraphs[0]?.sentences[0] ?? doc.headline;
        if (first) corpus.facts(first);
      }
    });
  }
  const steps = [...reads, () => factIndex(corpus), () => timelineOf(corpus), ...SUGGESTION_KINDS.map((kind) => () => warmSuggestions(corpus, [kind])), warmQuestionTables];
  for (const step of steps) {
    if (!current()) return;
    step();
    await new Promise<void>((resolve) => setImmediate(resolve));
  }
}

/**
 * Loads what the first questions would otherwise load in the middle of answering: the tagger (wink's
 * model, read and copied), WordNet's index files, the word-form exception lists and the pertainyms
 * read backwards (a place's adjective: about 0.2 s on the first question naming a place). A restart that
 * reads every fact from the cache has none of them until a question needs them; loaded then, the
 * garbage their loading leaves (the model's JSON copy, the line tables as they are built) lands
 * among the objects questions keep, and V8 keeps the old-generation pages it grew for it. Loaded
 * here, before the collection the bot makes once its lists are built (`collectBuildGarbage`), they
 * hold only what they hold anyway (at 100,000 sentences: RSS after 1,000 queries 403–410 MB against
 * 409–411 MB, heap pages 262 MB against 268 MB, in runs side by side; about 20 MB more once
 * started), and the first question no longer waits for them (about 0.3 s, the tagger most of it).
 * The tagger is pure (`tag`), so tagging a text of our own first changes no answer. A cold start has
 * them all already (its extraction loads them).
 */
function warmQuestionTables(): void {
  tag('The tables were read on Monday, before the first question.');
  hasWordNet();
  loadExceptionLists();
  loadPertainyms();
}

/** Documents whose facts `prepareCorpus` reads between two turns of the event loop. */
const FACTS_READ_PER_STEP = 64;

/** Commands that take no query; anything typed after them is ignored. */
const NO_QUERY: ReadonlySet<Command> = new Set(['timeline', 'sources', 'help']);

/**
 * The one entry point of the core: a request in, an `Answer` out. Every surface (console,
 * contract, Discord, digests) goes through here, so validation and routing happen once.
 */
export function answer(corpus: Corpus, request: Request): Answer {
  const given = answerOf(corpus, request);
  const reading = corpus.reading;
  if (!reading || given.status === 'invalid') return given;
  // A question routed to the statements or agreements and answered by a search still asked the facts.
  const asked = given.command === 'ask' ? routeQuestion(given.query) : given.command;
  if (!FROM_FACTS.has(asked)) return given;
  return { ...given, reading: { sentences: reading.sentences, total: reading.total } };
}

/**
 * The commands whose answers come from the extracted facts (dates, statements, agreements), so
 * they may grow while those are still being read; `ask` counts as the command it is routed to.
 */
const FROM_FACTS: ReadonlySet<Command> = new Set(['when', 'who-said', 'agreed', 'timeline', 'check']);

function answerOf(corpus: Corpus, request: Request): Answer {
  const { command } = request;
  if (NO_QUERY.has(command)) return dispatch(corpus, command, '', request);
  // A claim is a whole message (up to 4,000 characters, mentions and links included): the check
  // reads it on its own terms rather than as a 300-character query.
  if (command === 'check') return checkAnswer(corpus, request.query ?? '', request);
  const checked = checkQuery(request.query, { optional: command === 'agreed' });
  if (!checked.ok) return invalid(command, displayable(request.query), checked.message);
  if (command !== 'ask') return dispatch(corpus, command, checked.query, request);
  const routedTo = routeQuestion(checked.query);
  const routed = routedTo === 'when' ? whenAnswer(corpus, checked.query, request, true) : dispatch(corpus, routedTo, checked.query, request);
  // A question routed by its form to the statements or the agreements may still be answered by
  // the record's words: "who scored the goals?" asks for a fact, and "who warned about the
  // floods?" is answered by a warning the extractor did not take for a statement. When neither
  // list answers it, a search of the record may.
  if (routed.status === 'not_found' && (routedTo === 'who-said' || routedTo === 'agreed')) {
    const searched = searchAnswer(corpus, checked.query, request);
    if (searched.status === 'answered') return { ...searched, command: 'ask', routedTo: 'search' };
  }
  return { ...routed, command: 'ask', routedTo };
}

function dispatch(corpus: Corpus, command: Command, query: string, paging: Paging & Pick<Request, 'meaning'>): Answer {
  switch (command) {
    case 'search':
    case 'ask':
      return searchAnswer(corpus, query, paging);
    case 'when':
      return whenAnswer(corpus, query, paging);
    case 'who-said':
      return whoSaidAnswer(corpus, query, paging);
    case 'agreed':
      return agreedAnswer(corpus, query, paging);
    case 'context':
      return contextAnswer(corpus, query);
    case 'timeline':
      return timelineAnswer(corpus, paging);
    case 'sources':
      return sourcesAnswer(corpus);
    case 'help':
      return helpAnswer();
    case 'check':
      return checkAnswer(corpus, query, paging);
  }
}

/** An invalid query is echoed only as a short, single-line, control-free preview. */
function displayable(raw: string | null | undefined): string {
  const flat = (raw ?? '').replace(/[\p{Cc}\p{Cf}]/gu, ' ').replace(/\s+/gu, ' ').trim();
  return flat.length > 80 ? `${flat.slice(0, 79)}…` : flat;
}

export type { Answer, Command };

/**
 * One full garbage collection once a build is done, where node runs with `--expose-gc` (`npm
 * start` does): the build leaves its temporaries (parsed facts, index postings before packing,
 * list builders; about 145 MB at 100,000 sentences) for V8 to collect whenever it likes, which a
 * quiet bot may not do for hours, so RSS stays that much higher than the live heap.
 */
export function collectBuildGarbage(): void {
  globalThis.gc?.();
}
