#!/usr/bin/env node
// The isnad command line: analyze reports, compare them per incident, list what the reader sees,
// score against gold.

import { writeFileSync } from 'node:fs';
import { Command, InvalidArgumentError, Option } from 'commander';
import { IsnadError } from '../errors.js';
import { analyzeMany, collectingTrace, extract } from '../index.js';
import { ENCODINGS } from '../ingest/decode.js';
import type { Encoding } from '../ingest/decode.js';
import { FAILED_INPUT, loadInputs } from '../ingest/index.js';
import { findDuplicates, markSyndicated } from '../ingest/duplicates.js';
import type { DuplicateGroup } from '../ingest/duplicates.js';
import { streamInputs } from '../ingest/stream.js';
import { ndjsonRecords, toNdjson } from '../export/ndjson.js';
import { analyzeStream, defaultJobs } from './analyze-stream.js';
import type { StreamProgress } from './analyze-stream.js';
import { progressBar } from './progress.js';
import type { ProgressBar } from './progress.js';
import { loadInputsAndUrls } from '../ingest/load.js';
import type { Loaded } from '../ingest/index.js';
import type { AnalysisResult, Diagnostic } from '../types.js';
import { VERSION } from '../version.js';
import { evalCommand } from './commands/eval.js';
import { formatBoard, rankIncidents } from './board.js';
import { ANALYZE_EXPORTS, briefCommand, quotes, renderExport } from './commands/export.js';
import { extractCommand } from './commands/extract.js';
import { ingestCommand } from './commands/ingest.js';
import { serveCommand } from './commands/serve.js';
import { statusCommand } from './commands/status.js';
import { workerCommand } from './commands/worker.js';
import { watchCommand } from './commands/watch.js';
import { formatReport } from './report.js';
import { formatTrace } from './trace.js';

const program = new Command();
program
  .name('isnad')
  .description(
    'Arabic-first claim provenance for conflict reporting: who claims what number, through whom, how sure.',
  )
  .version(VERSION);

interface BatchOptions {
  readonly jobs?: number;
  readonly quiet?: boolean;
  readonly manifest?: string;
  readonly format: string;
  readonly output?: string;
  readonly incident?: string;
  readonly minReports?: number;
  readonly trace?: boolean;
  readonly encoding: Encoding;
}

/** The diagnostics of inputs that could not be read, as lines for a text rendering. */
function inputDiagnostics(loaded: Loaded): string {
  if (loaded.diagnostics.length === 0) return '';
  return (
    '\nDiagnostics\n' +
    loaded.diagnostics
      .map((d) => `  ${d.code}${d.document ? ` (${d.document})` : ''}: ${d.message}\n`)
      .join('')
  );
}

/**
 * `analyze` and `compare`: reports in (files, folders, archives, standard input or a manifest),
 * analysed as one batch, and one rendering of the result out, to standard output or a file. The
 * batch is read as a stream on worker threads with a progress bar (batchStreamed), in memory only
 * with --trace; `streamed` may take the command over first (analyze's NDJSON as it is read). No
 * document read, or an input that could not be read, is exit code 1.
 */
function batchCommand(
  name: string,
  description: string,
  what: string,
  render: (
    result: AnalysisResult,
    loaded: Loaded,
    opts: BatchOptions,
    color: boolean,
    duplicates: readonly DuplicateGroup[],
  ) => string,
  formats: readonly string[] = ['text', 'json'],
  extend: (cmd: Command) => Command = (cmd) => cmd,
  streamed?: (inputs: string[], opts: BatchOptions) => Promise<boolean>,
): Command {
  return extend(new Command(name))
    .description(description)
    .argument(
      '[inputs...]',
      'files, folders, archives (.tar.gz, .zip), feeds, JSON dumps, .docx or http(s) URLs of reports; - reads standard input',
    )
    .option('-m, --manifest <file>', 'JSONL manifest: {id, path | text, source?, published?, url?} per line')
    .addOption(new Option('-f, --format <format>', 'output format').choices(formats).default('text'))
    .addOption(
      new Option('--encoding <encoding>', "the inputs' text encoding (detected by default)")
        .choices(ENCODINGS)
        .default('auto'),
    )
    .option('-o, --output <file>', `write the ${what} to a file instead of standard output`)
    .option(
      '-j, --jobs <n>',
      `worker threads reading documents (default: the cores available, ${defaultJobs()})`,
      (v: string) => {
        const n = Number(v);
        if (!Number.isInteger(n) || n < 1)
          throw new InvalidArgumentError('expected a whole number of 1 or more.');
        return n;
      },
    )
    .option('-q, --quiet', 'no progress bar on standard error')
    .option(
      '--trace',
      'print to standard error, per claim, the rules that fired and the text each read (reads the batch in memory)',
    )
    .action(async (inputs: string[], opts: BatchOptions) => {
      if (inputs.length === 0 && !opts.manifest) {
        throw new IsnadError('usage', 'give files, folders, - (standard input) or --manifest');
      }
      if (streamed && (await streamed(inputs, opts))) return;
      const trace = opts.trace ? collectingTrace() : undefined;
      const batch = trace
        ? await batchInMemory(inputs, opts, trace)
        : await batchStreamed(inputs, opts, quotes(opts.format));
      const { result, loaded, duplicates } = batch;
      const text = render(result, loaded, opts, !opts.output && process.stdout.isTTY === true, duplicates);
      if (opts.output) writeFileSync(opts.output, text);
      else await writeOut(text);
      if (trace)
        process.stderr.write(formatTrace(trace.events, new Map(loaded.documents.map((d) => [d.id, d.text]))));
      // Exit 1 when nothing was read or some input could not be read; every failure is named.
      const failed = loaded.diagnostics.filter((d) => FAILED_INPUT.has(d.code));
      for (const d of failed)
        process.stderr.write(`isnad: ${d.code}${d.document ? ` (${d.document})` : ''}: ${d.message}\n`);
      if (batch.documents === 0 || failed.length > 0) process.exitCode = 1;
    });
}

