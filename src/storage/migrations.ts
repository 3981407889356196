/**
 * The schema, as an ordered list of migrations. The database's `PRAGMA user_version` is the
 * number of migrations applied. Append only: never edit a migration that has shipped, add a new
 * one that changes what it did.
 */
export interface Migration {
  readonly version: number;
  /** Why this change exists, for the log line when it is applied. */
  readonly why: string;
  readonly sql: string;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    why: 'channel digests and the runs that post them',
    sql: `
      CREATE TABLE digests (
        -- AUTOINCREMENT: ids are never reused, so a message nonce derived from one stays unique.
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        guild_id TEXT NOT NULL,
        channel_id TEXT NOT NULL UNIQUE,
        schedule TEXT NOT NULL,
        topic TEXT,
        created_by TEXT NOT NULL,
        -- Where the moderator ran /digest set: a pause is reported there, once.
        notify_channel_id TEXT,
        -- Slots at or before this instant are never due (set-up or last change of the schedule).
        anchor TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        paused_reason TEXT,
        paused_at TEXT,
        pause_notified INTEGER NOT NULL DEFAULT 0
      );
      CREATE TABLE digest_runs (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        digest_id INTEGER NOT NULL REFERENCES digests(id) ON DELETE CASCADE,
        slot TEXT NOT NULL,
        trigger TEXT NOT NULL,
        status TEXT NOT NULL,
        late INTEGER NOT NULL DEFAULT 0,
        owner TEXT,
        claimed_at TEXT NOT NULL,
        completed_at TEXT,
        -- The messages to post, fixed at claim time so a retry sends exactly the same thing.
        parts TEXT NOT NULL DEFAULT '[]',
        message_ids TEXT NOT NULL DEFAULT '[]',
        -- The record as this digest saw it: what the next digest compares against.
        snapshot TEXT NOT NULL DEFAULT '{}',
        summary TEXT,
        error TEXT,
        -- One run per slot, whichever process gets there first: never twice.
        UNIQUE (digest_id, slot)
      );
      CREATE INDEX digest_runs_by_status ON digest_runs (status);
    `,
  },
  {
    version: 2,
    why: 'the change log of the record: who added, replaced or removed which document, and when',
    sql: `
      CREATE TABLE record_changes (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        at TEXT NOT NULL,
        action TEXT NOT NULL CHECK (action IN ('added', 'replaced', 'removed')),
        doc TEXT NOT NULL,
        title TEXT,
        -- The file name or link it came from (null for a removal).
        origin TEXT,
        user_id TEXT NOT NULL,
        -- The name shown at the time: digests and /record list name who did it without a lookup.
        user_name TEXT NOT NULL
      );
      CREATE INDEX record_changes_by_time ON record_changes (at);
    `,
  },
];
