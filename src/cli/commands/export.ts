// Exports from the command line: `isnad analyze … --format acled|ucdp|airwars|claimreview|csv|ndjson|geojson`
// renders the finished result through exportResult, and `isnad brief <inputs> [--lang ar|en]
// [--format md|html]` writes the incident brief.

import { writeFileSync } from 'node:fs';
import { Command, Option } from 'commander';
import { UniqueIds } from '../../engine/analyze.js';
import { IsnadError } from '../../errors.js';
import { exportResult } from '../../export/index.js';
import type { Loaded } from '../../ingest/index.js';
import type { AnalysisResult, InputDocument } from '../../types.js';

/** The export formats `isnad analyze --format` accepts besides text and json. */
export const ANALYZE_EXPORTS = [
  'acled',
  'ucdp',
  'airwars',
  'claimreview',
  'csv',
  'ndjson',
  'geojson',
] as const;

/** Export formats that quote each claim's sentence from its document's text. */
const QUOTING = new Set<string>(['claimreview', 'csv']);

/** Whether `analyze --format F` quotes sentences from the texts (the others need no text). */
export function quotes(format: string): boolean {
  return QUOTING.has(format);
}

/** Texts by document id, ids made unique as the engine makes them (a repeated id becomes `id~2`). */
export function textsOf(documents: readonly InputDocument[]): Map<string, string> {
  const ids = new UniqueIds();
  return new Map(documents.map((d) => [ids.take(d.id, []), d.text]));
}

/** `analyze --format F` for an export format: the finished result in that format. */
export function renderExport(result: AnalysisResult, loaded: Loaded, format: string): string {
  return exportResult(result, format, { texts: textsOf(loaded.documents) }).body;
}

export interface BriefCommandDeps {
  loadInputs(paths: string[], opts: { manifest?: string }): Loaded;
  analyze(documents: InputDocument[]): AnalysisResult;
}

interface BriefOpts {
  readonly manifest?: string;
  readonly lang: 'ar' | 'en';
  readonly format: 'md' | 'html';
  readonly digits: 'latn' | 'arab';
  readonly output?: string;
}

export function briefCommand(deps: BriefCommandDeps): Command {
  return new Command('brief')
    .description('a short brief per incident, every sentence citing its claims (templates, no model)')
    .argument('[inputs...]', 'files or folders of reports; - reads standard input')
    .option('-m, --manifest <file>', 'JSONL manifest: {id, path | text, source?, published?, url?} per line')
    .addOption(new Option('-l, --lang <lang>', 'language of the brief').choices(['ar', 'en']).default('en'))
    .addOption(
      new Option('-f, --format <format>', 'md or a self-contained html page')
        .choices(['md', 'html'])
        .default('md'),
    )
    .addOption(
      new Option('--digits <digits>', 'Arabic brief: Western (latn) or Arabic-Indic (arab) digits')
        .choices(['latn', 'arab'])
        .default('latn'),
    )
    .option('-o, --output <file>', 'write the brief to a file instead of standard output')
    .action((inputs: string[], opts: BriefOpts) => {
      if (inputs.length === 0 && !opts.manifest) {
        throw new IsnadError('usage', 'give files, folders, - (standard input) or --manifest');
      }
      const loaded = deps.loadInputs(inputs, opts.manifest ? { manifest: opts.manifest } : {});
      for (const d of loaded.diagnostics)
        process.stderr.write(`isnad: ${d.document ?? ''} ${d.code}: ${d.message}\n`);
      const result = deps.analyze(loaded.documents);
      const body = exportResult(result, `brief-${opts.format}`, {
        texts: textsOf(loaded.documents),
        lang: opts.lang,
        digits: opts.digits,
      }).body;
      if (opts.output) writeFileSync(opts.output, body);
      else process.stdout.write(body);
      if (loaded.documents.length === 0) process.exitCode = 1;
    });
}
