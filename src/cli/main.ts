#!/usr/bin/env node
// The isnad command line: analyze reports, compare them per incident, list what the reader sees,
// score against gold.

import { writeFileSync } from 'node:fs';
import { Command, Option } from 'commander';
import { IsnadError } from '../errors.js';
import { analyzeMany, extract } from '../index.js';
import { loadInputs } from '../ingest/index.js';
import { VERSION } from '../version.js';
import { evalCommand } from './commands/eval.js';
import { formatBoard } from './board.js';
import { extractCommand } from './commands/extract.js';
import { formatReport } from './report.js';

const program = new Command();
program
  .name('isnad')
  .description(
    'Arabic-first claim provenance for conflict reporting: who claims what number, through whom, how sure.',
  )
  .version(VERSION);

program
  .command('analyze')
  .description('extract source-attributed claims from reports (files, folders, or - for standard input)')
  .argument('[inputs...]', 'files or folders of reports; - reads standard input')
  .option('-m, --manifest <file>', 'JSONL manifest: {id, path | text, source?, published?, url?} per line')
  .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'json']).default('text'))
  .option('-o, --output <file>', 'write the result to a file instead of standard output')
  .action((inputs: string[], opts: { manifest?: string; format: 'text' | 'json'; output?: string }) => {
    if (inputs.length === 0 && !opts.manifest) {
      throw new IsnadError('usage', 'give files, folders, - (standard input) or --manifest');
    }
    const loaded = loadInputs(inputs, opts.manifest ? { manifest: opts.manifest } : {});
    const result = analyzeMany(loaded.documents);
    const full = { ...result, diagnostics: [...loaded.diagnostics, ...result.diagnostics] };
    const text =
      opts.format === 'json'
        ? JSON.stringify(full, null, 2) + '\n'
        : formatReport(full, { color: !opts.output && process.stdout.isTTY === true });
    if (opts.output) writeFileSync(opts.output, text);
    else process.stdout.write(text);
    if (loaded.documents.length === 0) process.exitCode = 1;
  });

program
  .command('compare')
  .description('the claims board per incident: slots by sources, estimates, conflicts and timeline')
  .argument('[inputs...]', 'files or folders of reports; - reads standard input')
  .option('-m, --manifest <file>', 'JSONL manifest: {id, path | text, source?, published?, url?} per line')
  .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'json']).default('text'))
  .option('-o, --output <file>', 'write the board to a file instead of standard output')
  .action((inputs: string[], opts: { manifest?: string; format: 'text' | 'json'; output?: string }) => {
    if (inputs.length === 0 && !opts.manifest) {
      throw new IsnadError('usage', 'give files, folders, - (standard input) or --manifest');
    }
    const loaded = loadInputs(inputs, opts.manifest ? { manifest: opts.manifest } : {});
    const result = analyzeMany(loaded.documents);
    const text =
      opts.format === 'json'
        ? JSON.stringify(
            {
              isnad: result.isnad,
              incidents: result.incidents,
              conflicts: result.conflicts,
              timeline: result.timeline,
            },
            null,
            2,
          ) + '\n'
        : formatBoard(result, { color: !opts.output && process.stdout.isTTY === true });
    if (opts.output) writeFileSync(opts.output, text);
    else process.stdout.write(text);
    if (loaded.documents.length === 0) process.exitCode = 1;
  });

program.addCommand(
  evalCommand({
    loadInputs: async (paths, opts) => loadInputs(paths, opts.manifest ? { manifest: opts.manifest } : {}),
    analyze: (docs) => analyzeMany(docs),
  }),
);

program.addCommand(extractCommand({ loadInputs: (paths) => loadInputs(paths), extract }));

try {
  await program.parseAsync(process.argv);
} catch (error) {
  if (error instanceof IsnadError) {
    process.stderr.write(`isnad: ${error.message}\n`);
    process.exit(2);
  }
  throw error;
}
