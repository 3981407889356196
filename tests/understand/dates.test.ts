import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareTimes, extractTimes } from '../../src/understand/dates.js';
import type { TimeMention } from '../../src/understand/types.js';

// All sentences are our own. 2020-10-29 was a Thursday.
const THU = '2020-10-29';

type Expected = [text: string, start: string | null, end: string | null];
const simplify = (ms: TimeMention[]): Expected[] => ms.map((m) => [m.text, m.start, m.end]);
const times = (sentence: string, reportDate: string | null = THU): Expected[] => simplify(extractTimes(sentence, reportDate));

describe('extractTimes: explicit dates', () => {
  const cases: [string, Expected[]][] = [
    ['The ministers met on October 20 in Geneva.', [['October 20', '2020-10-20', '2020-10-20']]],
    ['The treaty was signed on 29th October, 2020, officials said.', [['29th October, 2020', '2020-10-29', '2020-10-29']]],
    ['Talks resumed Oct. 20 after a pause.', [['Oct. 20', '2020-10-20', '2020-10-20']]],
    ['The filing is dated 2020-10-20 in the registry.', [['2020-10-20', '2020-10-20', '2020-10-20']]],
    ['The ceasefire began on 20 October.', [['20 October', '2020-10-20', '2020-10-20']]],
    ['It was agreed on the 20th of October.', [['the 20th of October', '2020-10-20', '2020-10-20']]],
    ['Exports fell sharply in October 2019.', [['October 2019', '2019-10-01', '2019-10-31']]],
    ['Inflation stayed high throughout the 1990s.', [['the 1990s', '1990-01-01', '1999-12-31']]],
    ['The form is stamped 10/20/2020 and 21/10/2020.', [['10/20/2020', '2020-10-20', '2020-10-20'], ['21/10/2020', '2020-10-21', '2020-10-21']]],
    ['The bridge opened in 2009 after a long delay.', [['2009', '2009-01-01', '2009-12-31']]],
    ['She was born on February 29, 1996.', [['February 29, 1996', '1996-02-29', '1996-02-29']]],
    ['The order was signed on 29.10.2020 in Bern.', [['29.10.2020', '2020-10-29', '2020-10-29']]],
    // An impossible day is still a time expression, but it names no day.
    ['No such day as February 30, 2021 exists.', [['February 30, 2021', null, null]]],
    ['The empire peaked in the 18th century.', [['the 18th century', '1700-01-01', '1799-12-31']]],
  ];
  it.each(cases)('%s', (sentence, expected) => {
    expect(times(sentence)).toEqual(expected);
  });

  it('does not read counts, prices or model numbers as years', () => {
    expect(times('The army sent 2009 troops to the border.')).toEqual([]);
    expect(times('Each ticket cost $2020 at the door.')).toEqual([]);
    expect(times('About 2000 people marched to the square.')).toEqual([]);
    expect(times('The Russell 2000 Index closed higher.')).toEqual([]);
    expect(times('A crowd of 2000 people gathered.')).toEqual([]);
    expect(times('The firm hired 2000 new workers.')).toEqual([]);
    // …but a year stays a year before a plural when time words or determiners frame it.
    expect(times('Since 2009 prices have risen.')).toEqual([['2009', '2009-01-01', '2009-12-31']]);
    expect(times('The 2008 elections were close.')).toEqual([['2008', '2008-01-01', '2008-12-31']]);
  });

  it('does not read the verb or the name "May" as a month', () => {
    expect(times('Prices may rise again, the bank warned.')).toEqual([]);
    expect(times('May Harlow chaired the hearing.')).toEqual([]);
    expect(times('The company may cut jobs in May.')).toEqual([['May', '2020-05-01', '2020-05-31']]);
  });
});

