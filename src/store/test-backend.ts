// The store the store tests run on: SQLite (a file in a scratch folder, or in memory) by default,
// or a fresh PostgreSQL database per store when ISNAD_STORE_BACKEND=postgres (the test server of
// src/testing/postgres.ts; src/store/store-postgres.test.ts runs the same tests that way).
// Test support only.

import { join } from 'node:path';
import { freshDatabase, testPgUrl } from '../testing/postgres.js';

const drops: (() => Promise<void>)[] = [];

/** Where a test's store lives: `name` a file under `scratch`, or a new PostgreSQL database. */
export async function testStoreLocation(scratch: string, name: string | null): Promise<string> {
  if (process.env.ISNAD_STORE_BACKEND !== 'postgres')
    return name === null ? ':memory:' : join(scratch, `${name}.db`);
  const base = testPgUrl();
  if (base === false) throw new Error('ISNAD_STORE_BACKEND=postgres needs a PostgreSQL server');
  const db = await freshDatabase(base, 'store');
  drops.push(db.drop);
  return db.url;
}

/** Drops the PostgreSQL databases testStoreLocation made. */
export async function dropTestStores(): Promise<void> {
  for (const drop of drops.splice(0)) await drop();
}
