import type { Sentence } from '../record/types.js';
import { DATE_NOUNS } from '../search/shape.js';
import type { SearchHit, SearchOptions } from '../search/types.js';
import type { Corpus } from './corpus.js';
import { MAX_RESULTS, notCovered } from './search.js';
import { answeredPage, directionOf, earlierInParagraph, eventTimes, excerptOf, excerptOfHit, nearestTime, notFound, onSide, paged, round, suggestionsOf, whenOf, type Direction, type Paging } from './shared.js';
import type { TimeMention } from '../understand/types.js';
import type { Answer, Result, WhenFact } from './types.js';

/**
 * What dates a sentence: its own mentions (`from` null); else the last mention of the nearest
 * earlier sentence of its paragraph that carries one ("dated by context", `from` that sentence);
 * else null — the record gives no date, and none is invented. Context stops at the paragraph:
 * across a break the previous sentence is usually another event.
 */
function datingOf(corpus: Corpus, s: Sentence): { readonly times: readonly TimeMention[]; readonly from: Sentence | null } | null {
  const own = eventTimes(corpus, s);
  if (own.length > 0) return { times: own, from: null };
  for (const earlier of earlierInParagraph(corpus, s)) {
    const last = eventTimes(corpus, earlier).at(-1);
    if (last) return { times: [last], from: earlier };
  }
  return null;
}

/** The date of one matched sentence: of its own mentions the one nearest to the matched words; else its date by context (cited). */
export function dateOf(corpus: Corpus, hit: Pick<SearchHit, 'sentence' | 'highlights'>, direction: Direction = null): WhenFact | null {
  const dating = datingOf(corpus, hit.sentence);
  if (!dating) return null;
  if (dating.from) return dating.times[0] ? whenOf(dating.times[0], excerptOf(corpus, dating.from)) : null;
  const reportDate = corpus.doc(hit.sentence.doc)?.reportDate ?? null;
  const own = nearestTime(dating.times, hit.highlights, { direction, reportDate, text: hit.sentence.text });
  return own ? whenOf(own, null) : null;
}

/** "On what date", "in which year", … (`DATE_NOUNS`): the words asking for the date, not the event's. */
const ASKING_DATE = new RegExp(`^\\s*(?:on|in|at|by)?\\s*(?:what|which)\\s+(?:exact\\s+)?(?:${[...DATE_NOUNS].join('|')})\\b`, 'iu');

/**
 * The event a when-question asks about, without the words that only ask for a time: "what date
 * will the exchange happen" is about "the exchange". `asking`: a word put in their place ("when",
 * for a question asked through /ask: "when will the exchange", which reads as a question for a date).
 */
export function eventOf(query: string, asking = ''): string {
  const event = query
    .replace(ASKING_DATE, ` ${asking} `)
    .replace(/^\s*(?:how\s+long\s+ago|since\s+when|until\s+when)\b/iu, ` ${asking} `)
    .replace(/\b(?:happen|happens|happened|happening|occur|occurs|occurred)\b/giu, ' ')
    .replace(/\s+/gu, ' ')
    .trim();
  return event || query;
}

/**
 * What relevance a when-answer keeps by how it is dated (see `whenAnswer`): all of it for a date
 * in its own words, less for a date taken from an earlier sentence ("dated by context"), least
 * without a date. A flat sweep on the development set (undated 0.5–0.85, by context 0.75–0.95
 * moved at most 2 of its 1,295 questions); dating first whatever the relevance missed 30.
 */
const OWN_DATE = 1;
const CONTEXT_DATE = 0.85;
const NO_DATE = 0.7;
/** "When will …" asks for a date not yet over at the report, "when did …" for one begun by then. */
const WRONG_SIDE = 0.8;

/**
 * `when <event>`: the sentences about the event, each with its date. With the record's sentence
 * vectors (`meaning`: the whole question's cosine with each sentence), the question is decided by
 * the model that reads them (`MEANING_DECISION`), as every other question asked is: without them a
 * "when" question alone was answered or refused by its words.
 */
export function whenAnswer(corpus: Corpus, query: string, paging: Paging & Pick<SearchOptions, 'meaning'> = {}, asked = false): Answer {
  // A question asked through /ask ("When did the mill close?", "What year …", "How long ago …") is
  // searched as a question for a date, as any other question is for the kind of answer it asks:
  // among its candidates, one holding a date or a year besides the matched words ranks up (the
  // search's answer type) before the weighting by date below. /when's own topic ("the mill's
  // closure") is searched as before, by its words alone.
  const typed = asked ? {} : { answerType: false };
  const outcome = corpus.index.search(eventOf(query, asked ? 'when' : ''), { limit: MAX_RESULTS, ...typed, ...(paging.meaning ? { meaning: paging.meaning } : {}) });
  if (outcome.hits.length === 0) {
    return notFound('when', query, notCovered(query), suggestionsOf(corpus, outcome.suggestions));
  }
  const direction = directionOf(query);
  // Relevance first, the date second: a sentence about the event that gives no date of its own
  // still beats a dated sentence about something else (the date of a paragraph's first sentence
  // dates every sentence after it "by context"). Among sentences of similar relevance, one
  // dated in its own words comes first, then one dated by context, then an undated one. The
  // weight needs only which dates a sentence has (`dateOf` picks one on the asked side when
  // there is one), so the date itself is worked out for the page shown.
  const weightOf = (h: SearchHit): number => {
    const dating = datingOf(corpus, h.sentence);
    if (!dating) return NO_DATE;
    const reportDate = corpus.doc(h.sentence.doc)?.reportDate ?? null;
    const side = dating.times.some((t) => onSide(t, direction, reportDate)) ? 1 : WRONG_SIDE;
    return (dating.from ? CONTEXT_DATE : OWN_DATE) * side;
  };
  const ordered = outcome.hits
    .map((h, i) => ({ h, i, weight: (h.score + (h.boost ?? 0)) * weightOf(h) }))
    // An answer the search put first for giving the kind of answer asked (see `LONE_TYPED_FIRST`) stays first.
    .sort((a, b) => Number(b.h.lead === true) - Number(a.h.lead === true) || b.weight - a.weight || a.i - b.i)
    .map((r) => r.h);
  const { results: shown, page } = paged(ordered, paging);
  const results: Result[] = shown.map((h) => ({ excerpt: excerptOfHit(corpus, h), score: round(h.score), when: dateOf(corpus, h, direction) ?? undefined }));
  return answeredPage('when', query, results, page);
}
