import type { Answer, Excerpt, Result, SourceInfo, WhenFact } from '../answer/types.js';
import type { Highlight } from '../search/types.js';
import { readingLine } from './text.js';

/**
 * Answer → Discord message content. Pure: no discord.js here, so the digest and the tests can use
 * it too. The layout is plain text first (quote, fact, citation) so that it reads well with
 * embeds disabled and in a screen reader.
 */

// Discord's limits, named once (https://discord.com/developers/docs/resources/message).
export const MESSAGE_MAX_LENGTH = 2_000;
export const AUTOCOMPLETE_MAX_CHOICES = 25;
export const CHOICE_NAME_MAX_LENGTH = 100;
export const CHOICE_VALUE_MAX_LENGTH = 100;
export const CUSTOM_ID_MAX_LENGTH = 100;
export const BUTTON_LABEL_MAX_LENGTH = 80;

// Message flag bits (https://discord.com/developers/docs/resources/message#message-object-message-flags).
export const FLAG_SUPPRESS_EMBEDS = 1 << 2;
export const FLAG_EPHEMERAL = 1 << 6;

/** Shown when a message had to be cut to fit; counts against the limit. */
export const CUT_NOTICE = '\n… (cut to fit Discord’s message limit)';

/** The message body every reply and post uses: no pings, no link previews. */
export interface DiscordMessagePayload {
  readonly content: string;
  readonly flags: number;
  readonly allowed_mentions: { readonly parse: readonly [] };
}

/** Wrap content as a safe payload: cut to the limit, never pinging, link embeds suppressed. */
export function discordMessage(content: string, options: { ephemeral?: boolean } = {}): DiscordMessagePayload {
  return {
    content: fitMessage(content),
    flags: FLAG_SUPPRESS_EMBEDS | (options.ephemeral ? FLAG_EPHEMERAL : 0),
    allowed_mentions: { parse: [] },
  };
}

/**
 * Escape Discord markdown so quoted text shows as written: emphasis, code, spoilers, masked
 * links, block quotes, headings and lists, and mentions (`<@1>`, `@everyone` show as text; the
 * reply also sends `allowed_mentions: { parse: [] }` so nothing can ping either way).
 * Line breaks become spaces so a quote stays one quoted line.
 */