describe('extractTimes: ranges', () => {
  it('reads day ranges in the common forms', () => {
    expect(times('The summit will be held October 28-29.', '2020-10-01')).toEqual([['October 28-29', '2020-10-28', '2020-10-29']]);
    expect(times('The festival runs from May 3 to 5.', '2021-04-01')).toEqual([['from May 3 to 5', '2021-05-03', '2021-05-05']]);
    expect(times('Voting took place between March 1 and March 4.', '2021-03-10')).toEqual([['between March 1 and March 4', '2021-03-01', '2021-03-04']]);
    expect(times('The fair ran Oct. 3–5 in the old harbour.')).toEqual([['Oct. 3–5', '2020-10-03', '2020-10-05']]);
    expect(times('The strike lasted from 28 October to 2 November 2019.')).toEqual([['from 28 October to 2 November 2019', '2019-10-28', '2019-11-02']]);
  });

  it('joins years and months into one range', () => {
    expect(times('Output grew from 2009 to 2011.')).toEqual([['from 2009 to 2011', '2009-01-01', '2011-12-31']]);
    expect(times('The economy shrank between April and June.')).toEqual([['between April and June', '2020-04-01', '2020-06-30']]);
    expect(times('The 2008–09 season was cut short.')).toEqual([['2008–09', '2008-01-01', '2009-12-31']]);
  });

  it('joins weekdays once each is resolved, and reads "postponed from … to …" as two times', () => {
    expect(times('The talks ran from Monday to Wednesday.')).toEqual([['from Monday to Wednesday', '2020-10-26', '2020-10-28']]);
    expect(times('The fair will run from Friday to Monday.')).toEqual([['from Friday to Monday', '2020-10-30', '2020-11-02']]);
    expect(times('The Games were postponed from 2020 to 2021.')).toEqual([
      ['2020', '2020-01-01', '2020-12-31'],
      ['2021', '2021-01-01', '2021-12-31'],
    ]);
    expect(times('The vote moved from Monday to Wednesday.')).toEqual([
      ['Monday', '2020-10-26', '2020-10-26'],
      ['Wednesday', '2020-10-28', '2020-10-28'],
    ]);
  });

  it('carries a range across the new year', () => {
    expect(times('The border was closed from December 28 to January 3.', '2021-01-10')).toEqual([
      ['from December 28 to January 3', '2020-12-28', '2021-01-03'],
    ]);
  });
});

describe('extractTimes: weekdays by tense (report date Thursday 2020-10-29)', () => {
  const cases: [string, Expected[]][] = [
    // Same-day rule: the report's own weekday is the report date, in either tense.
    ['The spokesman said on Thursday that the talks had ended.', [['Thursday', '2020-10-29', '2020-10-29']]],
    ['The committee will vote on Thursday.', [['Thursday', '2020-10-29', '2020-10-29']]],
    ['The minister said on Monday that the border would stay shut.', [['Monday', '2020-10-26', '2020-10-26']]],
    ['The leaders will meet on Monday in Vienna.', [['Monday', '2020-11-02', '2020-11-02']]],
    ['The trial is set to begin on Tuesday.', [['Tuesday', '2020-11-03', '2020-11-03']]],
    ['Police arrested two men on Saturday.', [['Saturday', '2020-10-24', '2020-10-24']]],
    ['Officials confirmed last Thursday that the mine had closed.', [['last Thursday', '2020-10-22', '2020-10-22']]],
    ['The envoy returns next Thursday.', [['next Thursday', '2020-11-05', '2020-11-05']]],
    ['The union said on Monday it will strike on Friday.', [['Monday', '2020-10-26', '2020-10-26'], ['Friday', '2020-10-30', '2020-10-30']]],
    ['Markets stay closed until Friday.', [['Friday', '2020-10-30', '2020-10-30']]],
    // The verb before the expression in its comma segment governs it, then the one after it.
    ['The president, who arrives in Tokyo on Monday, said talks would focus on trade.', [['Monday', '2020-11-02', '2020-11-02']]],
    ['Negotiators met again on Tuesday and plan to meet on Friday.', [['Tuesday', '2020-10-27', '2020-10-27'], ['Friday', '2020-10-30', '2020-10-30']]],
    ['Schools will reopen on Monday, the ministry announced on Friday.', [['Monday', '2020-11-02', '2020-11-02'], ['Friday', '2020-10-23', '2020-10-23']]],
    ['On Wednesday, the court ruled against the mayor.', [['Wednesday', '2020-10-28', '2020-10-28']]],
    // News writes scheduled events in the present.
    ['The team faces Brazil on Saturday.', [['Saturday', '2020-10-31', '2020-10-31']]],
    ['The deadline was extended to Dec. 31.', [['Dec. 31', '2020-12-31', '2020-12-31']]],
    ['The parties agreed to hold a seminar in mid-November.', [['mid-November', '2020-11-11', '2020-11-20']]],
    ['On Monday, October 26, the board met.', [['Monday, October 26', '2020-10-26', '2020-10-26']]],
    ['The board met on Tuesday night.', [['Tuesday night', '2020-10-27', '2020-10-27']]],
    // A participle after a present "is"/"are" is not a past tense: "will" governs.
    ['The ministry will review how such fees are calculated before the spring.', [['the spring', '2021-03-01', '2021-05-31']]],
    // A postponement points ahead even with its object between the verb and "until".
    ['The court postponed its ruling on the harbour expansion until March 3.', [['March 3', '2021-03-03', '2021-03-03']]],
  ];
  it.each(cases)('%s', (sentence, expected) => {
    expect(times(sentence)).toEqual(expected);
  });

  it('gives named days such as "Black Monday" no date', () => {
    expect(times('Traders still recall Black Monday.')).toEqual([['Monday', null, null]]);
  });
});

