import type { Sentence } from '../record/types.js';
import { sentencesOf } from '../record/types.js';
import type { TimeMention } from '../understand/types.js';
import { perCorpus, type Corpus } from './corpus.js';
import { answeredPage, eventTimes, excerptOf, notFound, paged, whenOf, type Paging } from './shared.js';
import type { Answer } from './types.js';

interface Entry {
  readonly sentence: Sentence;
  readonly time: TimeMention;
  readonly start: string;
  readonly end: string;
  readonly order: number;
}

/**
 * Every dated mention of the record in date order: by start day, then the narrower range first
 * (a day before the month it falls in), then reading order. A headline that repeats its lead
 * sentence is not listed twice.
 */
export const timelineOf = perCorpus((corpus: Corpus): readonly Entry[] => {
  const entries: Entry[] = [];
  for (const doc of corpus.docs) {
    const body = doc.paragraphs.flatMap((p) => p.sentences.map((s) => s.text));
    for (const s of sentencesOf(doc)) {
      if (s.paragraph === 0 && body.some((t) => t.includes(s.text.replace(/[.!?\s]+$/u, '')))) continue;
      for (const t of eventTimes(corpus, s)) {
        const start = t.start as string;
        entries.push({ sentence: s, time: t, start, end: t.end ?? start, order: entries.length });
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
    results.map(({ sentence, time }) => ({ excerpt: excerptOf(corpus, sentence, [[time.index, time.index + time.text.length]]), score: 1, when: whenOf(time, null) })),
    page,
  );
}
