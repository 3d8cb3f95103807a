// The job queue of a PostgreSQL store, on pg-boss (its tables live in the `pgboss` schema of the
// same database). One `isnad-ingest` job per document: a worker reads it and commits it in one
// transaction. One `isnad-link` job per case at a time (a stately queue keyed by the case): the
// case is linked again once the documents queued before it are in, and never by two workers at
// once (the store's relink also holds a per-case advisory lock).
//
// Exactly once: a job's id is derived from its case and content hash, so queueing the same
// document again while it waits is a no-op; a job retried after its worker died finds its
// content already committed (the content-hash no-op) or nothing of it (the transaction rolled
// back), never half of it.

import { createHash } from 'node:crypto';
import { sql } from 'kysely';
import PgBoss from 'pg-boss';
import { IsnadError } from '../errors.js';
import { contentHash } from '../store/store.js';
import type { AddedDocument, NewDocument, Store } from '../store/store.js';

export const INGEST_QUEUE = 'isnad-ingest';
export const LINK_QUEUE = 'isnad-link';

export interface IngestJob {
  readonly caseId: number;
  readonly caseName: string;
  readonly document: NewDocument;
}

export interface LinkJob {
  readonly caseId: number;
}

export interface QueueOptions {
  /** Tries after the first before a job ends as failed. */
  readonly retries?: number;
  /** Seconds before the first retry; doubled on each further one. */
  readonly retryDelay?: number;
  /** Seconds a job may stay active before it counts as lost (its worker died) and is retried. */
  readonly jobTimeout?: number;
}

export const QUEUE_DEFAULTS: Required<QueueOptions> = { retries: 3, retryDelay: 2, jobTimeout: 120 };

/** A deterministic job id (a UUID shape) for one content in one case. */
export function jobId(caseId: number, hash: string): string {
  const h = createHash('sha256').update(`${caseId}:${hash}`).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-8${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

function requirePostgres(url: string): void {
  if (!/^postgres(ql)?:\/\//.test(url))
    throw new IsnadError('queue_needs_postgres', 'the job queue needs a PostgreSQL store: --db postgres://…');
}

/** Starts pg-boss on the store's database and makes sure both queues exist. */
export async function openQueue(
  url: string,
  options: QueueOptions & { onError?: (error: Error) => void; supervise?: boolean } = {},
): Promise<PgBoss> {
  requirePostgres(url);
  const o = { ...QUEUE_DEFAULTS, ...options };
  const boss = new PgBoss({
    connectionString: url,
    max: 4,
    supervise: options.supervise ?? true,
    schedule: false,
    // Lost jobs (a killed worker) are found by the maintenance pass; keep it frequent.
    maintenanceIntervalSeconds: 5,
  });
  // A dropped connection (a database restart) is reported here; pg-boss keeps polling and its
  // pool reconnects, so it is logged, not fatal.
  boss.on('error', (e: Error) => options.onError?.(e));
  try {
    await boss.start();
  } catch (cause) {
    throw new IsnadError('queue_unavailable', `cannot start the job queue: ${(cause as Error).message}`, {
      cause,
    });
  }
  // A queue's settings apply to the jobs sent after them: a job keeps the timeout and retries
  // it was queued with. Only the settings given here change an existing queue.
  const given: Record<string, number | boolean> = {};
  if (options.retries !== undefined) given.retryLimit = options.retries;
  if (options.retryDelay !== undefined) given.retryDelay = options.retryDelay;
  if (options.jobTimeout !== undefined) given.expireInSeconds = options.jobTimeout;
  for (const [name, policy] of [
    [INGEST_QUEUE, 'standard'],
    [LINK_QUEUE, 'stately'],
  ] as const) {
    const existing = await boss.getQueue(name);
    if (!existing) {
      await boss
        .createQueue(name, {
          name,
          policy,
          retryLimit: o.retries,
          retryDelay: o.retryDelay,
          retryBackoff: true,
          expireInSeconds: o.jobTimeout,
          ...given,
        })
        .catch(() => undefined); // created meanwhile by another process
    } else if (Object.keys(given).length > 0) {
      // The policy again: pg-boss sets every field it is given, and an absent one to its default.
      await boss.updateQueue(name, { name, policy, ...given, retryBackoff: true });
    }
  }
  return boss;
}

export interface Enqueued {
  readonly queued: number;
  readonly duplicates: number;
  readonly invalid: AddedDocument[];
}

/** One job per document not already in the case (nor already waiting in the queue). */
export async function enqueueDocuments(
  store: Store,
  boss: PgBoss,
  c: { id: number; name: string },
  documents: readonly NewDocument[],
): Promise<Enqueued> {
  let queued = 0;
  let duplicates = 0;
  const invalid: AddedDocument[] = [];
  for (const document of documents) {
    if (typeof document.text !== 'string' || document.text.trim() === '') {
      invalid.push({
        document: document.id ?? '',
        status: 'failed',
        claims: 0,
        message: 'the document has no text',
      });
      continue;
    }
    const hash = contentHash(document.text);
    const stored = await store.db
      .selectFrom('documents')
      .select('key')
      .where('case_id', '=', c.id)
      .where('content_hash', '=', hash)
      .executeTakeFirst();
    if (stored) {
      duplicates++;
      continue;
    }
    const data: IngestJob = { caseId: c.id, caseName: c.name, document };
    const id = await boss.send(INGEST_QUEUE, data as unknown as object, { id: jobId(c.id, hash) });
    if (id === null) duplicates++;
    else queued++;
  }
  return { queued, duplicates, invalid };
}

export interface CaseQueueStatus {
  readonly case: string;
  readonly documents: number;
  readonly pending: number;
  readonly running: number;
  readonly failed: number;
  readonly claims: number;
  readonly errors: { document: string; error: string }[];
}

/** Documents and claims of the case, and its ingest jobs by state. */
export async function caseStatus(store: Store, caseName: string): Promise<CaseQueueStatus> {
  const c = await store.caseNamed(caseName, false);
  if (!c) throw new IsnadError('not_found', `case ${caseName} not found`);
  const summary = await store.getCase(c.id);
  let pending = 0;
  let running = 0;
  let failed = 0;
  const errors: { document: string; error: string }[] = [];
  if (store.dialect === 'postgres') {
    const installed = await sql<{ n: string }>`select count(*) as n from information_schema.tables
      where table_schema = 'pgboss' and table_name = 'job'`.execute(store.db);
    if (Number(installed.rows[0]?.n ?? 0) > 0) {
      const rows = await sql<{ state: string; n: string }>`select state, count(*) as n from pgboss.job
        where name = ${INGEST_QUEUE} and (data->>'caseId')::int = ${c.id} group by state`.execute(store.db);
      for (const r of rows.rows) {
        const n = Number(r.n);
        if (r.state === 'created' || r.state === 'retry') pending += n;
        else if (r.state === 'active') running += n;
        else if (r.state === 'failed') failed += n;
      }
      const failures = await sql<{ document: string | null; error: string | null }>`select
          data->'document'->>'id' as document, output->>'message' as error from pgboss.job
        where name = ${INGEST_QUEUE} and (data->>'caseId')::int = ${c.id} and state = 'failed'
        order by completed_on limit 20`.execute(store.db);
      for (const f of failures.rows) errors.push({ document: f.document ?? '', error: f.error ?? '' });
    }
  }
  return {
    case: c.name,
    documents: summary.documents,
    pending,
    running,
    failed,
    claims: summary.claims,
    errors,
  };
}
