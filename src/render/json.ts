import type { Answer, Excerpt, Result, WhenFact } from '../answer/types.js';
import { renderText } from './text.js';

/**
 * The answer object of the machine-readable contract (`ask --json`/`--jsonl`). Field names of
 * CONTRACT.md are kept exactly; extra fields are additions, never renames.
 */
export function toContract(answer: Answer): Record<string, unknown> {
  const command = answer.routedTo ?? answer.command;
  return {
    command: answer.command,
    ...(answer.routedTo ? { routed_to: answer.routedTo } : {}),
    query: answer.query,
    status: answer.status,
    text: renderText(answer),
    ...(answer.message ? { message: answer.message } : {}),
    ...(answer.note ? { note: answer.note } : {}),
    results: answer.results.map((r) => result(r, command)),
    suggestions: answer.suggestions.map((s) => ({ excerpt: excerpt(s.excerpt), score: s.score })),
    ...(answer.page ? { total: answer.page.total } : {}),
    ...(answer.context ? { context: answer.context.sentences.map(excerpt) } : {}),
    ...(answer.sources ? { documents: answer.sources.documents, problems: answer.sources.problems } : {}),
    ...(answer.help ? { help: answer.help } : {}),
  };
}

function excerpt(e: Excerpt): Record<string, unknown> {
  return {
    doc: e.doc,
    title: e.title,
    published: e.published,
    paragraph: e.paragraph,
    sentence: e.sentence,
    cite: e.cite,
    text: e.text,
    highlights: e.highlights,
  };
}

function when(w: WhenFact | null | undefined): Record<string, unknown> | null {
  if (!w?.start) return null;
  return {
    text: w.text,
    start: w.start,
    end: w.end ?? w.start,
    approximate: w.approximate,
    ...(w.byContext ? { by_context: excerpt(w.byContext) } : {}),
  };
}

function result(r: Result, command: Answer['command']): Record<string, unknown> {
  const out: Record<string, unknown> = { excerpt: excerpt(r.excerpt), score: r.score };
  const date = r.when ?? r.agreement?.when ?? null;
  if (command === 'when' || command === 'timeline' || date) out.when = when(date);
  if (r.speaker) {
    const { name, mention, description, resolved, cue, quote } = r.speaker;
    out.speaker = { name, mention, description, resolved, cue, quote };
  }
  if (r.agreement) {
    const { parties, mention, resolved, cue, action, status, refersTo } = r.agreement;
    out.parties = parties;
    out.agreement = { action, cue, mention, resolved, status: status ?? null, refers_to: refersTo ?? null };
  }
  return out;
}
