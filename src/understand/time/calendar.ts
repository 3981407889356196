/**
 * Calendar arithmetic on whole days. A `Day` is the number of days since 1970-01-01 in UTC, so
 * ranges compare and subtract as plain numbers and no time zone or clock can shift a date.
 */

export type Day = number;

/** How coarse a period is; decides what "early", "mid-" and "the end of" cut out of it. */
export type Granularity = 'day' | 'weekend' | 'week' | 'month' | 'season' | 'quarter' | 'half' | 'year' | 'decade' | 'century';

/** An inclusive day range and what kind of period it is. */
export interface Period {
  readonly start: Day;
  readonly end: Day;
  readonly gran: Granularity;
}

const MS_PER_DAY = 86_400_000;

export const dayOf = (y: number, m: number, d: number): Day => Math.round(Date.UTC(y, m - 1, d) / MS_PER_DAY);

export function ymdOf(n: Day): [number, number, number] {
  const t = new Date(n * MS_PER_DAY);
  return [t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate()];
}

/**
 * Days written as ISO strings, memoised: every date of every sentence is written (and read back
 * by `parseIsoDay`), and a record's dates are a few thousand distinct days.
 */
const isoMemo = new Map<Day, string>();

export function isoOf(n: Day): string {
  let iso = isoMemo.get(n);
  if (iso === undefined) {
    iso = new Date(n * MS_PER_DAY).toISOString().slice(0, 10);
    if (isoMemo.size > 50_000) isoMemo.clear();
    isoMemo.set(n, iso);
  }
  return iso;
}

const parsedMemo = new Map<string, Day | null>();

/** A valid ISO day `YYYY-MM-DD` as a Day, else null (so "2020-02-30" is rejected, not rolled over). */
export function parseIsoDay(s: string): Day | null {
  // Asked for each sentence's report date: the same few strings all along a document.
  let day = parsedMemo.get(s);
  if (day === undefined) {
    day = parseIsoDayAfresh(s);
    if (parsedMemo.size > 10_000) parsedMemo.clear();
    parsedMemo.set(s, day);
  }
  return day;
}

function parseIsoDayAfresh(s: string): Day | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return null;
  const n = dayOf(Number(m[1]), Number(m[2]), Number(m[3]));
  return isoOf(n) === s ? n : null;
}

export const daysInMonth = (y: number, m: number): number => new Date(Date.UTC(y, m, 0)).getUTCDate();

/** A real calendar day (no 31 June), within the years the extractor accepts. */
export const validYmd = (y: number, m: number, d: number): boolean =>
  y >= 1000 && y <= 2999 && m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);

/** 0 = Monday … 6 = Sunday (1970-01-01 was a Thursday). */
export const weekdayOf = (n: Day): number => (((n + 3) % 7) + 7) % 7;

export const dayPeriod = (n: Day): Period => ({ start: n, end: n, gran: 'day' });

export const weekPeriod = (anyDay: Day): Period => {
  const monday = anyDay - weekdayOf(anyDay);
  return { start: monday, end: monday + 6, gran: 'week' };
};

/** Saturday and Sunday of the ISO week holding `anyDay`. */
export const weekendPeriod = (anyDay: Day): Period => {
  const saturday = anyDay - weekdayOf(anyDay) + 5;
  return { start: saturday, end: saturday + 1, gran: 'weekend' };
};

/** Month `m` of year `y`; `m` may run outside 1..12 and carries into the year. */
export function monthPeriod(y: number, m: number): Period {
  const yy = y + Math.floor((m - 1) / 12);
  const mm = ((((m - 1) % 12) + 12) % 12) + 1;
  return { start: dayOf(yy, mm, 1), end: dayOf(yy, mm, daysInMonth(yy, mm)), gran: 'month' };
}

/** Months `from`..`to` (inclusive, may carry across years) as one period of the given granularity. */
export function monthsPeriod(y: number, from: number, to: number, gran: Granularity): Period {
  return { start: monthPeriod(y, from).start, end: monthPeriod(y, to).end, gran };
}

export const yearPeriod = (y: number): Period => ({ start: dayOf(y, 1, 1), end: dayOf(y, 12, 31), gran: 'year' });
export const quarterPeriod = (y: number, q: number): Period => monthsPeriod(y, 3 * q - 2, 3 * q, 'quarter');
export const halfPeriod = (y: number, h: number): Period => monthsPeriod(y, 6 * h - 5, 6 * h, 'half');
export const decadePeriod = (firstYear: number): Period => ({ start: dayOf(firstYear, 1, 1), end: dayOf(firstYear + 9, 12, 31), gran: 'decade' });
export const centuryPeriod = (firstYear: number): Period => ({ start: dayOf(firstYear, 1, 1), end: dayOf(firstYear + 99, 12, 31), gran: 'century' });

export type Season = 'spring' | 'summer' | 'autumn' | 'winter';

/**
 * Meteorological seasons (northern hemisphere): spring Mar–May, summer Jun–Aug, autumn Sep–Nov,
 * winter Dec–Feb. "Winter 2010" is the winter that begins in December 2010.
 */
export function seasonPeriod(y: number, s: Season): Period {
  const first = { spring: 3, summer: 6, autumn: 9, winter: 12 }[s];
  return monthsPeriod(y, first, first + 2, 'season');
}

/** Which third of a period a vague modifier names. */
export type Mod = 'early' | 'mid' | 'late' | 'start' | 'end';

/**
 * The part of a period that "early", "mid-", "late", "the beginning of" and "the end of" name:
 * the matching third, cut on the period's own units (days of a month, months of a year, years of
 * a decade) so the range stays readable. "The start/end of the year" is its first/last month, as
 * news writes it ("by the end of the year" = in December at the latest).
 */
export function applyMod(p: Period, mod: Mod): Period {
  const third = mod === 'early' || mod === 'start' ? 0 : mod === 'mid' ? 1 : 2;
  const [y, m] = ymdOf(p.start);
  switch (p.gran) {
    case 'day':
    case 'weekend':
      return p;
    case 'week':
      return { start: p.start + [0, 2, 4][third]!, end: p.start + [1, 3, 6][third]!, gran: 'day' };
    case 'month': {
      const last = daysInMonth(y, m);
      const from = [1, 11, 21][third]!;
      const to = [10, 20, last][third]!;
      return { start: dayOf(y, m, from), end: dayOf(y, m, to), gran: 'day' };
    }
    case 'year':
      if (mod === 'start') return monthPeriod(y, 1);
      if (mod === 'end') return monthPeriod(y, 12);
      return monthsPeriod(y, 1 + 4 * third, 4 + 4 * third, 'month');
    case 'season':
    case 'quarter':
      return monthPeriod(y, m + third);
    case 'half':
      return monthsPeriod(y, m + 2 * third, m + 2 * third + 1, 'month');
    case 'decade': {
      const from = [0, 3, 7][third]!;
      const to = [2, 6, 9][third]!;
      return { start: dayOf(y + from, 1, 1), end: dayOf(y + to, 12, 31), gran: 'year' };
    }
    case 'century': {
      const from = [0, 33, 67][third]!;
      const to = [32, 66, 99][third]!;
      return { start: dayOf(y + from, 1, 1), end: dayOf(y + to, 12, 31), gran: 'year' };
    }
  }
}