/** A batch analysed, with what its renderings need of the inputs. */
interface Batch {
  readonly result: AnalysisResult;
  /** The inputs' diagnostics, and the documents whose texts a rendering may quote. */
  readonly loaded: Loaded;
  readonly duplicates: readonly DuplicateGroup[];
  /** Documents read. */
  readonly documents: number;
}

/**
 * The batch read whole into memory and analysed as one (`--trace` needs every text): copies and
 * republished wires found first, a copy from another outlet naming its origin (syndicatedFrom).
 */
async function batchInMemory(
  inputs: readonly string[],
  opts: BatchOptions,
  trace: ReturnType<typeof collectingTrace>,
): Promise<Batch> {
  const loaded = await loadInputsAndUrls(inputs, {
    encoding: opts.encoding,
    ...(opts.manifest ? { manifest: opts.manifest } : {}),
  });
  const duplicates = findDuplicates(loaded.documents);
  const result = analyzeMany(markSyndicated(loaded.documents, duplicates), { trace });
  return { result, loaded, duplicates, documents: loaded.documents.length };
}

/** The batch's inputs as a stream, one file or archive entry at a time. */
function openInputs(inputs: readonly string[], opts: BatchOptions): ReturnType<typeof streamInputs> {
  return streamInputs(inputs, {
    encoding: opts.encoding,
    ...(opts.manifest ? { manifest: opts.manifest } : {}),
  });
}

/** A stream's progress on the progress bar (documents, share done, megabytes of text). */
function progressOf(bar: ProgressBar): (p: StreamProgress) => void {
  return (p) => bar.update({ done: p.documents, fraction: p.fraction, megabytes: (p.chars * 2) / 1e6 });
}

/**
 * The batch as a stream on worker threads (bounded memory, a progress bar), the same result as
 * batchInMemory's; only the texts of documents with claims are kept, and only when `texts`.
 */
async function batchStreamed(inputs: readonly string[], opts: BatchOptions, texts: boolean): Promise<Batch> {
  const bar = progressBar(process.stderr, opts.quiet !== true);
  const run = await analyzeStream(() => openInputs(inputs, opts), {
    ...(opts.jobs !== undefined ? { jobs: opts.jobs } : {}),
    keepTexts: texts,
    onProgress: progressOf(bar),
  });
  bar.finish();
  return {
    result: run.result,
    loaded: { documents: [...run.texts], diagnostics: [...run.inputDiagnostics] },
    duplicates: run.duplicates,
    documents: run.documents,
  };
}

/** The result with the batch's copies and republished wires: listed and named in the diagnostics. */
function withDuplicates(
  result: AnalysisResult,
  inputDiagnostics: readonly Diagnostic[],
  duplicates: readonly DuplicateGroup[],
): AnalysisResult {
  const copies = duplicates.map((g) => ({
    code: 'duplicate_documents',
    document: g.origin,
    message: `${g.members.filter((m) => m !== g.origin).join(', ')} ${g.exact ? 'repeat' : 'republish'} ${g.origin}`,
  }));
  return {
    ...result,
    ...(duplicates.length > 0 ? { duplicates } : {}),
    diagnostics: [...inputDiagnostics, ...copies, ...result.diagnostics],
  };
}

