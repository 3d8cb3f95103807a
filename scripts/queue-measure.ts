// Measures the job queue on a real PostgreSQL server (scripts/pg-server.sh start):
//   1. N ANT articles queued and drained by two workers, one SIGKILLed mid-run; checks every
//      article is stored exactly once with the same per-document claims as `isnad ingest`
//      without the queue (an SQLite store);
//   2. throughput: the same articles drained by 1 worker, then by 2 workers, in this one run.
// usage: tsx scripts/queue-measure.ts [--n 400] [--files LIST | --corpus /tmp/ant/ant-v2.1] [--pg URL]
import { execFileSync, spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { freshDatabase, pgQuery } from '../src/testing/postgres.js';

const arg = (name: string, fallback: string): string => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1]! : fallback;
};
const N = Number(arg('n', '400'));
const CORPUS = arg('corpus', '/tmp/ant/ant-v2.1');
/** A file of article paths, one a line: the first N are taken (else N spread over the corpus). */
const LIST = arg('files', '');
const BASE = arg('pg', process.env.ISNAD_PG_URL ?? 'postgres://postgres@127.0.0.1:54329/isnad_test');
const CLI = new URL('../dist/cli/main.js', import.meta.url).pathname;
const WORK = '/tmp/isnad-queue-measure';

