// Throughput of isnad on real Arabic news (the ANT corpus): MB/s per core, single-threaded, counted
// in UTF-8 bytes of input, for four rows, each paying for reading and decoding the files itself:
//
//   floor      read + decode + one regex pass (count Arabic words): what any reader must pay
//   normalize  read + decode + the matching view with its offset map
//   extract    read + decode + `extract` from dist/index.js (or, while that export is missing,
//              normalization + the Arabic date reader, and the table says so)
//   analyze    read + decode + TREC/HTML ingest + `analyzeMany` for each file's documents
//
// One warmup pass, then the median of N timed passes. Time is this process's CPU time (user +
// system, from process.cpuUsage), so that other jobs on a shared machine do not count against
// isnad; wall-clock medians are printed beside it. Prints a markdown table.
//
//   npm run bench -- [--corpus DIR] [--limit N | --files LIST] [--runs N] [--only rows]
//
// The corpus is the extracted ANT corpus (`npm run corpus`, or ISNAD_ANT; see src/testing/corpus.ts).
// Without a corpus the bench says so and exits 0, so CI never depends on it.
// `--files` takes a comma-separated list of paths, or @file with one path per line.

import { existsSync, readFileSync, statSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { cpus } from 'node:os';
import { ANT_DIR, ANT_HINT, chosenArticles, readArticleArgs } from '../src/testing/corpus.js';

interface Options {
  corpus: string;
  limit: number;
  files: string[] | null;
  runs: number;
  only: Set<string> | null;
}

function parseArgs(argv: readonly string[]): Options {
  const options: Options = {
    corpus: ANT_DIR,
    limit: 2000,
    files: null,
    runs: 5,
    only: null,
  };
  readArticleArgs(argv, options, (arg, value) => {
    if (arg === '--runs') options.runs = Math.max(1, Number.parseInt(value(), 10) || 1);
    else if (arg === '--only') options.only = new Set(value().split(','));
    else if (arg === '--help' || arg === '-h') {
      console.log(
        'npm run bench -- [--corpus DIR] [--limit N | --files a,b | --files @list] [--runs N] [--only rows]',
      );
      process.exit(0);
    } else return false;
    return true;
  });
  return options;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

interface Row {
  readonly id: string;
  readonly label: string;
  readonly perFile: (bytes: Buffer) => number;
}

const decoder = new TextDecoder('utf-8');
const ARABIC_WORD = /[\u0621-\u064a\u0660-\u0669\u0671-\u06d3]+/g;

async function main(): Promise<void> {
  const options = parseArgs(process.argv.slice(2));
  const paths = chosenArticles(options);
  if (!paths) {
    console.log(
      `isnad bench: no corpus at ${options.corpus}; nothing measured.\n` +
        `For the ANT corpus, ${ANT_HINT}; or point --corpus at a folder of .txt articles.`,
    );
    return;
  }
  const dist = new URL('../dist/', import.meta.url);
  if (!existsSync(new URL('index.js', dist))) {
    console.log('isnad bench: dist/ is missing; run `npm run build` first.');
    return;
  }
  const api = (await import(new URL('index.js', dist).href)) as Record<string, unknown>;
  const { normalize } = (await import(new URL('lang/ar/normalize/index.js', dist).href)) as {
    normalize: (s: string) => { text: string };
  };
  const { extractDates } = (await import(new URL('lang/ar/dates/index.js', dist).href)) as {
    extractDates: (folded: unknown, reference: string | null) => unknown[];
  };
  const { documentsFromText } = (await import(new URL('ingest/index.js', dist).href)) as {
    documentsFromText: (id: string, text: string, meta: object) => { id: string; text: string }[];
  };
  const analyzeMany = api.analyzeMany as (docs: readonly object[]) => { claims: readonly unknown[] };
  const extract = typeof api.extract === 'function' ? (api.extract as (text: string) => unknown) : null;
  const extractLabel = extract
    ? '`extract` (dist/index.js)'
    : 'normalize + date reader (`extract` not exported yet)';

  const rows: Row[] = [
    {
      id: 'floor',
      label: 'floor: read + decode + Arabic-word regex',
      perFile: (bytes) => decoder.decode(bytes).match(ARABIC_WORD)?.length ?? 0,
    },
    {
      id: 'normalize',
      label: 'normalize (matching view + offset map)',
      perFile: (b) => normalize(decoder.decode(b)).text.length,
    },
    {
      id: 'extract',
      label: extractLabel,
      perFile: extract
        ? (b) => {
            const r = extract(decoder.decode(b));
            return Array.isArray(r) ? r.length : 1;
          }
        : (b) => extractDates(normalize(decoder.decode(b)), null).length,
    },
    {
      id: 'analyze',
      label: 'analyze (ingest + full pipeline, per document)',
      perFile: (b) => analyzeMany(documentsFromText('doc', decoder.decode(b), {})).claims.length,
    },
  ].filter((row) => options.only === null || options.only.has(row.id));

  // Files are read inside each timed pass (the page cache keeps them warm after the first).
  const sizes = paths.map((p) => statSync(p).size);
  const bytes = sizes.reduce((a, b) => a + b, 0);
  const mb = bytes / 1e6;
  console.log(
    `isnad bench · ${paths.length} files · ${mb.toFixed(1)} MB UTF-8 · ${options.runs} runs + 1 warmup · ` +
      `node ${process.version} · ${cpus()[0]?.model ?? 'cpu'}`,
  );
  const results: { row: Row; seconds: number; wall: number; runs: number[]; out: number }[] = [];
  for (const row of rows) {
    const times: number[] = [];
    const walls: number[] = [];
    let out = 0;
    for (let r = 0; r <= options.runs; r++) {
      out = 0;
      const c0 = process.cpuUsage();
      const t0 = performance.now();
      for (const path of paths) out += row.perFile(readFileSync(path));
      const wall = (performance.now() - t0) / 1000;
      const cpu = process.cpuUsage(c0);
      if (r > 0) {
        times.push((cpu.user + cpu.system) / 1e6);
        walls.push(wall);
      }
    }
    const seconds = median(times);
    results.push({ row, seconds, wall: median(walls), runs: times, out });
    process.stderr.write(`  ${row.id}: ${(mb / seconds).toFixed(1)} MB/s\n`);
  }
  const floor = results.find((r) => r.row.id === 'floor');
  console.log('');
  console.log('| stage | MB/s per core | × floor time | median CPU s | runs, CPU s | median wall s |');
  console.log('|---|---:|---:|---:|---|---:|');
  for (const r of results) {
    const rate = mb / r.seconds;
    const ratio = floor ? (r.seconds / floor.seconds).toFixed(1) : 'n/a';
    const runs = r.runs.map((t) => t.toFixed(2)).join(' ');
    console.log(
      `| ${r.row.label} | ${rate.toFixed(1)} | ${ratio} | ${r.seconds.toFixed(3)} | ${runs} | ${r.wall.toFixed(3)} |`,
    );
  }
  console.log('');
  console.log('Targets: normalize ≥ 20 MB/s, extract ≥ 5 MB/s per core.');
}

main().catch((error: unknown) => {
  console.error(`isnad bench: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
