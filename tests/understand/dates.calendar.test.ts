import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  applyMod, dayOf, decadePeriod, isoOf, monthPeriod, parseIsoDay, quarterPeriod, seasonPeriod, weekdayOf, weekPeriod, yearPeriod,
  type Mod, type Period,
} from '../../src/understand/time/calendar.js';
import { extractTimes } from '../../src/understand/dates.js';

const iso = (p: Period): [string, string] => [isoOf(p.start), isoOf(p.end)];

describe('calendar', () => {
  it('round-trips ISO days and rejects impossible ones', () => {
    expect(isoOf(parseIsoDay('2020-02-29')!)).toBe('2020-02-29');
    expect(parseIsoDay('2021-02-29')).toBe(null);
    expect(parseIsoDay('2020-1-5')).toBe(null);
    // From their memos the second time: the same answers.
    expect(parseIsoDay('2021-02-29')).toBe(null);
    expect(parseIsoDay('2020-02-29')).toBe(dayOf(2020, 2, 29));
    expect(parseIsoDay('2020-02-29')).toBe(18321);
    expect(isoOf(18321)).toBe('2020-02-29');
    expect(isoOf(18321)).toBe('2020-02-29');
    expect(isoOf(-1)).toBe('1969-12-31');
  });

  it('numbers weekdays from Monday and builds ISO weeks', () => {
    expect(weekdayOf(dayOf(2020, 10, 26))).toBe(0);
    expect(weekdayOf(dayOf(2020, 11, 1))).toBe(6);
    expect(iso(weekPeriod(dayOf(2021, 1, 1)))).toEqual(['2020-12-28', '2021-01-03']);
  });

  it('carries months across years', () => {
    expect(iso(monthPeriod(2020, 13))).toEqual(['2021-01-01', '2021-01-31']);
    expect(iso(monthPeriod(2020, 0))).toEqual(['2019-12-01', '2019-12-31']);
    expect(iso(quarterPeriod(2020, 4))).toEqual(['2020-10-01', '2020-12-31']);
    expect(iso(seasonPeriod(2020, 'winter'))).toEqual(['2020-12-01', '2021-02-28']);
  });

  it('cuts periods into readable thirds', () => {
    expect(iso(applyMod(monthPeriod(2021, 2), 'late'))).toEqual(['2021-02-21', '2021-02-28']);
    expect(iso(applyMod(yearPeriod(2019), 'mid'))).toEqual(['2019-05-01', '2019-08-31']);
    expect(iso(applyMod(yearPeriod(2019), 'end'))).toEqual(['2019-12-01', '2019-12-31']);
    expect(iso(applyMod(decadePeriod(1990), 'early'))).toEqual(['1990-01-01', '1992-12-31']);
    expect(iso(applyMod(weekPeriod(dayOf(2020, 10, 29)), 'late'))).toEqual(['2020-10-30', '2020-11-01']);
    expect(iso(applyMod(quarterPeriod(2020, 3), 'mid'))).toEqual(['2020-08-01', '2020-08-31']);
  });

  // The scoring convention for "early/mid/late": a sub-range of the matching third of the period,
  // each third widened by 5% of the period on its inner side(s).
  it('keeps every third inside the matching third of its period', () => {
    const third = (p: Period, mod: Mod): [number, number] => {
      const L = p.end - p.start + 1;
      const slack = Math.round(L * 0.05);
      if (mod === 'early' || mod === 'start') return [p.start, p.start + Math.ceil(L / 3) - 1 + slack];
      if (mod === 'mid') return [p.start + Math.floor(L / 3) - slack, p.start + Math.ceil((2 * L) / 3) - 1 + slack];
      return [p.start + Math.floor((2 * L) / 3) - slack, p.end];
    };
    const period = fc.oneof(
      fc.tuple(fc.integer({ min: 1800, max: 2100 }), fc.integer({ min: 1, max: 12 })).map(([y, m]) => monthPeriod(y, m)),
      fc.integer({ min: 1800, max: 2100 }).map(yearPeriod),
      fc.integer({ min: 180, max: 210 }).map((d) => decadePeriod(d * 10)),
      fc.tuple(fc.integer({ min: 1800, max: 2100 }), fc.integer({ min: 1, max: 4 })).map(([y, q]) => quarterPeriod(y, q)),
      fc.integer({ min: -50000, max: 50000 }).map(weekPeriod),
    );
    fc.assert(
      fc.property(period, fc.constantFrom<Mod>('early', 'mid', 'late', 'start', 'end'), (p, mod) => {
        const cut = applyMod(p, mod);
        const [lo, hi] = third(p, mod);
        expect(lo <= cut.start && cut.start <= cut.end && cut.end <= hi).toBe(true);
      }),
    );
  });
});

describe('holidays', () => {
  it('computes movable feasts for the year the tense points to', () => {
    const when = (s: string, rd: string) => extractTimes(s, rd).map((m) => [m.text, m.start]);
    expect(when('Churches were full at Easter.', '2020-06-01')).toEqual([['Easter', '2020-04-12']]);
    expect(when('Shops will close on Good Friday.', '2021-01-10')).toEqual([['Good Friday', '2021-04-02']]);
    expect(when('Turkey prices rose before Thanksgiving.', '2020-12-02')).toEqual([['Thanksgiving', '2020-11-26']]);
    expect(when('He died on Christmas Day, 1989.', '2020-12-02')).toEqual([['Christmas Day, 1989', '1989-12-25']]);
  });
});
