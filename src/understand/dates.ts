/**
 * Dates: every time expression of a sentence, normalised to an honest ISO day range.
 *
 * What the extractor can do
 * - Explicit dates in the usual news forms: "March 14", "Oct. 5, 2019", "14th March, 2019",
 *   "the 14th of March", "2019-03-14", "3/14/2019" (month first unless the first number is over
 *   12), "October 2019" (the month), "2009" (the year), "the 1990s", "the 20th century".
 * - Ranges: "March 3-4", "from May 3 to 5", "between March 1 and March 4", "Oct. 3–5",
 *   "28 October to 2 November", "from 2009 to 2011", "between April and June 2020", "2008–09".
 * - Relative to the reporting date: "today", "yesterday", "tomorrow", "tonight", "last night",
 *   "this/last/next week" (ISO weeks, Monday–Sunday), "… month/year/quarter/weekend/decade",
 *   "two days ago", "three years ago", "a week from now", "earlier this year" (1 January to the
 *   reporting date), "later this month" (the reporting date to the month's end).
 * - Weekdays by the tense of their clause: the tense marker just before the expression in its comma
 *   segment decides (else the one after it, else the clause's). Past ("said on Tuesday") →
 *   the latest such weekday on or before the reporting date; future ("will meet on Monday") → the
 *   first on or after it; no tense → the past one. Same-day rule: a weekday equal to the reporting
 *   date's own weekday is the reporting date itself, in either tense ("on Monday" in Monday's
 *   paper); "last Monday"/"next Monday" are strictly before/after, "this Monday" the one of the
 *   reporting date's ISO week.
 * - A month or day without a year takes the year the tense points to: past → the latest one begun
 *   by the reporting date ("in March" in a November report = that March), future → the first not
 *   yet over ("will open in March" = next March), no tense → the nearest one. "last September" is
 *   the latest September before the reporting month. Seasons, quarters and holidays (Christmas,
 *   Easter, Thanksgiving …) follow the same rule.
 * - Vague expressions as the matching third of their period: "early December" = 1–10, "mid-November"
 *   = 11–20, "late 2019" = September–December, "the mid-1990s" = 1993–1996; "the beginning/end of
 *   the year" and "by the end of the year" are its first/last month. Seasons are meteorological
 *   (summer = June–August; winter = December–February). Quarters and halves: "the third quarter",
 *   "Q3 2020", "the first half of 2021". These come with `approximate: true`.
 * - Clock times ("at 18:00 UTC", "6:40 p.m.", "0800 GMT") and trading-day idioms ("ended the day",
 *   "later in the day") are the day of the nearest dated expression in the same sentence, else the
 *   reporting date (approximate); next to their day they join it ("Tuesday at 6:40 p.m.").
 * - Expressions with no calendar value are still reported, with start and end null: durations
 *   ("for three years", "a 20-year low"), sets ("every Monday", "annually"), vague past or future
 *   ("recently", "recent", "later", "in the past"), fiscal periods ("fiscal 2008"), anaphora ("the
 *   previous week"), named days that are not dates ("Black Monday"). "Now", "currently" and "soon"
 *   are left out altogether: never a date, and too common to be worth a mention.
 *
 * What it cannot do
 * - Expressions anchored on another event ("three days later", "the next day", "the same day",
 *   "a year earlier") are not resolved: they stay null rather than guessed.
 * - Tense comes from nearby verbs, not a parse: "Monday's meeting, which will decide …" may resolve
 *   "Monday" as future, and a bare present outside a short list of scheduling verbs ("arrives",
 *   "travels", "faces", "begins" …) reads as past: "Farmers sell the crop on Saturday".
 * - Ambiguous numeric dates (7/8/2020) read month first.
 * - Numbers are years only in year-like places: "in 2009", "the 2008 crisis", "since 1989" yes;
 *   "2009 troops", "$2020", "about 2000 people", "Russell 2000 Index" no. A four-digit number inside
 *   an unknown name or code may still slip through.
 * - Without a reporting date everything relative (weekdays, "last week", a month without a year)
 *   stays null; explicit dates are still resolved.
 * - English only; northern-hemisphere seasons; US Thanksgiving.
 */
import { parseIsoDay } from './time/calendar.js';
import { findTimes } from './time/extract.js';
import type { TimeMention } from './types.js';

/**
 * Every time expression of a sentence, in reading order, normalised to an inclusive ISO day range
 * relative to `reportDate` (an ISO day, or null). Each mention's `text` is
 * `text.slice(index, index + text.length)`.
 */
export function extractTimes(text: string, reportDate: string | null): TimeMention[] {
  // A timestamp ("2019-03-04T08:00:00Z") is read as its day.
  const rd = reportDate === null ? null : parseIsoDay(reportDate.slice(0, 10));
  return findTimes(text, rd).map((f) => ({ text: f.text, index: f.index, start: f.start, end: f.end, approximate: f.approximate }));
}

/**
 * Orders time mentions for a timeline: by start day, then end day (a day before the month that
 * holds it), mentions without a date last; stable otherwise.
 */
export function compareTimes(
  a: Pick<TimeMention, 'start' | 'end'>,
  b: Pick<TimeMention, 'start' | 'end'>,
): number {
  if (a.start === null || b.start === null) return a.start === null ? (b.start === null ? 0 : 1) : -1;
  if (a.start !== b.start) return a.start < b.start ? -1 : 1;
  const ae = a.end ?? a.start;
  const be = b.end ?? b.start;
  return ae === be ? 0 : ae < be ? -1 : 1;
}
