// Where isnad's time goes on real Arabic news (the ANT corpus): a CPU profile of `analyze` (or
// `extract`) over a sample of articles, taken after one warmup pass so that compiling the lexicon's
// patterns and warming the JIT do not count, then summed by function and by file (self time).
//
//   npm run profile -- [analyze|extract] [--limit N | --files a,b | --files @list] [--runs N]
//       [--top N] [--save FILE.cpuprofile]
//
// The corpus is the extracted ANT corpus, sampled as `npm run bench` samples it (src/testing/corpus.ts).
//
// Self time is where the optimizing compiler put the work: a small function inlined into its caller
// counts as the caller's. Run node with `--no-turbo-inlining` (NODE_OPTIONS) to see each function's
// own share (slower overall, and a small function's call cost is then overcounted). Regular
// expressions show as `RegExp: <source>` (summed here as one line per source). The machine's speed
// swings from minute to minute: compare two builds with an in-process A/B, not two profiles.

import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { ANT_DIR, ANT_HINT, chosenArticles, readArticleArgs } from '../src/testing/corpus.js';

interface Options {
  mode: 'analyze' | 'extract';
  corpus: string;
  limit: number;
  files: string[] | null;
  runs: number;
  top: number;
  save: string | null;
}

function parseArgs(argv: readonly string[]): Options {
  const options: Options = {
    mode: 'analyze',
    corpus: ANT_DIR,
    limit: 2000,
    files: null,
    runs: 2,
    top: 40,
    save: null,
  };
  readArticleArgs(argv, options, (arg, value) => {
    if (arg === 'analyze' || arg === 'extract') options.mode = arg;
    else if (arg === '--runs') options.runs = Math.max(1, Number.parseInt(value(), 10) || 1);
    else if (arg === '--top') options.top = Math.max(1, Number.parseInt(value(), 10) || 1);
    else if (arg === '--save') options.save = value();
    else if (arg !== '--') return false;
    return true;
  });
  return options;
}

/** The parts of a V8 CPU profile this summary reads. */
interface CpuProfile {
  readonly nodes: readonly {
    readonly id: number;
    readonly callFrame: { readonly functionName: string; readonly url: string; readonly lineNumber: number };
  }[];
  readonly startTime: number;
  readonly samples: readonly number[];
  readonly timeDeltas: readonly number[];
}

/**
 * Self time in microseconds by function (`name file:line`) and by file, and the total, of the
 * samples taken up to `until` (microseconds, the profile's clock: the monotonic clock of
 * `process.hrtime`), so that the profiler's own work to stop is left out.
 */
function selfTimes(
  profile: CpuProfile,
  until: number,
): {
  byFunction: Map<string, number>;
  byFile: Map<string, number>;
  total: number;
} {
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const byFunction = new Map<string, number>();
  const byFile = new Map<string, number>();
  let total = 0;
  let at = profile.startTime;
  for (let i = 0; i < profile.samples.length; i++) {
    const node = nodes.get(profile.samples[i]!);
    // The time up to the next sample is this one's (as Chrome's DevTools count it).
    const delta = profile.timeDeltas[i + 1] ?? 0;
    at += profile.timeDeltas[i] ?? 0;
    if (at > until) break;
    if (!node) continue;
    total += delta;
    const { functionName, url, lineNumber } = node.callFrame;
    const file = url.replace(/^.*\/dist\//, '');
    const name = functionName.startsWith('RegExp:')
      ? `RegExp: ${functionName.slice(7, 87)}`
      : `${functionName || '(anonymous)'} ${file}:${lineNumber + 1}`;
    byFunction.set(name, (byFunction.get(name) ?? 0) + delta);
    const where = functionName.startsWith('RegExp:') ? '(regular expressions)' : file || functionName;
    byFile.set(where, (byFile.get(where) ?? 0) + delta);
  }
  return { byFunction, byFile, total };
}

function table(title: string, times: Map<string, number>, total: number, top: number): void {
  console.log(`\n| ${title} | self % | self ms |\n|---|---:|---:|`);
  for (const [name, us] of [...times].sort((a, b) => b[1] - a[1]).slice(0, top)) {
    console.log(
      `| ${name.replace(/\|/g, '\\|')} | ${((100 * us) / total).toFixed(2)} | ${(us / 1000).toFixed(0)} |`,
    );
  }
}

async function main(): Promise<void> {
  const options = parseArgs(process.argv.slice(2));
  const paths = chosenArticles(options);
  if (!paths) {
    console.log(`isnad profile: no corpus at ${options.corpus}; ${ANT_HINT}.`);
    return;
  }
  const dist = new URL('../dist/', import.meta.url);
  if (!existsSync(new URL('index.js', dist))) {
    console.log('isnad profile: dist/ is missing; run `npm run build` first.');
    return;
  }
  const api = (await import(new URL('index.js', dist).href)) as {
    analyzeMany: (docs: readonly object[]) => { claims: readonly unknown[] };
    extract: (text: string) => unknown;
  };
  const { documentsFromText } = (await import(new URL('ingest/index.js', dist).href)) as {
    documentsFromText: (id: string, text: string, meta: object) => object[];
  };
  const decoder = new TextDecoder('utf-8');
  const buffers = paths.map((p) => readFileSync(p));
  const pass =
    options.mode === 'extract'
      ? (): void => {
          for (const b of buffers) api.extract(decoder.decode(b));
        }
      : (): void => {
          for (const b of buffers) api.analyzeMany(documentsFromText('doc', decoder.decode(b), {}));
        };
  pass();
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 200 });
  await session.post('Profiler.start');
  const c0 = process.cpuUsage();
  for (let r = 0; r < options.runs; r++) pass();
  const cpu = process.cpuUsage(c0);
  const until = Number(process.hrtime.bigint() / 1000n);
  const { profile } = (await session.post('Profiler.stop')) as { profile: CpuProfile };
  session.disconnect();
  if (options.save) writeFileSync(options.save, JSON.stringify(profile));
  const { byFunction, byFile, total } = selfTimes(profile, until);
  console.log(
    `isnad profile · ${options.mode} · ${paths.length} files · ${options.runs} profiled passes after 1 warmup · ` +
      `${((cpu.user + cpu.system) / 1e6 / options.runs).toFixed(2)} CPU s per pass`,
  );
  table('function', byFunction, total, options.top);
  table('file', byFile, total, options.top);
}

await main();
