import { createHash } from 'node:crypto';
import { makeCorpus, type Corpus } from '../../src/answer/corpus.js';
import type { Doc, Paragraph, Sentence } from '../../src/record/types.js';
import type { SearchHit, SearchIndex, SearchOutcome } from '../../src/search/types.js';
import { sentenceKey, type SentenceFacts, type SentenceKey, type TimeMention } from '../../src/understand/types.js';

/**
 * Small documents of our own writing, built by hand so the digest tests do not depend on the
 * loader or the extractors: the facts of each sentence are given explicitly.
 */
export function docOf(id: string, title: string, body: readonly (readonly string[])[], published = '2031-04-01'): Doc {
  let text = `${title}\n\n`;
  const headline: Sentence = { doc: id, paragraph: 0, sentence: 1, text: title, start: 0, end: title.length };
  const paragraphs: Paragraph[] = body.map((sentences, p) => {
    const start = text.length;
    const out: Sentence[] = sentences.map((s, i) => {
      if (i > 0) text += ' ';
      const at = text.length;
      text += s;
      return { doc: id, paragraph: p + 1, sentence: i + 1, text: s, start: at, end: at + s.length };
    });
    const para: Paragraph = { index: p + 1, start, end: text.length, sentences: out };
    text += '\n\n';
    return para;
  });
  return {
    id,
    file: `${id}.txt`,
    title,
    published,
    source: null,
    url: null,
    dateline: null,
    reportDate: published,
    headline,
    paragraphs,
    text,
    bytes: Buffer.byteLength(text),
    hash: createHash('sha256').update(text).digest('hex'),
  };
}

export const day = (text: string, sentence: string, start: string, end = start): TimeMention => ({
  text,
  index: sentence.indexOf(text),
  start,
  end,
  approximate: false,
});

type FactsSpec = Partial<{ -readonly [K in keyof SentenceFacts]: SentenceFacts[K] }>;

/** Word search over the sentences: every query word must appear; highlights are the words. */
export function fakeIndex(sentences: readonly Sentence[]): SearchIndex {
  const search = (query: string): SearchOutcome => {
    const terms = query.toLowerCase().split(/\W+/).filter(Boolean);
    const hits: SearchHit[] = [];
    for (const s of sentences) {
      const lower = s.text.toLowerCase();
      if (terms.length > 0 && terms.every((t) => lower.includes(t))) {
        hits.push({ sentence: s, score: 1, highlights: terms.map((t) => [lower.indexOf(t), lower.indexOf(t) + t.length] as const) });
      }
    }
    return { hits, suggestions: [], terms };
  };
  return {
    search,
    replaceDocument: () => undefined,
    removeDocument: () => undefined,
    size: sentences.length,
  };
}

/** A corpus of `docs` with `facts` keyed by `doc` then `P.S`. */
export function corpusOf(docs: readonly Doc[], facts: Record<string, Record<string, FactsSpec>> = {}): Corpus {
  const map = new Map<string, Map<SentenceKey, SentenceFacts>>();
  for (const [doc, byKey] of Object.entries(facts)) {
    const inner = new Map<SentenceKey, SentenceFacts>();
    for (const [key, f] of Object.entries(byKey)) inner.set(key as SentenceKey, { times: f.times ?? [], statements: f.statements ?? [], agreements: f.agreements ?? [] });
    map.set(doc, inner);
  }
  const all = docs.flatMap((d) => [...(d.headline ? [d.headline] : []), ...d.paragraphs.flatMap((p) => p.sentences)]);
  return makeCorpus({ docs, problems: [], facts: map, index: fakeIndex(all) });
}

export const keyOf = sentenceKey;
