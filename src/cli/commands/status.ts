// `isnad status --case NAME --db URL [--format json]`: a case's documents and claims, and its
// queued documents by state (pending, running, failed, with the errors of the failed).

import { Command, Option } from 'commander';
import { caseStatus } from '../../queue/queue.js';
import { defaultDbPath } from '../../store/db.js';
import { Store } from '../../store/store.js';

interface Opts {
  case: string;
  db?: string;
  format: 'text' | 'json';
}

export function statusCommand(): Command {
  return new Command('status')
    .description("a case's documents, claims and queued jobs (pending, running, failed)")
    .requiredOption('-c, --case <name>', 'the case')
    .option('--db <file|url>', `SQLite store or postgres://… (default ${defaultDbPath()})`)
    .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'json']).default('text'))
    .action(async (opts: Opts) => {
      const store = await Store.open(opts.db ?? process.env.ISNAD_DB ?? defaultDbPath());
      try {
        const s = await caseStatus(store, opts.case);
        if (opts.format === 'json') {
          process.stdout.write(JSON.stringify(s, null, 2) + '\n');
          return;
        }
        process.stdout.write(
          `case ${s.case}: ${s.documents} documents, ${s.claims} claims; queue: ${s.pending} pending, ` +
            `${s.running} running, ${s.failed} failed\n`,
        );
        for (const e of s.errors) process.stdout.write(`  failed ${e.document}: ${e.error}\n`);
      } finally {
        await store.close();
      }
    });
}