describe('extractTimes: relative expressions (report date Thursday 2020-10-29)', () => {
  const cases: [string, Expected[]][] = [
    ['Yesterday, the court ruled against the mayor.', [['Yesterday', '2020-10-28', '2020-10-28']]],
    ['The results are due today.', [['today', '2020-10-29', '2020-10-29']]],
    ['The envoy will arrive tomorrow morning.', [['tomorrow morning', '2020-10-30', '2020-10-30']]],
    ['Rioting broke out last night in the capital.', [['last night', '2020-10-28', '2020-10-28']]],
    ['The fund lost money last week.', [['last week', '2020-10-19', '2020-10-25']]],
    ['Shares rose this week.', [['this week', '2020-10-26', '2020-11-01']]],
    ['The plant reopens next month.', [['next month', '2020-11-01', '2020-11-30']]],
    ['Sales fell last month.', [['last month', '2020-09-01', '2020-09-30']]],
    ['The figures were published last year.', [['last year', '2019-01-01', '2019-12-31']]],
    ['The shipment left two days ago.', [['two days ago', '2020-10-27', '2020-10-27']]],
    ['The vote took place two weeks ago.', [['two weeks ago', '2020-10-15', '2020-10-15']]],
    ['The mayor resigned three years ago.', [['three years ago', '2017-01-01', '2017-12-31']]],
    ['Earlier this year, the firm closed two mills.', [['Earlier this year', '2020-01-01', '2020-10-29']]],
    ['The law takes effect later this month.', [['later this month', '2020-10-29', '2020-10-31']]],
    ['Profits fell in the third quarter.', [['the third quarter', '2020-07-01', '2020-09-30']]],
    ['The bank expects growth in Q3 2021.', [['Q3 2021', '2021-07-01', '2021-09-30']]],
    ['Orders doubled in the first half of 2021.', [['the first half of 2021', '2021-01-01', '2021-06-30']]],
    ["The company lost money in 2019's third quarter.", [["2019's third quarter", '2019-07-01', '2019-09-30']]],
    ['The fair returns this coming weekend.', [['this coming weekend', '2020-10-31', '2020-11-01']]],
    ['The pass closes before Christmas.', [['Christmas', '2020-12-25', '2020-12-25']]],
    ['Fewer tourists came during the weekend.', [['the weekend', '2020-10-24', '2020-10-25']]],
  ];
  it.each(cases)('%s', (sentence, expected) => {
    expect(times(sentence)).toEqual(expected);
  });
});

