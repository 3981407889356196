/**
 * Which way a date without a year (or a bare weekday) points from the reporting date: decided by
 * the tense markers (verbs, modals, "next", "ago" …) nearest to the time expression: first the
 * one before it in its comma segment, then the one after it, then the same over the clause.
 * "said on Tuesday" → past, "will meet on Monday" → future. No marker at all → unknown (callers
 * pick the nearest occurrence, or the past for weekdays, which is how news reports use them).
 */

export type Tense = 'past' | 'future' | 'unknown';

interface Marker {
  readonly start: number;
  readonly end: number;
  readonly tense: 'past' | 'future';
}

// "due to" is causal when a noun phrase follows ("due to the storm"), a plan when a verb does.
const FUTURE =
  /\b(?:[Ww]ill|[Ww]on['’]t|[Ss]hall|[Ww]ould|[Mm]ay|[Mm]ight|[Ss]hould|[Mm]ust|going to|plans? to|planned to|planning to|(?:is|are|was|were|be) set to|(?:is|are) due (?:to (?!the\b|a\b|an\b|its\b|their\b|his\b|her\b|this\b|that\b|these\b|those\b|[A-Z0-9])|on\b|in\b)|expected to|expects? to|scheduled (?:to|for)|slated (?:to|for)|intends? to|intended to|aims? to|hopes? to|hoped to|(?:agreed|agrees?|decided|decides?|pledged|pledges?|committed|commits?|promised|promises?|vowed|vows?|resolved|threatened|threatens?|offered|offers?|wants?|wanted|sought|seeks?|prepared|prepares?|undertook|undertakes?) to (?!the\b|a\b|an\b|its\b|their\b|his\b|her\b|this\b|that\b)|to be held|(?:due|set|slated|penciled|pencilled|earmarked) (?:on|for|by)(?= (?:[A-Z0-9]|the (?:end|start|beginning|first|second|third|fourth|spring|summer|autumn|fall|winter)\b))|(?:is|are|was|were|be|seems?|seemed|looks?|looked) (?:possible|likely|unlikely|poised|ready)\b|(?:is|are) to\b|upcoming|[Nn]ext|deadline|(?:an?|the) (?:expected|planned|scheduled|proposed|coming)|from now|(?:is|are|am) (?:meeting|holding|hosting|visiting|launching|leaving|travell?ing|opening|starting|releasing|flying|heading|coming|going|returning|presenting|unveiling|announcing|publishing|playing|voting|debating|convening|resuming)\b|(?:is|are|been|be) (?:scheduled|planned|slated|set|expected|postponed|delayed|rescheduled|pushed back|moved)|(?:arrives|begins|starts|opens|closes|ends|meets|launches|returns|departs|expires|resumes|convenes|takes place|kicks off|takes effect|goes into effect|comes into force|travels|heads|visits|flies|hosts|faces|leaves|(?:head|go|goes) to the polls))\b|['’]ll\b/g;

const IRREGULAR_PAST =
  'said|told|was|were|had|did|made|took|gave|began|held|came|went|saw|got|won|lost|left|fell|rose|hit|sent|spoke|wrote|met|paid|sold|bought|brought|thought|found|led|ran|became|broke|built|chose|drew|drove|ate|flew|forgot|froze|grew|heard|hid|kept|knew|laid|meant|rode|rang|shot|sang|sank|sat|slept|slid|stood|stole|struck|swore|swept|swam|taught|tore|threw|understood|woke|wore|wound|cut|bore|sought|fought|caught|dealt|felt|fed|fled|forbade|hung|lay|lit|overtook|sped|spent|spun|stuck|shrank|swung|sprang|strove|dove|stung|withdrew|undertook|underwent|overcame|arose|ago|[Ll]ast|[Yy]esterday|since|earlier|previously';
// A participle after "be" ("will be finalized", "to be signed") or after a present "is"/"are"
// ("how disputes are settled before the autumn", "is being reviewed") is not a past tense.
const PAST = new RegExp(`(?<!\\b(?:be|is|are|am|being)\\s)\\b(?:${IRREGULAR_PAST}|[a-z]{2,}ed)\\b`, 'g');

/** Clause breaks a tense does not cross. */
const BREAK = /[;:!?]|\.\s|—|--/g;

/** Markers of a sentence, computed once per sentence and only when a mention needs them. */
export class TenseMap {
  private markers: Marker[] | null = null;
  private breaks: number[] = [];
  private commas: number[] = [];

  constructor(private readonly text: string) {}

  private build(): Marker[] {
    const future: Marker[] = [];
    for (const m of this.text.matchAll(FUTURE)) future.push({ start: m.index, end: m.index + m[0].length, tense: 'future' });
    const all = [...future];
    for (const m of this.text.matchAll(PAST)) {
      const start = m.index;
      const end = start + m[0].length;
      // "is expected to", "scheduled for": the future reading wins over the -ed form.
      if (future.some((f) => f.start < end && start < f.end)) continue;
      all.push({ start, end, tense: 'past' });
    }
    for (const b of this.text.matchAll(BREAK)) this.breaks.push(b.index);
    for (const b of this.text.matchAll(/[,()]/g)) this.commas.push(b.index);
    this.commas.push(...this.breaks);
    return all;
  }

  /** The tense governing the words at [start, end). */
  at(start: number, end: number): Tense {
    // "extended to Dec. 31", "postponed until March", "postponed its ruling on the expansion until
    // March 3": a new date is ahead of the report ("moved from Monday to Wednesday" is read as
    // two times by the range rules instead).
    if (/\b(?:extended|postponed|delayed|moved|pushed\s+back|put\s+off|rescheduled|deferred|adjourned|brought\s+forward)\b(?:\s+(?!from\b)[^\s,;]+){0,6}?\s+(?:to|until|till|for)\s+(?:the\s+)?$/.test(this.text.slice(Math.max(0, start - 90), start))) return 'future';
    // "closed until Friday": a deadline points ahead, unless a past verb just before says it is
    // over ("had been an outsider until February").
    if (/\b(?:[Uu]ntil|[Tt]ill)\s+(?:the\s+)?$/.test(this.text.slice(Math.max(0, start - 10), start))) {
      // A state that held until then is over: the past perfect ("had been … until February") or a
      // plain active past ("stayed until March"); "is closed/were suspended until June" still point ahead.
      const [lo] = this.bounds(this.commas, start, end);
      const before = this.text.slice(lo, start);
      if (/\bhad\b/.test(before)) return 'past';
      const verb = /\b(\w+\s+)?(\w+ed|stayed|remained|lasted|ran|kept|stood|held|lived|worked|served)\b(?:\s+\S+){0,6}?\s+(?:until|till)\s+(?:the\s+)?$/i.exec(before);
      if (verb && !/^(?:is|are|was|were|be|been|being|am|will|would|'s|has|have|stay|stays|remain|remains|keep|keeps|get|gets|to)\s+$/i.test(verb[1] ?? '')) return 'past';
      return 'future';
    }
    this.markers ??= this.build();
    const clause = this.bounds(this.breaks, start, end);
    const segment = this.bounds(this.commas, start, end);
    // "by June 10" points ahead too, unless a past verb just before says it is over ("had fallen by March").
    if (/\b[Bb]y\s+(?:the\s+)?$/.test(this.text.slice(Math.max(0, start - 8), start)) || /^[Bb]y\s/.test(this.text.slice(start, start + 3))) {
      return this.nearest(segment, start, end, 'before') === 'past' ? 'past' : 'future';
    }
    // The verb before the expression in its comma-delimited segment governs it ("who arrives in
    // Tokyo on Monday, said …"); failing that the one after it ("On Monday, the firm said"); then
    // the same search over the whole clause.
    return (
      this.nearest(segment, start, end, 'before') ??
      this.nearest(segment, start, end, 'after') ??
      this.nearest(clause, start, end, 'before') ??
      this.nearest(clause, start, end, 'after') ??
      'unknown'
    );
  }

  private bounds(cuts: readonly number[], start: number, end: number): [number, number] {
    let lo = 0;
    let hi = this.text.length;
    for (const b of cuts) {
      if (b < start) lo = Math.max(lo, b);
      else if (b >= end) hi = Math.min(hi, b);
    }
    return [lo, hi];
  }

  private nearest([lo, hi]: [number, number], start: number, end: number, side: 'before' | 'after'): Tense | null {
    let best: Marker | null = null;
    let bestDistance = Infinity;
    for (const mk of this.markers!) {
      if (mk.end <= lo || mk.start >= hi) continue;
      if (mk.start < end && start < mk.end) continue; // the mention's own words ("last", "next")
      if (side === 'before' ? mk.end > start : mk.start < end) continue;
      const distance = side === 'before' ? start - mk.end : mk.start - end;
      if (distance < bestDistance) {
        bestDistance = distance;
        best = mk;
      }
    }
    return best ? best.tense : null;
  }
}
