import { sentencesOf } from '../record/types.js';
import type { Corpus } from './corpus.js';
import { answered, eventTimes, excerptOf, notFound, whenOf, type Paging } from './shared.js';
import type { Answer, Result } from './types.js';

/**
 * Every dated mention of the record in date order: by start day, then the narrower range first
 * (a day before the month it falls in), then reading order. A headline that repeats its lead
 * sentence is not listed twice.
 */
export function timelineAnswer(corpus: Corpus, paging: Paging = {}): Answer {
  const entries: { result: Result; start: string; end: string; order: number }[] = [];
  let order = 0;
  for (const doc of corpus.docs) {
    const body = doc.paragraphs.flatMap((p) => p.sentences.map((s) => s.text));
    for (const s of sentencesOf(doc)) {
      if (s.paragraph === 0 && body.some((t) => t.includes(s.text.replace(/[.!?\s]+$/u, '')))) continue;
      for (const t of eventTimes(corpus, s)) {
        const at: [number, number] = [t.index, t.index + t.text.length];
        entries.push({ result: { excerpt: excerptOf(corpus, s, [at]), score: 1, when: whenOf(t, null) }, start: t.start!, end: t.end ?? t.start!, order: order++ });
      }
    }
  }
  if (entries.length === 0) return notFound('timeline', '', 'The record has no dated events.', []);
  entries.sort((a, b) => a.start.localeCompare(b.start) || a.end.localeCompare(b.end) || a.order - b.order);
  return answered('timeline', '', entries.map((e) => e.result), paging, Infinity);
}