describe('extractTimes: months and seasons without a year follow the tense', () => {
  it('a past "in March" in a November report is that March; a future one is next March', () => {
    expect(times('In March, the company cut 300 jobs.', '2020-11-15')).toEqual([['March', '2020-03-01', '2020-03-31']]);
    expect(times('The company will open the plant in March.', '2020-11-15')).toEqual([['March', '2021-03-01', '2021-03-31']]);
    expect(times('The company opened the plant in December.', '2021-01-20')).toEqual([['December', '2020-12-01', '2020-12-31']]);
  });

  it('"last September" is the latest September before the report month', () => {
    expect(times('Prices have not been this low since last September.', '2020-10-12')).toEqual([['last September', '2020-09-01', '2020-09-30']]);
    expect(times('Prices have not been this low since last September.', '2020-09-12')).toEqual([['last September', '2019-09-01', '2019-09-30']]);
  });

  it('a day without a year takes the side the verb points to', () => {
    expect(times('The ship arrives on November 11.', '2020-11-05')).toEqual([['November 11', '2020-11-11', '2020-11-11']]);
    expect(times('The ship docked on November 2.', '2020-11-05')).toEqual([['November 2', '2020-11-02', '2020-11-02']]);
    expect(times('The talks ended on December 30.', '2021-01-05')).toEqual([['December 30', '2020-12-30', '2020-12-30']]);
  });

  it('a plan named by a participle or an adjective points ahead, even after a past verb', () => {
    // "due on", "set for": the schedule a past agreement fixed lies ahead of the report.
    expect(times('The two clubs settled the dispute, with the fee due on Oct. 4 and the hearing set for Jan. 12.', '2020-09-20')).toEqual([
      ['Oct. 4', '2020-10-04', '2020-10-04'],
      ['Jan. 12', '2021-01-12', '2021-01-12'],
    ]);
    // "committed to" joins "agreed to", "pledged to": what was committed to comes later.
    expect(times('The mayor said both unions had committed to ending the strike before the end of March.', '2021-02-10')).toEqual([
      ['the end of March', '2021-03-21', '2021-03-31'],
    ]);
    // Backshifted reported speech: "were possible in the spring" is a prospect, not a past spring.
    expect(times('An aide told reporters that new elections were possible in the spring.', '2021-02-10')).toEqual([
      ['the spring', '2021-03-01', '2021-05-31'],
    ]);
    // A plain past verb still points back.
    expect(times('The fee was paid on Oct. 4.', '2020-11-20')).toEqual([['Oct. 4', '2020-10-04', '2020-10-04']]);
  });

  it('"until" points ahead unless the state it ends is over', () => {
    expect(times('The bridge had been closed to lorries until February, when repairs ended.', '2021-03-10')).toEqual([['February', '2021-02-01', '2021-02-28']]);
    expect(times('She stayed on as treasurer until November.', '2021-03-10')).toEqual([['November', '2020-11-01', '2020-11-30']]);
    expect(times('Flights were suspended until June.', '2021-03-10')).toEqual([['June', '2021-06-01', '2021-06-30']]);
    expect(times('The port has remained shut until April.', '2021-03-10')).toEqual([['April', '2021-04-01', '2021-04-30']]);
  });

  it('seasons are meteorological', () => {
    expect(times('Floods hit the valley this summer.')).toEqual([['this summer', '2020-06-01', '2020-08-31']]);
    expect(times('The dam was finished last spring.')).toEqual([['last spring', '2020-03-01', '2020-05-31']]);
    expect(times('The road will reopen in the spring.')).toEqual([['the spring', '2021-03-01', '2021-05-31']]);
  });
});

