/**
 * The machine-readable side of the command line (shared/CONTRACT.md), kept apart from the entry
 * points so that tests can call it directly.
 */
import { z } from 'zod';
import { answer } from '../answer/index.js';
import type { Corpus } from '../answer/corpus.js';
import type { Meaning } from '../answer/meaning.js';
import { citeOf } from '../record/citation.js';
import type { Doc, Sentence } from '../record/types.js';
import { toContract } from '../render/json.js';
import { describeResolution } from '../answer/resolved.js';
import { analyzeDocument } from '../understand/analyze.js';
import { sentenceKey, type SentenceFacts, type SentenceKey } from '../understand/types.js';

const ContractRequest = z.object({
  command: z.enum(['when', 'who-said', 'agreed', 'search', 'ask']),
  query: z.string().nullish(),
});

/** Answers a contract request line; a malformed one gets an `invalid` answer and the run goes on. */
export function answerLine(corpus: Corpus, line: string): Record<string, unknown> {
  const request = requestOf(line);
  return 'invalid' in request ? request.invalid : toContract(answer(corpus, request));
}

/** `answerLine` with the question's cosines in meaning, once the record's sentence vectors are ready (see `Meaning`). */
export async function meaningLine(corpus: Corpus, line: string, meaning: Meaning): Promise<Record<string, unknown>> {
  const request = requestOf(line);
  return 'invalid' in request ? request.invalid : toContract(await meaning.answer(corpus, request));
}

function requestOf(line: string): { command: 'when' | 'who-said' | 'agreed' | 'search' | 'ask'; query: string } | { invalid: Record<string, unknown> } {
  let raw: unknown;
  try {
    raw = JSON.parse(line);
  } catch {
    return { invalid: invalidLine(null, 'The request is not valid JSON: send one object per line, like {"command": "search", "query": "talks"}.') };
  }
  const parsed = ContractRequest.safeParse(raw);
  if (!parsed.success) {
    const command = typeof (raw as { command?: unknown })?.command === 'string' ? String((raw as { command: string }).command) : null;
    return { invalid: invalidLine(command, `The request must have "command" (one of when, who-said, agreed, search, ask) and a "query" string.`) };
  }
  return { command: parsed.data.command, query: parsed.data.query ?? '' };
}

function invalidLine(command: string | null, message: string): Record<string, unknown> {
  return { command, query: null, status: 'invalid', text: `✖ ${message}`, message, results: [], suggestions: [] };
}


/** One `inspect --json` line: how a document was read and what was found in each sentence. */
export function inspectLine(doc: Doc, analyze: (doc: Doc) => ReadonlyMap<SentenceKey, SentenceFacts> = analyzeDocument): Record<string, unknown> {
  const facts = analyze(doc);
  const sentence = (s: Sentence) => sentenceJson(s, facts);
  return {
    doc: doc.id,
    title: doc.title,
    published: doc.published,
    report_date: doc.reportDate,
    source: doc.source,
    url: doc.url,
    dateline: doc.dateline,
    errors: [],
    headline: doc.headline ? sentence(doc.headline) : null,
    paragraphs: doc.paragraphs.map((p) => ({ sentences: p.sentences.map(sentence) })),
  };
}

/** The `inspect --json` line of a file that could not be read as a document. */
export function inspectErrorLine(id: string, reason: string): Record<string, unknown> {
  return { doc: id, title: null, published: null, errors: [reason], paragraphs: [] };
}

function sentenceJson(s: Sentence, facts: ReadonlyMap<SentenceKey, SentenceFacts>): Record<string, unknown> {
  const f = facts.get(sentenceKey(s));
  return {
    cite: citeOf(s),
    text: s.text,
    times: (f?.times ?? []).map((t) => ({ text: t.text, start: t.start, end: t.end, approximate: t.approximate })),
    statements: (f?.statements ?? []).map((st) => ({
      speaker: {
        name: st.speaker.name,
        mention: st.speaker.mention,
        description: st.speaker.description,
        kind: st.speaker.kind,
        resolved: describeResolution(st.speaker.mention, st.speaker.name, st.speaker.resolution),
      },
      cue: st.cue,
      content: st.content,
      direct: st.direct,
    })),
    agreements: (f?.agreements ?? []).map((a) => ({
      parties: a.parties,
      mention: a.mention,
      cue: a.cue,
      action: a.action,
      resolved: describeResolution(a.mention, a.parties.join(', '), a.resolution),
      status: a.status,
      noun: a.noun,
      refers_to: a.refersTo ? `¶${a.refersTo.paragraph}.${a.refersTo.sentence}` : null,
    })),
  };
}
