import { describe, expect, it } from 'vitest';
import { describeSchedule, dueSlot, latestSlot, nextSlot, parseSchedule, patternOf, type Schedule } from '../../src/digest/schedule.js';

/** The next `n` slots after `from`, as ISO strings. */
function slots(schedule: Schedule, from: string, n: number): string[] {
  const out: string[] = [];
  let at = new Date(from);
  for (let i = 0; i < n; i++) {
    const next = nextSlot(schedule, at);
    if (!next) break;
    out.push(next.toISOString());
    at = next;
  }
  return out;
}

describe('daily schedules across daylight-saving changes', () => {
  it('America/New_York 09:00 keeps local time when clocks spring forward and fall back', () => {
    const s = parseSchedule({ schedule: 'daily', time: '09:00', timezone: 'America/New_York' });
    // EST is UTC-5 until 2026-03-08, EDT (UTC-4) after.
    expect(slots(s, '2026-03-06T15:00:00Z', 3)).toEqual(['2026-03-07T14:00:00.000Z', '2026-03-08T13:00:00.000Z', '2026-03-09T13:00:00.000Z']);
    // Back to EST on 2026-11-01.
    expect(slots(s, '2026-10-30T15:00:00Z', 3)).toEqual(['2026-10-31T13:00:00.000Z', '2026-11-01T14:00:00.000Z', '2026-11-02T14:00:00.000Z']);
  });

  it('a time skipped by spring-forward fires once at the first valid minute; a repeated time fires once', () => {
    const ny = parseSchedule({ schedule: 'daily', time: '02:30', timezone: 'America/New_York' });
    // 02:30 does not exist on 2026-03-08: it fires at 03:00 EDT (07:00Z), once.
    expect(slots(ny, '2026-03-07T12:00:00Z', 2)).toEqual(['2026-03-08T07:00:00.000Z', '2026-03-09T06:30:00.000Z']);
    const ny130 = parseSchedule({ schedule: 'daily', time: '01:30', timezone: 'America/New_York' });
    // 01:30 happens twice on 2026-11-01: only the first (EDT, 05:30Z) is a slot.
    expect(slots(ny130, '2026-10-31T12:00:00Z', 2)).toEqual(['2026-11-01T05:30:00.000Z', '2026-11-02T06:30:00.000Z']);
    const berlin = parseSchedule({ schedule: 'daily', time: '02:30', timezone: 'Europe/Berlin' });
    expect(slots(berlin, '2026-03-28T12:00:00Z', 2)).toEqual(['2026-03-29T01:00:00.000Z', '2026-03-30T00:30:00.000Z']);
    expect(slots(berlin, '2026-10-24T12:00:00Z', 2)).toEqual(['2026-10-25T00:30:00.000Z', '2026-10-26T01:30:00.000Z']);
  });

  it('Australia/Sydney: daylight saving ends in April and starts in October', () => {
    const s = parseSchedule({ schedule: 'daily', time: '02:30', timezone: 'Australia/Sydney' });
    // 2026-10-04 02:00 → 03:00 local; 02:30 fires at 03:00 AEDT = 16:00Z the day before.
    expect(slots(s, '2026-10-02T00:00:00Z', 3)).toEqual(['2026-10-02T16:30:00.000Z', '2026-10-03T16:00:00.000Z', '2026-10-04T15:30:00.000Z']);
  });

  it('Asia/Kolkata has a half-hour offset and no daylight saving', () => {
    const s = parseSchedule({ schedule: 'daily', time: '9:00', timezone: 'Asia/Kolkata' });
    expect(s).toEqual({ kind: 'daily', time: '09:00', timezone: 'Asia/Kolkata' });
    expect(slots(s, '2026-03-28T00:00:00Z', 2)).toEqual(['2026-03-28T03:30:00.000Z', '2026-03-29T03:30:00.000Z']);
  });
});

describe('weekly schedules', () => {
  it('Australia/Sydney Monday 09:00 before and after daylight saving ends (2026-04-05)', () => {
    const s = parseSchedule({ schedule: 'weekly', time: '09:00', weekday: 'mon', timezone: 'Australia/Sydney' });
    expect(patternOf(s)).toBe('0 9 * * 1');
    expect(slots(s, '2026-03-25T00:00:00Z', 3)).toEqual(['2026-03-29T22:00:00.000Z', '2026-04-05T23:00:00.000Z', '2026-04-12T23:00:00.000Z']);
  });

  it('Europe/Berlin Sunday 12:15 across both changes', () => {
    const s = parseSchedule({ schedule: 'weekly', time: '12:15', weekday: 'Sunday', timezone: 'Europe/Berlin' });
    expect(slots(s, '2026-03-20T00:00:00Z', 2)).toEqual(['2026-03-22T11:15:00.000Z', '2026-03-29T10:15:00.000Z']);
    expect(slots(s, '2026-10-20T00:00:00Z', 2)).toEqual(['2026-10-25T11:15:00.000Z', '2026-11-01T11:15:00.000Z']);
  });

  it('America/New_York Friday 17:00 and Asia/Kolkata Wednesday 18:45', () => {
    const ny = parseSchedule({ schedule: 'weekly', time: '17:00', weekday: 'friday', timezone: 'America/New_York' });
    expect(slots(ny, '2026-10-26T00:00:00Z', 2)).toEqual(['2026-10-30T21:00:00.000Z', '2026-11-06T22:00:00.000Z']);
    const ko = parseSchedule({ schedule: 'weekly', time: '18:45', weekday: 'wed', timezone: 'Asia/Kolkata' });
    expect(slots(ko, '2026-01-01T00:00:00Z', 2)).toEqual(['2026-01-07T13:15:00.000Z', '2026-01-14T13:15:00.000Z']);
  });
});

