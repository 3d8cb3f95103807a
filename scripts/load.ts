// Load test of a running `isnad serve`: N concurrent clients for S seconds, mixed reads and ingests.
//
//   npx tsx scripts/load.ts --url http://127.0.0.1:8787 [--clients 100] [--seconds 60]
//        [--token T] [--ingest-share 0.1] [--corpus DIR] [--max-requests 2000000] [--json]
//
// Only loopback addresses are accepted as targets: the test is bounded in time and in request
// count and stops by itself. Each client loops: with probability `ingest-share` it adds a report
// (an ANT article from --corpus, else a generated Arabic report) to the case, otherwise it reads one
// of the case's views (cases, claims with a filter, incidents, conflicts, estimates, timeline, one
// document). Prints requests, errors by status, and p50/p90/p99/max latency per route and overall.

import { readFileSync, readdirSync, statSync } from 'node:fs';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { join } from 'node:path';

function arg(name: string, fallback?: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : fallback;
}

const base = new URL(arg('url', 'http://127.0.0.1:8787')!);
if (!/^(127\.\d+\.\d+\.\d+|localhost|\[::1\])$/.test(base.hostname)) {
  console.error(`load: refusing ${base.hostname}: targets must be loopback (127.0.0.0/8, localhost, [::1])`);
  process.exit(2);
}
const clients = Number(arg('clients', '100'));
const seconds = Number(arg('seconds', '60'));
const ingestShare = Number(arg('ingest-share', '0.1'));
const maxRequests = Number(arg('max-requests', '2000000'));
const token = arg('token');
const corpus = arg('corpus');
const asJson = process.argv.includes('--json');

function listFiles(dir: string, out: string[], limit: number): string[] {
  for (const name of readdirSync(dir).sort()) {
    if (out.length >= limit) break;
    const p = join(dir, name);
    if (statSync(p).isDirectory()) listFiles(p, out, limit);
    else if (name.endsWith('.txt')) out.push(p);
  }
  return out;
}

const files = corpus ? listFiles(corpus, [], 5000) : [];
let generated = 0;
function nextReport(): { text: string; id: string } {
  if (files.length > 0) {
    const path = files[generated++ % files.length]!;
    return { text: readFileSync(path, 'utf8'), id: `load-${generated}` };
  }
  generated++;
  const n = 3 + (generated % 97);
  return {
    id: `load-${generated}`,
    text: `قال المرصد السوري لحقوق الإنسان إن ${n} مدنيا قتلوا وأصيب ${n * 2} آخرون في قصف على بلدة في ريف إدلب يوم الخميس ${generated}.`,
  };
}

const headers = (json: boolean): Record<string, string> => ({
  ...(json ? { 'content-type': 'application/json' } : {}),
  ...(token ? { authorization: `Bearer ${token}` } : {}),
});

async function call(
  method: string,
  path: string,
  body?: unknown,
  parse = true,
): Promise<{ status: number; json: unknown }> {
  const res = await fetch(new URL(path, base), {
    method,
    headers: headers(body !== undefined),
    ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
  });
  // The whole body is always received; it is parsed only where the test uses it (a client busy
  // parsing megabytes of claims would measure its own queue, not the server).
  const text = await res.text();
  if (!parse) return { status: res.status, json: null };
  let json: unknown = null;
  try {
    json = text ? JSON.parse(text) : null;
  } catch {
    json = text;
  }
  return { status: res.status, json };
}

const latencies = new Map<string, number[]>();
const errors = new Map<string, number>();
let requests = 0;

function record(route: string, ms: number, status: number): void {
  let list = latencies.get(route);
  if (!list) latencies.set(route, (list = []));
  list.push(ms);
  if (status >= 400) errors.set(`${route} ${status}`, (errors.get(`${route} ${status}`) ?? 0) + 1);
}

async function timed(route: string, method: string, path: string, body?: unknown): Promise<boolean> {
  const t0 = performance.now();
  requests++;
  try {
    const { status } = await call(method, path, body, false);
    record(route, performance.now() - t0, status);
    return status < 400;
  } catch (cause) {
    record(route, performance.now() - t0, 599);
    errors.set(
      `${route} ${(cause as Error).message}`,
      (errors.get(`${route} ${(cause as Error).message}`) ?? 0) + 1,
    );
    return false;
  }
}

