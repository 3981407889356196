import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import type { Corpus } from '../answer/corpus.js';
import { FLAG_SUPPRESS_EMBEDS } from '../render/discord.js';
import { ChangeLog } from '../storage/changes.js';
import { unwritableReason, type Db, type Logger } from '../storage/db.js';
import { DigestStore } from '../storage/digests.js';
import { DIGEST_ROWS, type Digest, type Run } from './rows.js';
import { isEmptyPlan, planDigest, planning, type DigestPlan, type PlanInput } from './content.js';
import type { Planning } from './inFull.js';
import { renderDigest, renderPreview } from './render.js';
import { dueSlot, nextSlot, type Due, type Schedule } from './schedule.js';
import type { Snapshot } from './snapshot.js';

/**
 * The thin timer around the pure parts: finds due slots, claims each in the database before
 * posting, posts through an injected function, completes the claim with the message ids.
 *
 * Never twice: a slot is a unique (digest, slot) row; whoever inserts it posts it. Never lost:
 * a claim left open by a crash is taken over (at once when its owner process is gone, after
 * `LEASE_MS` otherwise) and posted again with the same nonce per message; Discord's
 * `enforce_nonce` turns the repeated create into the original message instead of a second one.
 */

export interface Clock {
  now(): Date;
}
export const systemClock: Clock = { now: () => new Date() };

/** The body of a channel message create, as Discord's REST API takes it. */
export interface PostPayload {
  readonly content: string;
  readonly nonce: string;
  readonly enforce_nonce: true;
  readonly allowed_mentions: { readonly parse: readonly [] };
  readonly flags: number;
}

/**
 * Creates a message in a channel. Throws on failure with the shape of discord.js errors: a
 * numeric `status` (HTTP), optionally `code` (Discord JSON code) and, for 429, `retryAfter`
 * (ms, discord.js RateLimitError) or `retry_after` / `rawError.retry_after` (seconds).
 */
export type Poster = (channelId: string, payload: PostPayload) => Promise<{ id: string }>;

export interface DigestDeps {
  readonly db: Db;
  readonly getCorpus: () => Corpus;
  readonly post: Poster;
  readonly logger: Logger;
  readonly clock?: Clock;
  /** Waits (backoff, retry_after); injectable so tests do not wait. Resolves early on stop. */
  readonly sleep?: (ms: number, signal: AbortSignal) => Promise<void>;
  /**
   * Sends a direct message to a user; used to tell the moderator about a pause when there is no
   * other channel to say it in (they set the digest up in the channel that now fails).
   */
  readonly directMessage?: (userId: string, payload: PostPayload) => Promise<{ id: string }>;
  /** Identifies this process in claims; defaults to host:pid:random. */
  readonly owner?: string;
  /**
   * While the record's facts are still being read (a cold start): `plan` made from final facts
   * only, once the documents it reads are in (inFull.ts `planInFull`), or null when it cannot be
   * soon. Without it, a due slot (and `/digest send-now`) waits for every fact.
   */
  readonly planInFull?: (plan: Planning) => Promise<DigestPlan | null>;
}

/** An open claim whose owner cannot be shown to be alive is taken over after this long. */
export const LEASE_MS = 60_000;
/** An open claim older than this is given up (marked failed, logged): Discord forgets nonces long before. */
export const GIVE_UP_AFTER_MS = 24 * 3_600_000;
/** Attempts per message within one tick for 5xx and network errors; later ticks try again. */
export const MAX_ATTEMPTS = 4;
export const BACKOFF_BASE_MS = 1_000;
export const BACKOFF_MAX_MS = 30_000;
/** Longest rate-limit wait honoured inline; longer ones leave the claim for a later tick. */
export const RETRY_AFTER_MAX_MS = 60_000;
/** The timer wakes at the next slot, and at least this often (to retry open claims). */
export const TICK_MAX_MS = 30_000;
/** Discord's limit on a message nonce. */
export const NONCE_MAX_LENGTH = 25;

/** Claim owners of this process that are running; an owner of this pid not in here is gone. */
const liveOwners = new Set<string>();