describe('extractTimes: vague expressions are the matching third', () => {
  const cases: [string, Expected[]][] = [
    ['A ruling is expected in mid-November.', [['mid-November', '2020-11-11', '2020-11-20']]],
    ['The envoy will return in early December.', [['early December', '2020-12-01', '2020-12-10']]],
    ['Growth slowed in late 2019.', [['late 2019', '2019-09-01', '2019-12-31']]],
    ['The line should be finished by the end of the year.', [['by the end of the year', '2020-12-01', '2020-12-31']]],
    ['Rents rose in the mid-1990s.', [['the mid-1990s', '1993-01-01', '1996-12-31']]],
    ['The rules were drafted at the end of March 2018.', [['the end of March 2018', '2018-03-21', '2018-03-31']]],
    ['Work starts early next year.', [['early next year', '2021-01-01', '2021-04-30']]],
    ['The deal should close by year-end.', [['by year-end', '2020-12-01', '2020-12-31']]],
    ['Debt stood at $5bn at end-2019 and rose by end-March.', [['end-2019', '2019-12-01', '2019-12-31'], ['by end-March', '2020-03-21', '2020-03-31']]],
    ['Sales rose late last year.', [['late last year', '2019-09-01', '2019-12-31']]],
    // After "since", the start or end of a period is a point in time.
    ['The index has fallen 15% since the start of this year.', [['the start of this year', '2020-01-01', '2020-01-01']]],
    ['Rents rose at the start of this year.', [['the start of this year', '2020-01-01', '2020-01-31']]],
  ];
  it.each(cases)('%s', (sentence, expected) => {
    expect(times(sentence)).toEqual(expected);
  });

  it('marks vague and relative-week expressions approximate, explicit days not', () => {
    const ms = extractTimes('Sales rose last week, in mid-November and on October 20.', THU);
    expect(ms.map((m) => [m.text, m.approximate])).toEqual([
      ['last week', true],
      ['mid-November', true],
      ['October 20', false],
    ]);
  });
});

describe('extractTimes: expressions with no calendar value', () => {
  const cases: [string, Expected[]][] = [
    ['The war lasted for three years.', [['three years', null, null]]],
    ['The market opens every Monday.', [['every Monday', null, null]]],
    // "now" is left out on purpose: it is never a date and too common to be worth a mention.
    ['Prices are rising now, traders say.', []],
    ['The recent floods closed the pass.', [['recent', null, null]]],
    ['Sales have recently improved.', [['recently', null, null]]],
    ['The river flooded the following week.', [['the following week', null, null]]],
    // Anchored on another event: reported, never guessed.
    ['The next day, talks resumed.', [['The next day', null, null]]],
    ['Profit in the latest quarter rose.', [['the latest quarter', '2020-07-01', '2020-09-30']]],
    ['It was a 20-year low for the index.', [['20-year', null, null]]],
    ['Three years after the launch, sales slowed.', [['Three years', null, null]]],
    ['Three days later, the talks resumed.', [['Three days later', null, null]]],
    ['The firms settled their decades-long dispute.', [['decades-long', null, null]]],
    ['The Fed raised rates by a quarter point.', []],
    ['The company said fiscal 2008 profits rose.', [['fiscal 2008', null, null]]],
  ];
  it.each(cases)('%s', (sentence, expected) => {
    expect(times(sentence)).toEqual(expected);
  });

  it('finds nothing in a sentence without time words', () => {
    expect(times('The committee rejected the proposal without a vote.')).toEqual([]);
    expect(times('')).toEqual([]);
  });
});

describe('extractTimes: clock times sit on the sentence\'s date, else the report date', () => {
  it('anchors a time of day', () => {
    expect(times('The index closed at 16:08 UTC, down 3%.')).toEqual([['16:08 UTC', THU, THU]]);
    expect(times('The plane landed on Tuesday in Lyon at 6:40 p.m. local time.')).toEqual([
      ['Tuesday', '2020-10-27', '2020-10-27'],
      ['6:40 p.m.', '2020-10-27', '2020-10-27'],
    ]);
    // Next to its day, a clock time is part of one expression.
    expect(times('The plane landed on Tuesday at 6:40 p.m. local time.')).toEqual([['Tuesday at 6:40 p.m.', '2020-10-27', '2020-10-27']]);
    expect(times('The shop filed for protection at 12:00 UTC Monday.')).toEqual([['12:00 UTC Monday', '2020-10-26', '2020-10-26']]);
    expect(times('Shares ended the day 2% lower.')).toEqual([['the day', THU, THU]]);
    expect(times('The index closed at 16:08 UTC.', null)).toEqual([['16:08 UTC', null, null]]);
  });

  it('does not read decimals as times', () => {
    expect(times('Turnout rose by 10.30 points.')).toEqual([]);
  });
});

