/**
 * The time-expression engine behind `extractTimes`: a set of regular-expression rules that each
 * propose a candidate (a span of the sentence and how to compute its day range), then a pass that
 * keeps the longest non-overlapping candidates, joins "Monday, May 4", ranges ("from 2009 to
 * 2011") and vague modifiers ("early", "mid-", "by the end of"), and finally resolves what depends
 * on the reporting date and on the tense of the clause.
 */
import {
  applyMod, centuryPeriod, dayOf, dayPeriod, decadePeriod, halfPeriod, isoOf, monthPeriod, quarterPeriod, seasonPeriod,
  validYmd, weekdayOf, weekendPeriod, weekPeriod, yearPeriod, ymdOf,
  type Day, type Mod, type Period, type Season,
} from './calendar.js';
import {
  COUNT, countValue, DAY, DECADE_WORDS, MONTH, MONTH_FULL, monthNumber, ORDINALS, ordinalValue, WEEKDAY, weekdayNumber, YEAR,
} from './lexicon.js';
import { TenseMap, type Tense } from './tense.js';

/** What a time expression resolved to, before it becomes a `TimeMention`. */
export interface Found {
  readonly index: number;
  readonly text: string;
  readonly start: string | null;
  readonly end: string | null;
  readonly approximate: boolean;
}

/** Calendar fields as written; a missing year is inferred from the tense and the reporting date. */
interface Parts {
  readonly y: number | null;
  readonly m: number | null;
  readonly d: number | null;
}

interface Ctx {
  readonly text: string;
  /** Reporting date, or null: then everything relative stays unresolved. */
  readonly rd: Day | null;
  readonly tense: TenseMap;
}

/** A period that may depend on the tense of the clause around the expression. */
type Value = Period | ((tense: Tense) => Period | null) | null;

interface Candidate {
  index: number;
  end: number;
  value: Value;
  approximate: boolean;
  /** Rule order: on equal length the earlier rule wins. */
  readonly rank: number;
  /** Calendar fields, for joining ranges ("from May 3 to June 5, 2020"). */
  parts?: Parts | undefined;
  /** May take "early", "mid-", "late", "the end of" … in front. */
  moddable?: boolean;
  /** A bare weekday, which may be followed by its calendar date ("Monday, May 4"). */
  weekday?: boolean;
  /** Durations, sets and vague words: never a date, so they only fill gaps the dated rules leave. */
  none?: boolean;
  /** A clock time or "the day": the day of another date in the sentence, else the reporting date. */
  anchor?: boolean;
}

type Rule = {
  readonly re: RegExp;
  /** Cheap gate: the rule runs only when this matches the sentence. */
  readonly gate: RegExp;
  readonly make: (m: RegExpExecArray, ctx: Ctx) => Omit<Candidate, 'rank'> | null;
};

// ---------------------------------------------------------------------------------------------
// Resolution helpers

const periodOfParts = (y: number, p: Parts): Period | null => {
  if (p.m === null) return yearPeriod(y);
  if (p.d === null) return monthPeriod(y, p.m);
  return validYmd(y, p.m, p.d) ? dayPeriod(dayOf(y, p.m, p.d)) : null;
};

/**
 * Pick the occurrence of a yearly thing (a date, a month, a season, a quarter, a holiday) that the
 * clause means: past tense → the latest one that has begun by the reporting date; future → the
 * earliest one not yet over; no tense → the nearest one (ties go to the past, as news reports).
 */
function pickYear(of: (y: number) => Period | null, rd: Day | null, tense: Tense): Period | null {
  if (rd === null) return null;
  const [ry] = ymdOf(rd);
  const options: Period[] = [];
  for (let y = ry - 2; y <= ry + 2; y++) {
    const p = of(y);
    if (p) options.push(p);
  }
  if (tense === 'past') return options.filter((p) => p.start <= rd).at(-1) ?? null;
  if (tense === 'future') return options.find((p) => p.end >= rd) ?? null;
  let best: Period | null = null;
  let bestDistance = Infinity;
  for (const p of options) {
    // News reports mostly look back: an occurrence ahead counts as twice as far away.
    const distance = p.start > rd ? 2 * (p.start - rd) : p.end < rd ? rd - p.end : 0;
    if (distance < bestDistance) {
      best = p;
      bestDistance = distance;
    }
  }
  return best;
}

const partsValue = (p: Parts, ctx: Ctx): Value =>
  p.y !== null ? periodOfParts(p.y, p) : ctx.rd === null ? null : (tense) => pickYear((y) => periodOfParts(y, p), ctx.rd, tense);

/** A two-digit year: within ten years ahead of the reporting year it is this century, else the last. */
function fullYear(yy: number, rd: Day | null): number {
  const pivot = ((rd === null ? 2030 : ymdOf(rd)[0]) % 100) + 10;
  return yy <= pivot ? 2000 + yy : 1900 + yy;
}

function weekdayValue(wd: number, rel: string | null, rd: Day | null): Value {
  if (rd === null) return null;
  const cur = weekdayOf(rd);
  const back = (cur - wd + 7) % 7;
  const ahead = (wd - cur + 7) % 7;
  switch (rel) {
    case 'last':
    case 'this past':
    case 'past':
      return dayPeriod(rd - (back || 7));
    case 'next':
    case 'coming':
    case 'this coming':
      return dayPeriod(rd + (ahead || 7));
    case 'this':
      return dayPeriod(rd - cur + wd);
    default:
      // The reporting day's own weekday is that day ("said on Tuesday" in Tuesday's paper).
      return (tense) => dayPeriod(tense === 'future' ? rd + ahead : rd - back);
  }
}

const SEASONS: Record<string, Season> = { spring: 'spring', summer: 'summer', autumn: 'autumn', fall: 'autumn', winter: 'winter' };

function seasonValue(season: Season, rel: string | null, rd: Day | null): Value {
  if (rd === null) return null;
  const [ry] = ymdOf(rd);
  const all = [ry - 2, ry - 1, ry, ry + 1].map((y) => seasonPeriod(y, season));
  switch (rel) {
    case 'this':
      // This year's season; for winter the one under way, else the one that begins this December.
      return season === 'winter' ? all.find((p) => p.end >= rd) ?? null : seasonPeriod(ry, season);
    case 'last':
    case 'this past':
    case 'past':
      return all.filter((p) => p.end < rd).at(-1) ?? null;
    case 'next':
    case 'coming':
    case 'this coming':
      return all.find((p) => p.start > rd) ?? null;
    default:
      return (tense) => pickYear((y) => seasonPeriod(y, season), rd, tense);
  }
}

/** The period of the given unit that holds `rd`, shifted by `k` units. */
function relativePeriod(unit: string, k: number, rd: Day): Period | null {
  const [y, m] = ymdOf(rd);
  switch (unit) {
    case 'day':
      return dayPeriod(rd + k);
    case 'week':
      return weekPeriod(rd + 7 * k);
    case 'weekend':
      return weekendPeriod(rd + 7 * k);
    case 'month':
      return monthPeriod(y, m + k);
    case 'quarter': {
      const q = Math.floor((m - 1) / 3) + k;
      return quarterPeriod(y + Math.floor(q / 4), (((q % 4) + 4) % 4) + 1);
    }
    case 'year':
      return yearPeriod(y + k);
    case 'decade':
      return decadePeriod(Math.floor(y / 10) * 10 + 10 * k);
    case 'century':
      return centuryPeriod(Math.floor(y / 100) * 100 + 100 * k);
    default:
      return null;
  }
}