/**
 * The nonce of one message of a run: the same digest, slot and part always give the same nonce,
 * so a retried create is recognised by Discord. At most 25 characters.
 */
export function nonceOf(digestId: number, slot: Date, trigger: Run['trigger'], part: number): string {
  const nonce = `d${digestId.toString(36)}${trigger === 'manual' ? 'm' : 's'}${Math.floor(slot.getTime() / 1000).toString(36)}p${part}`;
  if (nonce.length > NONCE_MAX_LENGTH) throw new Error(`Digest: nonce ${nonce} is longer than ${NONCE_MAX_LENGTH} characters`);
  return nonce;
}

export type PostFailure =
  | { readonly kind: 'rate-limited'; readonly afterMs: number }
  | { readonly kind: 'transient'; readonly detail: string }
  | { readonly kind: 'pause'; readonly reason: string }
  | { readonly kind: 'fail'; readonly detail: string };

const numberAt = (o: unknown, ...path: string[]): number | undefined => {
  let at: unknown = o;
  for (const k of path) at = typeof at === 'object' && at !== null ? (at as Record<string, unknown>)[k] : undefined;
  return typeof at === 'number' && Number.isFinite(at) ? at : undefined;
};

/** Maps an error thrown by the poster to what the runner does about it. */
export function classifyPostError(error: unknown): PostFailure {
  const status = numberAt(error, 'status');
  const code = numberAt(error, 'code');
  if (status === 429) {
    const ms = numberAt(error, 'retryAfter') ?? secondsToMs(numberAt(error, 'retry_after') ?? numberAt(error, 'rawError', 'retry_after'));
    return { kind: 'rate-limited', afterMs: Math.max(0, ms ?? BACKOFF_BASE_MS) };
  }
  if (status === 403) {
    if (code === 50001) return { kind: 'pause', reason: 'Missing Access: the bot cannot view this channel (Discord 403, code 50001)' };
    if (code === 50013) return { kind: 'pause', reason: 'Missing Permissions: the bot cannot send messages in this channel (Discord 403, code 50013)' };
    return { kind: 'pause', reason: `Forbidden: Discord refused the post (403${code ? `, code ${code}` : ''}); the bot needs View Channel and Send Messages` };
  }
  if (status === 404) return { kind: 'pause', reason: `Unknown Channel: the channel was deleted or is out of the bot's reach (Discord 404${code ? `, code ${code}` : ''})` };
  if (status !== undefined && status >= 500) return { kind: 'transient', detail: `Discord ${status}` };
  if (status !== undefined) return { kind: 'fail', detail: `Discord ${status}${code ? `, code ${code}` : ''}` };
  // No status: a network error or a timeout. The nonce makes trying again safe.
  return { kind: 'transient', detail: error instanceof Error ? error.name : 'unknown error' };
}

const secondsToMs = (s: number | undefined): number | undefined => (s === undefined ? undefined : Math.ceil(s * 1000));

function abortableSleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) return resolve();
    const timer = setTimeout(done, ms);
    function done() {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    }
    signal.addEventListener('abort', done);
  });
}

/** Whether the process named in a claim's owner is certainly gone. */
function ownerGone(owner: string | null): boolean {
  if (owner === null) return true;
  const [host, pidText] = owner.split(':');
  const pid = Number(pidText);
  if (host !== hostname() || !Number.isInteger(pid)) return false;
  if (pid === process.pid) return !liveOwners.has(owner);
  try {
    process.kill(pid, 0);
    return false;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'ESRCH';
  }
}

export type RunOutcome =
  | { readonly kind: 'posted'; readonly run: Run; readonly messageIds: readonly string[] }
  | { readonly kind: 'empty'; readonly run: Run }
  | { readonly kind: 'taken'; readonly slot: Date }
  | { readonly kind: 'paused'; readonly reason: string }
  | { readonly kind: 'failed'; readonly detail: string }
  | { readonly kind: 'pending'; readonly detail: string }
  /** The record's facts are still being read (a cold start): nothing is claimed until they are all in. */
  | { readonly kind: 'reading'; readonly sentences: number; readonly total: number };

