import { Cron } from 'croner';
import { z } from 'zod';

/**
 * When a digest is due. Pure: every function takes the instant it reasons about, so tests run
 * with a fixed clock and the runner passes its injected one.
 *
 * A *slot* is the instant a digest is scheduled for. Daily and weekly schedules are wall-clock
 * times in an IANA timezone; they are turned into a cron pattern and croner does the calendar
 * work, which is daylight-saving safe: a time skipped by a spring-forward change fires at the
 * first valid minute after it (02:30 → 03:00), a time repeated by a fall-back change fires once
 * (its first occurrence).
 */

export const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/** A digest posted more than this after its slot is marked as late. */
export const LATE_AFTER_MS = 5 * 60_000;

const TIME = /^([01]?\d|2[0-3]):([0-5]\d)$/;

export const ScheduleSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('daily'), time: z.string().regex(TIME), timezone: z.string().min(1) }),
  z.object({ kind: z.literal('weekly'), time: z.string().regex(TIME), weekday: z.enum(WEEKDAYS), timezone: z.string().min(1) }),
  z.object({ kind: z.literal('cron'), expression: z.string().min(1).max(100), timezone: z.string().min(1) }),
]);
export type Schedule = z.infer<typeof ScheduleSchema>;

/** A problem with what a moderator typed; the message is safe to show as is. */
export class ScheduleError extends Error {
  override readonly name = 'ScheduleError';
}

export function isTimezone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}

export interface ScheduleInput {
  readonly schedule: string;
  readonly time?: string | null;
  readonly timezone?: string | null;
  readonly weekday?: string | null;
}

/**
 * Reads the options of `/digest set` into a schedule. `schedule` is `daily`, `weekly`, or a
 * five-field cron expression (minute hour day month weekday). Timezone defaults to UTC, time to
 * 09:00, weekday to Monday. Throws `ScheduleError` with a message naming the bad option.
 */
export function parseSchedule(input: ScheduleInput): Schedule {
  const timezone = (input.timezone ?? '').trim() || 'UTC';
  if (!isTimezone(timezone)) {
    throw new ScheduleError(`Digest: unknown timezone "${timezone}"; pick an IANA name such as Europe/Berlin or America/New_York.`);
  }
  const kind = input.schedule.trim().toLowerCase();
  const rawTime = (input.time ?? '').trim() || '09:00';
  const m = TIME.exec(rawTime);
  if ((kind === 'daily' || kind === 'weekly') && !m) {
    throw new ScheduleError(`Digest: time "${rawTime}" is not a 24-hour time; write it as HH:MM, e.g. 09:30.`);
  }
  const time = m ? `${m[1]!.padStart(2, '0')}:${m[2]!}` : '09:00';
  if (kind === 'daily') return { kind: 'daily', time, timezone };
  if (kind === 'weekly') {
    const wd = (input.weekday ?? '').trim().toLowerCase() || 'monday';
    const weekday = WEEKDAYS.find((w) => w === wd || w.slice(0, 3) === wd);
    if (!weekday) throw new ScheduleError(`Digest: weekday "${input.weekday ?? ''}" is not a day of the week; write e.g. monday.`);
    return { kind: 'weekly', time, weekday, timezone };
  }
  const expression = input.schedule.trim().replace(/\s+/g, ' ');
  const schedule: Schedule = { kind: 'cron', expression, timezone };
  try {
    const next = cronOf(schedule).nextRun(new Date(0));
    if (!next) throw new ScheduleError(`Digest: the cron expression "${expression}" never fires.`);
  } catch (e) {
    if (e instanceof ScheduleError) throw e;
    throw new ScheduleError(
      `Digest: schedule "${expression}" is not daily, weekly or a five-field cron expression (minute hour day month weekday, e.g. "0 9 * * 1-5").`,
    );
  }
  return schedule;
}

/** The cron pattern a schedule stands for (daily 09:30 → `30 9 * * *`). */
export function patternOf(schedule: Schedule): string {
  switch (schedule.kind) {
    case 'cron':
      return schedule.expression;
    case 'daily':
    case 'weekly': {
      const [h, min] = schedule.time.split(':').map(Number);
      const dow = schedule.kind === 'weekly' ? String(WEEKDAYS.indexOf(schedule.weekday)) : '*';
      return `${min ?? 0} ${h ?? 0} * * ${dow}`;
    }
  }
}

/** A paused croner job used only for its calendar arithmetic; it never runs anything. */
function cronOf(schedule: Schedule): Cron {
  // Five fields only: a per-second digest is never what a moderator means.
  return new Cron(patternOf(schedule), { timezone: schedule.timezone, paused: true, mode: '5-part' });
}

/** The first slot strictly after `after`, or null when the schedule never fires again. */
export function nextSlot(schedule: Schedule, after: Date): Date | null {
  return cronOf(schedule).nextRun(after);
}

/** The latest slot at or before `at`, or null. */
export function latestSlot(schedule: Schedule, at: Date): Date | null {
  // croner's previousRuns is exclusive of its reference; one millisecond later makes it inclusive.
  return cronOf(schedule).previousRuns(1, new Date(at.getTime() + 1))[0] ?? null;
}

export interface Due {
  readonly slot: Date;
  /** Posted noticeably after its slot, or earlier slots were missed (downtime). */
  readonly late: boolean;
  /** Slots after `lastSlot` that were skipped because only the latest missed one is posted. */
  readonly missed: boolean;
}

/**
 * The slot to post now, if any: the latest slot in (`lastSlot`, `now`]. `lastSlot` is the last
 * slot already handled, or the moment the digest was set up (slots before it are never due).
 * After downtime only the latest missed slot is returned, marked late.
 */
export function dueSlot(schedule: Schedule, lastSlot: Date, now: Date): Due | null {
  if (now.getTime() <= lastSlot.getTime()) return null;
  const slot = latestSlot(schedule, now);
  if (!slot || slot.getTime() <= lastSlot.getTime()) return null;
  const first = nextSlot(schedule, lastSlot);
  const missed = first !== null && first.getTime() < slot.getTime();
  const late = missed || now.getTime() - slot.getTime() > LATE_AFTER_MS;
  return { slot, late, missed };
}

/** How a schedule reads to a moderator: `daily at 09:30 (Europe/Berlin)`. */
export function describeSchedule(schedule: Schedule): string {
  switch (schedule.kind) {
    case 'daily':
      return `daily at ${schedule.time} (${schedule.timezone})`;
    case 'weekly':
      return `every ${schedule.weekday[0]!.toUpperCase()}${schedule.weekday.slice(1)} at ${schedule.time} (${schedule.timezone})`;
    case 'cron':
      return `cron \`${schedule.expression}\` (${schedule.timezone})`;
  }
}