// ---------------------------------------------------------------------------------------------
// Rules

const g = (source: string): RegExp => new RegExp(source, 'g');
/** With match indices ('d'), which cost an allocation per match: only for rules that need group offsets. */
const gd = (source: string): RegExp => new RegExp(source, 'gd');
const HAS_DIGIT = /\d/;
const HAS_MONTH = /Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec/;
const HAS_DAYWORD = /day|night|morning|evening|afternoon/i;

/** Words after which a bare "May", "March", "August", "April" or "June" is a month, not a verb or a name. */
const MONTH_CONTEXT =
  /(?:\b(?:[Ii]n|[Ss]ince|[Uu]ntil|till|[Bb]y|[Dd]uring|through|throughout|[Ff]rom|to|and|or|of|[Bb]efore|[Aa]fter|[Ee]arly|[Mm]id|[Ll]ate|[Ll]ast|[Nn]ext|[Tt]his|[Bb]etween|for|end|beginning|start|middle)\s+|\b(?:[Mm]id|[Ee]nd)-\s*)$/;
const AMBIGUOUS_MONTHS = new Set(['May', 'March', 'August', 'April', 'June']);

/** Words before a number that make it a quantity, not a year ("about 2000 people", "$2020"). */
const QUANTITY_BEFORE =
  /\b(?:[Aa]bout|[Ss]ome|[Nn]early|[Aa]lmost|[Rr]oughly|[Aa]pproximately|than|[Oo]nly|[Jj]ust|[Oo]ver|[Uu]nder|least|most|additional|another|total|estimated|exactly|all|with|number|No|no|[Nn]umber|[Rr]oom|[Ff]light|[Rr]oute|[Bb]us|[Pp]age|[Mm]odel|[Vv]ersion|[Ss]eries|[Pp]aragraph|[Aa]rticle|[Ss]ection|[Rr]esolution|[Cc]ode|[Bb]ox|[Cc]hapter|[Ss]ize|[Ff]orm|[Ll]evel)\s+$/;
/** Words that, right after a number, show it counts something ("2009 troops") unless a determiner precedes it. */
const PLURAL_AFTER =
  /^\s+(?:(?:new|more|other|extra|additional|fewer|young|local|foreign|armed|civilian|full-time|part-time|registered|eligible|international|American|British|US|U\.S\.)\s+)?(?:(?!(?:was|has|is|its|as|his|this|thus|plus|versus|across|always|saw|sees|does|goes|says)\b)[a-z]+s|people|men|women|children|staff|personnel|police|cattle|sheep|feet|yen)\b/;
