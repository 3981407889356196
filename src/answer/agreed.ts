import type { Sentence } from '../record/types.js';
import type { Agreement } from '../understand/types.js';
import type { Corpus } from './corpus.js';
import { facetStemOf, factIndex, intersectionOf, unionOf, type AgreementEntry } from './facts.js';
import { describeResolution, statusFacts } from './resolved.js';
import { MAX_RESULTS } from './search.js';
import { answeredPage, excerptOf, nearestTo, notFound, paged, round, suggestionsOf, type Paging } from './shared.js';
import type { AgreementFact, Answer, Result } from './types.js';
import { dateOf } from './when.js';

function agreementFact(corpus: Corpus, s: Sentence, a: Agreement): AgreementFact {
  const parties = a.parties.join(', ');
  return {
    parties: a.parties,
    mention: a.mention,
    resolved: describeResolution(a.mention, parties, a.resolution),
    cue: a.cue,
    action: a.action,
    when: dateOf(corpus, { sentence: s, highlights: highlightOf(s, a) }),
    ...statusFacts(a),
  };
}

function highlightOf(s: Sentence, a: Agreement): [number, number][] {
  const i = s.text.indexOf(a.action);
  return i >= 0 && a.action ? [[i, i + a.action.length]] : [];
}

function resultOf(corpus: Corpus, s: Sentence, a: Agreement, score: number, highlights?: readonly (readonly [number, number])[]): Result {
  return { excerpt: excerptOf(corpus, s, highlights ?? highlightOf(s, a)), score, agreement: agreementFact(corpus, s, a) };
}

/**
 * Words that ask about agreements in general rather than name a topic: "what did the sides
 * agree on" has no topic, so every agreement answers it.
 */
const GENERIC = new Set(
  'what which did do does have has had the a an and between on to about upon over with they them their sides side parties party both two all any agree agreed agrees agreement agreements deal deals pledge pledged commit committed decide decided sign signed promise promised'.split(' '),
);

export function topicOf(query: string): string {
  return query
    .split(/[^\p{L}\p{N}'’-]+/u)
    .filter((w) => w && !GENERIC.has(w.toLowerCase()))
    .join(' ');
}

/** True when a matched word lies between the start of the agreement's subject and the end of its clause. */
function holdsMatch(s: Sentence, a: Pick<Agreement, 'action' | 'mention'>, highlights: readonly (readonly [number, number])[]): boolean {
  const at = a.action ? s.text.indexOf(a.action) : -1;
  if (at < 0) return true;
  const mentionAt = a.mention ? s.text.lastIndexOf(a.mention, at) : -1;
  const from = mentionAt >= 0 ? mentionAt : at;
  const to = at + a.action.length;
  return highlights.some(([x, y]) => x < to && y > from);
}

/** The words of a topic as they are looked up among the parties and facets of the agreements ("U.S." → "us"). */
export const topicWords = (topic: string): string[] => topic.toLowerCase().split(/\s+/u).map((w) => w.replace(/[.’']/gu, ''));

/** `agreed [topic]`: every agreement (no topic) or the ones about the topic or with that party. */
export function agreedAnswer(corpus: Corpus, query: string, paging: Paging = {}): Answer {
  const topic = topicOf(query);
  const facts = factIndex(corpus);
  // Each candidate's own facts rather than the record's set of sentences with agreements: the same
  // sentences, and a record still reading its facts can tell which documents the search looked at
  // (ondemand.ts).
  const withAgreements = (s: Sentence): boolean => corpus.facts(s).agreements.length > 0;
  const every = facts.agreements;
  // Without a topic every agreement answers; with one that only names parties ("China US"), the
  // agreements of those parties; otherwise a search among the sentences that hold agreements.
  const words = topicWords(topic);
  const partiesOnly = words.every((w) => facts.byPartyWord.has(w));
  // A topic of parties, kinds and statuses ("settlement", "Acme merger", "voided"): the agreements
  // whose parties, noun or verb, or status answer every word ("cancelled" finds the voided ones).
  const answering = (w: string): readonly number[] => {
    const parties = facts.byPartyWord.get(w) ?? [];
    return partiesOnly ? parties : unionOf(parties, facts.byFacet.get(facetStemOf(w)) ?? []);
  };
  const chosen = !topic ? every : words.map(answering).reduce(intersectionOf).map((at) => every[at] as AgreementEntry);
  if (!topic && chosen.length === 0) return notFound('agreed', query, 'The record mentions no agreement.', []);
  if (chosen.length) {
    const { results: items, page } = paged(chosen, paging, topic ? undefined : Infinity);
    const results = items.map(({ sentence, agreement }) => resultOf(corpus, sentence, agreement, 1));
    return answeredPage('agreed', query, results, page);
  }
  const outcome = corpus.index.search(topic, { limit: MAX_RESULTS, within: withAgreements });
  if (outcome.hits.length === 0) {
    return notFound('agreed', query, `The record has no agreement about “${topic}”.`, nearestTo(corpus, outcome, topic));
  }
  // The topic must be in the agreement itself (its parties, date or clause), not elsewhere in
  // the sentence: "agreed to swap prisoners but failed to agree on a ceasefire" agreed no ceasefire.
  const found = outcome.hits.flatMap((hit) =>
    corpus.facts(hit.sentence).agreements.filter((a) => holdsMatch(hit.sentence, a, hit.highlights)).map((agreement) => ({ hit, agreement })),
  );
  if (found.length === 0) return notFound('agreed', query, `The record has no agreement about “${topic}”.`, suggestionsOf(corpus, outcome.hits));
  // Only the page shown is turned into results (dates by context, excerpts): up to 50 hits match.
  const { results: items, page } = paged(found, paging);
  const results = items.map(({ hit, agreement }) => resultOf(corpus, hit.sentence, agreement, round(hit.score), hit.highlights));
  return answeredPage('agreed', query, results, page);
}