/** Writes a line to standard output, waiting when the pipe is full. */
async function writeOut(text: string): Promise<void> {
  if (!process.stdout.write(text)) await new Promise((resolve) => process.stdout.once('drain', resolve));
}

/**
 * `analyze` as a stream (text, json, ndjson without --trace): inputs read one file or archive
 * entry at a time, documents read on worker threads, a progress bar; with ndjson, each document's
 * reading is written as soon as it and those before it are read, then the linked records.
 */
async function analyzeStreamed(inputs: string[], opts: BatchOptions): Promise<boolean> {
  if (opts.trace || !['text', 'json', 'ndjson'].includes(opts.format)) return false;
  const ndjson = opts.format === 'ndjson' && !opts.output;
  const bar = progressBar(process.stderr, opts.quiet !== true);
  if (ndjson) await writeOut(JSON.stringify({ record: 'isnad', version: VERSION }) + '\n');
  const lines: string[] = [];
  const run = await analyzeStream(() => openInputs(inputs, opts), {
    ...(opts.jobs !== undefined ? { jobs: opts.jobs } : {}),
    onProgress: progressOf(bar),
    ...(ndjson
      ? {
          onReadingLines: (text: string) => {
            lines.push(text);
            if (lines.length >= 8) process.stdout.write(lines.splice(0).join(''));
          },
        }
      : {}),
  });
  bar.finish();
  const full = withDuplicates(run.result, run.inputDiagnostics, run.duplicates);
  if (ndjson) {
    await writeOut(lines.splice(0).join(''));
    let chunk: string[] = [];
    for (const line of ndjsonRecords(full)) {
      chunk.push(line);
      if (chunk.length >= 256) {
        await writeOut(chunk.join('\n') + '\n');
        chunk = [];
      }
    }
    if (chunk.length > 0) await writeOut(chunk.join('\n') + '\n');
  } else {
    const text =
      opts.format === 'ndjson'
        ? toNdjson(full)
        : opts.format === 'json'
          ? JSON.stringify(full, null, 2) + '\n'
          : formatReport(full, { color: !opts.output && process.stdout.isTTY === true });
    if (opts.output) writeFileSync(opts.output, text);
    else await writeOut(text);
  }
  const failed = run.inputDiagnostics.filter((d) => FAILED_INPUT.has(d.code));
  for (const d of failed)
    process.stderr.write(`isnad: ${d.code}${d.document ? ` (${d.document})` : ''}: ${d.message}\n`);
  if (run.documents === 0 || failed.length > 0) process.exitCode = 1;
  return true;
}

program.addCommand(
  batchCommand(
    'analyze',
    'extract source-attributed claims from reports (files, folders, or - for standard input)',
    'result',
    (result, loaded, opts, color, duplicates) => {
      // Copies and republished wires: listed (`duplicates`) and named in the diagnostics.
      const full = withDuplicates(result, loaded.diagnostics, duplicates);
      if (opts.format !== 'json' && opts.format !== 'text') return renderExport(full, loaded, opts.format);
      return opts.format === 'json' ? JSON.stringify(full, null, 2) + '\n' : formatReport(full, { color });
    },
    ['text', 'json', ...ANALYZE_EXPORTS],
    undefined,
    analyzeStreamed,
  ),
);

program.addCommand(
  batchCommand(
    'compare',
    'the claims board per incident: slots by sources, estimates, conflicts and timeline',
    'board',
    (result, loaded, opts, color) => {
      if (opts.format !== 'json')
        return (
          formatBoard(result, {
            color,
            ...(opts.incident !== undefined ? { incident: opts.incident } : {}),
            ...(opts.minReports !== undefined ? { minReports: opts.minReports } : {}),
          }) + inputDiagnostics(loaded)
        );
      const { isnad, campaigns, conflicts, timeline } = result;
      const diagnostics = [...loaded.diagnostics, ...result.diagnostics];
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
            diagnostics,
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

program.addCommand(briefCommand({ loadInputs, analyze: (docs) => analyzeMany(markSyndicated(docs)) }));

program.addCommand(extractCommand({ loadInputs: (paths) => loadInputs(paths), extract }));
program.addCommand(ingestCommand());
program.addCommand(serveCommand());
program.addCommand(workerCommand());
program.addCommand(statusCommand());
program.addCommand(watchCommand());

// A reader that stops early (`isnad brief … | head`) closes the pipe: that ends the output, not in a crash.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

try {
  await program.parseAsync(process.argv);
} catch (error) {
  if (error instanceof IsnadError) {
    process.stderr.write(`isnad: ${error.message}\n`);
    process.exit(2);
  }
  throw error;
}