export function escapeMarkdown(text: string): string {
  const oneLine = text.replace(/\s*[\r\n\u2028\u2029]+\s*/g, ' ');
  const escaped = oneLine.replace(/[\\*_~`|<>@[\]#]/g, (c) => `\\${c}`);
  // A leading list or heading marker would change the layout even inside a quote.
  // (A backslash escapes punctuation only: "1." becomes "1\.", "-" becomes "\-".)
  return escaped.replace(/^(\s*)(?:([-+])|(\d+)\.)(\s)/, (_m, sp: string, sign: string | undefined, num: string | undefined, ws: string) =>
    sign ? `${sp}\\${sign}${ws}` : `${sp}${num ?? ''}\\.${ws}`,
  );
}

/**
 * Escape `text`, then show the highlight ranges in bold (merged, clipped to the text; ranges
 * separated only by spaces become one bold run, so "night ferry" reads as one phrase).
 */
export function boldHighlights(text: string, highlights: readonly Highlight[]): string {
  const ranges = mergeRanges(text, highlights);
  let out = '';
  let at = 0;
  for (const [start, end] of ranges) {
    out += escapeMarkdown(text.slice(at, start));
    const inner = escapeMarkdown(text.slice(start, end));
    out += inner.trim() === '' ? inner : `**${inner}**`;
    at = end;
  }
  return out + escapeMarkdown(text.slice(at));
}

function mergeRanges(text: string, highlights: readonly Highlight[]): Array<[number, number]> {
  const length = text.length;
  const sorted = highlights
    .map(([s, e]): [number, number] => [Math.max(0, Math.min(s, length)), Math.max(0, Math.min(e, length))])
    .filter(([s, e]) => e > s)
    .sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const out: Array<[number, number]> = [];
  for (const r of sorted) {
    const last = out[out.length - 1];
    if (last && (r[0] <= last[1] || /^[ \t]+$/.test(text.slice(last[1], r[0])))) last[1] = Math.max(last[1], r[1]);
    else out.push([r[0], r[1]]);
  }
  return out;
}

/**
 * Cut `content` to `max` characters at the last line break that fits, else the last sentence end,
 * else the last space, and say it was cut. Bold markers left open by the cut are closed.
 */
export function fitMessage(content: string, max: number = MESSAGE_MAX_LENGTH): string {
  if (content.length <= max) return content;
  const room = max - CUT_NOTICE.length - 2; // 2: room to close a bold span
  const head = content.slice(0, Math.max(0, room));
  const floor = Math.floor(room / 2); // never throw away more than half for a nicer boundary
  const candidates = [head.lastIndexOf('\n'), lastSentenceEnd(head), head.lastIndexOf(' ')];
  const cutAt = candidates.find((i) => i >= floor) ?? head.length;
  let cut = head.slice(0, cutAt).replace(/\\+$/, (m) => (m.length % 2 ? m.slice(1) : m)).trimEnd();
  if (countBoldMarkers(cut) % 2 === 1) cut += '**';
  return cut + CUT_NOTICE;
}

function lastSentenceEnd(text: string): number {
  let best = -1;
  for (const m of text.matchAll(/[.!?…]["”’)]?\s/g)) best = m.index + m[0].length - 1;
  return best;
}

function countBoldMarkers(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length - 1; i++) {
    if (text[i] === '\\') {
      i++;
      continue;
    }
    if (text[i] === '*' && text[i + 1] === '*') {
      n++;
      i++;
    }
  }
  return n;
}

/** Cut a plain (unescaped) text to `max` characters at a word boundary, marked with `ellipsis`. */
export function clip(text: string, max: number, ellipsis = '…'): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const head = flat.slice(0, max - ellipsis.length);
  const space = head.lastIndexOf(' ');
  return `${(space >= max / 2 ? head.slice(0, space) : head).trimEnd()}${ellipsis}`;
}

/**
 * An autocomplete choice's name: the part of a long label where the typed word is, with "…"
 * where text was left out on either side, within `max` characters; the first `lead` characters
 * (a citation, a speaker) always stay. Without a typed word found, the label's start, as before.
 */
export function choiceName(label: string, typed: string, lead = 0, max: number = CHOICE_NAME_MAX_LENGTH): string {
  const flat = label.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const keep = Math.min(Math.max(0, lead), Math.floor(max / 2));
  const head = flat.slice(0, keep);
  const body = flat.slice(keep);
  const room = max - head.length;
  const at = typedWordAt(body, typed);
  const plain = clip(body, room);
  // The whole word already shows in the plain cut: cut at the end only.
  if (at === null || plain.length - (plain.endsWith('…') ? 1 : 0) >= at.end) return head + plain;
  // Some context before the word (a third of the room, more when the label ends soon after it),
  // started at a word.
  const from = Math.max(0, Math.min(at.start - Math.floor(room / 3), body.length - (room - 1)));
  const space = body.indexOf(' ', from);
  const rest = body.slice(from === 0 ? 0 : space >= 0 && space < at.start ? space + 1 : at.start);
  const lefted = `…${rest}`;
  return head + (lefted.length <= room ? lefted : `…${clip(rest, room - 1)}`);
}

/** Where in `text` a typed word starts a word (the whole word, to its end): the last typed word (the one being typed) first, else any. */
function typedWordAt(text: string, typed: string): { start: number; end: number } | null {
  const words = typed.toLowerCase().normalize('NFKD').replace(/\p{M}+/gu, '').match(/[\p{L}\p{N}]+/gu) ?? [];
  const folded = text.toLowerCase().normalize('NFKD').replace(/\p{M}+/gu, '');
  // Folding must keep offsets (it does for letters with accents; a ligature would shift them).
  const hay = folded.length === text.length ? folded : text.toLowerCase();
  for (const w of [...words].reverse()) {
    const m = new RegExp(`(?<![\\p{L}\\p{N}])${w}[\\p{L}\\p{N}]*`, 'u').exec(hay);
    if (m) return { start: m.index, end: m.index + m[0].length };
  }
  return null;
}

const COMMAND_TITLE: Record<Answer['command'], string> = {
  when: 'When',
  'who-said': 'Who said',
  agreed: 'Agreed',
  search: 'Search',
  ask: 'Ask',
  context: 'Context',
  timeline: 'Timeline',
  sources: 'Sources',
  help: 'Help',
  check: 'Checked in the record',
};

/** A pasted message is echoed only as its start: the answer is about the record, not the claim. */
const ECHO_MAX_LENGTH: Partial<Record<Answer['command'], number>> = { check: 120 };

/**
 * The header line: the command and what was asked, escaped (user input never renders as
 * markdown). A refused query is not echoed at all: the reason says what was wrong with it.
 */
export function headerLine(answer: Answer): string {
  if (answer.status === 'invalid') return `**${COMMAND_TITLE[answer.command]}**`;
  const routed = answer.routedTo && answer.routedTo !== answer.command ? ` (answered as /${answer.routedTo})` : '';
  const query = answer.query.trim() ? ` “${escapeMarkdown(clip(answer.query, ECHO_MAX_LENGTH[answer.command] ?? 200))}”` : '';
  return `**${COMMAND_TITLE[answer.command]}**${query}${routed}`;
}

/** A title is a label, not the article: the first words, cut at a word (a headline can run to 200). */
export const TITLE_MAX_LENGTH = 90;

/**
 * A document's `url` as a link target, or null: only http(s), no credentials, at most 512
 * characters, and parentheses encoded so the markdown link cannot be closed early.
 */
export function safeUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    return null;
  }
  if ((parsed.protocol !== 'https:' && parsed.protocol !== 'http:') || parsed.username || parsed.password) return null;
  const href = parsed.href.replace(/\(/g, '%28').replace(/\)/g, '%29');
  return href.length <= 512 && !/[\s<>]/.test(href) ? href : null;
}

/**
 * The line that names a document, once per answer: its title shortened at a word, a link when
 * the document has a url (`<…>` keeps Discord from previewing it), and its date.
 */
export function documentLine(doc: { readonly doc: string; readonly title: string | null; readonly published: string | null; readonly url?: string | null }): string {
  const label = escapeMarkdown(doc.title ? clip(doc.title, TITLE_MAX_LENGTH) : doc.doc);
  const url = safeUrl(doc.url);
  const title = url ? `[${label}](<${url}>)` : label;
  return `**${title}**${doc.published ? ` · ${doc.published}` : ''}`;
}

/** The citation under a quote, in Discord's small grey subtext: the document is named above. */
export function citationLine(e: Excerpt): string {
  return `-# ${escapeMarkdown(e.cite)}`;
}

export function whenText(w: WhenFact): string {
  if (!w.start) return w.text ? `Date: not stated as a day (written “${escapeMarkdown(w.text)}”)` : 'Date: the record gives no date';
  const range = w.end && w.end !== w.start ? `${w.start} to ${w.end}` : w.start;
  const about = w.approximate ? 'about ' : '';
  const written = w.text ? ` (written “${escapeMarkdown(w.text)}”)` : '';
  const ctx = w.byContext ? `, dated by context: ${escapeMarkdown(w.byContext.cite)}` : '';
  return `Date: ${about}${range}${written}${ctx}`;
}

/** What the command found in the sentence (date, speaker, parties), as one short line; null when nothing. */
export function factLine(r: Result): string | null {
  const bits: string[] = [];
  if (r.when) bits.push(whenText(r.when));
  if (r.speaker) {
    const desc = r.speaker.description ? `, ${escapeMarkdown(r.speaker.description)}` : '';
    const how = r.speaker.resolved ? ` (${escapeMarkdown(r.speaker.resolved)})` : '';
    bits.push(`Said by: ${escapeMarkdown(r.speaker.name)}${desc}${how}`);
  }
  if (r.agreement) {
    const how = r.agreement.resolved ? ` (${escapeMarkdown(r.agreement.resolved)})` : '';
    bits.push(`Parties: ${r.agreement.parties.map(escapeMarkdown).join(', ')}${how}`);
    bits.push(`Agreed: ${escapeMarkdown(r.agreement.action)}`);
    if (r.agreement.when && !r.when) bits.push(whenText(r.agreement.when));
  }
  return bits.length > 0 ? bits.join(' · ') : null;
}

/** Lines of one result: the quote, what was found, the citation. */
export function answerLines(r: Result): string[] {
  const fact = factLine(r);
  return [`> ${boldHighlights(r.excerpt.text, r.excerpt.highlights)}`, ...(fact ? [fact] : []), citationLine(r.excerpt)];
}

/**
 * Lines of one result with its full citation (title, date, place), for messages that do not
 * group by document (digests).
 */
export function resultLines(r: Result): string[] {
  const e = r.excerpt;
  const title = e.title ? `*${escapeMarkdown(e.title)}*, ` : '';
  const date = e.published ? `${e.published}, ` : '';
  const lines = [`> ${boldHighlights(e.text, e.highlights)}`];
  if (r.when) lines.push(whenText(r.when));
  if (r.speaker) {
    const desc = r.speaker.description ? `, ${escapeMarkdown(r.speaker.description)}` : '';
    const how = r.speaker.resolved ? ` (${escapeMarkdown(r.speaker.resolved)})` : '';
    lines.push(`Said by: ${escapeMarkdown(r.speaker.name)}${desc}${how}`);
  }
  if (r.agreement) {
    const how = r.agreement.resolved ? ` (${escapeMarkdown(r.agreement.resolved)})` : '';
    lines.push(`Parties: ${r.agreement.parties.map(escapeMarkdown).join(', ')}${how}`);
    lines.push(`Agreed: ${escapeMarkdown(r.agreement.action)}`);
    if (r.agreement.status) lines.push(`Status: ${r.agreement.status}${r.agreement.refersTo ? ` (the agreement of ${r.agreement.refersTo})` : ''}`);
    if (r.agreement.when && !r.when) lines.push(whenText(r.agreement.when));
  }
  lines.push(`Source: ${title}${date}${escapeMarkdown(e.cite)}`);
  return lines;
}

/**
 * One block per result, the document's line before the first result from it: a document's
 * title is said once however many of its sentences are quoted.
 */
function groupedBlocks(results: readonly Result[]): string[][] {
  const named = new Set<string>();
  return results.map((r) => {
    const lines = answerLines(r);
    if (named.has(r.excerpt.doc)) return lines;
    named.add(r.excerpt.doc);
    return [documentLine(r.excerpt), ...lines];
  });
}

function sourceLine(s: SourceInfo): string {
  const bits = [s.published, s.source ? escapeMarkdown(s.source) : null, `${s.paragraphs} paragraphs`, `${s.sentences} sentences`];
  return `• ${documentLine({ ...s, published: null })} (${escapeMarkdown(s.doc)}): ${bits.filter((b) => b !== null).join(', ')}`;
}

/**
 * Add blocks while they fit, then say how many were left out, so a long answer is cut between
 * results rather than in the middle of a quote.
 */
function joinBlocks(head: string[], blocks: string[][], max: number, more: (left: number) => string): string {
  let out = head.join('\n');
  for (let i = 0; i < blocks.length; i++) {
    const block = `\n\n${(blocks[i] ?? []).join('\n')}`;
    const tail = i < blocks.length - 1 ? `\n\n${more(blocks.length - i - 1)}` : '';
    if (out.length + block.length + tail.length > max && i > 0) {
      return `${out}\n\n${more(blocks.length - i)}`;
    }
    out += block;
  }
  return out;
}

export interface RenderOptions {
  /** Limit to fit (default MESSAGE_MAX_LENGTH). */
  readonly max?: number;
}

/** "Results 3–4 of 9 · page 2 of 5": where this page is, and how much there is. */
export function pagePosition(answer: Answer): string {
  const page = answer.page;
  const n = answer.results.length;
  if (!page || page.total === 0) return `${n} result${n === 1 ? '' : 's'}`;
  const from = page.index * page.size + 1;
  const pages = Math.ceil(page.total / page.size);
  return `Results ${from}–${from + n - 1} of ${page.total}${pages > 1 ? ` · page ${page.index + 1} of ${pages}` : ''}`;
}

/** The message content for an answer. Always ≤ `max` characters. */
export function renderDiscord(answer: Answer, options: RenderOptions = {}): string {
  const max = options.max ?? MESSAGE_MAX_LENGTH;
  if (!answer.reading) return renderBody(answer, max);
  // The footer is kept whole: the answer above it is fitted to what is left.
  const footer = `\n-# ${readingLine(answer.reading)}`;
  return `${renderBody(answer, max - footer.length)}${footer}`;
}

function renderBody(answer: Answer, max: number): string {
  const header = headerLine(answer);
  const notShown = (n: number) => `(${n} more not shown here)`;
  const note = answer.note ? [`-# ${escapeMarkdown(answer.note)}`] : [];

  if (answer.status === 'invalid') {
    return fitMessage(`${header}\n${escapeMarkdown(answer.message ?? 'That request could not be read.')}`, max);
  }
  if (answer.help) {
    const lines = answer.help.map((h) => `\`${h.usage.replace(/`/g, 'ʼ')}\` ${escapeMarkdown(h.summary)}`);
    return fitMessage([header, ...lines].join('\n'), max);
  }
  if (answer.sources) {
    const lines = answer.sources.documents.map(sourceLine);
    if (lines.length === 0) lines.push('The record holds no documents.');
    for (const p of answer.sources.problems) lines.push(`Skipped ${escapeMarkdown(p.file)}: ${escapeMarkdown(p.reason)}`);
    return fitMessage([header, ...lines].join('\n'), max);
  }
  if (answer.context) {
    const { target, sentences } = answer.context;
    const lines = sentences.map((s) => {
      const text = escapeMarkdown(s.text);
      const isTarget = s.paragraph === target.paragraph && s.sentence === target.sentence && s.doc === target.doc;
      return isTarget ? `> ▶ **${text}**` : `> ${text}`;
    });
    return fitMessage([header, '', documentLine(target), ...lines, citationLine(target)].join('\n'), max);
  }
  if (answer.status === 'not_found') {
    const head = [header, ...note, escapeMarkdown(answer.message ?? 'The record does not cover that.')];
    if (answer.suggestions.length === 0) return fitMessage(head.join('\n'), max);
    head.push('', 'Nearest sentences (suggestions, not answers):');
    return fitMessage(joinBlocks(head, groupedBlocks(answer.suggestions), max, notShown), max);
  }
  return fitMessage(joinBlocks([`${header} · ${pagePosition(answer)}`, ...note], groupedBlocks(answer.results), max, notShown), max);
}

/** True when a further page exists. */
export function hasMorePages(answer: Answer): boolean {
  const p = answer.page;
  return !!p && (p.index + 1) * p.size < p.total;
}
