// `isnad worker`: takes documents from the queue of a PostgreSQL store, reads each and commits it
// in one transaction, and links each touched case again through its one-at-a-time link job.
// Stateless: run as many as wanted, on as many machines; kill any of them at any moment.

import { setTimeout as delay } from 'node:timers/promises';
import { sql } from 'kysely';
import type PgBoss from 'pg-boss';
import { IsnadError } from '../errors.js';
import { contentHash, Store } from '../store/store.js';
import type { AddedDocument } from '../store/store.js';
import { INGEST_QUEUE, LINK_QUEUE, openQueue } from './queue.js';
import { ReadPool } from './read-pool.js';
import type { IngestJob, LinkJob, QueueOptions } from './queue.js';

export interface WorkerOptions extends QueueOptions {
  readonly concurrency?: number;
  /** Stop once no job of either queue is waiting, retrying or running. */
  readonly exitWhenEmpty?: boolean;
  /** Seconds between two looks at the queue when it is empty. */
  readonly pollSeconds?: number;
  readonly log?: (line: string) => void;
}

export interface WorkerStats {
  added: number;
  duplicates: number;
  links: number;
  errors: number;
}

export interface RunningWorker {
  readonly stats: WorkerStats;
  /** Resolves when the worker has stopped (after `stop`, or when the queue is empty with exitWhenEmpty). */
  readonly done: Promise<void>;
  stop(): Promise<void>;
}

function isUniqueViolation(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === '23505';
}

/**
 * Reads and commits one queued document; throws (so the job is retried) when it could not. A job
 * run again after its commit (its worker died before the queue heard of it) finds its content in
 * the case before anything is read: the store looks the content hash up first. With a read pool
 * the document is read on one of its threads, never on the event loop.
 */
export async function ingestOne(store: Store, job: IngestJob, pool?: ReadPool): Promise<AddedDocument> {
  const options = { link: false, ...(pool ? { read: pool.read.bind(pool) } : {}) };
  let added: AddedDocument | undefined;
  try {
    [added] = await store.addDocuments(job.caseId, [job.document], options);
  } catch (error) {
    // Another worker committed the same content (or took the same id) between our look and our
    // insert: our transaction rolled back whole; the second look sees theirs.
    if (!isUniqueViolation(error)) throw error;
    [added] = await store.addDocuments(job.caseId, [job.document], options);
  }
  if (!added) throw new IsnadError('queue_job_failed', 'the store returned no result');
  if (added.status === 'failed') {
    // An unreadable document is stored as failed (that is its result); invalid input is not
    // stored at all and fails the job with the reason.
    const stored = await store.db
      .selectFrom('documents')
      .select('key')
      .where('case_id', '=', job.caseId)
      .where('content_hash', '=', contentHash(job.document.text))
      .executeTakeFirst();
    if (!stored)
      throw new IsnadError('queue_job_failed', added.message ?? 'the document could not be stored');
  }
  return added;
}

async function queueIsEmpty(store: Store): Promise<boolean> {
  const r = await sql<{ n: string }>`select count(*) as n from pgboss.job
    where name in (${INGEST_QUEUE}, ${LINK_QUEUE}) and state in ('created', 'retry', 'active')`.execute(
    store.db,
  );
  return Number(r.rows[0]?.n ?? 0) === 0;
}

export async function startWorker(url: string, options: WorkerOptions = {}): Promise<RunningWorker> {
  const log = options.log ?? ((): void => undefined);
  const concurrency = options.concurrency ?? 1;
  if (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > 64)
    throw new IsnadError('usage', `--concurrency must be a whole number from 1 to 64, not ${concurrency}`);
  const store = await Store.open(url);
  let boss: PgBoss;
  try {
    boss = await openQueue(url, { ...options, onError: (e) => log(`queue: ${e.message}`) });
  } catch (error) {
    await store.close();
    throw error;
  }
  const stats: WorkerStats = { added: 0, duplicates: 0, links: 0, errors: 0 };
  // Each slot's document is read on a thread of its own: a long report never holds the event
  // loop, where the queue's polling, completions and maintenance and the other slots run.
  const pool = new ReadPool(concurrency);
  const pollMs = Math.round((options.pollSeconds ?? 0.5) * 1000);
  let stopped = false;

  const ingest = async (job: PgBoss.Job<IngestJob>): Promise<void> => {
    const added = await ingestOne(store, job.data, pool);
    if (added.status === 'duplicate') stats.duplicates++;
    else stats.added++;
    log(`${job.data.caseName}: ${added.document} ${added.status} (${added.claims} claims)`);
    // One link job per case waits at a time; it starts a moment later so that it links the
    // documents committed meanwhile in one pass.
    await boss.send(
      LINK_QUEUE,
      { caseId: job.data.caseId },
      { singletonKey: String(job.data.caseId), startAfter: 2 },
    );
  };
  const link = async (job: PgBoss.Job<LinkJob>): Promise<void> => {
    // On top of the case's stored linker state where it can resume (incremental), whole where not;
    // under the case's advisory lock either way.
    await store.ensureLinked(job.data.caseId);
    stats.links++;
  };

  // Each slot takes one job, commits it, marks it done and takes the next at once; an empty
  // queue or a lost connection waits a moment. A job whose completion could not be recorded
  // stays active until it times out and is retried: its content is then already in the store.
  async function slot<T extends object>(
    queue: string,
    handle: (job: PgBoss.Job<T>) => Promise<void>,
  ): Promise<void> {
    while (!stopped) {
      let jobs: PgBoss.Job<T>[];
      try {
        jobs = await boss.fetch<T>(queue);
      } catch (error) {
        log(`queue: ${(error as Error).message}`);
        await delay(1000);
        continue;
      }
      const job = jobs[0];
      if (!job) {
        await delay(pollMs);
        continue;
      }
      try {
        await handle(job);
        await boss.complete(queue, job.id);
      } catch (error) {
        stats.errors++;
        const message = (error as Error).message;
        log(`${queue} ${job.id} failed: ${message}`);
        await boss.fail(queue, job.id, { message }).catch((e: Error) => log(`queue: ${e.message}`));
      }
    }
  }
  const slots: Promise<void>[] = [];
  for (let i = 0; i < concurrency; i++) slots.push(slot<IngestJob>(INGEST_QUEUE, ingest));
  slots.push(slot<LinkJob>(LINK_QUEUE, link));

  let stopping: Promise<void> | null = null;
  let resolveDone: () => void = () => undefined;
  const done = new Promise<void>((resolve) => (resolveDone = resolve));
  const stop = (): Promise<void> => {
    stopping ??= (async () => {
      clearInterval(watch);
      stopped = true;
      await Promise.all(slots);
      await boss.stop({ graceful: true, wait: true, timeout: 30000 }).catch(() => undefined);
      await pool.close();
      await store.close().catch(() => undefined);
      resolveDone();
    })();
    return stopping;
  };
  let emptyLooks = 0;
  const watch = setInterval(() => {
    if (!options.exitWhenEmpty) return;
    queueIsEmpty(store).then(
      (empty) => {
        emptyLooks = empty ? emptyLooks + 1 : 0;
        if (emptyLooks >= 2) void stop();
      },
      () => (emptyLooks = 0),
    );
  }, 1000);
  return { stats, done, stop };
}
