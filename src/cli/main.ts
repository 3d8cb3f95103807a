#!/usr/bin/env node
// The isnad command line: analyze reports, compare them per incident, list what the reader sees,
// score against gold.

import { writeFileSync } from 'node:fs';
import { Command, InvalidArgumentError, Option } from 'commander';
import { IsnadError } from '../errors.js';
import { analyzeMany, extract } from '../index.js';
import { loadInputs } from '../ingest/index.js';
import type { Loaded } from '../ingest/index.js';
import type { AnalysisResult } from '../types.js';
import { VERSION } from '../version.js';
import { evalCommand } from './commands/eval.js';
import { formatBoard, rankIncidents } from './board.js';
import { ANALYZE_EXPORTS, briefCommand, renderExport } from './commands/export.js';
import { extractCommand } from './commands/extract.js';
import { ingestCommand } from './commands/ingest.js';
import { serveCommand } from './commands/serve.js';
import { statusCommand } from './commands/status.js';
import { workerCommand } from './commands/worker.js';
import { formatReport } from './report.js';

const program = new Command();
program
  .name('isnad')
  .description(
    'Arabic-first claim provenance for conflict reporting: who claims what number, through whom, how sure.',
  )
  .version(VERSION);

interface BatchOptions {
  readonly manifest?: string;
  readonly format: string;
  readonly output?: string;
  readonly incident?: string;
  readonly minReports?: number;
}

/**
 * `analyze` and `compare`: reports in (files, folders, standard input or a manifest), analysed as
 * one batch, and one rendering of the result out, to standard output or a file. No document read
 * is exit code 1.
 */
function batchCommand(
  name: string,
  description: string,
  what: string,
  render: (result: AnalysisResult, loaded: Loaded, opts: BatchOptions, color: boolean) => string,
  formats: readonly string[] = ['text', 'json'],
  extend: (cmd: Command) => Command = (cmd) => cmd,
): Command {
  return extend(new Command(name))
    .description(description)
    .argument('[inputs...]', 'files or folders of reports; - reads standard input')
    .option('-m, --manifest <file>', 'JSONL manifest: {id, path | text, source?, published?, url?} per line')
    .addOption(new Option('-f, --format <format>', 'output format').choices(formats).default('text'))
    .option('-o, --output <file>', `write the ${what} to a file instead of standard output`)
    .action((inputs: string[], opts: BatchOptions) => {
      if (inputs.length === 0 && !opts.manifest) {
        throw new IsnadError('usage', 'give files, folders, - (standard input) or --manifest');
      }
      const loaded = loadInputs(inputs, opts.manifest ? { manifest: opts.manifest } : {});
      const result = analyzeMany(loaded.documents);
      const text = render(result, loaded, opts, !opts.output && process.stdout.isTTY === true);
      if (opts.output) writeFileSync(opts.output, text);
      else process.stdout.write(text);
      if (loaded.documents.length === 0) process.exitCode = 1;
    });
}

program.addCommand(
  batchCommand(
    'analyze',
    'extract source-attributed claims from reports (files, folders, or - for standard input)',
    'result',
    (result, loaded, opts, color) => {
      const full = { ...result, diagnostics: [...loaded.diagnostics, ...result.diagnostics] };
      if (opts.format !== 'json' && opts.format !== 'text') return renderExport(full, loaded, opts.format);
      return opts.format === 'json' ? JSON.stringify(full, null, 2) + '\n' : formatReport(full, { color });
    },
    ['text', 'json', ...ANALYZE_EXPORTS],
  ),
);

program.addCommand(
  batchCommand(
    'compare',
    'the claims board per incident: slots by sources, estimates, conflicts and timeline',
    'board',
    (result, _loaded, opts, color) => {
      if (opts.format !== 'json')
        return formatBoard(result, {
          color,
          ...(opts.incident !== undefined ? { incident: opts.incident } : {}),
          ...(opts.minReports !== undefined ? { minReports: opts.minReports } : {}),
        });
      const { isnad, campaigns, conflicts, timeline } = result;
      const incidents =
        opts.incident !== undefined
          ? result.incidents.filter((i) => i.id === opts.incident)
          : rankIncidents(result, opts.minReports ?? 1);
      if (opts.incident !== undefined && incidents.length === 0)
        throw new IsnadError('usage', `no incident ${opts.incident} in this batch`);
      const kept = new Set(incidents.map((i) => i.id));
      const claims = new Set(incidents.flatMap((i) => i.claims ?? []));
      return (
        JSON.stringify(
          {
            isnad,
            incidents,
            campaigns: (campaigns ?? []).filter((c) => c.incidents.some((id) => kept.has(id))),
            conflicts: conflicts.filter((c) => c.claims.some((id) => claims.has(id))),
            timeline: timeline.filter((t) => t.incident === undefined || kept.has(t.incident)),
          },
          null,
          2,
        ) + '\n'
      );
    },
    ['text', 'json'],
    (cmd) =>
      cmd
        .option('--incident <id>', 'show the board of this incident only')
        .option('--min-reports <n>', 'list and show only incidents with at least n reports', (v: string) => {
          const n = Number(v);
          if (!Number.isInteger(n) || n < 1)
            throw new InvalidArgumentError('expected a whole number of 1 or more.');
          return n;
        }),
  ),
);

program.addCommand(
  evalCommand({
    loadInputs: async (paths, opts) => loadInputs(paths, opts.manifest ? { manifest: opts.manifest } : {}),
    analyze: (docs) => analyzeMany(docs),
  }),
);

program.addCommand(briefCommand({ loadInputs, analyze: (docs) => analyzeMany(docs) }));

program.addCommand(extractCommand({ loadInputs: (paths) => loadInputs(paths), extract }));
program.addCommand(ingestCommand());
program.addCommand(serveCommand());
program.addCommand(workerCommand());
program.addCommand(statusCommand());

try {
  await program.parseAsync(process.argv);
} catch (error) {
  if (error instanceof IsnadError) {
    process.stderr.write(`isnad: ${error.message}\n`);
    process.exit(2);
  }
  throw error;
}
