import { z } from 'zod';
import type { Db, Logger } from './db.js';

/**
 * Digests and their runs. Every read is validated with zod: a row that does not match (hand
 * edited, half-written by an old build, bad JSON) is reported through the logger and skipped, and
 * the bot keeps serving the others.
 *
 * Storage keeps the rows; what a schedule and a snapshot are belongs to the digest layer, which
 * hands its schemas in (`RowSchemas`). The arrow points from digest/ to storage/, never back.
 */

/** The digest layer's schemas of the two JSON columns whose shape storage does not know. */
export interface RowSchemas<S, N> {
  readonly schedule: z.ZodType<S>;
  readonly snapshot: z.ZodType<N>;
}

const iso = z.string().refine((s) => !Number.isNaN(Date.parse(s)), 'an ISO instant');
const jsonOf = <T extends z.ZodType>(schema: T) =>
  z.string().transform((s, ctx): z.infer<T> => {
    let value: unknown;
    try {
      value = JSON.parse(s);
    } catch {
      ctx.addIssue({ code: 'custom', message: 'not JSON' });
      return z.NEVER;
    }
    const r = schema.safeParse(value);
    if (!r.success) {
      for (const issue of r.error.issues) ctx.addIssue({ code: 'custom', message: issue.message, path: issue.path });
      return z.NEVER;
    }
    return r.data;
  });

const digestRowSchema = <S>(scheduleSchema: z.ZodType<S>) =>
  z
    .object({
      id: z.number().int().positive(),
      guild_id: z.string().min(1),
      channel_id: z.string().min(1),
      schedule: jsonOf(scheduleSchema),
      topic: z.string().nullable(),
      created_by: z.string(),
      notify_channel_id: z.string().nullable(),
      anchor: iso,
      created_at: iso,
      updated_at: iso,
      paused_reason: z.string().nullable(),
      paused_at: iso.nullable(),
      pause_notified: z.number().int(),
    })
    .transform((r) => ({
      id: r.id,
      guildId: r.guild_id,
      channelId: r.channel_id,
      schedule: r.schedule,
      topic: r.topic,
      createdBy: r.created_by,
      notifyChannelId: r.notify_channel_id,
      anchor: new Date(r.anchor),
      createdAt: new Date(r.created_at),
      updatedAt: new Date(r.updated_at),
      pausedReason: r.paused_reason,
      pausedAt: r.paused_at === null ? null : new Date(r.paused_at),
      pauseNotified: r.pause_notified !== 0,
    }));
/** A stored digest: what a moderator set (`DigestInput`) and its bookkeeping. */
export interface Digest<S> extends DigestInput<S> {
  readonly id: number;
  readonly anchor: Date;
  readonly createdAt: Date;
  readonly updatedAt: Date;
  readonly pausedReason: string | null;
  readonly pausedAt: Date | null;
  readonly pauseNotified: boolean;
}

export const RUN_STATUSES = ['claimed', 'posted', 'empty', 'failed'] as const;
export type RunStatus = (typeof RUN_STATUSES)[number];
export type RunTrigger = 'schedule' | 'manual';

const runRowSchema = <N>(snapshotSchema: z.ZodType<N>) =>
  z
    .object({
      id: z.number().int().positive(),
      digest_id: z.number().int().positive(),
      slot: iso,
      trigger: z.enum(['schedule', 'manual']),
      status: z.enum(RUN_STATUSES),
      late: z.number().int(),
      owner: z.string().nullable(),
      claimed_at: iso,
      completed_at: iso.nullable(),
      parts: jsonOf(z.array(z.string())),
      message_ids: jsonOf(z.array(z.string())),
      snapshot: jsonOf(snapshotSchema),
      summary: z.string().nullable(),
      error: z.string().nullable(),
    })
    .transform((r) => ({
      id: r.id,
      digestId: r.digest_id,
      slot: new Date(r.slot),
      trigger: r.trigger,
      status: r.status,
      late: r.late !== 0,
      owner: r.owner,
      claimedAt: new Date(r.claimed_at),
      completedAt: r.completed_at === null ? null : new Date(r.completed_at),
      parts: r.parts,
      messageIds: r.message_ids,
      snapshot: r.snapshot,
      summary: r.summary,
      error: r.error,
    }));