/** Plans of a `send-now` during a cold start at most, when the digest changes while one waits for documents. */
const SEND_NOW_REPLANS = 3;

/** How soon the timer looks again while the record's facts are still being read. */
export const READING_TICK_MS = 1_000;

export interface DigestStatus {
  readonly digest: Digest;
  readonly nextRun: Date | null;
  readonly lastRun: Run | null;
  /** Every digest waits while the database cannot be written; why, and since when. */
  readonly storage: StorageProblem | null;
}

export interface StorageProblem {
  readonly reason: string;
  readonly since: Date;
}

export interface Preview {
  readonly plan: DigestPlan;
  /** Exactly what would be posted now. */
  readonly messages: readonly string[];
  /** The messages, then the reasons, ready to show privately. */
  readonly report: readonly string[];
}

export class DigestRunner {
  readonly store: DigestStore<Schedule, Snapshot>;
  readonly owner: string;
  private readonly changes: ChangeLog;
  private readonly clock: Clock;
  private readonly sleep: (ms: number, signal: AbortSignal) => Promise<void>;
  private readonly abort = new AbortController();
  private readonly inFlight = new Set<number>();
  private timer: NodeJS.Timeout | null = null;
  private current: Promise<unknown> = Promise.resolve();
  private stopped = false;
  private storageProblem: StorageProblem | null = null;
  /** Said once in the log: due slots wait for the record's facts. */
  private waitedForFacts = false;

