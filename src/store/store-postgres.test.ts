// The store tests again, each store a fresh database on the PostgreSQL server at ISNAD_PG_URL
// (scripts/pg-server.sh start prints one). Without a server they skip, except in CI (CI set),
// where they fail.

import { after, test } from 'node:test';
import { dropTestStores } from './test-backend.js';

if (process.env.ISNAD_PG_URL) {
  process.env.ISNAD_STORE_BACKEND = 'postgres';
  after(dropTestStores);
  await import('./store.test.js');
} else if (process.env.CI) {
  test('the store tests run on PostgreSQL in CI', () => {
    throw new Error('CI must run the PostgreSQL store tests: set ISNAD_PG_URL (.ci/run does)');
  });
} else {
  test(
    'store tests on PostgreSQL',
    { skip: 'no PostgreSQL server: run scripts/pg-server.sh start and set ISNAD_PG_URL' },
    () => undefined,
  );
}