const created = (await call('POST', '/api/cases', { name: `load ${new Date().toISOString()}` })) as {
  status: number;
  json: { id?: string | number } | null;
};
if (created.status >= 400 || !created.json?.id) {
  console.error(`load: cannot create a case: ${created.status} ${JSON.stringify(created.json)}`);
  process.exit(1);
}
const caseId = String(created.json.id);
const docIds: string[] = [];
for (let i = 0; i < 5; i++) {
  const r = nextReport();
  await call('POST', `/api/cases/${caseId}/documents`, { text: r.text, id: r.id });
  docIds.push(r.id);
}

const READS: readonly [string, () => string][] = [
  ['GET /api/cases', () => '/api/cases'],
  ['GET claims', () => `/api/cases/${caseId}/claims`],
  ['GET claims?category', () => `/api/cases/${caseId}/claims?category=killed`],
  ['GET incidents', () => `/api/cases/${caseId}/incidents`],
  ['GET conflicts', () => `/api/cases/${caseId}/conflicts`],
  ['GET estimates', () => `/api/cases/${caseId}/estimates`],
  ['GET timeline', () => `/api/cases/${caseId}/timeline`],
  [
    'GET document',
    () => `/api/cases/${caseId}/documents/${encodeURIComponent(docIds[requests % docIds.length]!)}`,
  ],
];

const deadline = performance.now() + seconds * 1000;
async function client(k: number): Promise<void> {
  let x = k + 1;
  while (performance.now() < deadline && requests < maxRequests) {
    x = (x * 1103515245 + 12345) >>> 0;
    if ((x % 1000) / 1000 < ingestShare) {
      const r = nextReport();
      const ok = await timed('POST document', 'POST', `/api/cases/${caseId}/documents`, {
        text: r.text,
        id: r.id,
      });
      if (ok) docIds.push(r.id);
    } else {
      const [route, path] = READS[(x >>> 8) % READS.length]!;
      await timed(route, 'GET', path());
    }
  }
}

// The client's own event loop: when it stalls, every latency it measures includes the stall.
const loop = monitorEventLoopDelay({ resolution: 10 });
loop.enable();
const cpu0 = process.cpuUsage();
const t0 = performance.now();
await Promise.all(Array.from({ length: clients }, (_, k) => client(k)));
const wall = (performance.now() - t0) / 1000;
loop.disable();
const cpu = process.cpuUsage(cpu0);

function quantile(sorted: number[], q: number): number {
  return sorted.length === 0 ? NaN : sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
}
const all = [...latencies.values()].flat().sort((a, b) => a - b);
const rows = [...latencies.entries()].map(([route, list]) => {
  const s = list.sort((a, b) => a - b);
  return {
    route,
    n: s.length,
    p50: quantile(s, 0.5),
    p90: quantile(s, 0.9),
    p99: quantile(s, 0.99),
    max: s.at(-1) ?? NaN,
  };
});
const errorCount = [...errors.values()].reduce((a, b) => a + b, 0);
const summary = {
  clients,
  seconds: wall,
  requests,
  rps: requests / wall,
  errors: errorCount,
  errorsBy: Object.fromEntries(errors),
  p50: quantile(all, 0.5),
  p90: quantile(all, 0.9),
  p99: quantile(all, 0.99),
  max: all.at(-1) ?? NaN,
  routes: rows,
  documentsAdded: docIds.length,
  client: {
    cpuSeconds: (cpu.user + cpu.system) / 1e6,
    loopDelayMaxMs: loop.max / 1e6,
    loopDelayP99Ms: loop.percentile(99) / 1e6,
  },
};
if (asJson) console.log(JSON.stringify(summary, null, 2));
else {
  console.log(
    `${clients} clients · ${wall.toFixed(1)} s · ${requests} requests (${summary.rps.toFixed(0)}/s) · ${errorCount} errors`,
  );
  console.log(
    `latency ms: p50 ${summary.p50.toFixed(1)} · p90 ${summary.p90.toFixed(1)} · p99 ${summary.p99.toFixed(1)} · max ${summary.max.toFixed(1)}`,
  );
  for (const r of rows)
    console.log(
      `  ${r.route.padEnd(22)} ${String(r.n).padStart(7)}  p50 ${r.p50.toFixed(1).padStart(7)}  p99 ${r.p99.toFixed(1).padStart(8)}  max ${r.max.toFixed(1).padStart(8)}`,
    );
  for (const [k, v] of errors) console.log(`  error ${k}: ${v}`);
  console.log(
    `client: ${summary.client.cpuSeconds.toFixed(1)} s CPU, event-loop delay p99 ${summary.client.loopDelayP99Ms.toFixed(0)} ms, max ${summary.client.loopDelayMaxMs.toFixed(0)} ms`,
  );
}
process.exit(errorCount > 0 ? 1 : 0);
