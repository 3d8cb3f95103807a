// The store tests again, each store a fresh database on the PostgreSQL test server (ISNAD_PG_URL,
// or the throwaway server of scripts/pg-server.sh started on first use). They skip only where the
// PostgreSQL binaries are not installed, and fail then in CI (CI set).

import { after, test } from 'node:test';
import { PG_SKIP_REASON, testPgUrl } from '../testing/postgres.js';
import { dropTestStores } from './test-backend.js';

if (testPgUrl() !== false) {
  process.env.ISNAD_STORE_BACKEND = 'postgres';
  after(dropTestStores);
  await import('./store.test.js');
  await import('./incremental.test.js');
} else {
  test('store tests on PostgreSQL', { skip: PG_SKIP_REASON }, () => undefined);
}
