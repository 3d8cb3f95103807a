// The PostgreSQL server of isnad's tests (test support only). ISNAD_PG_URL when set (.ci/run sets
// it); otherwise, where the PostgreSQL binaries (initdb, pg_ctl) are installed, the throwaway
// server of scripts/pg-server.sh, started on first use. Only without the binaries do the
// PostgreSQL tests skip, with the reason — and in CI (CI set) they fail instead.
// Databases and clusters here are named by isnad itself (never from input), so the DDL text is
// built here; the source check of test/faults/sql-safety.test.ts leaves src/testing/ aside.

import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';

const SCRIPT = fileURLToPath(new URL('../../scripts/pg-server.sh', import.meta.url));

/** Where pg_ctl is: on the PATH, or Debian's PostgreSQL 15 folder; null when not installed. */
export function pgBinaries(): string | null {
  const dirs = [...(process.env.PATH ?? '').split(delimiter), '/usr/lib/postgresql/15/bin'];
  for (const dir of dirs)
    if (dir && existsSync(join(dir, 'pg_ctl')) && existsSync(join(dir, 'initdb'))) return dir;
  return null;
}

export const PG_SKIP_REASON =
  'the PostgreSQL binaries (initdb, pg_ctl) are not installed: install PostgreSQL 15 or set ISNAD_PG_URL';

let started: string | undefined;

/**
 * The server's URL: ISNAD_PG_URL, or the throwaway server started now; false (skip) when neither
 * can be had outside CI.
 */
export function testPgUrl(): string | false {
  const given = process.env.ISNAD_PG_URL;
  if (given && given !== '') return given;
  if (started) return started;
  if (pgBinaries() === null) {
    if (process.env.CI) throw new Error(`CI must run the PostgreSQL tests: ${PG_SKIP_REASON}`);
    return false;
  }
  started = execFileSync(SCRIPT, ['start'], { encoding: 'utf8' }).trim();
  process.env.ISNAD_PG_URL = started;
  return started;
}

function databaseName(label: string): string {
  const n = `isnad_${label}_${process.pid}_${Date.now() % 100000}_${Math.floor(Math.random() * 1e6)}`;
  return n.toLowerCase().replace(/[^a-z0-9_]/g, '_');
}

async function admin<T>(base: string, run: (c: pg.Client) => Promise<T>): Promise<T> {
  const c = new pg.Client({ connectionString: base });
  await c.connect();
  try {
    return await run(c);
  } finally {
    await c.end();
  }
}

/** One query on a fresh connection (survives server restarts between calls). */
export async function pgQuery<T extends object>(
  url: string,
  text: string,
  values: unknown[] = [],
): Promise<T[]> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    return (await c.query<T>(text, values)).rows;
  } finally {
    await c.end();
  }
}

/** A new empty database on the server at `base`: its URL, and a function that drops it. */
export async function freshDatabase(
  base: string,
  label: string,
): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = databaseName(label);
  await admin(base, (c) => c.query(`create database ${name}`));
  const u = new URL(base);
  u.pathname = `/${name}`;
  return {
    url: u.toString(),
    drop: () =>
      admin(base, (c) => c.query(`drop database if exists ${name} with (force)`)).then(() => undefined),
  };
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const a = s.address();
      s.close(() => (typeof a === 'object' && a ? resolve(a.port) : reject(new Error('no port'))));
    });
  });
}

export interface PrivateServer {
  readonly url: string;
  /** pg_ctl restart (fast): every connection is dropped, the server is back when it returns. */
  restart(): void;
  stop(): void;
}

/** A server of its own (a fresh cluster on a free port), for tests that restart or stop it. */
export async function privateServer(): Promise<PrivateServer> {
  const dir = mkdtempSync(join(tmpdir(), 'isnad-pg-own-'));
  // As root the server runs as the postgres user, which must reach its data folder inside.
  chmodSync(dir, 0o755);
  const env = { ...process.env, ISNAD_PG_DIR: join(dir, 'data'), ISNAD_PG_PORT: String(await freePort()) };
  const run = (command: string): string => execFileSync(SCRIPT, [command], { encoding: 'utf8', env }).trim();
  const url = run('start');
  return {
    url,
    restart: () => void run('restart'),
    stop: () => {
      run('stop');
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