  constructor(private readonly deps: DigestDeps) {
    this.store = new DigestStore(deps.db, deps.logger, DIGEST_ROWS);
    this.changes = new ChangeLog(deps.db, deps.logger);
    this.clock = deps.clock ?? systemClock;
    this.sleep = deps.sleep ?? abortableSleep;
    this.owner = deps.owner ?? `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
    liveOwners.add(this.owner);
  }

  /**
   * Why digests are paused for want of a writable database (full, read-only or removed DATA_DIR),
   * or null. Nothing is claimed, so nothing is posted, until a write succeeds again; then the
   * latest missed slot is posted once, as after any downtime.
   */
  get storage(): StorageProblem | null {
    return this.storageProblem;
  }

  /** Turns a failed write into the pause it means; false when the error is something else. */
  private storageFailed(error: unknown): boolean {
    const reason = unwritableReason(error);
    if (!reason) return false;
    if (this.storageProblem?.reason !== reason) {
      this.storageProblem = { reason, since: this.clock.now() };
      this.log.warn({ reason }, 'Digest: paused: the database cannot be written; answers go on, digests resume by themselves when it can');
    }
    return true;
  }

  private storageWritable(): void {
    if (!this.storageProblem) return;
    this.log.info({ reason: this.storageProblem.reason, since: this.storageProblem.since.toISOString() }, 'Digest: the database can be written again; digests resume');
    this.storageProblem = null;
  }

  /** The runner's clock: commands use it too, so set-up times and slots agree in tests. */
  now(): Date {
    return this.clock.now();
  }

  private get log(): Logger {
    return this.deps.logger;
  }

  /** The slot after which a digest's schedule counts: its set-up time or its last scheduled run. */
  private lastSlotOf(d: Digest): Date {
    const last = this.store.lastScheduledSlot(d.id);
    return last && last.getTime() > d.anchor.getTime() ? last : d.anchor;
  }

  status(channelId: string): DigestStatus | null {
    const digest = this.store.byChannel(channelId);
    if (!digest) return null;
    const now = this.clock.now();
    const last = this.lastSlotOf(digest);
    return {
      digest,
      nextRun: digest.pausedReason ? null : nextSlot(digest.schedule, last.getTime() > now.getTime() ? last : now),
      lastRun: this.store.lastRun(digest.id),
      storage: this.storageProblem,
    };
  }

  /** What a plan of digest `d` reads: the record, what the previous digest saw, who changed what since. */
  private inputOf(d: Digest, now: Date, corpus: Corpus, reasons: boolean): { input: PlanInput; previousAt: Date | null } {
    const last = this.store.lastPosted(d.id);
    // Who changed the record since the previous digest (an overview has no "since").
    const changes = last?.completedAt ? this.changes.since(last.completedAt).map((c) => ({ doc: c.doc, action: c.action, by: c.userName })) : [];
    return { input: { corpus, previous: last?.snapshot ?? null, now, timezone: d.schedule.timezone, topic: d.topic, changes, reasons }, previousAt: last?.completedAt ?? null };
  }

  private plan(d: Digest, now: Date, corpus: Corpus = this.deps.getCorpus(), reasons = true): { plan: DigestPlan; previousAt: Date | null } {
    const { input, previousAt } = this.inputOf(d, now, corpus, reasons);
    return { plan: planDigest(input), previousAt };
  }

  /**
   * The plan of a slot due (or a `send-now`) while the record's facts are still being read, made
   * from final facts only (`planInFull`, in slices), as the record with every fact plans it; null
   * when it cannot be soon.
   */
  private async planWhileReading(d: Digest): Promise<{ plan: DigestPlan; previousAt: Date | null } | null> {
    if (!this.deps.planInFull) return null;
    let previousAt: Date | null = null;
    const plan = await this.deps.planInFull((corpus) => {
      const made = this.inputOf(d, this.clock.now(), corpus, false);
      previousAt = made.previousAt;
      return planning(made.input);
    });
    return plan ? { plan, previousAt } : null;
  }

  /** Exactly what would be posted now in that channel, and why each item is in or out. */
  preview(channelId: string): Preview | null {
    const d = this.store.byChannel(channelId);
    if (!d) return null;
    const now = this.clock.now();
    const { plan, previousAt } = this.plan(d, now);
    const messages = renderDigest(plan, { slot: now, timezone: d.schedule.timezone, late: false, topic: d.topic, previousAt, manual: true });
    return { plan, messages, report: renderPreview(plan, messages) };
  }

  /**
   * Posts the channel's digest now, outside its schedule (a moderator's `send-now`). While the
   * record's facts are still being read, it is planned from final facts only, as a due slot is
   * (`planInFull`): the complete digest, once the documents its plan reads are in; "still reading"
   * only when that cannot be soon.
   */
  async sendNow(channelId: string): Promise<RunOutcome | null> {
    let d = this.store.byChannel(channelId);
    if (!d) return null;
    if (d.pausedReason) return { kind: 'paused', reason: d.pausedReason };
    // Whole seconds: a double click within a second claims the same slot and posts once.
    const slot = new Date(Math.floor(this.clock.now().getTime() / 1000) * 1000);
    let planned: { plan: DigestPlan; previousAt: Date | null } | null = null;
    for (let round = 0; round < SEND_NOW_REPLANS && this.deps.getCorpus().reading; round++) {
      const before = this.planBasis(d);
      planned = await this.planWhileReading(d);
      // The digest as it is now: set again, paused or removed, or posted by its slot, while its
      // plan waited for documents; a plan of what it was is planned again.
      const now = this.store.byChannel(channelId);
      if (!now || now.id !== d.id) return null;
      if (now.pausedReason) return { kind: 'paused', reason: now.pausedReason };
      const changed = this.planBasis(now) !== before;
      d = now;
      if (!changed) break;
      planned = null;
    }
    const reading = this.deps.getCorpus().reading;
    if (!planned && reading) return { kind: 'reading', sentences: reading.sentences, total: reading.total };
    return this.claimAndPost(d, { slot, late: false, missed: false }, 'manual', planned ?? undefined);
  }

  /** What a plan of `d` depends on besides the record: its topic and timezone, its last posted run. */
  private planBasis(d: Digest): string {
    return JSON.stringify([d.topic, d.schedule.timezone, this.store.lastPostedId(d.id)]);
  }

  private async claimAndPost(d: Digest, due: Due, trigger: Run['trigger'], planned?: { plan: DigestPlan; previousAt: Date | null }): Promise<RunOutcome> {
    const now = this.clock.now();
    const { plan, previousAt } = planned ?? this.plan(d, now, this.deps.getCorpus(), false);
    const empty = isEmptyPlan(plan);
    const parts = empty ? [] : renderDigest(plan, { slot: due.slot, timezone: d.schedule.timezone, late: due.late, topic: d.topic, previousAt, manual: trigger === 'manual' });
    const summary = empty
      ? 'nothing new and nothing coming up: nothing posted'
      : `${plan.kind === 'overview' ? 'overview' : 'update'}: ${plan.items.length} item${plan.items.length === 1 ? '' : 's'} in ${parts.length} message${parts.length === 1 ? '' : 's'}${due.late ? ', late' : ''}`;
    const run = this.store.claim({ digestId: d.id, slot: due.slot, trigger, late: due.late, owner: this.owner, now, parts, snapshot: plan.snapshot, summary });
    this.storageWritable();
    if (!run) return { kind: 'taken', slot: due.slot };
    this.log.info({ digest: d.id, channel: d.channelId, slot: due.slot.toISOString(), trigger, late: due.late, missed: due.missed, summary }, 'Digest: claimed a slot');
    if (run.status === 'empty') return { kind: 'empty', run };
    return this.deliver(d, run);
  }

  /** Posts the parts of a claimed run not yet posted, in order, each with its fixed nonce. */
  private async deliver(d: Digest, claimed: Run): Promise<RunOutcome> {
    if (this.inFlight.has(claimed.id)) return { kind: 'pending', detail: 'already being posted' };
    this.inFlight.add(claimed.id);
    try {
      const ids = [...claimed.messageIds];
      for (let part = ids.length; part < claimed.parts.length; part++) {
        const payload: PostPayload = {
          content: claimed.parts[part]!,
          nonce: nonceOf(d.id, claimed.slot, claimed.trigger, part),
          enforce_nonce: true,
          allowed_mentions: { parse: [] },
          flags: FLAG_SUPPRESS_EMBEDS,
        };
        const result = await this.postWithRetry(d, claimed, payload);
        if ('id' in result) {
          ids.push(result.id);
          this.store.recordPart(claimed.id, this.owner, ids);
          continue;
        }
        const now = this.clock.now();
        switch (result.kind) {
          case 'pause':
            this.store.complete(claimed.id, this.owner, 'failed', now, result.reason);
            await this.pause(d, result.reason);
            return { kind: 'paused', reason: result.reason };
          case 'fail':
            this.store.complete(claimed.id, this.owner, 'failed', now, result.detail);
            this.log.error({ digest: d.id, channel: d.channelId, run: claimed.id, detail: result.detail }, 'Digest: Discord rejected the post; the slot is marked failed');
            return { kind: 'failed', detail: result.detail };
          case 'pending':
            return result;
        }
      }
      const run = this.store.complete(claimed.id, this.owner, 'posted', this.clock.now()) ? this.store.run(claimed.id) : null;
      this.log.info({ digest: d.id, channel: d.channelId, run: claimed.id, messages: ids }, 'Digest: posted');
      return run ? { kind: 'posted', run, messageIds: ids } : { kind: 'pending', detail: 'the claim was taken over by another process' };
    } finally {
      this.inFlight.delete(claimed.id);
    }
  }

  private async postWithRetry(
    d: Digest,
    run: Run,
    payload: PostPayload,
  ): Promise<{ id: string } | { kind: 'pause'; reason: string } | { kind: 'fail'; detail: string } | { kind: 'pending'; detail: string }> {
    let failures = 0;
    for (;;) {
      if (this.stopped) return { kind: 'pending', detail: 'stopping; the claim stays open and is retried on restart' };
      // Keep the claim ours while we try; if another process took it over, it posts instead.
      if (!this.store.heartbeat(run.id, this.owner, this.clock.now())) return { kind: 'pending', detail: 'the claim was taken over by another process' };
      try {
        return await this.deps.post(d.channelId, payload);
      } catch (error) {
        const f = classifyPostError(error);
        const ctx = { digest: d.id, channel: d.channelId, run: run.id, nonce: payload.nonce };
        if (f.kind === 'pause' || f.kind === 'fail') return f;
        failures++;
        if (f.kind === 'rate-limited') {
          if (f.afterMs > RETRY_AFTER_MAX_MS || failures > MAX_ATTEMPTS * 2) return { kind: 'pending', detail: `rate limited for ${f.afterMs} ms` };
          this.log.warn({ ...ctx, retryAfterMs: f.afterMs }, 'Digest: rate limited; waiting retry_after');
          await this.sleep(f.afterMs, this.abort.signal);
          continue;
        }
        if (failures >= MAX_ATTEMPTS) {
          this.log.warn({ ...ctx, detail: f.detail, attempts: failures }, 'Digest: Discord keeps failing; the claim stays open for the next tick');
          return { kind: 'pending', detail: f.detail };
        }
        const wait = Math.min(BACKOFF_MAX_MS, BACKOFF_BASE_MS * 2 ** (failures - 1));
        this.log.warn({ ...ctx, detail: f.detail, waitMs: wait }, 'Digest: Discord error; retrying with backoff');
        await this.sleep(wait, this.abort.signal);
      }
    }
  }

  /**
   * Pauses a digest and tells the moderator once: in the channel where they ran `/digest set`
   * when that is another channel, else by direct message. Either way `/digest status` shows it.
   */
  private async pause(d: Digest, reason: string): Promise<void> {
    const now = this.clock.now();
    this.store.pause(d.id, reason, now);
    this.log.warn({ digest: d.id, channel: d.channelId, reason }, 'Digest: paused');
    if (!this.store.markPauseNotified(d.id)) return;
    const content =
      `The OnRecord digest for <#${d.channelId}> is paused: ${reason}.\n` +
      'Give the bot View Channel, Send Messages and Embed Links there (or pick another channel), then run `/digest set` again to resume. `/digest status` shows this too.';
    const payload: PostPayload = {
      content,
      nonce: `n${d.id.toString(36)}${Math.floor(now.getTime() / 1000).toString(36)}`,
      enforce_nonce: true,
      allowed_mentions: { parse: [] },
      flags: FLAG_SUPPRESS_EMBEDS,
    };
    const where = d.notifyChannelId && d.notifyChannelId !== d.channelId ? d.notifyChannelId : null;
    try {
      if (where) await this.deps.post(where, payload);
      else if (this.deps.directMessage) await this.deps.directMessage(d.createdBy, payload);
      else this.log.warn({ digest: d.id }, 'Digest: no other channel to report the pause in; /digest status shows it');
    } catch (error) {
      this.log.warn({ digest: d.id, notifyChannel: where, dm: where ? null : d.createdBy, failure: classifyPostError(error) }, 'Digest: could not report the pause; /digest status shows it');
    }
  }

