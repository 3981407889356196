import { z } from 'zod';
import type { Db, Logger } from './db.js';

/**
 * The record's change log: every document added, replaced or removed from Discord or the
 * console, with who did it and when. `/record list` shows it; digests name who changed what.
 * Rows are validated as they are read; a row that does not fit is logged and skipped.
 */

export const CHANGE_ACTIONS = ['added', 'replaced', 'removed'] as const;
export type ChangeAction = (typeof CHANGE_ACTIONS)[number];

export interface RecordChange {
  readonly id: number;
  readonly at: Date;
  readonly action: ChangeAction;
  readonly doc: string;
  readonly title: string | null;
  readonly origin: string | null;
  readonly userId: string;
  readonly userName: string;
}

const Row = z.object({
  id: z.number().int(),
  at: z.string().refine((s) => !Number.isNaN(Date.parse(s))),
  action: z.enum(CHANGE_ACTIONS),
  doc: z.string().min(1),
  title: z.string().nullable(),
  origin: z.string().nullable(),
  user_id: z.string().min(1),
  user_name: z.string(),
});

export class ChangeLog {
  /** `database` may be a getter: the bot's database can open later than the log is made. */
  constructor(
    private readonly database: Db | (() => Db | null),
    private readonly logger: Logger,
  ) {}

  private get db(): Db {
    const db = typeof this.database === 'function' ? this.database() : this.database;
    if (!db) throw new Error('the change log cannot be read or written: the database in DATA_DIR cannot be opened');
    return db;
  }

  record(change: Omit<RecordChange, 'id'>): RecordChange {
    const info = this.db
      .prepare('INSERT INTO record_changes (at, action, doc, title, origin, user_id, user_name) VALUES (?, ?, ?, ?, ?, ?, ?)')
      .run(change.at.toISOString(), change.action, change.doc, change.title, change.origin, change.userId, change.userName);
    return { ...change, id: Number(info.lastInsertRowid) };
  }

  /** Changes after `since` (all when null), oldest first. */
  since(since: Date | null): RecordChange[] {
    const rows = since
      ? this.db.prepare('SELECT * FROM record_changes WHERE at > ? ORDER BY at, id').all(since.toISOString())
      : this.db.prepare('SELECT * FROM record_changes ORDER BY at, id').all();
    return this.read(rows);
  }

  /** The latest `limit` changes, newest first. */
  recent(limit: number): RecordChange[] {
    return this.read(this.db.prepare('SELECT * FROM record_changes ORDER BY at DESC, id DESC LIMIT ?').all(limit));
  }

  /** Per document, its latest change (who added or last replaced it). */
  latestByDoc(): Map<string, RecordChange> {
    const out = new Map<string, RecordChange>();
    for (const c of this.since(null)) out.set(c.doc, c);
    return out;
  }

  private read(rows: unknown[]): RecordChange[] {
    const out: RecordChange[] = [];
    for (const raw of rows) {
      const r = Row.safeParse(raw);
      if (!r.success) {
        this.logger.error({ row: raw, issues: r.error.issues.map((i) => i.message) }, 'Storage: a record_changes row does not fit; skipped');
        continue;
      }
      const d = r.data;
      out.push({ id: d.id, at: new Date(d.at), action: d.action, doc: d.doc, title: d.title, origin: d.origin, userId: d.user_id, userName: d.user_name });
    }
    return out;
  }
}