// Temporal prepositions keep a year before a plural ("since 2009 prices have risen"); "of", "for",
// "with" do not ("a crowd of 2000 people").
const YEAR_DETERMINER = /\b(?:[Tt]he|[Aa]n?|its|their|his|her|our|this|that|[Ii]n|[Ss]ince|[Bb]y|[Uu]ntil|[Bb]efore|[Aa]fter|[Dd]uring|[Ff]rom)\s+$|['’]s\s+$/;
const YEAR_STRONG_CONTEXT = /\b(?:[Ii]n|[Ss]ince|[Oo]f|[Bb]y|[Uu]ntil|[Ff]rom|[Bb]efore|[Aa]fter|[Aa]round|circa|c\.|[Yy]ear|[Dd]uring|[Tt]o|and)\s+$/;

const before = (ctx: Ctx, index: number, n = 40): string => ctx.text.slice(Math.max(0, index - n), index);

const RELATIVE_UNIT = '(?:week|weekend|month|year|quarter|decade|century|spring|summer|autumn|fall|winter)';

const RULES: Rule[] = [
  // 2019-03-04
  {
    re: g('(?<![\\d./-])(\\d{4})-(\\d{2})-(\\d{2})(?!\\d)'),
    gate: HAS_DIGIT,
    make: (m) => {
      const p: Parts = { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) };
      if (!validYmd(p.y!, p.m!, p.d!)) return null;
      return { index: m.index, end: m.index + m[0].length, value: periodOfParts(p.y!, p), approximate: false, parts: p };
    },
  },
  // 10/20/2020, 20/10/2020, 7/8/07 (month first unless the first number cannot be a month)
  {
    re: g('(?<![\\d/.])(\\d{1,2})/(\\d{1,2})/(\\d{4}|\\d{2})(?![\\d/])'),
    gate: HAS_DIGIT,
    make: (m, ctx) => {
      const a = Number(m[1]);
      const b = Number(m[2]);
      const [mo, d] = a > 12 && b <= 12 ? [b, a] : [a, b];
      const y = m[3]!.length === 2 ? fullYear(Number(m[3]), ctx.rd) : Number(m[3]);
      if (!validYmd(y, mo, d)) return null;
      const p: Parts = { y, m: mo, d };
      return { index: m.index, end: m.index + m[0].length, value: periodOfParts(y, p), approximate: false, parts: p };
    },
  },
  // 29.10.2020 (day first, as written where dots separate the parts)
  {
    re: g('(?<![\\d.,])(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})(?![\\d.]\\d|\\d)'),
    gate: /\d\.\d/,
    make: (m, ctx) => {
      const p: Parts = { y: Number(m[3]), m: Number(m[2]), d: Number(m[1]) };
      if (!validYmd(p.y!, p.m!, p.d!) || QUANTITY_BEFORE.test(before(ctx, m.index, 20))) return null; // "version 1.2.2020"
      return { index: m.index, end: m.index + m[0].length, value: periodOfParts(p.y!, p), approximate: false, parts: p };
    },
  },
  // March 14 · Oct. 5, 2019 · March 3-4 · from May 3 to 5 · between March 1 and March 4
  {
    re: gd(
      `(?:\\b(?<pre>[Ff]rom|[Bb]etween)\\s+)?\\b(?<m1>${MONTH})\\s+(?:the\\s+)?(?<d1>${DAY})(?:(?<sep>\\s*[-–—]\\s*|\\s+(?:to|through|until|till|thru|and)\\s+)(?:(?<m2>${MONTH})\\s+)?(?:the\\s+)?(?<d2>${DAY})(?![\\d:]))?(?:(?:,\\s*|\\s+)(?<y>${YEAR})(?![\\d,.]\\d))?`,
    ),
    gate: HAS_MONTH,
    make: (m, ctx) => {
      const gr = m.groups!;
      const m1 = monthNumber(gr.m1!);
      const d1 = parseInt(gr.d1!, 10);
      const y = gr.y ? Number(gr.y) : null;
      const start = gr.pre && gr.d2 ? m.index : m.indices!.groups!.m1![0];
      const a: Parts = { y, m: m1, d: d1 };
      if (!gr.d2) return { index: start, end: m.index + m[0].length, value: partsValue(a, ctx), approximate: false, parts: a };
      const m2 = gr.m2 ? monthNumber(gr.m2) : m1;
      const d2 = parseInt(gr.d2, 10);
      return { index: start, end: m.index + m[0].length, value: rangeValue(a, { y, m: m2, d: d2 }, ctx), approximate: false };
    },
  },
  // 14 March · 14th March, 2019 · the 14th of March · 3-4 March · 28 February to 2 March
  {
    re: gd(
      `(?:\\b(?<pre>[Ff]rom|[Bb]etween)\\s+)?(?:\\b[Tt]he\\s+)?(?<![\\w$£€.,/:-])(?<d1>${DAY})(?:(?<sep>\\s*[-–—]\\s*|\\s+(?:to|through|until|till|and)\\s+)(?:the\\s+)?(?<d2>${DAY})(?:\\s+(?:of\\s+)?(?<m1>${MONTH}))?)?\\s+(?:of\\s+)?(?<m2>${MONTH})(?:,?\\s*(?<y>${YEAR})(?![\\d,.]\\d))?`,
    ),
    gate: HAS_MONTH,
    make: (m, ctx) => {
      const gr = m.groups!;
      const y = gr.y ? Number(gr.y) : null;
      const last = monthNumber(gr.m2!);
      const d1 = parseInt(gr.d1!, 10);
      if (!gr.d2) {
        const a: Parts = { y, m: last, d: d1 };
        const start = gr.pre ? m.indices!.groups!.d1![0] : m.index;
        return { index: start, end: m.index + m[0].length, value: partsValue(a, ctx), approximate: false, parts: a };
      }
      const a: Parts = { y, m: gr.m1 ? monthNumber(gr.m1) : last, d: d1 };
      return { index: m.index, end: m.index + m[0].length, value: rangeValue(a, { y, m: last, d: parseInt(gr.d2, 10) }, ctx), approximate: false };
    },
  },
  // October 2019 · October of 2019 · Sept. 2020
  {
    re: g(`\\b(?<m>${MONTH})(?:\\s+of)?,?\\s+(?<y>${YEAR})(?![\\d,.]\\d)`),
    gate: HAS_MONTH,
    make: (m) => {
      const p: Parts = { y: Number(m.groups!.y), m: monthNumber(m.groups!.m!), d: null };
      return { index: m.index, end: m.index + m[0].length, value: periodOfParts(p.y!, p), approximate: false, parts: p, moddable: true };
    },
  },
  // October of next year · January last year
  {
    re: g(`\\b(?<m>${MONTH})(?:\\s+of)?\\s+(?<rel>next|last|this)\\s+year\\b`),
    gate: /year/,
    make: (m, ctx) => {
      const span = { index: m.index, end: m.index + m[0].length };
      if (ctx.rd === null) return { ...span, value: null, approximate: false };
      const y = ymdOf(ctx.rd)[0] + (m.groups!.rel === 'next' ? 1 : m.groups!.rel === 'last' ? -1 : 0);
      return { ...span, value: monthPeriod(y, monthNumber(m.groups!.m!)), approximate: false, moddable: true };
    },
  },
  // the last week of March · the first week of May 2020
  {
    re: g(`(?:\\b[Tt]he\\s+)?\\b(?<ord>first|second|third|fourth|last|final)\\s+week\\s+of\\s+(?<m>${MONTH})(?:,?\\s+(?<y>${YEAR}))?`),
    gate: /week/,
    make: (m, ctx) => {
      const gr = m.groups!;
      const mo = monthNumber(gr.m!);
      const k = gr.ord === 'last' || gr.ord === 'final' ? -1 : ORDINALS[gr.ord!]!;
      const of = (y: number): Period => {
        const month = monthPeriod(y, mo);
        const start = k < 0 ? month.end - 6 : month.start + 7 * (k - 1);
        return { start, end: Math.min(start + 6, month.end), gran: 'day' };
      };
      const span = { index: m.index, end: m.index + m[0].length };
      if (gr.y) return { ...span, value: of(Number(gr.y)), approximate: true };
      const rd = ctx.rd;
      return { ...span, value: rd === null ? null : (tense) => pickYear(of, rd, tense), approximate: true };
    },
  },
  // October (alone): its year from the tense
  {
    re: g(`\\b(?<m>${MONTH_FULL})`),
    gate: HAS_MONTH,
    make: (m, ctx) => {
      const name = m.groups!.m!;
      const prev = before(ctx, m.index, 30);
      if (AMBIGUOUS_MONTHS.has(name) && !MONTH_CONTEXT.test(prev)) return null;
      // "April Smith", "June Carter": a capitalised word right after makes it a name.
      if (/^\s+[A-Z][a-z]/.test(ctx.text.slice(m.index + name.length, m.index + name.length + 3)) && !MONTH_CONTEXT.test(prev)) return null;
      const p: Parts = { y: null, m: monthNumber(name), d: null };
      let rel: string | null = null;
      const r = /\b([Ll]ast|[Nn]ext|[Tt]his)\s+$/.exec(prev);
      if (r) rel = r[1]!.toLowerCase();
      const index = r ? m.index - r[0].length : m.index;
      const value: Value = rel === null ? partsValue(p, ctx) : relativeMonth(p.m!, rel, ctx.rd);
      return { index, end: m.index + m[0].length, value, approximate: false, parts: rel === null ? p : undefined, moddable: true };
    },
  },
  // 2009 · 2009-10 · 2008–2009 (with checks against counts, prices, codes)
  {
    re: g(`(?<![\\w$£€¥#@/:'’]|\\d[-,.]|[,.]\\d)(?<y>${YEAR})(?:[-–—/](?<y2>${YEAR}|\\d\\d(?!\\d)))?(?![\\w%]|[,.]\\d|:\\d|\\s*(?:percent|per cent)\\b)`),
    gate: HAS_DIGIT,
    make: (m, ctx) => {
      const y = Number(m.groups!.y);
      const prev = before(ctx, m.index, 30);
      // "fiscal 2008", "FY 2008": a fiscal year has no calendar value we can know.
      const fiscal = /\b(?:[Ff]iscal(?:\s+[Yy]ear)?|FY|[Ff]inancial\s+[Yy]ear)\s*$/.exec(prev);
      if (fiscal) return { index: m.index - fiscal[0].length, end: m.index + m[0].length, value: null, approximate: false, none: true };
      if (QUANTITY_BEFORE.test(prev)) return null;
      const next = ctx.text.slice(m.index + m[0].length, m.index + m[0].length + 30);
      if (PLURAL_AFTER.test(next) && !YEAR_DETERMINER.test(prev)) return null;
      // "Russell 2000 Index", "Windows 2000 Server": a number inside a name.
      if (/[A-Z][\w&.-]*\s+$/.test(prev) && /^\s+[A-Z]/.test(next) && !/(?:^|\s)(?:In|Since|By|Until|From|Of|During|Before|After|The)\s+$/.test(prev)) return null;
      const strong = YEAR_STRONG_CONTEXT.test(prev) || /^\s*(?:AD|BC|BCE|CE)\b/.test(next);
      if ((y < 1800 || y > 2100) && !strong) return null;
      let value: Period = yearPeriod(y);
      if (m.groups!.y2) {
        const raw = m.groups!.y2;
        const y2 = raw.length === 2 ? Math.floor(y / 100) * 100 + Number(raw) : Number(raw);
        if (y2 <= y || y2 - y > 120) return { index: m.index, end: m.index + m.groups!.y!.length, value, approximate: false, parts: { y, m: null, d: null }, moddable: true };
        value = { start: yearPeriod(y).start, end: yearPeriod(y2).end, gran: 'year' };
        return { index: m.index, end: m.index + m[0].length, value, approximate: false };
      }
      return { index: m.index, end: m.index + m[0].length, value, approximate: false, parts: { y, m: null, d: null }, moddable: true };
    },
  },
  // since '82
  {
    re: g(`(?<=\\b(?:[Ss]ince|[Ii]n|of|from|until|by|before|after|during|and|to)\\s)['’](?<yy>\\d\\d)(?![\\w'’])`),
    gate: /['’]\d\d/,
    make: (m, ctx) => {
      const y = fullYear(Number(m.groups!.yy), ctx.rd);
      return { index: m.index, end: m.index + m[0].length, value: yearPeriod(y), approximate: false, parts: { y, m: null, d: null }, moddable: true };
    },
  },
  // the 1990s · the '90s · the nineties
  {
    re: g(`(?:\\b[Tt]he\\s+)?(?:(?<![\\w$£€.,])(?<c>1\\d|20)(?<dd>\\d)0|['’](?<ad>\\d)0|(?<=\\b(?:[Tt]he|and|or|to)\\s+)(?<bd>[2-9])0)['’]?s\\b|\\b[Tt]he\\s+(?<w>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)\\b`),
    gate: /\ds|ties\b/,
    make: (m, ctx) => {
      const gr = m.groups!;
      let first: number;
      if (gr.w) first = DECADE_WORDS[gr.w]!;
      else if (gr.c) first = Number(gr.c) * 100 + Number(gr.dd) * 10;
      else first = fullYear(Number(gr.ad ?? gr.bd) * 10, ctx.rd);
      return { index: m.index, end: m.index + m[0].length, value: decadePeriod(first), approximate: true, moddable: true };
    },
  },
  // the 20th century · the nineteenth century
  {
    re: g('(?:\\b[Tt]he\\s+)?\\b(?<n>\\d{1,2}(?:st|nd|rd|th)|[a-z]+(?:-[a-z]+)?)\\s+[Cc]entury\\b'),
    gate: /[Cc]entury/,
    make: (m) => {
      const n = ordinalValue(m.groups!.n!);
      if (n === null || n < 11 || n > 22) return null;
      return { index: m.index, end: m.index + m[0].length, value: centuryPeriod((n - 1) * 100), approximate: true, moddable: true };
    },
  },
  // the third quarter (of 2020 / of this year) · the first half · Q3 2020 · 2020 Q3 · fiscal quarters have no calendar value
  {
    re: g(
      `(?:\\b[Tt]he\\s+|(?<![\\w$£€])(?<yp>${YEAR})['’]s\\s+)?\\b(?<ord>first|second|third|fourth|final|1st|2nd|3rd|4th)[-\\s]+(?<fiscal>fiscal\\s+|financial\\s+)?(?<unit>quarter|half)(?:\\s+of\\s+(?:(?:the\\s+)?(?<fy>fiscal\\s+|financial\\s+)?(?:year\\s+)?(?<y>${YEAR})|(?<rel>this|last|next|the)\\s+year|(?:the|its|this|their|next|last)\\s+(?<fy2>fiscal|financial)\\s+year)|,?\\s+(?<y3>${YEAR}))?`,
    ),
    gate: /quarter|half/,
    make: (m, ctx) => {
      const gr = m.groups!;
      const span = { index: m.index, end: m.index + m[0].length };
      if (gr.fiscal || gr.fy || gr.fy2) return { ...span, value: null, approximate: false, none: true };
      const isHalf = gr.unit === 'half';
      const n = gr.ord === 'final' ? (isHalf ? 2 : 4) : ORDINALS[gr.ord!]!;
      if (isHalf && n > 2) return null;
      const of = (y: number): Period => (isHalf ? halfPeriod(y, n) : quarterPeriod(y, n));
      const y = gr.y ?? gr.y3 ?? gr.yp;
      if (y) return { ...span, value: of(Number(y)), approximate: false, moddable: true };
      if (ctx.rd === null) return { ...span, value: null, approximate: false };
      const [ry] = ymdOf(ctx.rd);
      if (gr.rel && gr.rel !== 'the') return { ...span, value: of(ry + (gr.rel === 'last' ? -1 : gr.rel === 'next' ? 1 : 0)), approximate: false, moddable: true };
      if (gr.rel === 'the') return { ...span, value: of(ry), approximate: false, moddable: true };
      const rd = ctx.rd;
      return { ...span, value: (tense) => pickYear(of, rd, tense), approximate: false, moddable: true };
    },
  },
  {
    re: g(`\\b(?:(?<y0>${YEAR})\\s*)?(?<q>Q[1-4]|H[12])(?:\\s*(?:of\\s+)?(?<y>${YEAR})|\\s*['’]?(?<yy>\\d\\d)(?!\\d))?\\b`),
    gate: /Q[1-4]|H[12]/,
    make: (m, ctx) => {
      const gr = m.groups!;
      const n = Number(gr.q!.slice(1));
      const of = (y: number): Period => (gr.q!.startsWith('H') ? halfPeriod(y, n) : quarterPeriod(y, n));
      const y = gr.y0 ?? gr.y ?? (gr.yy ? String(fullYear(Number(gr.yy), ctx.rd)) : undefined);
      const span = { index: m.index, end: m.index + m[0].length };
      if (y) return { ...span, value: of(Number(y)), approximate: false };
      const rd = ctx.rd;
      if (rd === null) return { ...span, value: null, approximate: false };
      return { ...span, value: (tense) => pickYear(of, rd, tense), approximate: false };
    },
  },
  // today · yesterday morning · tomorrow · tonight · earlier today
  {
    re: g('\\b(?:(?:[Ee]arlier|[Ll]ater)\\s+)?(?<w>[Tt]oday|[Tt]onight|[Yy]esterday|[Tt]omorrow)(?:\\s+(?:morning|afternoon|evening|night))?\\b'),
    gate: /oday|onight|esterday|omorrow/,
    make: (m, ctx) => {
      const w = m.groups!.w!.toLowerCase();
      // "USA Today" and other titles: a capitalised word before a capitalised "Today".
      if (m.groups!.w === 'Today' && m.index > 0 && /[A-Z][\w.]*\s+$/.test(before(ctx, m.index, 20))) return null;
      const shift = w === 'yesterday' ? -1 : w === 'tomorrow' ? 1 : 0;
      const value = ctx.rd === null ? null : dayPeriod(ctx.rd + shift);
      return { index: m.index, end: m.index + m[0].length, value, approximate: false };
    },
  },
  {
    re: g('\\b[Tt]he\\s+day\\s+(?<w>before\\s+yesterday|after\\s+tomorrow)\\b|\\b(?<t>[Tt]his|[Ll]ast)\\s+(?<part>morning|afternoon|evening|night)\\b'),
    gate: HAS_DAYWORD,
    make: (m, ctx) => {
      const gr = m.groups!;
      const shift = gr.w ? (gr.w.startsWith('before') ? -2 : 2) : gr.t!.toLowerCase() === 'last' ? -1 : 0;
      return { index: m.index, end: m.index + m[0].length, value: ctx.rd === null ? null : dayPeriod(ctx.rd + shift), approximate: false };
    },
  },
  // Thursday · last Monday · next Friday · this Sunday · Monday night · Black Monday (a name: no date)
  {
    re: g(`\\b(?:(?<rel>[Ll]ast|[Nn]ext|[Tt]his\\s+(?:past|coming)|[Tt]his|[Cc]oming|[Pp]ast)\\s+)?(?<wd>${WEEKDAY})(?:\\s+(?:morning|afternoon|evening|night))?\\b`),
    gate: /day/,
    make: (m, ctx) => {
      const gr = m.groups!;
      const span = { index: m.index, end: m.index + m[0].length };
      if (!gr.rel) {
        if (/\b(?:Black|Super|Good|Cyber|Blue|Ash|Holy|Maundy|Shrove|Palm|Bloody|Easter|Whit|Giving|Plough|Low|Fat)\s+$/.test(before(ctx, m.index, 12))) {
          return { ...span, value: null, approximate: false, none: true }; // "Black Monday", "Super Tuesday": names, not dates
        }
        if (/\b(?:[Ee]very|[Ee]ach)\s+$/.test(before(ctx, m.index, 10))) return null; // a set, taken by the set rule
      }
      const rel = gr.rel ? gr.rel.toLowerCase().replace(/\s+/g, ' ') : null;
      return { ...span, value: weekdayValue(weekdayNumber(gr.wd!), rel, ctx.rd), approximate: false, weekday: !gr.rel, moddable: true };
    },
  },
  // this week · last month · next year · this summer · the past decade (a duration: no date)
  {
    re: g(`\\b(?<rel>[Tt]his\\s+(?:past|coming)|[Tt]his|[Ll]ast|[Nn]ext|[Cc]oming|[Tt]he\\s+(?:past|last|previous|coming|next|following|current|same|present|latest|most\\s+recent))\\s+(?<unit>${RELATIVE_UNIT})\\b`),
    gate: /week|month|year|quarter|decade|century|spring|summer|autumn|fall|winter/,
    make: (m, ctx) => {
      const gr = m.groups!;
      const rel = gr.rel!.toLowerCase().replace(/\s+/g, ' ');
      const unit = gr.unit!.toLowerCase();
      const span = { index: m.index, end: m.index + m[0].length };
      // Anaphoric ("the previous week", "the same month") or a stretch of time ("the past year").
      // "the last quarter" is the latest reported quarter; "the last year" or "the past week" a stretch of time.
      if (/^the (?:last|past|latest|most recent)$/.test(rel) && unit === 'quarter' && ctx.rd !== null) return { ...span, value: relativePeriod('quarter', -1, ctx.rd), approximate: false };
      if (/^the (?:past|last|previous|following|same|next|latest|most recent)$/.test(rel)) return { ...span, value: null, approximate: true, none: true };
      const approximate = unit === 'week' || unit === 'weekend' || unit === 'decade' || unit === 'century' || unit in SEASONS;
      if (ctx.rd === null) return { ...span, value: null, approximate };
      const season = SEASONS[unit];
      const relWord = rel === 'the coming' ? 'next' : rel === 'the current' || rel === 'the present' ? 'this' : rel;
      if (season) return { ...span, value: seasonValue(season, relWord, ctx.rd), approximate, moddable: true };
      // "this (coming) weekend" is the next Saturday–Sunday not yet over; "last weekend" the one before it.
      if (unit === 'weekend' && (relWord === 'this' || relWord === 'this coming' || relWord === 'coming')) {
        return { ...span, value: weekendPeriod(ctx.rd), approximate, moddable: true };
      }
      const k = relWord === 'last' || relWord === 'this past' ? -1 : relWord === 'next' || relWord === 'coming' || relWord === 'this coming' ? 1 : 0;
      return { ...span, value: relativePeriod(unit, k, ctx.rd), approximate, moddable: true };
    },
  },
  // the weekend: the one just past, or the coming one in a future clause
  {
    re: g('\\b[Tt]he\\s+weekend\\b(?!\\s+(?:of|before|after)\\b)'),
    gate: /weekend/,
    make: (m, ctx) => {
      const span = { index: m.index, end: m.index + m[0].length };
      const rd = ctx.rd;
      if (rd === null) return { ...span, value: null, approximate: true };
      const wd = weekdayOf(rd);
      return { ...span, value: (tense) => (tense === 'future' ? weekendPeriod(rd) : weekendPeriod(wd >= 5 ? rd : rd - 7)), approximate: true };
    },
  },
  // earlier this year · later this month · earlier in the week
  {
    re: g('\\b(?<el>[Ee]arlier|[Ll]ater)\\s+(?:this|in\\s+the)\\s+(?<unit>week|month|year|decade)\\b'),
    gate: /arlier|ater/,
    make: (m, ctx) => {
      const span = { index: m.index, end: m.index + m[0].length };
      if (ctx.rd === null) return { ...span, value: null, approximate: true };
      const p = relativePeriod(m.groups!.unit!, 0, ctx.rd)!;
      const value: Period = m.groups!.el!.toLowerCase() === 'earlier' ? { start: p.start, end: ctx.rd, gran: 'day' } : { start: ctx.rd, end: p.end, gran: 'day' };
      return { ...span, value, approximate: true };
    },
  },
  // year-end · by year end · month-end: the last month of the year, the last third of the month
  {
    re: g('(?:\\b[Bb]y\\s+)?(?:\\b[Tt]he\\s+)?\\b(?<unit>[Yy]ear|[Mm]onth)(?:[-\\s]end|[\'’]s\\s+end)\\b'),
    gate: /[Yy]ear|[Mm]onth/,
    make: (m, ctx) => {
      const span = { index: m.index, end: m.index + m[0].length };
      if (ctx.rd === null) return { ...span, value: null, approximate: true };
      return { ...span, value: applyMod(relativePeriod(m.groups!.unit!.toLowerCase(), 0, ctx.rd)!, 'end'), approximate: true };
    },
  },
  // the end of the year · by the end of the month · the beginning of the week · late in the year
  {
    re: g('(?:\\b[Bb]y\\s+)?(?:\\b[Tt]he\\s+)?\\b(?<mod>beginning|start|middle|end|close)\\s+of\\s+(?:the|this)\\s+(?<unit>year|month|week|decade|quarter)\\b|\\b(?<mod2>[Ee]arly|[Ll]ate)\\s+in\\s+the\\s+(?<unit2>year|month|week)\\b'),
    gate: /beginning|start|middle|end|close|arly|ate/,
    make: (m, ctx) => {
      const gr = m.groups!;
      const span = { index: m.index, end: m.index + m[0].length };
      if (ctx.rd === null) return { ...span, value: null, approximate: true };
      const p = relativePeriod((gr.unit ?? gr.unit2)!, 0, ctx.rd)!;
      return { ...span, value: cut(p, modOf((gr.mod ?? gr.mod2)!), SINCE.test(before(ctx, m.index, 8))), approximate: true };
    },
  },
  // two days ago · a week ago · three years ago · two weeks from now
  {
    re: g(`\\b(?<n>${COUNT}|[Aa]n?|[Aa]\\s+few|[Aa]\\s+couple\\s+of|[Ss]everal|[Ss]ome|[Ff]ew)\\s+(?<unit>days?|weeks?|months?|years?|decades?|century|centuries)\\s+(?<dir>ago|from\\s+now)\\b`),
    gate: /\bago\b|from now/,
    make: (m, ctx) => {
      const gr = m.groups!;
      const span = { index: m.index, end: m.index + m[0].length };
      const n = countValue(gr.n!);
      if (n === null || ctx.rd === null || !Number.isInteger(n)) return { ...span, value: null, approximate: true };
      const sign = gr.dir === 'ago' ? -1 : 1;
      const unit = gr.unit!.replace(/s$/, '');
      const [y, mo] = ymdOf(ctx.rd);
      let value: Period | null = null;
      if (unit === 'day') value = dayPeriod(ctx.rd + sign * n);
      else if (unit === 'week') value = dayPeriod(ctx.rd + sign * 7 * n);
      else if (unit === 'month') value = monthPeriod(y, mo + sign * n);
      else if (unit === 'year') value = yearPeriod(y + sign * n);
      return { ...span, value, approximate: unit !== 'day' };
    },
  },
  // Holidays with a fixed or computable date; the year from the tense.
  {
    re: g(`\\b(?<h>Christmas(?:\\s+(?:Day|Eve))?|New\\s+Year['’]s\\s+(?:Day|Eve)|Halloween|Valentine['’]s\\s+Day|Thanksgiving(?:\\s+Day)?|Easter(?:\\s+(?:Sunday|Monday))?|Good\\s+Friday|Boxing\\s+Day)(?:,?\\s+(?<y>${YEAR}))?(?![\\w'’-])`),
    gate: /Christmas|New Year|Halloween|Valentine|Thanksgiving|Easter|Good Friday|Boxing Day/,
    make: (m, ctx) => {
      const h = m.groups!.h!.replace(/\s+/g, ' ').replace('’', "'");
      const of = (y: number): Period => dayPeriod(holiday(h, y));
      const span = { index: m.index, end: m.index + m[0].length };
      if (m.groups!.y) return { ...span, value: of(Number(m.groups!.y)), approximate: false };
      const rd = ctx.rd;
      return { ...span, value: rd === null ? null : (tense) => pickYear(of, rd, tense), approximate: false };
    },
  },
  // Seasons: summer 2019 · in the spring · the winter of 2010 (this/last/next summer: the relative rule)
  {
    re: gd(`(?:\\b(?<pre>[Ii]n|[Dd]uring|[Bb]y|[Uu]ntil|[Ss]ince|[Tt]hrough|[Ff]or|[Ee]arly|[Ll]ate|[Mm]id-?)\\s+|(?<![\\w-]))(?:(?<the>[Tt]he)\\s+)?(?<s>[Ss]pring|[Ss]ummer|[Aa]utumn|[Ff]all|[Ww]inter)(?:\\s+(?:of\\s+)?(?<y>${YEAR}))?\\b(?!\\s+(?:of\\s+(?!${YEAR})|in\\b))`),
    gate: /pring|ummer|utumn|all|inter/,
    make: (m, ctx) => {
      const gr = m.groups!;
      if (!gr.y && !gr.pre && !gr.the) return null;
      if (gr.s!.toLowerCase() === 'fall' && !gr.y && !gr.pre) return null; // "the fall of the city", "the fall in prices"
      const season = SEASONS[gr.s!.toLowerCase()]!;
      // The preposition only licenses the reading; "early"/"late" are taken up as modifiers later.
      const start = m.indices!.groups!.the?.[0] ?? m.indices!.groups!.s![0];
      const span = { index: start, end: m.index + m[0].length };
      if (gr.y) return { ...span, value: seasonPeriod(Number(gr.y), season), approximate: true, moddable: true };
      return { ...span, value: seasonValue(season, null, ctx.rd), approximate: true, moddable: true };
    },
  },
  // Durations (no calendar value): for three years · the past nine days · a 20-year low · 56-year-old
  {
    re: g(
      `\\b(?:(?:[Tt]he|[Tt]his)\\s+(?:past|last|next|previous|coming|following|first|final)\\s+)?(?:(?:more\\s+than|less\\s+than|nearly|almost|about|over|some|around|at\\s+least|up\\s+to|just)\\s+)?(?<n>${COUNT}(?:\\s+and\\s+a\\s+half)?|[Aa]n?|[Aa]\\s+few|[Aa]\\s+couple\\s+of|[Ss]everal|[Ff]ew|[Mm]any|[Ss]ome)(?:\\s+|-)(?:(?:more|consecutive|straight|full|trading|business|working|long)\\s+)?(?<unit>seconds?|minutes?|hours?|days?|nights?|weeks?|weekends?|months?|quarters?|years?|decades?|centuries|century)(?:-(?:long|old))?\\b(?:\\s+(?:later|earlier)\\b)?`,
    ),
    gate: /second|minute|hour|day|night|week|month|quarter|year|decade|centur/,
    make: (m) => {
      // "a second consecutive day": "second" is an ordinal there, not a unit
      // "a quarter point": a fraction, not three months
      if (/^(?:second|quarter)/.test(m.groups!.unit!) && /^[Aa]n?$/.test(m.groups!.n!)) return null;
      return { index: m.index, end: m.index + m[0].length, value: null, approximate: false, none: true };
    },
  },
  // Clock times ("at 18:00 UTC", "6:40 p.m.", "0800 GMT") and "end the day", "for the day": the day
  // they sit on is the sentence's own date, else the reporting date (news times are that day's).
  {
    re: gd(
      '(?<![\\d:.,])(?:(?:[01]?\\d|2[0-3])[:.][0-5]\\d(?!\\d)(?:\\s*[ap]\\.?\\s?m\\b\\.?)?(?:\\s*(?:UTC|GMT|[A-Z]{1,3}[SD]?T)(?:\\s*[+-]\\s*\\d{1,2}(?::?\\d\\d)?)?|\\s*\\((?:UTC|GMT|[A-Z]{1,3}[SD]?T)(?:\\s*[+-]\\s*\\d{1,2}(?::?\\d\\d)?)?\\))?|(?:[01]?\\d|2[0-3])\\s*(?:[ap]\\.\\s?m\\.|[ap]m\\b)|(?:[01]\\d|2[0-3])[0-5]\\d\\s+(?:UTC|GMT)\\b)|\\b(?:(?<verb>end(?:ed|ing|s)?|finish(?:ed|ing|es)?|close(?:d|s)?|clos(?:ing)|start(?:ed|ing|s)?|beg[ai]n)\\s+(?<day>the\\s+day)\\b|[Ff]or\\s+(?<day2>the\\s+day)\\b|(?<day3>(?:[Ee]arlier|[Ll]ater|[Ll]ate|[Ee]arly)\\s+in\\s+the\\s+day)\\b|(?<day4>\\b[Tt]he\\s+(?:start|beginning|end|close)\\s+of\\s+(?:the\\s+)?(?:day|session|trading\\s+day))\\b)',
    ),
    gate: /\d[:.]\d|\d\d\s+(?:UTC|GMT)|\d\s*[ap]\.?m|the day/,
    make: (m, ctx) => {
      const gr = m.groups!;
      const dayGroup = gr.day ? 'day' : gr.day2 ? 'day2' : gr.day3 ? 'day3' : gr.day4 ? 'day4' : null;
      let index = m.index;
      let end = m.index + m[0].length;
      if (dayGroup) [index, end] = m.indices!.groups![dayGroup]!;
      else {
        const clock = m[0];
        // A bare "10.30" is a number; a bare "10:30" only with a preposition or a zone to say it is a time.
        const zoned = /[ap]\.?\s?m|UTC|GMT|T\)?$|\d\)?$/.test(clock) && /[A-Za-z]/.test(clock);
        if (!zoned && !(clock.includes(':') && /\b(?:at|by|from|until|till|before|after|around|since|to)\s+$/i.test(before(ctx, m.index, 10)))) return null;
      }
      return { index, end, value: null, approximate: true, anchor: true };
    },
  },
  // Sets, vague present/past/future: no calendar value ("every Monday", "annually", "now", "recently")
  {
    re: g(
      `\\b(?:[Ee]very|[Ee]ach)\\s+(?:other\\s+|single\\s+)?(?:day|week|weekend|month|year|morning|night|evening|afternoon|summer|spring|autumn|winter|quarter|${WEEKDAY})\\b|\\bon\\s+(?:Mondays|Tuesdays|Wednesdays|Thursdays|Fridays|Saturdays|Sundays)\\b|\\b(?:annual(?:ly)?|yearly|monthly|weekly|daily|nightly|quarterly|biannual|biennial)\\b|\\b(?:[Rr]ecently|[Ll]ately|[Rr]ecent|[Ll]ater(?!\\s+(?:than|on\\b)))\\b|\\b(?:[Tt]he\\s+past(?!\\s+(?:tense|participle))|[Tt]he\\s+(?:near|short|long|medium)\\s+term|[Ss]o\\s+far|[Tt]o\\s+date|[Tt]hese\\s+days|[Tt]he\\s+time\\s+being|[Rr]ecent\\s+(?:years|months|weeks|days|times|history|decades)|(?:[Ff]or|[Ii]n)\\s+(?:years|decades|months|weeks)|(?:[Dd]ecades|[Yy]ears|[Mm]onths|[Ww]eeks)-long|[Oo]ver\\s+the\\s+years|[Tt]he\\s+(?:coming|next|past|last|previous|following|recent)\\s+(?:few\\s+|several\\s+)?(?:days|weeks|months|years|decades)|[Tt]he\\s+(?:next|following|previous|same)\\s+day|[Tt]he\\s+day\\s+(?:before|after)(?!\\s+(?:yesterday|tomorrow))|[Tt]hat\\s+day)\\b`,
    ),
    gate: /[Ee]very|[Ee]ach|[Ll]ater|day\b|days\b|annual|yearly|monthly|weekly|daily|nightly|quarterly|bienn|[Nn]ow|[Cc]urrent|[Rr]ecent|[Pp]resent|[Ll]ately|[Ss]oon|future|past|term|far|date|being|years|decades|months|weeks/,
    make: (m) => {
      let index = m.index;
      let text = m[0];
      const lead = /^(?:[Ff]or|[Ii]n)\s+/.exec(text);
      if (lead) {
        index += lead[0].length;
        text = text.slice(lead[0].length);
      }
      // "now-cancelled": a modifier, not a time
      if (/^[Nn]ow$/.test(text) && m.input[index + 3] === '-') return null;
      return { index, end: index + text.length, value: null, approximate: false, none: true };
    },
  },
];

