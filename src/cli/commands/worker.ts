// `isnad worker --db postgres://… [--concurrency N]`: reads and commits queued documents until
// stopped (SIGINT/SIGTERM finish the running jobs first), or until the queue is empty with --drain.

import { Command } from 'commander';
import { IsnadError } from '../../errors.js';
import { redactLocation } from '../../store/db.js';
import { QUEUE_DEFAULTS } from '../../queue/queue.js';
import { startWorker } from '../../queue/worker.js';

interface Opts {
  db?: string;
  concurrency: string;
  retries?: string;
  retryDelay?: string;
  jobTimeout?: string;
  drain?: boolean;
  quiet?: boolean;
}

function whole(name: string, value: string, min: number): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < min)
    throw new IsnadError('usage', `${name} must be a whole number ≥ ${min}`);
  return n;
}

export function workerCommand(): Command {
  return new Command('worker')
    .description('read and commit the documents queued in a PostgreSQL store (isnad ingest --queue)')
    .option('--db <url>', 'the PostgreSQL store: postgres://user@host:port/database (or ISNAD_DB)')
    .option('-j, --concurrency <n>', 'documents read at once by this worker', '1')
    .option(
      '--retries <n>',
      'retries of a failed job before it ends as failed',
      String(QUEUE_DEFAULTS.retries),
    )
    .option(
      '--retry-delay <seconds>',
      'wait before the first retry (doubled each time)',
      String(QUEUE_DEFAULTS.retryDelay),
    )
    .option(
      '--job-timeout <seconds>',
      'a job active this long counts as lost and is retried',
      String(QUEUE_DEFAULTS.jobTimeout),
    )
    .option('--drain', 'exit once no job is waiting, retrying or running')
    .option('-q, --quiet', 'no line per document on standard error')
    .action(async (opts: Opts) => {
      const url = opts.db ?? process.env.ISNAD_DB;
      if (!url) throw new IsnadError('usage', 'give --db postgres://… (or ISNAD_DB)');
      const log = opts.quiet
        ? undefined
        : (line: string): void => void process.stderr.write(`isnad worker: ${line}\n`);
      const worker = await startWorker(url, {
        concurrency: whole('--concurrency', opts.concurrency, 1),
        ...(opts.retries !== undefined ? { retries: whole('--retries', opts.retries, 0) } : {}),
        ...(opts.retryDelay !== undefined ? { retryDelay: whole('--retry-delay', opts.retryDelay, 0) } : {}),
        ...(opts.jobTimeout !== undefined ? { jobTimeout: whole('--job-timeout', opts.jobTimeout, 1) } : {}),
        exitWhenEmpty: opts.drain === true,
        ...(log ? { log } : {}),
      });
      process.stderr.write(`isnad worker: working on ${redactLocation(url)}\n`);
      const stop = (): void => void worker.stop();
      process.on('SIGINT', stop);
      process.on('SIGTERM', stop);
      await worker.done;
      const s = worker.stats;
      process.stderr.write(
        `isnad worker: stopped: ${s.added} added, ${s.duplicates} already there, ${s.errors} errors, ${s.links} links\n`,
      );
    });
}
