// The PostgreSQL store and its job queue under faults, against a real server (ISNAD_PG_URL; CI
// starts one with scripts/pg-server.sh; without it, the test server is started here). The restart
// test restarts a server of its own.

import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { Store } from '../../src/store/store.js';
import { exampleTexts, variantFolder } from './docs.js';
import {
  exited,
  freshDatabase,
  isnad,
  pgUrl,
  privateServer,
  query,
  SKIP_REASON,
  spawnIsnad,
  waitFor,
} from './pg.js';
import type { PrivateServer } from '../../src/testing/postgres.js';

const base = pgUrl();
const skip = base === false ? SKIP_REASON : false;
const tmp = mkdtempSync(join(tmpdir(), 'isnad-pg-faults-'));
const drops: (() => Promise<void>)[] = [];
const servers: PrivateServer[] = [];

async function fresh(label: string): Promise<string> {
  const db = await freshDatabase(base as string, label);
  drops.push(db.drop);
  return db.url;
}

async function count(url: string, text: string, values: unknown[] = []): Promise<number> {
  return Number((await query<{ n: string }>(url, text, values))[0]?.n ?? 0);
}

function statusOf(url: string, name: string): Record<string, number> {
  const r = isnad(['status', '--case', name, '--db', url, '--format', 'json']);
  assert.equal(r.status, 0, r.stderr);
  return JSON.parse(r.stdout) as Record<string, number>;
}

async function scenario(location: string): Promise<unknown> {
  const store = await Store.open(location);
  try {
    const c = (await store.caseNamed('backends', true))!;
    const docs = exampleTexts();
    const first = await store.addDocuments(c.id, docs);
    assert.deepEqual(
      first.map((a) => a.status),
      docs.map(() => 'added'),
    );
    const again = await store.addDocuments(c.id, docs);
    assert.ok(again.every((a) => a.status === 'duplicate'));
    const claims = await store.listClaims(c.id, { limit: 10000 });
    assert.ok(claims.total > 0);
    const one = claims.items[0]!;
    await store.review(c.id, one.id, { action: 'confirm', author: 'test' });
    const reviewed = await store.listClaims(c.id, { reviewed: true });
    assert.equal(reviewed.total, 1);
    const search = await store.listDocuments(c.id, { q: 'قتلى' });
    return {
      cases: (await store.listCases()).map((x) => [x.name, x.documents, x.claims]),
      // Reviews are made on each backend at its own instant: the time is the one field that differs.
      claims: (await store.listClaims(c.id, { limit: 10000 })).items.map((claim) =>
        claim.lastReview ? { ...claim, lastReview: { ...claim.lastReview, at: 'when' } } : claim,
      ),
      incidents: (await store.incidents(c.id)).map((i) => i.id),
      conflicts: (await store.conflicts(c.id)).length,
      search: search.items.map((d) => d.id),
    };
  } finally {
    await store.close();
  }
}

// Starts a worker and SIGKILLs it while it holds an ingest job; returns the ids of the jobs it held.
// A job whose completion was already on the wire when the worker was frozen is completed by the
// server after the kill: it was not killed mid-job. So the held jobs are read again once the
// server has closed every connection of the dead worker, and only those still active count; when
// none is left (the worker was caught finishing), another worker is started and caught again.
async function killMidJob(url: string): Promise<string[]> {
  for (let attempt = 1; attempt <= 5; attempt++) {
    const before = await count(url, 'select count(*) as n from documents');
    const a = spawnIsnad(['worker', '--db', url, '-q', '--job-timeout', '2']);
    let held: string[] = [];
    await waitFor('a worker to be mid-job', async () => {
      if ((await count(url, 'select count(*) as n from documents')) < before + 3) return false;
      a.kill('SIGSTOP');
      const active = await query<{ id: string }>(
        url,
        "select id from pgboss.job where name = 'isnad-ingest' and state = 'active'",
      );
      if (active.length === 0) {
        a.kill('SIGCONT');
        return false;
      }
      a.kill('SIGKILL');
      held = active.map((r) => r.id);
      return true;
    });
    await exited(a);
    await waitFor("the dead worker's connections to close", async () => {
      const others = await count(
        url,
        'select count(*) as n from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()',
      );
      return others === 0;
    });
    const still = await query<{ id: string }>(
      url,
      "select id from pgboss.job where id = any($1::uuid[]) and state = 'active'",
      [held],
    );
    if (still.length > 0) return still.map((r) => r.id);
  }
  throw new Error('no worker was caught holding a job in five attempts');
}