const SINCE = /\b[Ss]ince\s+$/;

/**
 * The part of a period a modifier names; after "since", "the start/end of" is a point in time
 * ("since the start of this year" = since 1 January), not a stretch of it.
 */
function cut(p: Period, mod: Mod, since: boolean): Period {
  if (since && mod === 'start') return dayPeriod(p.start);
  if (since && mod === 'end') return dayPeriod(p.end);
  return applyMod(p, mod);
}

const modOf = (word: string): Mod => {
  const w = word.toLowerCase();
  if (w === 'early') return 'early';
  if (w === 'mid' || w === 'middle') return 'mid';
  if (w === 'late') return 'late';
  if (w === 'beginning' || w === 'start') return 'start';
  return 'end';
};

function relativeMonth(month: number, rel: string, rd: Day | null): Value {
  if (rd === null) return null;
  const [y, m] = ymdOf(rd);
  if (rel === 'this') return monthPeriod(y, month);
  if (rel === 'last') return monthPeriod(month < m ? y : y - 1, month);
  return monthPeriod(month > m ? y : y + 1, month);
}

/** Western Easter Sunday (anonymous Gregorian computus). */
function easter(y: number): Day {
  const a = y % 19;
  const b = Math.floor(y / 100);
  const c = y % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const gg = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - gg + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const mm = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * mm + 114) / 31);
  const day = ((h + l - 7 * mm + 114) % 31) + 1;
  return dayOf(y, month, day);
}