describe('cron expressions', () => {
  it('every minute, as written', () => {
    const s = parseSchedule({ schedule: '* * * * *' });
    expect(s).toEqual({ kind: 'cron', expression: '* * * * *', timezone: 'UTC' });
    expect(slots(s, '2026-05-01T10:00:30Z', 3)).toEqual(['2026-05-01T10:01:00.000Z', '2026-05-01T10:02:00.000Z', '2026-05-01T10:03:00.000Z']);
  });

  it('weekday office hours in a timezone', () => {
    const s = parseSchedule({ schedule: '0  9-17/4 * * 1-5', timezone: 'Europe/Berlin' });
    expect(s).toEqual({ kind: 'cron', expression: '0 9-17/4 * * 1-5', timezone: 'Europe/Berlin' });
    // Friday 2026-05-01 (CEST, UTC+2) 09, 13, 17 local; then Monday.
    expect(slots(s, '2026-05-01T00:00:00Z', 4)).toEqual([
      '2026-05-01T07:00:00.000Z',
      '2026-05-01T11:00:00.000Z',
      '2026-05-01T15:00:00.000Z',
      '2026-05-04T07:00:00.000Z',
    ]);
  });
});

describe('dueSlot', () => {
  const daily = parseSchedule({ schedule: 'daily', time: '09:00', timezone: 'Europe/Berlin' });
  // 09:00 in Berlin on 2026-05-10 is 07:00Z.
  const setUp = new Date('2026-05-09T12:00:00Z');

  it('nothing is due before the first slot', () => {
    expect(dueSlot(daily, setUp, new Date('2026-05-10T06:59:59Z'))).toBeNull();
  });

  it('a slot is due from its exact instant, on time', () => {
    expect(dueSlot(daily, setUp, new Date('2026-05-10T07:00:00Z'))).toEqual({ slot: new Date('2026-05-10T07:00:00Z'), late: false, missed: false });
    expect(dueSlot(daily, setUp, new Date('2026-05-10T07:04:00Z'))).toEqual({ slot: new Date('2026-05-10T07:00:00Z'), late: false, missed: false });
  });

  it('posted well after its slot is late', () => {
    expect(dueSlot(daily, setUp, new Date('2026-05-10T07:06:00Z'))).toEqual({ slot: new Date('2026-05-10T07:00:00Z'), late: true, missed: false });
  });

  it('after downtime only the latest missed slot is due, marked late', () => {
    const last = new Date('2026-05-10T07:00:00Z');
    expect(dueSlot(daily, last, new Date('2026-05-13T07:01:00Z'))).toEqual({ slot: new Date('2026-05-13T07:00:00Z'), late: true, missed: true });
    expect(dueSlot(daily, last, new Date('2026-05-13T06:59:00Z'))).toEqual({ slot: new Date('2026-05-12T07:00:00Z'), late: true, missed: true });
  });

  it('a slot already handled is never due again', () => {
    const last = new Date('2026-05-10T07:00:00Z');
    expect(dueSlot(daily, last, new Date('2026-05-10T07:00:00Z'))).toBeNull();
    expect(dueSlot(daily, last, new Date('2026-05-11T06:00:00Z'))).toBeNull();
  });

  it('a one-minute cron after three minutes down posts only the latest minute', () => {
    const s = parseSchedule({ schedule: '* * * * *' });
    expect(dueSlot(s, new Date('2026-05-10T07:00:00Z'), new Date('2026-05-10T07:03:10Z'))).toEqual({
      slot: new Date('2026-05-10T07:03:00Z'),
      late: true,
      missed: true,
    });
    expect(latestSlot(s, new Date('2026-05-10T07:03:10Z'))).toEqual(new Date('2026-05-10T07:03:00Z'));
  });
});

describe('parseSchedule errors name the bad option', () => {
  it.each([
    [{ schedule: 'daily', timezone: 'Mars/Olympus' }, 'Digest: unknown timezone "Mars/Olympus"; pick an IANA name such as Europe/Berlin or America/New_York.'],
    [{ schedule: 'daily', time: '25:00' }, 'Digest: time "25:00" is not a 24-hour time; write it as HH:MM, e.g. 09:30.'],
    [{ schedule: 'weekly', weekday: 'someday' }, 'Digest: weekday "someday" is not a day of the week; write e.g. monday.'],
    [
      { schedule: '0 0 9 * * *' },
      'Digest: schedule "0 0 9 * * *" is not daily, weekly or a five-field cron expression (minute hour day month weekday, e.g. "0 9 * * 1-5").',
    ],
    [{ schedule: 'hourly-ish' }, 'Digest: schedule "hourly-ish" is not daily, weekly or a five-field cron expression (minute hour day month weekday, e.g. "0 9 * * 1-5").'],
    [{ schedule: '0 0 30 2 *' }, 'Digest: the cron expression "0 0 30 2 *" never fires.'],
  ])('%j', (input, message) => {
    expect(() => parseSchedule(input)).toThrow(message);
  });

  it('defaults: UTC, 09:00, Monday', () => {
    expect(parseSchedule({ schedule: 'Weekly' })).toEqual({ kind: 'weekly', time: '09:00', weekday: 'monday', timezone: 'UTC' });
    expect(describeSchedule(parseSchedule({ schedule: 'weekly', time: '7:05' }))).toBe('every Monday at 07:05 (UTC)');
    expect(describeSchedule(parseSchedule({ schedule: '*/5 * * * *', timezone: 'Asia/Kolkata' }))).toBe('cron `*/5 * * * *` (Asia/Kolkata)');
  });
});