describe('PostgreSQL store and queue', { skip }, () => {
  after(async () => {
    for (const d of drops) await d().catch(() => undefined);
    for (const s of servers) s.stop();
    rmSync(tmp, { recursive: true, force: true });
  });

  test('the store reads the same on SQLite and PostgreSQL, and keeps it across a reopen', async () => {
    const url = await fresh('backends');
    const onSqlite = await scenario(join(tmp, 'backends.db'));
    const onPostgres = await scenario(url);
    assert.deepEqual(onPostgres, onSqlite);
    const store = await Store.open(url);
    try {
      const c = (await store.caseNamed('backends', false))!;
      assert.equal((await store.getCase(c.id)).documents, exampleTexts().length);
    } finally {
      await store.close();
    }
  });

  test('a worker SIGKILLed mid-job: its job is retried, every document stored exactly once', async () => {
    const url = await fresh('kill');
    const dir = join(tmp, 'kill');
    const ids = variantFolder(dir, 30);
    const q = isnad([
      'ingest',
      dir,
      '--case',
      'k',
      '--db',
      url,
      '--queue',
      '--job-timeout',
      '2',
      '--format',
      'json',
    ]);
    assert.equal(q.status, 0, q.stderr);
    assert.equal((JSON.parse(q.stdout) as { queued: number }).queued, 30);
    const killed = await killMidJob(url);
    const b = spawnIsnad(['worker', '--db', url, '-q', '--job-timeout', '2', '--drain']);
    assert.equal(await exited(b), 0);
    const keys = (await query<{ key: string }>(url, 'select key from documents order by key')).map(
      (r) => r.key,
    );
    assert.deepEqual(keys, [...ids].sort());
    const retried = await query<{ state: string; retry_count: number }>(
      url,
      'select state, retry_count from pgboss.job where id = any($1::uuid[])',
      [killed],
    );
    assert.ok(retried.length > 0);
    for (const r of retried) {
      assert.equal(r.state, 'completed');
      assert.ok(r.retry_count >= 1, 'the killed job was taken again');
    }
    const s = statusOf(url, 'k');
    assert.equal(s.documents, 30);
    assert.equal(s.pending + s.running + s.failed, 0);
    // One link job per case waits at a time (the queue stays stately after the workers set its
    // retries): a burst of additions is linked a few times, not once per document.
    const policy = await query<{ policy: string }>(
      url,
      "select policy from pgboss.queue where name = 'isnad-link'",
    );
    assert.equal(policy[0]?.policy, 'stately');
    const links = await count(url, "select count(*) as n from pgboss.job where name = 'isnad-link'");
    assert.ok(links >= 1 && links < ids.length / 2, `${links} link jobs for ${ids.length} documents`);
    // linked once all were in: the claims table holds every document's claims
    assert.equal(s.claims, await count(url, 'select count(*) as n from claims'));
    assert.ok(s.claims > 0);
  });

  test('re-queueing a folder already stored (or waiting) is a no-op', async () => {
    const url = await fresh('again');
    const dir = join(tmp, 'again');
    variantFolder(dir, 6);
    const first = JSON.parse(
      isnad(['ingest', dir, '--case', 'a', '--db', url, '--queue', '-f', 'json']).stdout,
    );
    const waiting = JSON.parse(
      isnad(['ingest', dir, '--case', 'a', '--db', url, '--queue', '-f', 'json']).stdout,
    );
    assert.deepEqual([first.queued, waiting.queued, waiting.duplicates], [6, 0, 6]);
    assert.equal(await exited(spawnIsnad(['worker', '--db', url, '-q', '--drain'])), 0);
    const stored = JSON.parse(
      isnad(['ingest', dir, '--case', 'a', '--db', url, '--queue', '-f', 'json']).stdout,
    );
    assert.deepEqual([stored.queued, stored.duplicates], [0, 6]);
    const direct = JSON.parse(
      isnad(['ingest', dir, '--case', 'a', '--db', url, '-f', 'json', '--no-progress']).stdout,
    );
    assert.deepEqual([direct.added, direct.duplicates, direct.documents], [0, 6, 6]);
  });

  test('a job that keeps failing is retried with backoff, then failed with its error', async () => {
    const url = await fresh('fail');
    const store = await Store.open(url);
    const { openQueue, INGEST_QUEUE } = await import('../../src/queue/queue.js');
    const boss = await openQueue(url, { supervise: false, retries: 2, retryDelay: 1 });
    try {
      const c = (await store.caseNamed('f', true))!;
      await boss.send(INGEST_QUEUE, {
        caseId: c.id,
        caseName: 'f',
        document: { id: 'bad-date', text: 'نص ما', published: 'yesterday' },
      });
    } finally {
      await boss.stop({ graceful: false, wait: true });
      await store.close();
    }
    const w = spawnIsnad(['worker', '--db', url, '-q', '--drain']);
    assert.equal(await exited(w), 0);
    const [job] = await query<{ state: string; retry_count: number; output: { message: string } }>(
      url,
      "select state, retry_count, output from pgboss.job where name = 'isnad-ingest'",
    );
    assert.equal(job?.state, 'failed');
    assert.equal(job?.retry_count, 2);
    assert.match(job?.output.message ?? '', /published must be YYYY-MM-DD/);
    const s = statusOf(url, 'f') as unknown as {
      failed: number;
      documents: number;
      errors: { error: string }[];
    };
    assert.equal(s.failed, 1);
    assert.equal(s.documents, 0);
    assert.match(s.errors[0]?.error ?? '', /published/);
  });

  test('a read-only database: a clear error and nothing written', async () => {
    const url = await fresh('ro');
    const dir = join(tmp, 'ro');
    variantFolder(dir, 3);
    assert.equal(isnad(['ingest', dir, '--case', 'r', '--db', url, '--no-progress']).status, 0);
    const name = new URL(url).pathname.slice(1);
    await query(base as string, `alter database ${name} set default_transaction_read_only = on`);
    const more = join(tmp, 'ro-more');
    variantFolder(more, 8);
    const r = isnad(['ingest', more, '--case', 'r', '--db', url, '--no-progress']);
    assert.notEqual(r.status, 0);
    assert.match(r.stderr, /read-only/);
    await query(base as string, `alter database ${name} set default_transaction_read_only = off`);
    assert.equal(await count(url, 'select count(*) as n from documents'), 3);
    assert.equal(await count(url, 'select count(*) as n from documents where status = $1', ['analyzed']), 3);
  });

  test('isnad serve SIGKILLed mid-write on PostgreSQL: the case is intact after restart', async () => {
    const { serveKillScenario } = await import('./serve-kill.js');
    await serveKillScenario(await fresh('serve'));
  });

  test('the database restarted mid-run: workers reconnect and finish', async () => {
    // A server of its own: restarting the shared test server would cut off other tests.
    const server = await privateServer();
    servers.push(server);
    const url = (await freshDatabase(server.url, 'restart')).url;
    const dir = join(tmp, 'restart');
    const ids = variantFolder(dir, 40);
    assert.equal(
      isnad(['ingest', dir, '--case', 'x', '--db', url, '--queue', '--job-timeout', '5']).status,
      0,
    );
    const w = spawnIsnad(['worker', '--db', url, '-q', '--job-timeout', '5', '-j', '2']);
    await waitFor(
      'some documents',
      async () => (await count(url, 'select count(*) as n from documents')) >= 5,
    );
    server.restart();
    await waitFor(
      'every document after the restart',
      async () => (await count(url, 'select count(*) as n from documents')) === ids.length,
      120000,
    );
    await waitFor('an empty queue', async () => {
      const s = statusOf(url, 'x');
      return s.pending + s.running === 0;
    });
    assert.equal(w.exitCode, null, 'the worker survived the restart');
    w.kill('SIGTERM');
    await exited(w);
    const keys = (await query<{ key: string }>(url, 'select key from documents order by key')).map(
      (r) => r.key,
    );
    assert.deepEqual(keys, [...ids].sort());
    assert.equal(statusOf(url, 'x').failed, 0);
  });
});