function pick(): string {
  let chosen: string[];
  if (LIST) {
    chosen = readFileSync(LIST, 'utf8')
      .split('\n')
      .filter((l) => l.trim() !== '')
      .slice(0, N);
  } else {
    const all: string[] = [];
    const dirs = (p: string): string[] =>
      readdirSync(p, { withFileTypes: true })
        .filter((d) => d.isDirectory())
        .map((d) => d.name)
        .sort();
    for (const outlet of dirs(CORPUS))
      for (const section of dirs(join(CORPUS, outlet)))
        for (const f of readdirSync(join(CORPUS, outlet, section)).sort())
          all.push(join(CORPUS, outlet, section, f));
    const step = all.length / N;
    chosen = Array.from({ length: N }, (_, i) => all[Math.floor(i * step)]!);
  }
  const dir = join(WORK, `ant${N}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const f of chosen) copyFileSync(f, join(dir, f.split('/').pop()!));
  return dir;
}

async function freshDb(label: string): Promise<string> {
  return (await freshDatabase(BASE, `measure_${label}`)).url;
}

function cli(args: string[]): string {
  return execFileSync(process.execPath, [CLI, ...args], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });
}

function worker(url: string, extra: string[] = []): ChildProcess {
  return spawn(process.execPath, [CLI, 'worker', '--db', url, '-q', '--job-timeout', '10', ...extra], {
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}

const exited = (c: ChildProcess): Promise<void> =>
  new Promise((r) => (c.exitCode !== null || c.signalCode !== null ? r() : c.once('exit', () => r())));

async function drain(url: string, workers: number): Promise<{ seconds: number }> {
  const t0 = Date.now();
  const kids = Array.from({ length: workers }, () => worker(url, ['--drain']));
  await Promise.all(kids.map(exited));
  return { seconds: (Date.now() - t0) / 1000 };
}

async function docCount(url: string): Promise<number> {
  return Number((await pgQuery<{ n: string }>(url, 'select count(*) as n from documents'))[0]!.n);
}

type ClaimKey = string;
function claimKeys(rows: { key: string; analysis: string }[]): Map<string, ClaimKey[]> {
  const out = new Map<string, ClaimKey[]>();
  for (const r of rows) {
    const a = JSON.parse(r.analysis) as { claims?: Record<string, unknown>[] };
    out.set(
      r.key,
      (a.claims ?? []).map((c) => JSON.stringify(c)),
    );
  }
  return out;
}

async function main(): Promise<void> {
  const dir = pick();
  console.log(`${N} ANT articles in ${dir}`);

  // 1. the CLI without the queue, into SQLite: the reference reading
  const sqlitePath = join(WORK, 'reference.db');
  rmSync(sqlitePath, { force: true });
  let t = Date.now();
  cli(['ingest', dir, '--case', 'ant', '--db', sqlitePath, '--no-progress']);
  const cliSeconds = (Date.now() - t) / 1000;
  const ref = new BetterSqlite3(sqlitePath, { readonly: true });
  const refRows = ref.prepare('select key, analysis from documents').all() as {
    key: string;
    analysis: string;
  }[];
  const refLinked = ref
    .prepare(
      'select document_key, start, "end", category, grp, kind, stance, source from claims order by 1, 2, 3, 4',
    )
    .all();
  ref.close();
  console.log(`CLI ingest (one process, SQLite): ${cliSeconds.toFixed(1)} s, ${refRows.length} documents`);

  // 2. two workers, one killed mid-run
  const killUrl = await freshDb('kill');
  cli(['ingest', dir, '--case', 'ant', '--db', killUrl, '--queue', '--job-timeout', '10', '--no-progress']);
  t = Date.now();
  const a = worker(killUrl);
  const b = worker(killUrl, ['--drain']);
  let killedJob: string | null = null;
  for (;;) {
    await new Promise((r) => setTimeout(r, 100));
    const n = await docCount(killUrl);
    if (n >= N / 4) {
      const active = await pgQuery<{ id: string }>(
        killUrl,
        "select id from pgboss.job where name = 'isnad-ingest' and state = 'active'",
      );
      a.kill('SIGKILL');
      killedJob = active.map((x) => x.id).join(',');
      console.log(`SIGKILLed worker A at ${n} documents; active jobs then: ${killedJob}`);
      break;
    }
  }
  await exited(a);
  // Restarted, as a supervisor (systemd, Kubernetes) would: it drains with B.
  const a2 = worker(killUrl, ['--drain']);
  await exited(a2);
  await exited(b);
  const killSeconds = (Date.now() - t) / 1000;
  const rows = await pgQuery<{ key: string; analysis: string }>(
    killUrl,
    'select key, analysis from documents',
  );
  const keys = rows.map((r) => r.key);
  const suffixed = keys.filter((k) => k.includes('~'));
  const jobs = await pgQuery<{ state: string; n: string; retried: string }>(
    killUrl,
    "select state, count(*) as n, sum(case when retry_count > 0 then 1 else 0 end) as retried from pgboss.job where name = 'isnad-ingest' group by state",
  );
  const ours = claimKeys(rows);
  const theirs = claimKeys(refRows);
  let same = 0;
  const differ: string[] = [];
  for (const [k, v] of theirs) {
    const o = ours.get(k);
    if (o && JSON.stringify(o) === JSON.stringify(v)) same++;
    else differ.push(k);
  }
  const linked = await pgQuery(
    killUrl,
    'select document_key, start, "end", category, grp, kind, stance, source from claims order by 1, 2, 3, 4',
  );
  const linkedSame = JSON.stringify(linked) === JSON.stringify(refLinked);
  const claimsTotal = [...ours.values()].reduce((s, v) => s + v.length, 0);
  console.log(
    JSON.stringify(
      {
        killRun: {
          seconds: killSeconds,
          documents: rows.length,
          distinctKeys: new Set(keys).size,
          suffixedKeys: suffixed.length,
          jobs,
          claims: claimsTotal,
          sameReadingAsCli: `${same}/${theirs.size}`,
          differ: differ.slice(0, 10),
          linkedClaimRowsSameAsCli: linkedSame,
          linkedClaimRows: { queue: linked.length, cli: refLinked.length },
        },
      },
      null,
      2,
    ),
  );

  // 3. throughput, 1 then 2 workers, same articles, fresh databases
  const tp: Record<string, unknown> = { cliSqliteSeconds: cliSeconds };
  for (const w of [1, 2]) {
    const url = await freshDb(`w${w}`);
    cli(['ingest', dir, '--case', 'ant', '--db', url, '--queue', '--no-progress']);
    const r = await drain(url, w);
    const n = await docCount(url);
    tp[`workers${w}`] = { seconds: r.seconds, documents: n, perSecond: +(n / r.seconds).toFixed(2) };
  }
  console.log(JSON.stringify({ throughput: tp }, null, 2));
}

await main();