/** A run's columns but its snapshot (read as null): what the timer needs of a run, without 2 MB of JSON at 100,000 sentences. */
const RUN_HEAD = "id, digest_id, slot, trigger, status, late, owner, claimed_at, completed_at, parts, message_ids, 'null' AS snapshot, summary, error";

export interface Run<N> {
  readonly id: number;
  readonly digestId: number;
  readonly slot: Date;
  readonly trigger: RunTrigger;
  readonly status: RunStatus;
  readonly late: boolean;
  readonly owner: string | null;
  readonly claimedAt: Date;
  readonly completedAt: Date | null;
  readonly parts: readonly string[];
  readonly messageIds: readonly string[];
  readonly snapshot: N;
  readonly summary: string | null;
  readonly error: string | null;
}

export interface DigestInput<S> {
  readonly guildId: string;
  readonly channelId: string;
  readonly schedule: S;
  readonly topic: string | null;
  readonly createdBy: string;
  readonly notifyChannelId: string | null;
}

export interface ClaimInput<N> {
  readonly digestId: number;
  readonly slot: Date;
  readonly trigger: RunTrigger;
  readonly late: boolean;
  readonly owner: string;
  readonly now: Date;
  /** The messages to post; none means the run is recorded as `empty` right away. */
  readonly parts: readonly string[];
  readonly snapshot: N;
  readonly summary: string;
}

export class DigestStore<S, N> {
  /** Rows already reported: the timer reads every few seconds, the log says it once. */
  private readonly reported = new Set<string>();
  private readonly digestRow: z.ZodType<Digest<S>>;
  private readonly runRow: z.ZodType<Run<N>>;
  /** A run read without its snapshot (`RUN_HEAD`). */
  private readonly runHead: z.ZodType<Run<null>>;

  constructor(
    private readonly db: Db,
    private readonly logger: Logger,
    schemas: RowSchemas<S, N>,
  ) {
    this.digestRow = digestRowSchema(schemas.schedule);
    this.runRow = runRowSchema(schemas.snapshot);
    this.runHead = runRowSchema(z.null());
  }

  private parseRows<T>(table: string, schema: z.ZodType<T>, rows: unknown[]): T[] {
    const out: T[] = [];
    for (const row of rows) {
      const r = schema.safeParse(row);
      if (r.success) out.push(r.data);
      else {
        const id = typeof row === 'object' && row !== null && 'id' in row ? row.id : null;
        const key = `${table}:${String(id)}:${JSON.stringify(row)}`;
        if (this.reported.has(key)) continue;
        this.reported.add(key);
        this.logger.warn(
          { table, id, issues: r.error.issues.map((i) => `${i.path.join('.') || '(row)'}: ${i.message}`) },
          `Storage: skipped a ${table} row that does not match the schema`,
        );
      }
    }
    return out;
  }

  private digests(where: string, ...params: unknown[]): Digest<S>[] {
    return this.parseRows('digests', this.digestRow, this.db.prepare(`SELECT * FROM digests ${where} ORDER BY id`).all(...params));
  }

  private runs(where: string, ...params: unknown[]): Run<N>[] {
    return this.parseRows('digest_runs', this.runRow, this.db.prepare(`SELECT * FROM digest_runs ${where}`).all(...params));
  }

  /**
   * The first run of `where` that matches the schema, or null: the rows after it are not parsed.
   * A run holds the snapshot of the record its digest saw, 2 MB of JSON at 100,000 sentences
   * (40-150 ms to parse and check, on two cores): of five rows read for the first good one, the
   * timer and `/digest status` parsed all five, holding the event loop 0.3-0.7 s at that size.
   */
  private firstRun(where: string, ...params: unknown[]): Run<N> | null {
    for (const row of this.db.prepare(`SELECT * FROM digest_runs ${where}`).iterate(...params)) {
      const [run] = this.parseRows('digest_runs', this.runRow, [row]);
      if (run) return run;
    }
    return null;
  }

