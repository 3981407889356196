import { PARAGRAPH_SIGN } from '../record/citation.js';
import { sentencesOf, type Doc } from '../record/types.js';
import { analyzeDocument } from '../understand/analyze.js';
import { sentenceKey } from '../understand/types.js';
import { escapeMarkdown } from './discord.js';

/**
 * How OnRecord read a document it was just given: the `inspect` view, short enough for a
 * Discord reply or a console screen. Title, date, source, counts, the first sentences with their
 * citations, and what was found (dates, statements, agreements), each with its citation, so the
 * moderator can tell at a glance whether the page was read right.
 */

export const READBACK_LIMITS = Object.freeze({
  /** The first sentences: enough to see the page's chrome was dropped and the story kept. */
  firstSentences: 3,
  /** Facts per kind: a sample to check, not the whole inspection. */
  factsPerKind: 3,
  /** Characters of a quoted sentence or clause before it is cut. */
  quoteLength: 160,
});

export interface ReadbackStyle {
  /** Escapes quoted text for the surface (Discord markdown, or nothing for a terminal). */
  readonly escape: (text: string) => string;
  readonly bold: (text: string) => string;
}

export const DISCORD_READBACK: ReadbackStyle = { escape: escapeMarkdown, bold: (t) => `**${t}**` };
export const TEXT_READBACK: ReadbackStyle = { escape: (t) => t.replace(/\s+/gu, ' '), bold: (t) => t };

const cut = (text: string, max: number): string => (text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`);
/** Every sentence here is of the one document named above: its citation is `¶p.s`. */
const cite = (s: { paragraph: number; sentence: number }): string => `${PARAGRAPH_SIGN}${s.paragraph}.${s.sentence}`;
const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

export interface ReadbackInput {
  readonly doc: Doc;
  /** "Added", "Replaced". */
  readonly verb: string;
  /** Where it came from and how it was read, in words ("from the link …, read as a web page"). */
  readonly how: string;
}

export function renderReadback({ doc, verb, how }: ReadbackInput, style: ReadbackStyle): string {
  const e = style.escape;
  const q = (t: string) => e(cut(t, READBACK_LIMITS.quoteLength));
  const facts = analyzeDocument(doc);
  const sentences = sentencesOf(doc);
  const lines = [
    `${style.bold(`${verb} ${e(doc.id)}`)} ${e(how)}`,
    `Title: ${doc.title ? e(doc.title) : '(none)'}`,
    `Date: ${doc.published ?? 'unknown (relative dates stay unresolved; give one with the date option)'}${doc.source ? ` · Source: ${e(doc.source)}` : ''}`,
    ...(doc.url ? [`URL: <${doc.url.replace(/[<>\s]/gu, encodeURIComponent)}>`] : []),
    `Read as ${plural(doc.paragraphs.length, 'paragraph')}, ${plural(sentences.length, 'sentence')}.`,
    '',
    style.bold('First sentences'),
    ...sentences.slice(0, READBACK_LIMITS.firstSentences).map((s) => `> ${q(s.text)} — ${cite(s)}`),
  ];
  const times: string[] = [];
  const said: string[] = [];
  const agreed: string[] = [];
  let counts = { times: 0, said: 0, agreed: 0 };
  for (const s of sentences) {
    const f = facts.get(sentenceKey(s));
    if (!f) continue;
    const at = cite(s);
    for (const t of f.times) {
      if (!t.start) continue;
      counts = { ...counts, times: counts.times + 1 };
      const range = t.end && t.end !== t.start ? `${t.start} to ${t.end}` : t.start;
      if (times.length < READBACK_LIMITS.factsPerKind) times.push(`• date ${range}${t.approximate ? ' (approximate)' : ''}: “${q(t.text)}” — ${at}`);
    }
    for (const st of f.statements) {
      counts = { ...counts, said: counts.said + 1 };
      if (said.length < READBACK_LIMITS.factsPerKind) said.push(`• ${e(st.speaker.name)} ${e(st.cue)}: “${q(st.content)}” — ${at}`);
    }
    for (const a of f.agreements) {
      counts = { ...counts, agreed: counts.agreed + 1 };
      if (agreed.length < READBACK_LIMITS.factsPerKind) agreed.push(`• ${e(a.parties.join(', '))} ${e(a.cue)}: “${q(a.action)}” — ${at}`);
    }
  }
  lines.push(
    '',
    style.bold('What it found'),
    `${plural(counts.times, 'date')}, ${plural(counts.said, 'statement')}, ${plural(counts.agreed, 'agreement')}.`,
    ...times,
    ...said,
    ...agreed,
  );
  return lines.join('\n');
}
