// Opening a store: an SQLite file through better-sqlite3, or a PostgreSQL database through `pg`
// (`--db postgres://…`), both behind Kysely, migrated to the newest schema before use.

import { mkdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import type { DatabaseConnection, Driver } from 'kysely';
import pg from 'pg';
import { IsnadError } from '../errors.js';
import { migrateToLatest } from './migrations.js';
import type { Dialect } from './migrations.js';
import type { Database } from './schema.js';

export interface OpenedDb {
  readonly db: Kysely<Database>;
  readonly dialect: Dialect;
  readonly location: string;
}

/** The default store: $XDG_DATA_HOME/isnad/isnad.db, else ~/.local/share/isnad/isnad.db. */
export function defaultDbPath(env: NodeJS.ProcessEnv = process.env): string {
  const base =
    env.XDG_DATA_HOME && env.XDG_DATA_HOME !== '' ? env.XDG_DATA_HOME : join(homedir(), '.local', 'share');
  return join(base, 'isnad', 'isnad.db');
}

const POSTGRES_URL = /^postgres(ql)?:\/\//;

export function isPostgresUrl(location: string): boolean {
  return POSTGRES_URL.test(location);
}

/** The location with any password blanked, for messages and logs. */
export function redactLocation(location: string): string {
  return isPostgresUrl(location) ? location.replace(/\/\/([^:@/]*):[^@/]*@/, '//$1:***@') : location;
}

async function openPostgres(location: string): Promise<OpenedDb> {
  const pool = new pg.Pool({ connectionString: location, max: 10, connectionTimeoutMillis: 10000 });
  // A connection the server drops (a restart) is an error on an idle client: the pool discards
  // it and the next query opens a new one, so it must not crash the process.
  pool.on('error', () => undefined);
  // The same for a client checked out between two queries of a transaction: the transaction's
  // next query fails (and it rolls back), the process goes on.
  pool.on('connect', (client) => client.on('error', () => undefined));
  try {
    const client = await pool.connect();
    client.release();
  } catch (cause) {
    await pool.end().catch(() => undefined);
    throw new IsnadError(
      'store_unreadable',
      `cannot open the store ${redactLocation(location)}: ${(cause as Error).message}`,
      { cause },
    );
  }
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  try {
    await migrateToLatest(db as Kysely<unknown>, 'postgres');
  } catch (error) {
    await db.destroy().catch(() => undefined);
    throw error;
  }
  return { db, dialect: 'postgres', location: redactLocation(location) };
}

/**
 * SQLite rolls a transaction back itself on some errors (a full disk, SQLITE_FULL); Kysely's
 * ROLLBACK after it then fails with "no transaction is active" and would hide the real error.
 *
 * A transaction that writes takes the write lock when it begins (BEGIN IMMEDIATE, waiting up to
 * the busy timeout): another connection to the same file (the store's background linking) may
 * commit between its first read and its first write, and a deferred transaction could then not
 * write at all (SQLITE_BUSY_SNAPSHOT). A read-only transaction (`setAccessMode('read only')`)
 * begins deferred: one snapshot of the file, no lock held.
 */
class SqliteStoreDialect extends SqliteDialect {
  readonly #sqlite: BetterSqlite3.Database;

  constructor(sqlite: BetterSqlite3.Database) {
    super({ database: sqlite });
    this.#sqlite = sqlite;
  }

  override createDriver(): Driver {
    const driver = super.createDriver();
    // The one connection Kysely's SQLite driver holds is this database: a transaction begins on it.
    const deferred = this.#sqlite.prepare('begin');
    const immediate = this.#sqlite.prepare('begin immediate');
    driver.beginTransaction = async (_connection, settings): Promise<void> => {
      (settings.accessMode === 'read only' ? deferred : immediate).run();
    };
    const rollback = driver.rollbackTransaction.bind(driver);
    driver.rollbackTransaction = async (connection: DatabaseConnection): Promise<void> => {
      try {
        await rollback(connection);
      } catch (error) {
        if (!/no transaction is active/.test((error as Error).message)) throw error;
      }
    };
    return driver;
  }
}

export async function openDb(location: string): Promise<OpenedDb> {
  if (isPostgresUrl(location)) return openPostgres(location);
  let sqlite: BetterSqlite3.Database;
  try {
    if (location !== ':memory:') mkdirSync(dirname(location), { recursive: true });
    sqlite = new BetterSqlite3(location);
    // WAL: readers never wait for a writer, and a killed process leaves only whole transactions.
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('synchronous = NORMAL');
    sqlite.pragma('foreign_keys = ON');
    sqlite.pragma('busy_timeout = 5000');
  } catch (cause) {
    throw new IsnadError(
      'store_unreadable',
      `cannot open the store ${location}: ${(cause as Error).message}`,
      {
        cause,
      },
    );
  }
  const db = new Kysely<Database>({ dialect: new SqliteStoreDialect(sqlite) });
  await migrateToLatest(db as Kysely<unknown>, 'sqlite');
  return { db, dialect: 'sqlite', location };
}
