import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseDocument } from '../../src/record/parse.js';
import { sentencesOf, type Doc } from '../../src/record/types.js';
import { sentenceKey } from '../../src/understand/types.js';
import type * as Dates from '../../src/understand/dates.js';

// A reader that throws stands in for a fault on an odd sentence: the times extractor here.
vi.mock('../../src/understand/dates.js', async (importOriginal) => {
  const real = await importOriginal<typeof Dates>();
  return {
    ...real,
    extractTimes: (text: string, reportDate: string) => {
      if (text.includes('Kessel')) throw new Error('a reader fault');
      return real.extractTimes(text, reportDate);
    },
  };
});

const { analyzeDocument } = await import('../../src/understand/analyze.js');
const { dealsIn } = await import('../../src/understand/deals.js');

function doc(body: string): Doc {
  const parsed = parseDocument(Buffer.from(` date 2024-03-01 Guard\n\n${body}\n`), { id: 'news/guard', file: 'news/guard.txt' });
  if (!parsed.ok) throw new Error(parsed.problem.reason);
  return parsed.doc;
}

describe('analyzeDocument keeps a document\'s other facts when one reader throws', () => {
  afterEach(() => vi.restoreAllMocks());

  it('a throwing times reader costs that sentence its times only, with one warning naming the document', () => {
    const warn = vi.spyOn(process, 'emitWarning').mockImplementation(() => undefined);
    const d = doc('Mara Kessel said on Friday that the depot would close.\n\nThe depot opened on 4 May 1998.');
    const all = analyzeDocument(d);
    const facts = sentencesOf(d).filter((s) => s.paragraph >= 1).map((s) => all.get(sentenceKey(s))!);
    expect(sentencesOf(d).filter((s) => s.paragraph >= 1).map((s) => s.text)).toEqual(['Mara Kessel said on Friday that the depot would close.', 'The depot opened on 4 May 1998.']);
    expect(facts.map((f) => f.statements.map((s) => s.speaker.name))).toEqual([['Mara Kessel'], []]);
    expect(facts.map((f) => f.times.map((t) => t.text))).toEqual([[], ['4 May 1998']]);
    expect(warn.mock.calls.map((c) => String(c[0]))).toEqual(['times extraction failed on document news/guard: a reader fault']);
  });

  it('"under an agreement with X" with no verb after it reads to the end without running past the last word', () => {
    expect(dealsIn('under an agreement with Y, subject the other side', false).map((d) => d.named)).toEqual([['Y']]);
  });
});
