#!/usr/bin/env node
// The isnad command line: analyze reports, compare them per incident, list what the reader sees,
// score against gold.

import { writeFileSync } from 'node:fs';
import { Command, Option } from 'commander';
import { IsnadError } from '../errors.js';
import { analyzeMany, extract } from '../index.js';
import { loadInputs } from '../ingest/index.js';
import type { Loaded } from '../ingest/index.js';
import type { AnalysisResult } from '../types.js';
import { VERSION } from '../version.js';
import { evalCommand } from './commands/eval.js';
import { formatBoard } from './board.js';
import { extractCommand } from './commands/extract.js';
import { ingestCommand } from './commands/ingest.js';
import { serveCommand } from './commands/serve.js';
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
  readonly format: 'text' | 'json';
  readonly output?: string;
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
): Command {
  return new Command(name)
    .description(description)
    .argument('[inputs...]', 'files or folders of reports; - reads standard input')
    .option('-m, --manifest <file>', 'JSONL manifest: {id, path | text, source?, published?, url?} per line')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'json']).default('text'))
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
      return opts.format === 'json' ? JSON.stringify(full, null, 2) + '\n' : formatReport(full, { color });
    },
  ),
);

program.addCommand(
  batchCommand(
    'compare',
    'the claims board per incident: slots by sources, estimates, conflicts and timeline',
    'board',
    (result, _loaded, opts, color) => {
      if (opts.format !== 'json') return formatBoard(result, { color });
      const { isnad, incidents, conflicts, timeline } = result;
      return JSON.stringify({ isnad, incidents, conflicts, timeline }, null, 2) + '\n';
    },
  ),
);

program.addCommand(
  evalCommand({
    loadInputs: async (paths, opts) => loadInputs(paths, opts.manifest ? { manifest: opts.manifest } : {}),
    analyze: (docs) => analyzeMany(docs),
  }),
);

program.addCommand(extractCommand({ loadInputs: (paths) => loadInputs(paths), extract }));
program.addCommand(ingestCommand());
program.addCommand(serveCommand());

try {
  await program.parseAsync(process.argv);
} catch (error) {
  if (error instanceof IsnadError) {
    process.stderr.write(`isnad: ${error.message}\n`);
    process.exit(2);
  }
  throw error;
}
