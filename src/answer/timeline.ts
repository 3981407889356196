import type { Sentence } from '../record/types.js';
import { sentencesOf } from '../record/types.js';
import type { Agreement, TimeMention } from '../understand/types.js';
import { perCorpus, type Corpus } from './corpus.js';
import { describeResolution, statusFacts } from './resolved.js';
import { answeredPage, earlierInParagraph, eventTimes, excerptOf, notFound, paged, whenOf, type Paging } from './shared.js';
import type { AgreementFact, Answer, Result } from './types.js';

interface Entry {
  readonly sentence: Sentence;
  readonly time: TimeMention;
  readonly start: string;
  readonly end: string;
  readonly order: number;
  /** Set when the date comes from an earlier sentence of the paragraph (an agreement dated by context). */
  readonly context: Sentence | null;
  /** The sentence's first agreement, read when the list is built (answers read no facts). */
  readonly agreement: Agreement | null;
}

/**
 * Every dated mention of the record in date order: by start day, then the narrower range first
 * (a day before the month it falls in), then reading order. A headline that repeats its lead
 * sentence is not listed twice. An agreement or a change of its status ("the deal was voided")
 * is an event too: without a date of its own it takes the date of the nearest earlier sentence
 * of its paragraph that has one (dated by context, cited), as /agreed dates it.
 */
export const timelineOf = perCorpus((corpus: Corpus): readonly Entry[] => {
  const entries: Entry[] = [];
  for (const doc of corpus.docs) {
    const body = doc.paragraphs.flatMap((p) => p.sentences.map((s) => s.text));
    for (const s of sentencesOf(doc)) {
      if (s.paragraph === 0 && body.some((t) => t.includes(s.text.replace(/[.!?\s]+$/u, '')))) continue;
      const times = eventTimes(corpus, s);
      const agreement = corpus.facts(s).agreements[0] ?? null;
      for (const t of times) {
        const start = t.start as string;
        entries.push({ sentence: s, time: t, start, end: t.end ?? start, order: entries.length, context: null, agreement });
      }
      if (times.length === 0 && agreement) {
        for (const c of earlierInParagraph(corpus, s)) {
          const t = eventTimes(corpus, c).at(-1);
          if (!t) continue;
          const start = t.start as string;
          entries.push({ sentence: s, time: t, start, end: t.end ?? start, order: entries.length, context: c, agreement });
          break;
        }
      }
    }
  }
  entries.sort((a, b) => a.start.localeCompare(b.start) || a.end.localeCompare(b.end) || a.order - b.order);
  return entries;
});

/** The timeline, one page of it: only the page's entries become results (100k sentences hold 60k dates). */
export function timelineAnswer(corpus: Corpus, paging: Paging = {}): Answer {
  const all = timelineOf(corpus);
  if (all.length === 0) return notFound('timeline', '', 'The record has no dated events.', []);
  const { results, page } = paged(all, paging, Infinity);
  return answeredPage(
    'timeline',
    '',
    results.map((e) => resultOf(corpus, e)),
    page,
  );
}

function resultOf(corpus: Corpus, { sentence, time, context, agreement: a }: Entry): Result {
  const highlights: [number, number][] = context ? [] : [[time.index, time.index + time.text.length]];
  const out: Result = { excerpt: excerptOf(corpus, sentence, highlights), score: 1, when: whenOf(time, context ? excerptOf(corpus, context) : null) };
  if (!a) return out;
  const agreement: AgreementFact = {
    parties: a.parties,
    mention: a.mention,
    resolved: describeResolution(a.mention, a.parties.join(', '), a.resolution),
    cue: a.cue,
    action: a.action,
    when: null,
    ...statusFacts(a),
  };
  return { ...out, agreement };
}