  /** Open claims this process may post: its own left pending, and those of gone or silent owners. */
  private async recover(now: Date): Promise<number> {
    let resumed = 0;
    for (const open of this.store.openClaims()) {
      if (this.inFlight.has(open.id)) continue;
      const d = this.store.byId(open.digestId);
      if (!d) continue;
      let run: Run | null = open;
      if (open.owner !== this.owner) {
        const silent = now.getTime() - open.claimedAt.getTime() > LEASE_MS;
        if (!silent && !ownerGone(open.owner)) continue;
        run = this.store.takeOver(open, this.owner, now);
        if (!run) continue;
        this.log.warn({ digest: d.id, run: run.id, from: open.owner, slot: run.slot.toISOString() }, 'Digest: resuming a slot claimed but not completed; same nonces, so no second post');
      }
      if (now.getTime() - run.slot.getTime() > GIVE_UP_AFTER_MS) {
        this.store.complete(run.id, this.owner, 'failed', now, 'gave up: could not post within 24 hours');
        this.log.error({ digest: d.id, run: run.id, slot: run.slot.toISOString() }, 'Digest: gave up on a slot after 24 hours of failures');
        continue;
      }
      if (d.pausedReason) {
        this.store.complete(run.id, this.owner, 'failed', now, `paused: ${d.pausedReason}`);
        continue;
      }
      resumed++;
      await this.deliver(d, run);
    }
    return resumed;
  }

