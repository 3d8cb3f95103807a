// The store the store tests run on: SQLite (a file in a scratch folder, or in memory) by default,
// or a fresh PostgreSQL database per store when ISNAD_STORE_BACKEND=postgres (the test server of
// src/testing/postgres.ts; src/store/store-postgres.test.ts runs the same tests that way).
// Test support only.

import { join } from 'node:path';
import { freshDatabase, testPgUrl } from '../testing/postgres.js';
import type { Store } from './store.js';

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

/** Everything a reader of the case sees, in a form two stores can be compared by. */
export async function caseSnapshot(store: Store, id: number): Promise<unknown> {
  const claims = (await store.listClaims(id, { limit: 100000 })).items;
  return {
    incidents: await store.incidents(id),
    conflicts: await store.conflicts(id),
    estimates: await store.estimates(id),
    timeline: await store.timeline(id),
    entities: await store.entities(id),
    claims,
    documents: (await store.listDocuments(id, { limit: 100000 })).items.map((d) => ({
      ...d,
      added: undefined,
    })),
  };
}
