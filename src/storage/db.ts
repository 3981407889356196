import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import Database from 'better-sqlite3';
import { MIGRATIONS, type Migration } from './migrations.js';

export type Db = Database.Database;

/** The slice of a pino logger that storage and digests use; pino's logger fits it as is. */
export interface Logger {
  debug(obj: object, msg?: string): void;
  info(obj: object, msg?: string): void;
  warn(obj: object, msg?: string): void;
  error(obj: object, msg?: string): void;
}

export const DATABASE_FILE = 'onrecord.sqlite';

/** How long a write waits for another process's lock before failing. */
export const BUSY_TIMEOUT_MS = 5_000;

export class StorageError extends Error {
  override readonly name = 'StorageError';
}

/** The database file inside `DATA_DIR`. */
export const databasePath = (dataDir: string): string => join(dataDir, DATABASE_FILE);

/**
 * Opens (creating if needed) the database and brings its schema up to date. `file` may be
 * `:memory:` for tests. WAL lets a second bot process read while one writes; busy_timeout makes
 * a writer wait for the other's lock instead of failing.
 */
export function openDatabase(file: string, logger: Logger, migrations: readonly Migration[] = MIGRATIONS): Db {
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const db = new Database(file, { timeout: BUSY_TIMEOUT_MS });
  try {
    db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
    if (file !== ':memory:') db.pragma('journal_mode = WAL');
    db.pragma('foreign_keys = ON');
    migrate(db, logger, migrations);
  } catch (e) {
    db.close();
    throw e;
  }
  return db;
}

export function schemaVersion(db: Db): number {
  return Number(db.pragma('user_version', { simple: true }));
}

/**
 * Applies the migrations newer than the database, each in its own immediate transaction (so two
 * processes starting together do not both apply one). Refuses a database from a newer build.
 */
export function migrate(db: Db, logger: Logger, migrations: readonly Migration[] = MIGRATIONS): number {
  const known = migrations.length;
  migrations.forEach((m, i) => {
    if (m.version !== i + 1) throw new StorageError(`Storage: migration ${i + 1} is numbered ${m.version}; migrations must be numbered 1, 2, 3… in order.`);
  });
  for (const m of migrations) {
    const apply = db.transaction(() => {
      // Re-read inside the lock: another process may have applied it meanwhile.
      if (schemaVersion(db) >= m.version) return false;
      db.exec(m.sql);
      db.pragma(`user_version = ${m.version}`);
      return true;
    });
    if (apply.immediate()) logger.info({ version: m.version, why: m.why }, 'Storage: applied migration');
  }
  const version = schemaVersion(db);
  if (version > known) {
    throw new StorageError(`Storage: the database has schema version ${version}, newer than this build knows (${known}); run a newer OnRecord or use another DATA_DIR.`);
  }
  return version;
}

/**
 * Why the database cannot be written, in an operator's words, when `error` says so (a full or
 * read-only disk, a removed DATA_DIR, a failing device); null for any other error. SQLite's
 * extended codes are kept whole (`SQLITE_READONLY_DBMOVED`), file-system ones too (`ENOSPC`).
 */
export function unwritableReason(error: unknown): string | null {
  const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
  const why = (text: string) => `${text} (${code})`;
  if (code === 'SQLITE_FULL' || code === 'ENOSPC' || code === 'EDQUOT') return why('the disk of DATA_DIR is full');
  if (code.startsWith('SQLITE_READONLY') || code === 'EROFS' || code === 'EACCES' || code === 'EPERM') return why('DATA_DIR is read-only');
  if (code.startsWith('SQLITE_CANTOPEN') || code === 'ENOENT' || code === 'ENOTDIR' || code === 'EEXIST') {
    return why('the database in DATA_DIR cannot be opened (DATA_DIR was removed, or is not a folder)');
  }
  if (code.startsWith('SQLITE_IOERR') || code === 'EIO') return why('the disk of DATA_DIR failed a write');
  return null;
}
