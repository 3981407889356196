import type { Answer, Excerpt, Result, WhenFact } from '../answer/types.js';
import type { Highlight } from '../search/types.js';

/** How matched words are marked: `**word**` in plain text, ANSI bold on a terminal. */
export interface TextStyle {
  readonly bold: (s: string) => string;
}

export const PLAIN: TextStyle = { bold: (s) => `**${s}**` };
export const ANSI: TextStyle = { bold: (s) => `\u001b[1m${s}\u001b[22m` };

/** Titles are shown shortened; the citation, not the title, identifies the document. */
const TITLE_MAX = 80;

/** The sentence with its highlight ranges marked; ranges are sorted and clipped defensively. */
export function marked(text: string, highlights: readonly Highlight[], style: TextStyle): string {
  let out = '';
  let at = 0;
  for (const [a, b] of [...highlights].sort((x, y) => x[0] - y[0])) {
    const start = Math.max(a, at);
    const end = Math.min(b, text.length);
    if (end <= start) continue;
    out += text.slice(at, start) + style.bold(text.slice(start, end));
    at = end;
  }
  return out + text.slice(at);
}

export function shortTitle(title: string | null): string | null {
  if (!title) return null;
  return title.length > TITLE_MAX ? `${title.slice(0, TITLE_MAX - 1).trimEnd()}…` : title;
}

export function citation(e: Excerpt): string {
  const title = shortTitle(e.title);
  const meta = [title, e.published].filter(Boolean).join(', ');
  return meta ? `${meta} · ${e.cite}` : e.cite;
}

export function dateRange(w: Pick<WhenFact, 'start' | 'end' | 'approximate'>): string {
  if (!w.start) return 'no date';
  const range = !w.end || w.end === w.start ? w.start : `${w.start} to ${w.end}`;
  return w.approximate ? `${range} (approximate)` : range;
}

function whenLine(w: WhenFact | undefined, command: Answer['command']): string | null {
  if (!w) return command === 'when' ? 'Date: the record gives no date for this.' : null;
  const own = `Date: ${dateRange(w)}${w.text ? ` — as written: “${w.text}”` : ''}`;
  return w.byContext ? `${own} (dated by context: ${w.byContext.cite} “${w.byContext.text}”)` : own;
}

function facts(r: Result, command: Answer['command']): string[] {
  const lines: string[] = [];
  if (r.speaker) {
    const who = r.speaker.description ? `${r.speaker.name} (${r.speaker.description})` : r.speaker.name;
    lines.push(`Speaker: ${who}${r.speaker.resolved ? ` — ${r.speaker.resolved}` : ''}`);
  }
  if (r.agreement) {
    const a = r.agreement;
    lines.push(`Parties: ${a.parties.join(', ') || a.mention}${a.resolved ? ` — ${a.resolved}` : ''}`);
    lines.push(`Agreed (${a.cue}): “${a.action}”`);
    if (a.status) lines.push(`Status: ${a.status}${a.refersTo ? ` — the agreement of ${a.refersTo}` : ''}`);
    const w = whenLine(a.when ?? undefined, command);
    if (a.when && w) lines.push(w);
  }
  const w = whenLine(r.when, command);
  if (w && !r.agreement?.when) lines.push(w);
  return lines;
}

function resultBlock(r: Result, n: number, style: TextStyle, command: Answer['command']): string {
  const quote = `${n}. “${marked(r.excerpt.text, r.excerpt.highlights, style)}”`;
  const rest = [...facts(r, command), `Source: ${citation(r.excerpt)}`].map((l) => `   ${l}`);
  return [quote, ...rest].join('\n');
}

const HEADINGS: Partial<Record<Answer['command'], string>> = {
  when: 'When',
  'who-said': 'Who said',
  agreed: 'Agreed',
  search: 'Search',
  timeline: 'Timeline',
  check: 'Checked in the record',
};

/**
 * The footer of an answer drawn from facts still being read (`Answer.reading`): how much of the
 * record it saw, in every front end's words alike.
 */
export function readingLine(reading: NonNullable<Answer['reading']>): string {
  return `Still reading the record: ${reading.sentences.toLocaleString('en')} of ${reading.total.toLocaleString('en')} sentences; this answer may grow.`;
}

/** The answer as the console prints it (and as the contract's `text` field carries it). */
export function renderText(answer: Answer, style: TextStyle = PLAIN): string {
  const body = renderBody(answer, style);
  return answer.reading ? `${body}\n${readingLine(answer.reading)}` : body;
}

function renderBody(answer: Answer, style: TextStyle): string {
  const command = answer.routedTo ?? answer.command;
  if (answer.status === 'invalid') return `✖ ${answer.message ?? 'That request is not valid.'}`;
  if (answer.help) return ['Commands:', ...answer.help.map((h) => `  ${h.usage.padEnd(36)} ${h.summary}`)].join('\n');
  if (answer.sources) {
    const docs = answer.sources.documents.map(
      (d) => `- ${d.doc}: ${shortTitle(d.title) ?? '(untitled)'}${d.published ? ` (${d.published})` : ''} — ${d.paragraphs} paragraphs, ${d.sentences} sentences, ${d.bytes} bytes`,
    );
    const problems = answer.sources.problems.map((p) => `- ${p.file}: ${p.reason}`);
    return [
      `Sources (${answer.sources.documents.length}):`,
      ...docs,
      ...(problems.length ? [`Not served (${problems.length}):`, ...problems] : []),
    ].join('\n');
  }
  if (answer.context) {
    const { target, sentences } = answer.context;
    const lines = sentences.map((s) => (s.cite === target.cite ? `▶ ${s.text}` : `  ${s.text}`));
    return [`Context of ${target.cite}:`, ...lines, `Source: ${citation(target)}`].join('\n');
  }
  if (answer.status === 'not_found') {
    const lines = [answer.message ?? 'The record does not cover that.'];
    if (answer.suggestions.length) {
      lines.push('Nearest sentences (suggestions, not answers):');
      for (const s of answer.suggestions) lines.push(`  - “${s.excerpt.text}” — ${s.excerpt.cite}`);
    }
    return lines.join('\n');
  }
  const heading = HEADINGS[command] ?? 'Answer';
  const head = [answer.query ? `${heading}: ${answer.query}` : heading, ...(answer.note ? [answer.note] : [])].join('\n');
  const offset = answer.page ? answer.page.index * answer.page.size : 0;
  const blocks = answer.results.map((r, i) => resultBlock(r, offset + i + 1, style, command));
  const more =
    answer.page && answer.page.total > offset + answer.results.length
      ? [`(${offset + 1}–${offset + answer.results.length} of ${answer.page.total}; /more shows the next ones)`]
      : [];
  return [head, ...blocks, ...more].join('\n');
}
