import type { Sentence } from '../record/types.js';
import type { Highlight, SearchOptions } from '../search/types.js';
import type { Statement } from '../understand/types.js';
import type { Corpus } from './corpus.js';
import { factIndex, foldWords, intersectionOf } from './facts.js';
import { describeResolution } from './resolved.js';
import { MAX_RESULTS, notCovered } from './search.js';
import { answered, answeredPage, excerptOf, excerptOfHit, nearestTo, notFound, paged, round, type Paging } from './shared.js';
import type { Answer, Result, SpeakerFact } from './types.js';
import { remember } from '../lazy.js';
import { literal } from '../regex.js';

export function speakerFact(st: Statement): SpeakerFact {
  return {
    name: st.speaker.name,
    mention: st.speaker.mention,
    description: st.speaker.description,
    resolved: describeResolution(st.speaker.mention, st.speaker.name, st.speaker.resolution),
    cue: st.cue,
    quote: st.content,
  };
}

/** Every speaker of the record with how often they speak, most frequent first. */
export function speakersOf(corpus: Corpus): { name: string; statements: number }[] {
  return factIndex(corpus).speakers.map(({ name, statements }) => ({ name, statements }));
}

/**
 * The speaker a query names, when it is a person or organisation rather than a topic: every
 * word of the query is a word of the name ("Doe" or "jane doe" for Jane Doe). Ambiguous → none.
 */
export function speakerNamed(corpus: Corpus, query: string): string | null {
  const q = foldWords(query);
  if (q.length === 0) return null;
  // The one speaker whose name holds every word of the query (looked up by word, not by scanning
  // every speaker of the record).
  const { speakers, speakersByWord } = factIndex(corpus);
  const named = q.map((w) => speakersByWord.get(w) ?? []).reduce(intersectionOf);
  return named.length === 1 ? (speakers[named[0] as number]?.name ?? null) : null;
}

/**
 * The whole-word pattern of each mention, compiled once: building a Unicode-class expression is
 * most of what highlighting a speaker costs, and a record names the same speakers again and again.
 * (No `g` flag: `exec` keeps no state between sentences.)
 */
const mentionPatterns = new Map<string, RegExp>();
/**
 * At most this many patterns stay compiled (`mentionPatterns`), the oldest let go first: a compiled
 * pattern takes about 19 KB of heap, so the 1,000 this was would hold 19 MB.
 */
export const MENTION_PATTERNS = 100;

/** How many mention patterns are kept compiled now (for the memory test). */
export function mentionPatternsHeld(): number {
  return mentionPatterns.size;
}

export function mentionPattern(mention: string): RegExp {
  const known = mentionPatterns.get(mention);
  if (known) return known;
  const escaped = literal(mention);
  return remember(mentionPatterns, mention, new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'u'), MENTION_PATTERNS);
}

/** The speaker's words in the sentence, as a whole word ("he" is not the "he" of "The"). */
function mentionHighlight(s: Sentence, st: Statement): Highlight[] {
  const mention = st.speaker.mention;
  if (!mention) return [];
  const found = mentionPattern(mention).exec(s.text);
  return found ? [[found.index, found.index + mention.length]] : [];
}

/** The statement of a sentence that the matched words fall in (its content), else the first. */
function statementAt(s: Sentence, statements: readonly Statement[], highlights: readonly Highlight[]): Statement | undefined {
  const inside = (st: Statement): number => {
    const at = s.text.indexOf(st.content);
    if (at < 0) return 0;
    return highlights.filter(([a, b]) => a >= at && b <= at + st.content.length).length;
  };
  return [...statements].sort((x, y) => inside(y) - inside(x))[0];
}

/**
 * The words a speaker asked for by `query` must all have in their name (`speakerNamed`): those of
 * the question's subject ("What did Jane Doe say about …"), else of the whole query. A speaker's
 * name is written in its document, so only documents holding every one of them can hold the
 * speaker (ondemand.ts).
 */
export function speakerWordsOf(query: string): string[] {
  const asked = SAY_QUESTION.exec(query);
  return foldWords(asked ? asked[1]! : query);
}

const SAY_QUESTION = /^\s*what\s+(?:did|does|do|has|have|had)\s+(.+?)\s+(?:say|said|tell|told|claim|claimed|announce|announced|write|wrote|state|stated)\b(?:\s+(?:about|on|regarding|of)\s+(.+?))?\s*[?.!]*\s*$/iu;

/**
 * `who-said <quote, topic or person>`: who said it, with the quote and how the speaker was resolved.
 * A question `ask` routes here brings the record's cosines in meaning with it once the sentence
 * vectors are ready (`meaning`), and its searches read them as every other question's does
 * (ranked by them, decided by `MEANING_DECISION`): before, a question about saying alone was
 * answered or refused by its words.
 */
export function whoSaidAnswer(corpus: Corpus, query: string, paging: Paging & Pick<SearchOptions, 'meaning'> = {}): Answer {
  const searchOptions = (within: (s: Sentence) => boolean): SearchOptions => ({ limit: MAX_RESULTS, answerType: false, within, ...(paging.meaning ? { meaning: paging.meaning } : {}) });
  // "What did the WHO say (about measles)?": the speaker is the question's subject, the topic
  // what follows "about"; a subject that is all stop words ("the WHO") is still a name here.
  const asked = SAY_QUESTION.exec(query);
  const subject = asked ? speakerNamed(corpus, asked[1]!) : null;
  if (subject && asked?.[2]) {
    const outcome = corpus.index.search(asked[2], searchOptions((s) => corpus.facts(s).statements.some((st) => st.speaker.name === subject)));
    const found: Result[] = outcome.hits.flatMap((h) =>
      corpus
        .facts(h.sentence)
        .statements.filter((st) => st.speaker.name === subject)
        .slice(0, 1)
        .map((st) => ({ excerpt: excerptOfHit(corpus, h), score: round(h.score), speaker: speakerFact(st) })),
    );
    if (found.length > 0) return answered('who-said', query, found, paging);
  }
  // With a topic the speaker never spoke about, the question is not answered by all they said.
  const speaker = asked?.[2] ? speakerNamed(corpus, query) : (subject ?? speakerNamed(corpus, query));
  if (speaker) {
    const { results: items, page } = paged(factIndex(corpus).statementsBy.get(speaker) ?? [], paging);
    const results = items.map(({ sentence, statement }) => ({
      excerpt: excerptOf(corpus, sentence, mentionHighlight(sentence, statement)),
      score: 1,
      speaker: speakerFact(statement),
    }));
    return answeredPage('who-said', query, results, page);
  }
  // Each candidate's own facts rather than the record's set of sentences with statements: the
  // same sentences, and a record still reading its facts can tell which documents the search
  // looked at (ondemand.ts).
  const outcome = corpus.index.search(query, searchOptions((s) => corpus.facts(s).statements.length > 0));
  if (outcome.hits.length === 0) {
    return notFound('who-said', query, `The record has no statement about “${query}”.`, nearestTo(corpus, outcome, query));
  }
  const all: Result[] = [];
  for (const h of outcome.hits) {
    const st = statementAt(h.sentence, corpus.facts(h.sentence).statements, h.highlights);
    if (st) all.push({ excerpt: excerptOfHit(corpus, h), score: round(h.score), speaker: speakerFact(st) });
  }
  return all.length ? answered('who-said', query, all, paging) : notFound('who-said', query, notCovered(query), []);
}
