// Opening a store: an SQLite file through better-sqlite3 behind Kysely (the query layer that also
// speaks PostgreSQL), migrated to the newest schema before use.

import { mkdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
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

export async function openDb(location: string): Promise<OpenedDb> {
  if (/^postgres(ql)?:\/\//.test(location)) {
    throw new IsnadError('store_unsupported', 'PostgreSQL stores are not supported yet; give an SQLite file');
  }
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
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) });
  await migrateToLatest(db as Kysely<unknown>, 'sqlite');
  return { db, dialect: 'sqlite', location };
}