  /**
   * One pass: finish open claims, then post every due slot (the latest only, after downtime).
   * One digest's failure never stops the others.
   */
  async tick(): Promise<RunOutcome[]> {
    const work = this.tickOnce();
    this.current = work.catch(() => undefined);
    return work;
  }

  private async tickOnce(): Promise<RunOutcome[]> {
    const outcomes: RunOutcome[] = [];
    try {
      await this.recover(this.clock.now());
    } catch (error) {
      if (!this.storageFailed(error)) this.log.error({ err: error }, 'Digest: recovering open claims failed');
    }
    let digests: Digest[];
    try {
      digests = this.store.list();
    } catch (error) {
      if (!this.storageFailed(error)) this.log.error({ err: error }, 'Digest: reading the digests failed');
      return outcomes;
    }
    for (const d of digests) {
      if (this.stopped) break;
      if (d.pausedReason) continue;
      try {
        const due = dueSlot(d.schedule, this.lastSlotOf(d), this.clock.now());
        if (!due) continue;
        // A digest drawn from part of the facts would miss what the rest holds, and a slot is
        // posted once: a due slot is planned from final facts only, once the documents its plan
        // reads are in (`planInFull`); when it cannot be soon, due slots wait (they stay due) until
        // every fact is in.
        let planned: { plan: DigestPlan; previousAt: Date | null } | undefined;
        if (this.deps.getCorpus().reading) {
          planned = (await this.planWhileReading(d)) ?? undefined;
          const reading = this.deps.getCorpus().reading;
          if (!planned && reading) {
            if (!this.waitedForFacts) this.log.info({ sentences: reading.sentences, total: reading.total }, 'Digest: waiting for the record\'s facts before posting');
            this.waitedForFacts = true;
            break;
          }
          if (this.stopped) break;
        }
        outcomes.push(await this.claimAndPost(d, due, 'schedule', planned));
      } catch (error) {
        // One unwritable database stops them all: the next tick tries again.
        if (this.storageFailed(error)) break;
        this.log.error({ err: error, digest: d.id, channel: d.channelId }, 'Digest: running a digest failed; the others go on');
      }
    }
    return outcomes;
  }

