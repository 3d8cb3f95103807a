// `isnad eval <gold.json> [inputs...]`: score isnad on annotated reports or on a stream gold of a whole
// feed (incidents, event detection), and the CI gate
// (`--min-f1`). Loading and analysing are injected by the CLI, so this command knows no engine
// internals. Exit codes: 0 scored, 1 below --min-f1, 2 usage or I/O error.

import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { Command, InvalidArgumentError, Option } from 'commander';
import type { CommanderError } from 'commander';
import { IsnadError } from '../../errors.js';
import { parseGold } from '../../eval/gold.js';
import type { Gold } from '../../eval/gold.js';
import { formatEvalReport } from '../../eval/report.js';
import type { EvalReport } from '../../eval/report-types.js';
import { parseAnalysisResult } from '../../eval/result.js';
import { scoreAnalysis } from '../../eval/score.js';
import { formatStreamReport, scoreStream } from '../../eval/stream.js';
import type { StreamReport } from '../../eval/stream.js';
import { isStreamGold, parseStreamGold } from '../../eval/stream-gold.js';
import { defaultDbPath } from '../../store/db.js';
import { formatReviewScore, scoreReviewed } from '../../store/review-score.js';
import type { ReviewScore } from '../../store/review-score.js';
import { Store } from '../../store/store.js';
import type { AnalysisResult, Diagnostic, InputDocument } from '../../types.js';

export interface LoadedInputs {
  documents: InputDocument[];
  diagnostics: Diagnostic[];
}

/** Side effects, injectable for tests. Defaults: process streams, process.exitCode, process.exit. */
export interface EvalIo {
  out(text: string): void;
  err(text: string): void;
  /** Sets the exit status of a command that ran (lets pending output flush). */
  setExitCode(code: number): void;
  /**
   * Ends the process on a usage error found while parsing arguments. Must not return: commander
   * calls process.exit itself if it does (a test double should throw).
   */
  exit(code: number): void;
}

export interface EvalCommandDeps {
  loadInputs(paths: string[], opts: { manifest?: string }): Promise<LoadedInputs>;
  analyze(docs: InputDocument[]): AnalysisResult | Promise<AnalysisResult>;
  io?: Partial<EvalIo>;
}

interface EvalOptions {
  case?: string;
  db?: string;
  manifest?: string;
  result?: string;
  stream?: boolean;
  save?: string;
  verbose?: boolean;
  format: 'text' | 'json';
  minF1?: number;
}

/** The case's reviewed claims against the machine's reading of them. */
async function scoreCase(name: string, location: string): Promise<ReviewScore> {
  if (location !== ':memory:' && !existsSync(location))
    throw new IsnadError('usage', `no store at ${location}`);
  const store = await Store.open(location);
  try {
    const c = await store.caseNamed(name, false);
    if (!c) throw new IsnadError('usage', `no case named ${name} in ${location}`);
    const claims = await store.listClaims(c.id, { limit: 10_000_000 });
    return scoreReviewed(claims.items);
  } finally {
    await store.close();
  }
}

export const EXIT_GATE = 1;
export const EXIT_USAGE = 2;

const DEFAULT_IO: EvalIo = {
  out: (text) => void process.stdout.write(text),
  err: (text) => void process.stderr.write(text),
  setExitCode: (code) => {
    process.exitCode = code;
  },
  exit: (code) => process.exit(code),
};

/** An IsnadError, or a Node system error (ENOENT, EACCES…) escaping an injected loader. */
function isUserError(e: unknown): e is Error {
  if (e instanceof IsnadError) return true;
  return e instanceof Error && typeof (e as NodeJS.ErrnoException).code === 'string' && 'syscall' in e;
}

function parseMinF1(value: string): number {
  const x = Number(value);
  if (value.trim() === '' || !Number.isFinite(x) || x < 0 || x > 1) {
    throw new InvalidArgumentError('expected a number between 0 and 1.');
  }
  return x;
}

async function readJson(path: string, what: string): Promise<unknown> {
  let raw: string;
  try {
    raw = await readFile(path, 'utf8');
  } catch (cause) {
    throw new IsnadError('io_error', `cannot read ${what} ${path}: ${(cause as Error).message}`, { cause });
  }
  try {
    return JSON.parse(raw.replace(/^\uFEFF/u, '')) as unknown;
  } catch (cause) {
    throw new IsnadError('json_invalid', `${what} ${path} is not valid JSON: ${(cause as Error).message}`, {
      cause,
    });
  }
}

/** Explicit inputs win; then --manifest; then a manifest.jsonl beside the gold file. */
export function resolveManifest(
  goldPath: string,
  inputs: readonly string[],
  manifest: string | undefined,
): string | undefined {
  if (manifest !== undefined || inputs.length > 0) return manifest;
  const beside = join(dirname(goldPath), 'manifest.jsonl');
  if (existsSync(beside)) return beside;
  throw new IsnadError(
    'usage',
    `no inputs: give input files, --manifest FILE, or put a manifest.jsonl beside ${goldPath}`,
  );
}

type Scored = { kind: 'claims'; report: EvalReport } | { kind: 'stream'; report: StreamReport };