describe('extractTimes without a report date', () => {
  it('leaves relative expressions unresolved but still resolves explicit dates', () => {
    expect(times('The talks ended on Thursday and resume in 2021.', null)).toEqual([
      ['Thursday', null, null],
      ['2021', '2021-01-01', '2021-12-31'],
    ]);
    expect(times('The deal was signed on October 20, 2020, and approved yesterday.', null)).toEqual([
      ['October 20, 2020', '2020-10-20', '2020-10-20'],
      ['yesterday', null, null],
    ]);
    expect(times('Exports fell in March and last week.', null)).toEqual([
      ['March', null, null],
      ['last week', null, null],
    ]);
  });

  it('reads a timestamp report date as its day', () => {
    expect(times('It happened yesterday.', '2020-10-29T23:59:00Z')).toEqual([['yesterday', '2020-10-28', '2020-10-28']]);
  });

  it('treats a malformed report date like a missing one', () => {
    expect(times('Exports fell last week.', '2020-13-45')).toEqual([['last week', null, null]]);
  });
});

describe('extractTimes: pathological input', () => {
  it('stays linear on a huge run-on "sentence" full of dates', () => {
    const s = 'in 2009 and 2010 '.repeat(2000);
    const ms = extractTimes(s, THU);
    expect(ms.length).toBe(4000);
    expect([ms[0]!.text, ms[0]!.start, ms.at(-1)!.text, ms.at(-1)!.end]).toEqual(['2009', '2009-01-01', '2010', '2010-12-31']);
  });
});

describe('extractTimes: properties', () => {
  const pieces = [
    'on Monday', 'October 20', '29th October, 2020', 'the 1990s', 'last week', 'will meet', 'said', 'in 2009',
    'from May 3 to 5', 'mid-November', 'by the end of the year', 'two days ago', 'Q3 2020', 'every Monday',
    'the officials', 'prices', '2009 troops', '$2020', 'May', 'March', 'between 2014 and 2016', 'yesterday', ',', '.',
    'early', 'late', 'the', 'of', '12/31/2020', '2020-02-30', 'Oct. 3–5', 'the third quarter', 'this summer',
  ];
  const sentence = fc.array(fc.oneof(fc.constantFrom(...pieces), fc.string({ maxLength: 6 })), { maxLength: 12 }).map((a) => a.join(' '));
  const reportDate = fc.option(fc.date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2040-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)));
  const ISO = /^\d{4}-\d{2}-\d{2}$/;

  it('every mention is a verbatim slice, in order, without overlaps, with a well-formed range', () => {
    fc.assert(
      fc.property(sentence, reportDate, (s, rd) => {
        let last = 0;
        for (const m of extractTimes(s, rd)) {
          expect(s.slice(m.index, m.index + m.text.length)).toBe(m.text);
          expect(m.index).toBeGreaterThanOrEqual(last);
          last = m.index + m.text.length;
          expect(m.start === null).toBe(m.end === null);
          if (m.start !== null && m.end !== null) {
            expect(m.start).toMatch(ISO);
            expect(m.end).toMatch(ISO);
            expect(m.start <= m.end).toBe(true);
          }
        }
      }),
      { numRuns: 400 },
    );
  });

  it('without a report date only explicit calendar expressions carry a date', () => {
    fc.assert(
      fc.property(sentence, (s) => {
        for (const m of extractTimes(s, null)) {
          if (m.start !== null) expect(/\d/.test(m.text)).toBe(true);
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe('compareTimes', () => {
  it('orders by start, then end (a day before its month), dateless last', () => {
    const items = [
      { text: 'a', start: null, end: null },
      { text: 'b', start: '2020-10-01', end: '2020-10-31' },
      { text: 'c', start: '2019-05-01', end: '2019-05-01' },
      { text: 'd', start: '2020-10-01', end: '2020-10-01' },
      { text: 'e', start: '2020-11-02', end: '2020-11-02' },
    ];
    expect([...items].sort(compareTimes).map((t) => t.text)).toEqual(['c', 'd', 'b', 'e', 'a']);
  });
});
