// The store the store tests run on: SQLite (a file in a scratch folder, or in memory) by default,
// or a fresh PostgreSQL database per store when ISNAD_STORE_BACKEND=postgres (the server at
// ISNAD_PG_URL; src/store/store-postgres.test.ts runs the same tests that way). Test support only.

import { join } from 'node:path';
import pg from 'pg';

const made: string[] = [];

/** Where a test's store lives: `name` a file under `scratch`, or a new PostgreSQL database. */
export async function testStoreLocation(scratch: string, name: string | null): Promise<string> {
  if (process.env.ISNAD_STORE_BACKEND !== 'postgres')
    return name === null ? ':memory:' : join(scratch, `${name}.db`);
  const base = process.env.ISNAD_PG_URL;
  if (!base) throw new Error('ISNAD_STORE_BACKEND=postgres needs ISNAD_PG_URL');
  const db = `isnad_store_${process.pid}_${made.length}_${Date.now() % 100000}`;
  const admin = new pg.Client({ connectionString: base });
  await admin.connect();
  try {
    await admin.query(`create database ${db}`);
  } finally {
    await admin.end();
  }
  made.push(db);
  const url = new URL(base);
  url.pathname = `/${db}`;
  return url.toString();
}

/** Drops the PostgreSQL databases testStoreLocation made. */
export async function dropTestStores(): Promise<void> {
  if (made.length === 0) return;
  const admin = new pg.Client({ connectionString: process.env.ISNAD_PG_URL });
  await admin.connect();
  try {
    for (const db of made.splice(0)) await admin.query(`drop database if exists ${db} with (force)`);
  } finally {
    await admin.end();
  }
}
