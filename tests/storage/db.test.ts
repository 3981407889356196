import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { databasePath, openDatabase, schemaVersion } from '../../src/storage/db.js';
import { MIGRATIONS, type Migration } from '../../src/storage/migrations.js';
import { memoryLogger } from './helpers.js';

const dirs: string[] = [];
function tempDir(): string {
  const d = mkdtempSync(join(tmpdir(), 'onrecord-db-'));
  dirs.push(d);
  return d;
}
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe('openDatabase and migrations', () => {
  it('creates DATA_DIR, applies every migration from empty, and logs each once', () => {
    const file = databasePath(join(tempDir(), 'nested', 'data'));
    const log = memoryLogger();
    const db = openDatabase(file, log);
    expect(schemaVersion(db)).toBe(MIGRATIONS.length);
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").pluck().all();
    expect(tables).toEqual(['digest_runs', 'digests', 'record_changes']);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('busy_timeout', { simple: true })).toBe(5000);
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(log.lines.map((l) => [l.msg, (l.obj as { version: number }).version])).toEqual([
      ['Storage: applied migration', 1],
      ['Storage: applied migration', 2],
    ]);
    db.close();
  });

  it('re-opening keeps data and applies nothing again', () => {
    const file = databasePath(tempDir());
    const db = openDatabase(file, memoryLogger());
    db.prepare("INSERT INTO digests (guild_id, channel_id, schedule, created_by, anchor, created_at, updated_at) VALUES ('g', 'c', '{}', 'u', 'x', 'x', 'x')").run();
    db.close();
    const log = memoryLogger();
    const again = openDatabase(file, log);
    expect(log.lines).toEqual([]);
    expect(again.prepare('SELECT channel_id FROM digests').pluck().all()).toEqual(['c']);
    again.close();
  });

  it('applies only the new migration to an older database', () => {
    const file = databasePath(tempDir());
    openDatabase(file, memoryLogger()).close();
    const next: Migration[] = [...MIGRATIONS, { version: MIGRATIONS.length + 1, why: 'a test column', sql: 'ALTER TABLE digests ADD COLUMN note TEXT' }];
    const log = memoryLogger();
    const db = openDatabase(file, log, next);
    expect(schemaVersion(db)).toBe(MIGRATIONS.length + 1);
    expect(log.lines.map((l) => (l.obj as { why: string }).why)).toEqual(['a test column']);
    db.close();
  });

  it('refuses a database written by a newer build, naming both versions', () => {
    const file = databasePath(tempDir());
    const db = openDatabase(file, memoryLogger());
    db.pragma('user_version = 99');
    db.close();
    expect(() => openDatabase(file, memoryLogger())).toThrow(
      `Storage: the database has schema version 99, newer than this build knows (${MIGRATIONS.length}); run a newer OnRecord or use another DATA_DIR.`,
    );
  });

  it('a failing migration leaves the version where it was', () => {
    const file = databasePath(tempDir());
    openDatabase(file, memoryLogger()).close();
    const broken: Migration[] = [...MIGRATIONS, { version: MIGRATIONS.length + 1, why: 'broken', sql: 'ALTER TABLE nowhere ADD COLUMN x TEXT' }];
    expect(() => openDatabase(file, memoryLogger(), broken)).toThrow('no such table: nowhere');
    const db = openDatabase(file, memoryLogger());
    expect(schemaVersion(db)).toBe(MIGRATIONS.length);
    db.close();
  });
});
