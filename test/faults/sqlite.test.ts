// The SQLite store under faults: a full disk mid-ingest, and `isnad serve` killed mid-write.

import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import BetterSqlite3 from 'better-sqlite3';
import { sql } from 'kysely';
import { Store } from '../../src/store/store.js';
import { exampleTexts } from './docs.js';
import { serveKillScenario } from './serve-kill.js';

const tmp = mkdtempSync(join(tmpdir(), 'isnad-sqlite-faults-'));

describe('SQLite store under faults', () => {
  after(() => rmSync(tmp, { recursive: true, force: true }));

  test('a full disk mid-ingest: a clear error, the document not half-written, the case intact', async () => {
    const path = join(tmp, 'full.db');
    const docs = exampleTexts();
    let store = await Store.open(path);
    const c = (await store.caseNamed('full', true))!;
    await store.addDocuments(c.id, docs.slice(0, 2));
    const before = await store.listClaims(c.id, { limit: 10000 });
    // The file may grow no further: SQLite answers as on a full disk (SQLITE_FULL).
    const pages = await sql<{ page_count: number }>`pragma page_count`.execute(store.db);
    await sql`pragma max_page_count = ${sql.lit(pages.rows[0]!.page_count)}`.execute(store.db);
    const big = { id: 'big', text: `${docs[2]!.text}\n${'نص طويل '.repeat(200000)}` };
    await assert.rejects(store.addDocuments(c.id, [big]), /full/);
    await store.close();

    const check = new BetterSqlite3(path, { readonly: true });
    assert.equal(
      (check.pragma('integrity_check') as { integrity_check: string }[])[0]!.integrity_check,
      'ok',
    );
    check.close();
    store = await Store.open(path);
    try {
      const listed = await store.listDocuments(c.id);
      assert.deepEqual(
        listed.items.map((d) => d.id),
        docs.slice(0, 2).map((d) => d.id),
      );
      assert.deepEqual((await store.listClaims(c.id, { limit: 10000 })).items, before.items);
      const added = await store.addDocuments(c.id, [big]);
      assert.equal(added[0]!.status, 'added', 'with room again the same document goes in');
    } finally {
      await store.close();
    }
  });

  test('isnad serve SIGKILLed mid-write on SQLite: the case is intact after restart', async () => {
    await serveKillScenario(join(tmp, 'serve.db'));
  });
});
