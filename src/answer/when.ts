import type { SearchHit } from '../search/types.js';
import type { Corpus } from './corpus.js';
import { MAX_RESULTS, notCovered } from './search.js';
import { answeredPage, directionOf, earlierInParagraph, eventTimes, excerptOf, excerptOfHit, nearestTime, notFound, onSide, paged, round, suggestionsOf, whenOf, type Direction, type Paging } from './shared.js';
import type { Answer, Result, WhenFact } from './types.js';

/**
 * The date of one matched sentence: its own mention nearest to the matched words; else the
 * nearest earlier sentence of its paragraph that carries a date
 * ("dated by context", cited); else null — the record gives no date, and none is invented.
 */
export function dateOf(corpus: Corpus, hit: Pick<SearchHit, 'sentence' | 'highlights'>, direction: Direction = null): WhenFact | null {
  const reportDate = corpus.doc(hit.sentence.doc)?.reportDate ?? null;
  const own = nearestTime(eventTimes(corpus, hit.sentence), hit.highlights, { direction, reportDate, text: hit.sentence.text });
  if (own) return whenOf(own, null);
  // Context stops at the paragraph: across a break the previous sentence is usually another event.
  for (const s of earlierInParagraph(corpus, hit.sentence)) {
    const t = eventTimes(corpus, s);
    const last = t[t.length - 1];
    if (last) return whenOf(last, excerptOf(corpus, s));
  }
  return null;
}

/**
 * The event a when-question asks about, without the words that only ask for a time: "what date
 * will the exchange happen" is about "the exchange".
 */
export function eventOf(query: string): string {
  const event = query
    .replace(/^\s*(?:on|in|at|by)?\s*(?:what|which)\s+(?:exact\s+)?(?:date|day|time|year|month|week)\b/iu, ' ')
    .replace(/^\s*(?:how\s+long\s+ago|since\s+when|until\s+when)\b/iu, ' ')
    .replace(/\b(?:happen|happens|happened|happening|occur|occurs|occurred)\b/giu, ' ')
    .replace(/\s+/gu, ' ')
    .trim();
  return event || query;
}

/** `when <event>`: the sentences about the event, each with its date. */
export function whenAnswer(corpus: Corpus, query: string, paging: Paging = {}): Answer {
  const outcome = corpus.index.search(eventOf(query), { limit: MAX_RESULTS, answerType: false });
  if (outcome.hits.length === 0) {
    return notFound('when', query, notCovered(query), suggestionsOf(corpus, outcome.suggestions));
  }
  const direction = directionOf(query);
  // A dated sentence answers "when" better than an undated one of similar relevance: keep the
  // search order but move sentences with no date (own or by context) behind the dated ones.
  // Likewise "when will …" is answered first by dates not yet over at the report, "when did …"
  // by dates already begun: "what date will the exchange happen" wants the planned exchange.
  // The order needs only which dates a sentence has (`dateOf` picks one on the asked side when
  // there is one), so the date itself is worked out for the page shown.
  const placeOf = (h: SearchHit): number => {
    const reportDate = corpus.doc(h.sentence.doc)?.reportDate ?? null;
    const own = eventTimes(corpus, h.sentence);
    if (own.length > 0) return own.some((t) => onSide(t, direction, reportDate)) ? 0 : 1;
    for (const s of earlierInParagraph(corpus, h.sentence)) {
      const last = eventTimes(corpus, s).at(-1);
      if (last) return onSide(last, direction, reportDate) ? 0 : 1;
    }
    return 2;
  };
  const places = outcome.hits.map(placeOf);
  const ordered = [0, 1, 2].flatMap((place) => outcome.hits.filter((_, i) => places[i] === place));
  const { results: shown, page } = paged(ordered, paging);
  const results: Result[] = shown.map((h) => ({ excerpt: excerptOfHit(corpus, h), score: round(h.score), when: dateOf(corpus, h, direction) ?? undefined }));
  return answeredPage('when', query, results, page);
}