  /** Creates the channel's digest or updates it (one per channel). An update clears a pause. */
  upsert(input: DigestInput<S>, now: Date): { digest: Digest<S>; created: boolean } {
    const t = now.toISOString();
    const tx = this.db.transaction(() => {
      const existing = this.db.prepare('SELECT id FROM digests WHERE channel_id = ?').get(input.channelId) as { id: number } | undefined;
      if (existing) {
        this.db
          .prepare(
            `UPDATE digests SET guild_id = ?, schedule = ?, topic = ?, created_by = ?, notify_channel_id = ?, anchor = ?, updated_at = ?,
               paused_reason = NULL, paused_at = NULL, pause_notified = 0 WHERE id = ?`,
          )
          .run(input.guildId, JSON.stringify(input.schedule), input.topic, input.createdBy, input.notifyChannelId, t, t, existing.id);
        return { id: existing.id, created: false };
      }
      const r = this.db
        .prepare(
          `INSERT INTO digests (guild_id, channel_id, schedule, topic, created_by, notify_channel_id, anchor, created_at, updated_at)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(input.guildId, input.channelId, JSON.stringify(input.schedule), input.topic, input.createdBy, input.notifyChannelId, t, t, t);
      return { id: Number(r.lastInsertRowid), created: true };
    });
    const { id, created } = tx.immediate();
    const digest = this.digests('WHERE id = ?', id)[0];
    if (!digest) throw new Error(`Storage: digest ${id} was written but cannot be read back`);
    return { digest, created };
  }

  /** Every valid digest, of one guild or of all. */
  list(guildId?: string): Digest<S>[] {
    return guildId === undefined ? this.digests('') : this.digests('WHERE guild_id = ?', guildId);
  }

  byChannel(channelId: string): Digest<S> | null {
    return this.digests('WHERE channel_id = ?', channelId)[0] ?? null;
  }

  byId(id: number): Digest<S> | null {
    return this.digests('WHERE id = ?', id)[0] ?? null;
  }

  /** Removes the channel's digest and its history. */
  remove(channelId: string): boolean {
    return this.db.prepare('DELETE FROM digests WHERE channel_id = ?').run(channelId).changes > 0;
  }

  pause(digestId: number, reason: string, now: Date): void {
    this.db
      .prepare('UPDATE digests SET paused_reason = ?, paused_at = ?, pause_notified = 0 WHERE id = ? AND paused_reason IS NULL')
      .run(reason, now.toISOString(), digestId);
  }

  /** Records that the moderator was told about the pause; true only for the first caller. */
  markPauseNotified(digestId: number): boolean {
    return this.db.prepare('UPDATE digests SET pause_notified = 1 WHERE id = ? AND pause_notified = 0').run(digestId).changes > 0;
  }

  /**
   * The latest scheduled slot with a run in any state, or null. The timer asks it of every digest
   * at every tick (each second during a cold start): its runs are read and checked without their
   * snapshots.
   */
  lastScheduledSlot(digestId: number): Date | null {
    const rows = this.db.prepare(`SELECT ${RUN_HEAD} FROM digest_runs WHERE digest_id = ? AND trigger = 'schedule' ORDER BY slot DESC LIMIT 5`).all(digestId);
    return this.parseRows('digest_runs', this.runHead, rows)[0]?.slot ?? null;
  }

  /** The most recent run (any trigger, any state). */
  lastRun(digestId: number): Run<N> | null {
    // (The order by claim time sorts the rows: by their ids alone, not with their snapshots.)
    const ids = this.db.prepare('SELECT id FROM digest_runs WHERE digest_id = ? ORDER BY claimed_at DESC, id DESC LIMIT 5').pluck().all(digestId) as number[];
    for (const id of ids) {
      const run = this.run(id);
      if (run) return run;
    }
    return null;
  }

  /** The channel's previous posted digest; null before the first one. */
  lastPosted(digestId: number): Run<N> | null {
    return this.firstRun("WHERE digest_id = ? AND status = 'posted' ORDER BY id DESC LIMIT 5", digestId);
  }

  /** The id of the channel's latest posted run, or null: whether a digest was posted since, without reading it. */
  lastPostedId(digestId: number): number | null {
    const row = this.db.prepare("SELECT max(id) AS id FROM digest_runs WHERE digest_id = ? AND status = 'posted'").get(digestId) as { id: number | null } | undefined;
    return row?.id ?? null;
  }

  /** The record as the channel's previous posted digest saw it; null before the first one. */
  previousSnapshot(digestId: number): N | null {
    return this.lastPosted(digestId)?.snapshot ?? null;
  }

  run(runId: number): Run<N> | null {
    return this.firstRun('WHERE id = ?', runId);
  }

  /** Runs claimed but not completed: a process is posting them, or crashed while doing so. */
  openClaims(): Run<N>[] {
    return this.runs("WHERE status = 'claimed' ORDER BY id");
  }

  /**
   * Claims a slot: inserts its run, or does nothing when any process already has a run for that
   * (digest, slot). The unique constraint decides; the immediate transaction makes the check and
   * the insert one step. Returns the run when this call claimed it, null otherwise.
   */
  claim(input: ClaimInput<N>): Run<N> | null {
    const t = input.now.toISOString();
    const empty = input.parts.length === 0;
    const r = this.db
      .prepare(
        `INSERT OR IGNORE INTO digest_runs (digest_id, slot, trigger, status, late, owner, claimed_at, completed_at, parts, snapshot, summary)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        input.digestId,
        input.slot.toISOString(),
        input.trigger,
        empty ? 'empty' : 'claimed',
        input.late ? 1 : 0,
        input.owner,
        t,
        empty ? t : null,
        JSON.stringify(input.parts),
        JSON.stringify(input.snapshot),
        input.summary,
      );
    return r.changes > 0 ? this.run(Number(r.lastInsertRowid)) : null;
  }

  /**
   * Takes over an open claim whose owner is gone (compare-and-swap on owner and claim time, so
   * of two processes trying, one wins). Returns the run when taken.
   */
  takeOver(run: Run<N>, owner: string, now: Date): Run<N> | null {
    const r = this.db
      .prepare("UPDATE digest_runs SET owner = ?, claimed_at = ? WHERE id = ? AND status = 'claimed' AND owner IS ? AND claimed_at = ?")
      .run(owner, now.toISOString(), run.id, run.owner, run.claimedAt.toISOString());
    return r.changes > 0 ? this.run(run.id) : null;
  }

  /** Keeps a claim fresh while posting takes long (retries, rate limits). */
  heartbeat(runId: number, owner: string, now: Date): boolean {
    return this.db.prepare("UPDATE digest_runs SET claimed_at = ? WHERE id = ? AND owner = ? AND status = 'claimed'").run(now.toISOString(), runId, owner).changes > 0;
  }

  /** Records a posted part so a retry resumes after it. */
  recordPart(runId: number, owner: string, messageIds: readonly string[]): void {
    this.db.prepare("UPDATE digest_runs SET message_ids = ? WHERE id = ? AND owner = ? AND status = 'claimed'").run(JSON.stringify(messageIds), runId, owner);
  }

  complete(runId: number, owner: string, status: 'posted' | 'failed', now: Date, error: string | null = null): boolean {
    return (
      this.db
        .prepare("UPDATE digest_runs SET status = ?, completed_at = ?, error = ? WHERE id = ? AND owner = ? AND status = 'claimed'")
        .run(status, now.toISOString(), error, runId, owner).changes > 0
    );
  }
}