function holiday(name: string, y: number): Day {
  switch (name) {
    case 'Christmas Eve':
      return dayOf(y, 12, 24);
    case "New Year's Eve":
      return dayOf(y, 12, 31);
    case "New Year's Day":
      return dayOf(y, 1, 1);
    case 'Halloween':
      return dayOf(y, 10, 31);
    case "Valentine's Day":
      return dayOf(y, 2, 14);
    case 'Boxing Day':
      return dayOf(y, 12, 26);
    case 'Thanksgiving':
    case 'Thanksgiving Day': {
      const nov1 = dayOf(y, 11, 1);
      return nov1 + ((3 - weekdayOf(nov1) + 7) % 7) + 21; // fourth Thursday of November (US)
    }
    case 'Easter':
    case 'Easter Sunday':
      return easter(y);
    case 'Easter Monday':
      return easter(y) + 1;
    case 'Good Friday':
      return easter(y) - 2;
    default:
      return dayOf(y, 12, 25); // Christmas, Christmas Day
  }
}

/** A range whose ends may both lack a year ("from December 20 to January 5"): the end follows the start. */
function rangeValue(a: Parts, b: Parts, ctx: Ctx): Value {
  const join = (pa: Period | null, pb: Period | null): Period | null =>
    pa && pb && pb.end >= pa.start ? { start: pa.start, end: pb.end, gran: 'day' } : null;
  const withYear = (p: Parts, y: number): Period | null => periodOfParts(y, p);
  if (b.y !== null) {
    const pb = withYear(b, b.y);
    if (a.y !== null) return join(withYear(a, a.y), pb);
    const same = withYear(a, b.y);
    return join(same && pb && same.start <= pb.start ? same : withYear(a, b.y - 1), pb);
  }
  if (a.y !== null) {
    const pa = withYear(a, a.y);
    const same = withYear(b, a.y);
    return join(pa, same && pa && same.end >= pa.start ? same : withYear(b, a.y + 1));
  }
  if (ctx.rd === null) return null;
  const rd = ctx.rd;
  return (tense) => {
    const pa = pickYear((y) => periodOfParts(y, a), rd, tense);
    if (!pa) return null;
    const [ya] = ymdOf(pa.start);
    const same = withYear(b, ya);
    return join(pa, same && same.end >= pa.start ? same : withYear(b, ya + 1));
  };
}

