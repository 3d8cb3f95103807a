// `isnad ingest <inputs…> --case NAME`: reports into a store's case from the command line, one
// transaction per document, with a progress bar on standard error. Content already in the case
// is skipped; a bad file is reported and the others go in.

import { Command, Option } from 'commander';
import { IsnadError } from '../../errors.js';
import { loadInputs } from '../../ingest/index.js';
import { enqueueDocuments, openQueue } from '../../queue/queue.js';
import { defaultDbPath } from '../../store/db.js';
import { Store } from '../../store/store.js';
import type { AddedDocument } from '../../store/store.js';
import { progressBar } from '../progress.js';

interface Opts {
  case: string;
  db?: string;
  manifest?: string;
  format: 'text' | 'json';
  progress: boolean;
  queue?: boolean;
  retries?: string;
  jobTimeout?: string;
}

/** A one-line bar on a terminal; nothing when standard error is not one (pipes, CI logs). */
export function progressReporter(
  stream: NodeJS.WriteStream,
  enabled: boolean,
): (done: number, total: number, added: AddedDocument) => void {
  const bar = progressBar(stream, enabled);
  return (done, total, added) => {
    bar.update({ done, total, label: added.document });
    if (done === total) bar.finish();
  };
}

export function ingestCommand(): Command {
  return new Command('ingest')
    .description('add reports (files, folders, - for standard input) to a case of a store')
    .argument('[inputs...]', 'files or folders of reports; - reads standard input')
    .requiredOption('-c, --case <name>', 'the case (created when missing)')
    .option('--db <file|url>', `SQLite store or postgres://… (default ${defaultDbPath()})`)
    .option(
      '--queue',
      'queue one job per document for `isnad worker` (PostgreSQL stores) instead of reading here',
    )
    .option('--retries <n>', 'with --queue: retries of a failing job before it ends as failed')
    .option('--job-timeout <seconds>', 'with --queue: a job active this long counts as lost and is retried')
    .option('-m, --manifest <file>', 'JSONL manifest: {id, path | text, source?, published?, url?} per line')
    .addOption(
      new Option('-f, --format <format>', 'summary format').choices(['text', 'json']).default('text'),
    )
    .option('--no-progress', 'no progress bar')
    .action(async (inputs: string[], opts: Opts) => {
      if (inputs.length === 0 && !opts.manifest) {
        throw new IsnadError('usage', 'give files, folders, - (standard input) or --manifest');
      }
      const loaded = loadInputs(inputs, opts.manifest ? { manifest: opts.manifest } : {});
      for (const d of loaded.diagnostics) process.stderr.write(`isnad: ${d.document ?? ''} ${d.message}\n`);
      const location = opts.db ?? defaultDbPath();
      if (opts.queue) {
        await enqueue(location, opts, loaded.documents, loaded.diagnostics.length);
        return;
      }
      const store = await Store.open(location);
      try {
        const c = (await store.caseNamed(opts.case, true))!;
        const added = await store.addDocuments(c.id, loaded.documents, {
          onProgress: progressReporter(process.stderr, opts.progress),
        });
        const summary = await store.getCase(c.id);
        const incidents = await store.incidents(c.id);
        const count = (s: AddedDocument['status']): number => added.filter((a) => a.status === s).length;
        const out = {
          case: { id: c.id, name: c.name },
          store: location,
          added: count('added'),
          duplicates: count('duplicate'),
          failed: count('failed') + loaded.diagnostics.filter((d) => d.code !== 'empty_folder').length,
          documents: summary.documents,
          claims: summary.claims,
          incidents: incidents.length,
          results: added,
        };
        if (opts.format === 'json') process.stdout.write(JSON.stringify(out, null, 2) + '\n');
        else {
          for (const a of added)
            if (a.status === 'failed' || a.message)
              process.stderr.write(`isnad: ${a.document}: ${a.message}\n`);
          process.stdout.write(
            `case ${c.name} (id ${c.id}): ${out.added} added, ${out.duplicates} already there, ${out.failed} failed; ` +
              `now ${out.documents} documents, ${out.claims} claims, ${out.incidents} incidents (store: ${location})\n`,
          );
        }
        if (loaded.documents.length === 0) process.exitCode = 1;
      } finally {
        await store.close();
      }
    });
}

async function enqueue(
  location: string,
  opts: Opts,
  documents: ReturnType<typeof loadInputs>['documents'],
  unreadable: number,
): Promise<void> {
  const store = await Store.open(location);
  try {
    const boss = await openQueue(location, {
      supervise: false,
      ...(opts.retries !== undefined ? { retries: wholeOption('--retries', opts.retries, 0) } : {}),
      ...(opts.jobTimeout !== undefined
        ? { jobTimeout: wholeOption('--job-timeout', opts.jobTimeout, 1) }
        : {}),
    });
    try {
      const c = (await store.caseNamed(opts.case, true))!;
      const r = await enqueueDocuments(store, boss, c, documents);
      const out = {
        case: { id: c.id, name: c.name },
        queued: r.queued,
        duplicates: r.duplicates,
        failed: r.invalid.length + unreadable,
      };
      for (const a of r.invalid) process.stderr.write(`isnad: ${a.document}: ${a.message}\n`);
      if (opts.format === 'json') process.stdout.write(JSON.stringify(out, null, 2) + '\n');
      else
        process.stdout.write(
          `case ${c.name} (id ${c.id}): ${r.queued} queued, ${r.duplicates} already there or queued, ` +
            `${out.failed} failed; run isnad worker --db … to read them\n`,
        );
      if (documents.length === 0) process.exitCode = 1;
    } finally {
      await boss.stop({ graceful: false, wait: true }).catch(() => undefined);
    }
  } finally {
    await store.close();
  }
}

function wholeOption(name: string, value: string, min: number): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < min)
    throw new IsnadError('usage', `${name} must be a whole number ≥ ${min}`);
  return n;
}
