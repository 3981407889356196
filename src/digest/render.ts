import { MESSAGE_MAX_LENGTH, escapeMarkdown, fitMessage, resultLines } from '../render/discord.js';
import type { DigestPlan, DigestItem, Omitted, Section } from './content.js';

/**
 * A digest plan → the messages to post. Items are rendered by the same `resultLines` as every
 * answer (quote, facts, citation; markdown and mentions escaped). A long digest is split between
 * items, never inside one, and each part says which part it is.
 */

const SECTION_TITLE: Record<Section, string> = {
  documents: 'Documents in the record',
  events: 'Key dated events',
  agreements: 'Agreements',
  statements: 'Notable statements',
  added: 'New in the record',
  edited: 'Edited in the record',
  upcoming: 'Coming up',
};

export interface DigestHeader {
  /** The slot the digest is for. */
  readonly slot: Date;
  readonly timezone: string;
  readonly late: boolean;
  readonly topic: string | null;
  /** When the previous digest was posted, for an update's header. */
  readonly previousAt: Date | null;
  readonly manual?: boolean;
}

/** `2026-05-10 09:00` in the digest's timezone. */
export function localTime(at: Date, timezone: string): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: timezone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(at);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')} ${get('hour')}:${get('minute')}`;
}

/** Room kept in every part for the part number and, after the first, the continuation line. */
const PART_ROOM = 64;

function headerLines(plan: DigestPlan, h: DigestHeader): string[] {
  const when = `${localTime(h.slot, h.timezone)} ${h.timezone}`;
  const late = h.late ? ' · posted late' : '';
  const manual = h.manual ? ' · sent now by a moderator' : '';
  const topic = h.topic ? ` · topic “${escapeMarkdown(h.topic)}”` : '';
  const first = `**OnRecord digest** · ${when}${late}${manual}${topic}`;
  const second =
    plan.kind === 'overview'
      ? 'First digest in this channel: an overview of the record.'
      : `What changed in the record since the previous digest${h.previousAt ? ` (${localTime(h.previousAt, h.timezone)})` : ''}, and what is coming up.`;
  return [first, second];
}

interface Block {
  readonly doc: string | null;
  /** The item with its full citation (document title and date) and, for later items of the same document in a message, without. */
  readonly full: string;
  readonly short: string;
}

/** Item blocks; a section's title travels with its first item so it is never left alone at the end of a part. */
function blocksOf(plan: DigestPlan): Block[] {
  const blocks: Block[] = [];
  let section: Section | null = null;
  for (const item of plan.items) {
    const e = item.result.excerpt;
    // A headline quoted as the item already shows the title: do not repeat it in the citation.
    const full = resultLines(e.title !== null && e.text.trim() === e.title.trim() ? { ...item.result, excerpt: { ...e, title: null } } : item.result);
    // The citation is the same (`doc ¶p.s`); the title and date are said once per message.
    const short = resultLines({ ...item.result, excerpt: { ...item.result.excerpt, title: null, published: null } });
    if (item.by) {
      // Who changed the record travels with the document's first item, in both forms.
      const line = `↳ ${escapeMarkdown(item.by)}`;
      full.push(line);
      short.push(line);
    }
    if (item.section !== section) {
      section = item.section;
      full.unshift(`__**${SECTION_TITLE[section]}**__`);
      short.unshift(`__**${SECTION_TITLE[section]}**__`);
    }
    blocks.push({ doc: item.result.excerpt.doc, full: full.join('\n'), short: short.join('\n') });
  }
  if (plan.removed.length > 0) {
    const names = plan.removed.map((r) => `• ${r.title ? `*${escapeMarkdown(r.title)}* ` : ''}(${escapeMarkdown(r.doc)})${r.by ? ` — ${escapeMarkdown(r.by)}` : ''}`);
    const text = ['__**No longer in the record**__', ...names].join('\n');
    blocks.push({ doc: null, full: text, short: text });
  }
  return blocks;
}

/**
 * The messages of a digest, each at most `max` characters; empty when the plan is empty.
 * Messages break between items; a single item longer than a message is cut at a line break by
 * the shared `fitMessage`, the same as any reply.
 */
export function renderDigest(plan: DigestPlan, header: DigestHeader, max: number = MESSAGE_MAX_LENGTH): string[] {
  const blocks = blocksOf(plan);
  if (blocks.length === 0) return [];
  const room = max - PART_ROOM;
  const parts: string[] = [];
  let current = headerLines(plan, header).join('\n');
  let hasItem = false;
  let introduced = new Set<string>();
  const textOf = (b: Block, docs: Set<string>) => (b.doc !== null && docs.has(b.doc) ? b.short : b.full);
  for (const block of blocks) {
    const next = `${current}\n\n${textOf(block, introduced)}`;
    if (next.length <= room || !hasItem) {
      current = next;
      hasItem = true;
      if (block.doc !== null) introduced.add(block.doc);
      continue;
    }
    parts.push(current);
    introduced = new Set(block.doc !== null ? [block.doc] : []);
    current = block.full;
  }
  parts.push(current);
  if (parts.length === 1) return [fitMessage(parts[0]!, max)];
  return parts.map((p, i) => {
    const n = `(part ${i + 1}/${parts.length})`;
    const body = fitMessage(p, room);
    if (i > 0) return `**OnRecord digest, continued** ${n}\n\n${body}`;
    const [head, ...rest] = body.split('\n');
    return [`${head ?? ''} ${n}`, ...rest].join('\n');
  });
}

/** The private preview: exactly what would be posted, then why each candidate is in or out. */
export function renderPreview(plan: DigestPlan, messages: readonly string[], max: number = MESSAGE_MAX_LENGTH): string[] {
  const reasons = [
    '**Why each item is in**',
    ...plan.items.map((i: DigestItem) => `• ${escapeMarkdown(i.result.excerpt.cite)}: ${escapeMarkdown(i.why)}`),
  ];
  if (plan.items.length === 0) reasons.push('• nothing: nothing new and nothing coming up, so nothing would be posted (the run is still recorded).');
  const out = plan.omitted.map((o: Omitted) => `• ${escapeMarkdown(o.cite)}: ${escapeMarkdown(o.why)}`);
  if (out.length > 0) reasons.push('**Left out**', ...out);
  return [...messages, fitMessage(reasons.join('\n'), max)];
}