// ---------------------------------------------------------------------------------------------
// The pass over one sentence

/** Sentences with none of these have no time expression worth a regex pass. */
const PRECHECK =
  /\d|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|day|week|month|year|night|morning|evening|afternoon|[Nn]ow|recent|[Cc]urrent|[Ss]oon|ago\b|annual|spring|summer|autumn|[Ff]all|winter|quarter|half|decade|centur|present|past|future|term|Christmas|Easter|Halloween|Thanksgiving|Valentine|[Tt]oday|[Tt]onight|[Tt]omorrow|hour|minute|second|ties\b|lately|date|[Ss]o far|being|Q[1-4]|H[12]/;

const MOD_PREFIX =
  /(?:\b(?<by>[Bb]y)\s+)?(?:\b(?<the>[Tt]he)\s+)?(?:\b(?<m1>[Ee]arly|[Mm]id|[Ll]ate)(?:\s*-\s*|\s+)|\b(?<m3>[Ee]nd)-|\b(?<m2>[Bb]eginning|[Ss]tart|[Mm]iddle|[Ee]nd|[Cc]lose)\s+of\s+(?:the\s+)?)$/;
const RANGE_GAP = /^(?:\s*[-–—]\s*|\s+(?:to|through|until|till|thru|and)\s+)$/;
/**
 * "postponed from 2020 to 2021": a date moved from one time to another, not a range. ("Output grew
 * from 2009 to 2011" stays a range: the growth spans it.)
 */