  /** Milliseconds until the next slot of any active digest, within [250 ms, TICK_MAX_MS]. */
  msToNextTick(): number {
    if (this.deps.getCorpus().reading) return READING_TICK_MS;
    const now = this.clock.now();
    let best = TICK_MAX_MS;
    let digests: Digest[] = [];
    try {
      digests = this.store.list();
    } catch (error) {
      this.storageFailed(error);
    }
    for (const d of digests) {
      if (d.pausedReason) continue;
      const next = nextSlot(d.schedule, now);
      if (next) best = Math.min(best, next.getTime() - now.getTime() + 50);
    }
    return Math.max(250, best);
  }

  /** Starts the timer: a tick now, then at each next slot (and at least every TICK_MAX_MS). */
  start(): void {
    if (this.timer || this.stopped) return;
    const loop = async () => {
      this.timer = null;
      if (this.stopped) return;
      await this.tick().catch((error: unknown) => this.log.error({ err: error }, 'Digest: tick failed'));
      if (!this.stopped) this.timer = setTimeout(() => void loop(), this.msToNextTick());
    };
    this.timer = setTimeout(() => void loop(), 0);
  }

  /** Stops the timer, cuts waits short and lets the current pass end (open claims resume on restart). */
  async stop(timeoutMs = 5_000): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.abort.abort();
    let t: NodeJS.Timeout | undefined;
    await Promise.race([this.current, new Promise<void>((r) => (t = setTimeout(r, timeoutMs)))]);
    clearTimeout(t);
    liveOwners.delete(this.owner);
  }
}

export function createDigestRunner(deps: DigestDeps): DigestRunner {
  return new DigestRunner(deps);
}

/** Composition-root entry: creates the runner and starts its timer. */
export function startDigests(deps: DigestDeps): { runner: DigestRunner; stop(): Promise<void> } {
  const runner = new DigestRunner(deps);
  runner.start();
  return { runner, stop: () => runner.stop() };
}
