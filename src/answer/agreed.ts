import { sentencesOf, type Sentence } from '../record/types.js';
import type { Agreement } from '../understand/types.js';
import type { Corpus } from './corpus.js';
import { describeResolution } from './resolved.js';
import { MAX_RESULTS } from './search.js';
import { answered, excerptOf, notFound, round, suggestionsOf, type Paging } from './shared.js';
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
  };
}

function highlightOf(s: Sentence, a: Agreement): [number, number][] {
  const i = s.text.indexOf(a.action);
  return i >= 0 && a.action ? [[i, i + a.action.length]] : [];
}

function resultsFor(corpus: Corpus, s: Sentence, score: number, highlights?: readonly (readonly [number, number])[]): Result[] {
  return corpus.facts(s).agreements.map((a) => ({
    excerpt: excerptOf(corpus, s, highlights ?? highlightOf(s, a)),
    score,
    agreement: agreementFact(corpus, s, a),
  }));
}

/**
 * Words that ask about agreements in general rather than name a topic: "what did the sides
 * agree on" has no topic, so every agreement answers it.
 */
const GENERIC = new Set(
  'what which did do does have has had the a an on to about upon over with they them their sides side parties party both two all any agree agreed agrees agreement agreements deal deals pledge pledged commit committed decide decided sign signed promise promised'.split(' '),
);

export function topicOf(query: string): string {
  return query
    .split(/[^\p{L}\p{N}'’-]+/u)
    .filter((w) => w && !GENERIC.has(w.toLowerCase()))
    .join(' ');
}

/** A party's words and its initials: "the United States" answers to "united", "states" and "us". */
function partyWords(party: string): Set<string> {
  const words = party.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  const capitals = words.filter((w) => /^\p{Lu}/u.test(w));
  const out = new Set(words.map((w) => w.toLowerCase()));
  if (capitals.length > 1) out.add(capitals.map((w) => w[0]).join('').toLowerCase());
  return out;
}

/** True when every topic word names one of the parties: the topic is "who", not "what". */
function namesParties(parties: readonly string[], topicWords: readonly string[]): boolean {
  const known = new Set(parties.flatMap((p) => [...partyWords(p)]));
  return topicWords.length > 0 && topicWords.every((w) => known.has(w.replace(/[.’']/gu, '')));
}

/** `agreed [topic]`: every agreement (no topic) or the ones about the topic or with that party. */
export function agreedAnswer(corpus: Corpus, query: string, paging: Paging = {}): Answer {
  const topic = topicOf(query);
  const withAgreements = (s: Sentence): boolean => corpus.facts(s).agreements.length > 0;
  if (!topic) {
    const all = corpus.docs.flatMap((d) => sentencesOf(d).filter(withAgreements).flatMap((s) => resultsFor(corpus, s, 1)));
    if (all.length === 0) return notFound('agreed', query, 'The record mentions no agreement.', []);
    return answered('agreed', query, all, paging, Infinity);
  }
  const words = topic.toLowerCase().split(/\s+/u);
  const byParty = corpus.docs.flatMap((d) =>
    sentencesOf(d)
      .filter(withAgreements)
      .flatMap((s) => resultsFor(corpus, s, 1).filter((r) => namesParties(r.agreement?.parties ?? [], words))),
  );
  if (byParty.length) return answered('agreed', query, byParty, paging);
  const outcome = corpus.index.search(topic, { limit: MAX_RESULTS, within: withAgreements });
  if (outcome.hits.length === 0) {
    const nearest = outcome.suggestions.length ? outcome.suggestions : corpus.index.search(topic).suggestions;
    return notFound('agreed', query, `The record has no agreement about “${topic}”.`, suggestionsOf(corpus, nearest));
  }
  const all = outcome.hits.flatMap((h) => resultsFor(corpus, h.sentence, round(h.score), h.highlights));
  return answered('agreed', query, all, paging);
}