const CHANGE_BEFORE =
  /\b(?:postpone[ds]?|move[ds]?|delay(?:ed|s)?|push(?:ed|es)?\s+back|shift(?:ed|s)?|change[ds]?|reschedule[ds]?|brought\s+forward|put\s+off|defer(?:red|s)?|switch(?:ed|es)?|advance[ds]?)\b[^.;:]*$/;

export function findTimes(text: string, reportDate: Day | null): Found[] {
  if (!PRECHECK.test(text)) return [];
  const ctx: Ctx = { text, rd: reportDate, tense: new TenseMap(text) };
  const cands: Candidate[] = [];
  RULES.forEach((rule, rank) => {
    if (!rule.gate.test(text)) return;
    // An exec loop rather than matchAll, which copies the (large) regex on every call; the same
    // matches in the same order (an empty match steps one character on, as matchAll does; no
    // rule's regex is a 'u' one and no `make` runs a rule's regex).
    const re = rule.re;
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text)) !== null) {
      if (m[0] === '') re.lastIndex++;
      const c = rule.make(m, ctx);
      if (c && c.end > c.index) cands.push({ ...c, rank });
    }
  });
  if (cands.length === 0) return [];

  // Dated expressions first, longest first, on a tie the earlier rule; then keep what does not
  // overlap a kept one, so "the last week of March" is not swallowed by the duration "the last week".
  cands.sort((a, b) => Number(a.none ?? false) - Number(b.none ?? false) || b.end - b.index - (a.end - a.index) || a.rank - b.rank || a.index - b.index);
  // Occupied characters, so a pathological "sentence" with thousands of dates stays linear.
  const taken = new Uint8Array(text.length + 1);
  const kept: Candidate[] = [];
  for (const c of cands) {
    let free = true;
    for (let i = c.index; i < c.end && free; i++) free = taken[i] === 0;
    if (!free) continue;
    taken.fill(1, c.index, c.end);
    kept.push(c);
  }
  kept.sort((a, b) => a.index - b.index);

  // "Monday, May 4": the weekday and its date are one expression with the date's value.
  for (let i = 0; i + 1 < kept.length; i++) {
    const a = kept[i]!;
    const b = kept[i + 1]!;
    if (a.weekday && b.parts?.d != null && /^,?\s+(?:the\s+)?$/.test(text.slice(a.end, b.index))) {
      kept.splice(i, 2, { ...b, index: a.index });
    }
  }

  // "12:00 UTC Monday", "Tuesday at 18:00": a clock time next to its day is one expression.
  for (let i = 0; i + 1 < kept.length; i++) {
    const a = kept[i]!;
    const b = kept[i + 1]!;
    if (a.anchor === b.anchor || a.none || b.none) continue;
    const gap = text.slice(a.end, b.index);
    const ok = a.anchor ? /^\s*,?\s*(?:on\s+)?$/.test(gap) : /^\s*,?\s*(?:at\s+)?$/.test(gap);
    if (!ok) continue;
    const day = a.anchor ? b : a;
    kept.splice(i, 2, { ...day, index: a.index, end: b.end, parts: undefined, moddable: false, weekday: false });
  }

  // Vague modifiers in front: "early December", "mid-2011", "the end of March", "by late 2019".
  for (let i = 0; i < kept.length; i++) {
    const c = kept[i]!;
    if (!c.moddable) continue;
    const floor = i > 0 ? kept[i - 1]!.end : 0;
    const prefix = MOD_PREFIX.exec(text.slice(Math.max(floor, c.index - 40), c.index));
    const word = prefix?.groups!.m1 ?? prefix?.groups!.m2 ?? prefix?.groups!.m3;
    if (!prefix || word === undefined) continue;
    const mod = modOf(word);
    const since = SINCE.test(before(ctx, c.index - prefix[0].length, 8));
    const inner = c.value;
    const value: Value =
      inner === null ? null : typeof inner === 'function' ? (tense) => { const p = inner(tense); return p && cut(p, mod, since); } : cut(inner, mod, since);
    kept[i] = { ...c, index: c.index - prefix[0].length, value, approximate: true, parts: undefined, weekday: false };
  }

  // Ranges between two calendar expressions: "from 2009 to 2011", "between April and June 2020".
  for (let i = 0; i + 1 < kept.length; i++) {
    const a = kept[i]!;
    const b = kept[i + 1]!;
    if (!a.parts || !b.parts) continue;
    const gap = text.slice(a.end, b.index);
    if (!RANGE_GAP.test(gap)) continue;
    const lead = /\b([Ff]rom|[Bb]etween)\s+$/.exec(before(ctx, a.index, 12));
    if (/\band\b/.test(gap) && !(lead && /^[Bb]/.test(lead[1]!))) continue;
    if (lead && CHANGE_BEFORE.test(before(ctx, a.index - lead[0].length, 40))) continue;
    if (/^\s*[-–—]\s*$/.test(gap) && a.parts.m === null && b.parts.m === null && !lead) continue; // taken by the year rule already
    const value = rangeValue(a.parts, b.parts, ctx);
    if (value === null && a.parts.y !== null && b.parts.y !== null) continue; // "a 2019 to 1876 vote": not a range
    kept.splice(i, 2, { index: lead ? a.index - lead[0].length : a.index, end: b.end, value, approximate: a.approximate || b.approximate, rank: a.rank });
  }

  const periods = kept.map((c) => (typeof c.value === 'function' ? c.value(ctx.tense.at(c.index, c.end)) : c.value));
  kept.forEach((c, i) => {
    if (!c.anchor) return;
    let best: Period | null = ctx.rd === null ? null : dayPeriod(ctx.rd);
    let bestDistance = Infinity;
    kept.forEach((o, j) => {
      const p = periods[j];
      if (j === i || o.anchor || !p || p.start !== p.end) return;
      const distance = Math.abs(o.index - c.index);
      if (distance < bestDistance) {
        bestDistance = distance;
        best = p;
      }
    });
    periods[i] = best;
  });
  // "from Monday to Wednesday": weekdays resolve on their own, then join when in order.
  for (let i = 0; i + 1 < kept.length; i++) {
    const a = kept[i]!;
    const b = kept[i + 1]!;
    const pa = periods[i];
    const pb = periods[i + 1];
    if (!a.weekday || !b.weekday || !pa || !pb || pb.start < pa.start) continue;
    const gap = text.slice(a.end, b.index);
    const lead = /\b([Ff]rom|[Bb]etween)\s+$/.exec(before(ctx, a.index, 12));
    if (!RANGE_GAP.test(gap) || (/\band\b/.test(gap) && !(lead && /^[Bb]/.test(lead[1]!))) || (!lead && !/[-–—]/.test(gap))) continue;
    if (lead && CHANGE_BEFORE.test(before(ctx, a.index - lead[0].length, 40))) continue;
    kept.splice(i, 2, { ...a, index: lead ? a.index - lead[0].length : a.index, end: b.end, weekday: false });
    periods.splice(i, 2, { start: pa.start, end: pb.end, gran: 'day' });
  }
  const out: Found[] = [];
  for (const [i, c] of kept.entries()) {
    const p = periods[i] ?? null;
    out.push({
      index: c.index,
      text: text.slice(c.index, c.end),
      start: p ? isoOf(p.start) : null,
      end: p ? isoOf(p.end) : null,
      approximate: c.approximate,
    });
  }
  return out;
}