async function analysed(
  inputs: string[],
  manifest: string | undefined,
  opts: EvalOptions,
  deps: EvalCommandDeps,
): Promise<AnalysisResult> {
  if (opts.result && inputs.length === 0 && manifest === undefined)
    return parseAnalysisResult(await readJson(opts.result, 'analysis result'));
  const loaded = await deps.loadInputs(inputs, manifest === undefined ? {} : { manifest });
  if (loaded.documents.length === 0) throw new IsnadError('usage', 'no input documents were loaded');
  const result = opts.result
    ? parseAnalysisResult(await readJson(opts.result, 'analysis result'))
    : await deps.analyze(loaded.documents);
  if (opts.save && !opts.result) {
    try {
      await writeFile(opts.save, JSON.stringify(result) + '\n');
    } catch (cause) {
      throw new IsnadError('io_error', `cannot write ${opts.save}: ${(cause as Error).message}`, { cause });
    }
  }
  return result;
}

async function run(
  goldPath: string,
  inputs: string[],
  opts: EvalOptions,
  deps: EvalCommandDeps,
): Promise<Scored> {
  const json = await readJson(goldPath, 'gold file');
  if (opts.stream || isStreamGold(json)) {
    // A stream gold scores a whole-feed run: the inputs (or a saved result) are the whole feed.
    const gold = parseStreamGold(json);
    if (inputs.length === 0 && !opts.manifest && !opts.result)
      throw new IsnadError(
        'usage',
        'a stream gold needs the inputs of the run (files, folders, --manifest) or --result FILE',
      );
    const result = await analysed(inputs, opts.manifest, opts, deps);
    return { kind: 'stream', report: scoreStream(gold, result) };
  }
  const gold: Gold = parseGold(json);
  const manifest = resolveManifest(goldPath, inputs, opts.manifest);
  const loaded = await deps.loadInputs(inputs, manifest === undefined ? {} : { manifest });
  if (loaded.documents.length === 0) throw new IsnadError('usage', 'no input documents were loaded');
  const result = opts.result
    ? parseAnalysisResult(await readJson(opts.result, 'analysis result'))
    : await deps.analyze(loaded.documents);
  const texts = new Map(loaded.documents.map((d) => [d.id, d.text]));
  const report = scoreAnalysis(gold, result, texts);
  return {
    kind: 'claims',
    report: { ...report, diagnostics: [...loaded.diagnostics, ...report.diagnostics] },
  };
}

export function evalCommand(deps: EvalCommandDeps): Command {
  const io: EvalIo = { ...DEFAULT_IO, ...deps.io };
  const cmd = new Command('eval')
    .description(
      'score isnad against a gold file: annotated claims (precision, recall, F1, attributes), or a stream gold of incidents in a whole feed (grouping, event detection)',
    )
    .argument('[gold]', 'gold file (JSON); not with --case')
    .argument('[inputs...]', 'input files or folders (default: manifest.jsonl beside the gold file)')
    .option('--manifest <file>', 'JSONL manifest of inputs')
    .option('--case <name>', "score the machine against the analysts' reviewed claims of a store's case")
    .option('--db <file|url>', `with --case: the SQLite store or postgres://… (default ${defaultDbPath()})`)
    .option('--result <file>', 'score a saved `isnad analyze --format json` output instead of analysing')
    .option(
      '--stream',
      'the gold is a stream gold (incidents in a whole feed); detected by its nonEvents field',
    )
    .option('--save <file>', 'save the analysis result as JSON (rescore it later with --result)')
    .option('--verbose', 'list every missed claim, false positive and attribute error')
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'json']).default('text'))
    .option('--min-f1 <x>', 'exit 1 when claim F1 (stream: pairwise F1) is below x (the CI gate)', parseMinF1)
    .configureOutput({ writeOut: (s) => io.out(s), writeErr: (s) => io.err(s) })
    // Commander exits 1 on a usage error; isnad reserves 1 for a failed gate.
    .exitOverride((e: CommanderError) => io.exit(e.exitCode === 0 ? 0 : EXIT_USAGE))
    .action(async (goldPath: string | undefined, inputs: string[], opts: EvalOptions) => {
      let scored: Scored;
      try {
        if (opts.case !== undefined) {
          if (goldPath !== undefined) throw new IsnadError('usage', 'give a gold file or --case, not both');
          const score = await scoreCase(opts.case, opts.db ?? defaultDbPath());
          io.out(
            opts.format === 'json'
              ? `${JSON.stringify(score, null, 2)}\n`
              : formatReviewScore(opts.case, score),
          );
          return;
        }
        if (goldPath === undefined) throw new IsnadError('usage', 'give a gold file, or --case NAME');
        scored = await run(goldPath, inputs, opts, deps);
      } catch (e) {
        // Usage and I/O errors exit 2; anything else is a bug and keeps its stack.
        if (!isUserError(e)) throw e;
        io.err(`isnad eval: ${e.message}\n`);
        io.setExitCode(EXIT_USAGE);
        return;
      }
      const verbose = opts.verbose === true;
      if (opts.format === 'json') io.out(`${JSON.stringify(scored.report, null, 2)}\n`);
      else
        io.out(
          scored.kind === 'stream'
            ? formatStreamReport(scored.report, { verbose })
            : formatEvalReport(scored.report, { verbose }),
        );
      const [what, f1] =
        scored.kind === 'stream'
          ? ['pairwise F1', scored.report.pairs.f1 ?? 0]
          : ['claim F1', scored.report.claims.f1];
      if (opts.minF1 !== undefined && f1 < opts.minF1) {
        io.err(`isnad eval: ${what} ${f1.toFixed(3)} is below --min-f1 ${opts.minF1}\n`);
        io.setExitCode(EXIT_GATE);
      }
    });
  return cmd;
}
