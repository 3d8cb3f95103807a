import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import BetterSqlite3 from 'better-sqlite3';
import { EXPORT_FORMATS as ENGINE_FORMATS } from '../export/index.js';
import { loadInputs } from '../ingest/index.js';
import { makePdf } from '../testing/pdf.js';
import { Store } from '../store/store.js';
import { createApp } from './app.js';
import { ROUTES } from './openapi.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const examples = join(root, 'examples/ghuwayran');
const files = readdirSync(examples).sort();
const reports = files.map((f) => ({
  id: f.replace(/\.txt$/, ''),
  text: readFileSync(join(examples, f), 'utf8'),
}));
const cli = join(root, 'src/cli/main.ts');

let scratch = '';
before(() => {
  scratch = mkdtempSync(join(tmpdir(), 'isnad-app-'));
});
after(() => rmSync(scratch, { recursive: true, force: true }));

const json = (body: unknown): RequestInit => ({
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify(body),
});

async function apiCase(
  location: string,
): Promise<{ store: Store; app: ReturnType<typeof createApp>; id: number }> {
  const store = await Store.open(location);
  const app = createApp({ store });
  const made = await app.request('/api/cases', json({ name: 'غويران' }));
  assert.equal(made.status, 201);
  const { id } = (await made.json()) as { id: number };
  // Four reports as JSON, the last as a multipart file.
  for (const r of reports.slice(0, -1)) {
    const res = await app.request(`/api/cases/${id}/documents`, json(r));
    assert.equal(res.status, 201, await res.text());
  }
  const last = reports[reports.length - 1]!;
  const form = new FormData();
  form.append('file', new Blob([last.text], { type: 'text/plain' }), `${last.id}.txt`);
  const up = await app.request(`/api/cases/${id}/documents`, { method: 'POST', body: form });
  assert.equal(up.status, 201, await up.text());
  return { store, app, id };
}

async function claimsOf(app: ReturnType<typeof createApp>, id: number): Promise<unknown[]> {
  const res = await app.request(`/api/cases/${id}/claims?limit=100000`);
  assert.equal(res.status, 200);
  return ((await res.json()) as { items: unknown[] }).items;
}

test('every route is in the OpenAPI document, and errors are JSON', async () => {
  const store = await Store.open(':memory:');
  const app = createApp({ store, token: 'secret', maxBody: 1000 });
  const doc = (await (await app.request('/openapi.json')).json()) as {
    paths: Record<string, Record<string, unknown>>;
  };
  for (const [method, path] of ROUTES) assert.ok(doc.paths[path]?.[method], `${method} ${path}`);
  assert.equal(Object.values(doc.paths).flatMap((p) => Object.keys(p)).length, ROUTES.length);
  const open = await app.request('/api/cases', json({ name: 'x' }));
  assert.equal(open.status, 401);
  assert.equal(((await open.json()) as { error: { code: string } }).error.code, 'unauthorized');
  const auth = { authorization: 'Bearer secret', 'content-type': 'application/json' };
  const big = await app.request('/api/cases', {
    method: 'POST',
    headers: auth,
    body: JSON.stringify({ name: 'x'.repeat(2000) }),
  });
  assert.equal(big.status, 413);
  assert.equal(((await big.json()) as { error: { code: string } }).error.code, 'body_too_large');
  const missing = await app.request('/api/cases/42/claims');
  assert.equal(missing.status, 404);
  assert.equal(((await missing.json()) as { error: { code: string } }).error.code, 'not_found');
  const bad = await app.request('/api/cases/1/export/pdf');
  assert.ok(bad.status === 400 || bad.status === 404);
  await store.close();
});

test('every export format with its media type, corrections included', async () => {
  const { store, app, id } = await apiCase(':memory:');
  const types: Record<string, RegExp> = {
    json: /^application\/json/,
    acled: /^text\/csv/,
    ucdp: /^text\/csv/,
    csv: /^text\/csv/,
    airwars: /^application\/json/,
    claimreview: /^application\/ld\+json/,
    ndjson: /^application\/x-ndjson/,
    geojson: /^application\/geo\+json/,
    'brief-md': /^text\/markdown/,
    'brief-html': /^text\/html/,
  };
  for (const format of ['json', ...ENGINE_FORMATS]) {
    const res = await app.request(`/api/cases/${id}/export/${format}`);
    assert.equal(res.status, 200, format);
    assert.match(res.headers.get('content-type') ?? '', types[format]!, format);
    assert.match(res.headers.get('content-disposition') ?? '', /^attachment; filename=/);
    assert.ok((await res.text()).length > 50, format);
  }
  const acled = await (await app.request(`/api/cases/${id}/export/acled`)).text();
  assert.match(acled, /event_id_cnty/);
  const ar = await (await app.request(`/api/cases/${id}/export/brief-md?lang=ar`)).text();
  const en = await (await app.request(`/api/cases/${id}/export/brief-md?lang=en`)).text();
  assert.match(ar, /[\u0600-\u06ff]/);
  assert.notEqual(ar, en);
  assert.equal((await app.request(`/api/cases/${id}/export/brief-md?lang=fr`)).status, 400);

  // A corrected figure shows in the exports.
  const killed = (await store.listClaims(id, { category: 'killed' })).items.find((c) => c.incident)!;
  const patch = await app.request(`/api/cases/${id}/claims/${encodeURIComponent(killed.id)}`, {
    method: 'PATCH',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ figure: 876543, author: 'rana' }),
  });
  assert.equal(patch.status, 200, await patch.text());
  const lines = (await (await app.request(`/api/cases/${id}/export/ndjson`)).text()).trim().split('\n');
  const exported = lines.map((l) => JSON.parse(l) as { id?: string; quantity?: { point: number } });
  assert.ok(exported.some((c) => c.quantity?.point === 876543));
  assert.match(await (await app.request(`/api/cases/${id}/export/csv`)).text(), /876543/);
  await store.close();
});

test('CLI ingest, the API and a restart agree on the same data', async () => {
  const viaApi = join(scratch, 'api.db');
  const { store, app, id } = await apiCase(viaApi);
  const fromApi = await claimsOf(app, id);
  const incidentsApi = await (await app.request(`/api/cases/${id}/incidents`)).json();
  await store.close();

  const viaCli = join(scratch, 'cli.db');
  const run = spawnSync(
    process.execPath,
    ['--import', 'tsx', cli, 'ingest', examples, '--case', 'غويران', '--db', viaCli, '--format', 'json'],
    { encoding: 'utf8' },
  );
  assert.equal(run.status, 0, run.stderr);
  const summary = JSON.parse(run.stdout) as { added: number; case: { id: number } };
  assert.equal(summary.added, reports.length);
  const cliStore = await Store.open(viaCli);
  const cliApp = createApp({ store: cliStore });
  assert.deepEqual(await claimsOf(cliApp, summary.case.id), fromApi);
  assert.deepEqual(
    await (await cliApp.request(`/api/cases/${summary.case.id}/incidents`)).json(),
    incidentsApi,
  );
  await cliStore.close();

  // A restart of the API's store keeps everything.
  const again = await Store.open(viaApi);
  assert.deepEqual(await claimsOf(createApp({ store: again }), id), fromApi);
  await again.close();
});

test('a process killed mid-ingest leaves whole documents and a case that reads again', async () => {
  const folder = join(scratch, 'many');
  mkdirSync(folder);
  const n = 60;
  for (let k = 0; k < n; k++) {
    const r = reports[k % reports.length]!;
    writeFileSync(join(folder, `r${String(k).padStart(3, '0')}.txt`), `${r.text}\n\nنسخة ${k + 1}.`);
  }
  const location = join(scratch, 'killed.db');
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', cli, 'ingest', folder, '--case', 'k', '--db', location],
    { stdio: 'ignore' },
  );
  // Killed as soon as a few documents are in, watched through a read-only connection.
  let seen = 0;
  while (child.exitCode === null && seen < 3) {
    await new Promise((r) => setTimeout(r, 20));
    try {
      const reader = new BetterSqlite3(location, { readonly: true, fileMustExist: true });
      try {
        seen = (reader.prepare('select count(*) as n from documents').get() as { n: number }).n;
      } finally {
        reader.close();
      }
    } catch {
      // Not created or not migrated yet.
    }
  }
  child.kill('SIGKILL');
  await new Promise((r) => child.once('exit', r).once('close', r));
  const store = await Store.open(location);
  const c = (await store.caseNamed('k', false))!;
  const summary = await store.getCase(c.id);
  assert.ok(summary.documents >= 1 && summary.documents < n, `${summary.documents} documents`);
  // Each document that is in holds its whole reading; the case links again from them.
  const docs = await store.listDocuments(c.id, { limit: 1000 });
  const claims = await store.listClaims(c.id, { limit: 100000 });
  for (const d of docs.items)
    assert.ok(
      claims.items.some((cl) => cl.document === d.id),
      d.id,
    );
  assert.ok((await store.incidents(c.id)).length >= 1);
  // The rest goes in on the next run, without doubling what was there.
  const added = await store.addDocuments(
    c.id,
    readdirSync(folder)
      .sort()
      .map((f) => ({ id: f.replace(/\.txt$/, ''), text: readFileSync(join(folder, f), 'utf8') })),
  );
  assert.equal(added.filter((a) => a.status === 'duplicate').length, summary.documents);
  assert.equal((await store.getCase(c.id)).documents, n);
  await store.close();
});

test('isnad eval --case scores the machine against the reviewed claims', async () => {
  const location = join(scratch, 'eval.db');
  const store = await Store.open(location);
  const { id } = await store.createCase('مراجعة');
  await store.addDocuments(id, reports);
  const [a, b, c] = (await store.listClaims(id, { category: 'killed' })).items;
  assert.ok(a && b && c);
  await store.review(id, a.id, { action: 'confirm', author: 'rana' });
  await store.review(id, b.id, { action: 'correct', changes: { figure: 4321 }, author: 'rana' });
  await store.review(id, c.id, { action: 'reject', author: 'rana' });
  await store.close();
  const run = spawnSync(
    process.execPath,
    ['--import', 'tsx', cli, 'eval', '--case', 'مراجعة', '--db', location, '--format', 'json'],
    { encoding: 'utf8' },
  );
  assert.equal(run.status, 0, run.stderr);
  const score = JSON.parse(run.stdout) as {
    reviewed: number;
    rejected: number;
    precision: number;
    fields: Record<string, { right: number; of: number }>;
    errors: { claim: string; fields: string[] }[];
  };
  assert.equal(score.reviewed, 3);
  assert.equal(score.rejected, 1);
  assert.equal(score.precision, 2 / 3);
  assert.deepEqual(score.fields.figure, { right: 1, of: 2, accuracy: 0.5 });
  assert.deepEqual(score.fields.category, { right: 2, of: 2, accuracy: 1 });
  assert.deepEqual(score.errors, [{ claim: b.id, fields: ['figure'] }]);
  const text = spawnSync(
    process.execPath,
    ['--import', 'tsx', cli, 'eval', '--case', 'مراجعة', '--db', location],
    {
      encoding: 'utf8',
    },
  );
  assert.match(text.stdout, /3 of \d+ claims reviewed/);
  const none = spawnSync(
    process.execPath,
    ['--import', 'tsx', cli, 'eval', '--case', 'nothing', '--db', location],
    {
      encoding: 'utf8',
    },
  );
  assert.equal(none.status, 2);
  assert.match(none.stderr, /no case named nothing/);
});

test('the document route gives a PDF’s pages, as spans of its text', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'isnad-api-pdf-'));
  try {
    const file = join(dir, 'sitrep.pdf');
    writeFileSync(file, makePdf([['Weekly update'], ['قتل 7 مدنيين في غارة.']]));
    const loaded = loadInputs([file]);
    const store = await Store.open(':memory:');
    const app = createApp({ store });
    const { id } = await store.createCase('pdf');
    await store.addDocuments(id, loaded.documents);
    const res = await app.request(`/api/cases/${id}/documents/sitrep`);
    assert.equal(res.status, 200);
    const doc = (await res.json()) as { text: string; pages: { page: number; start: number; end: number }[] };
    assert.deepEqual(doc.pages, loaded.documents[0]!.pages);
    assert.deepEqual(
      doc.pages.map((p) => doc.text.slice(p.start, p.end)),
      ['Weekly update', 'قتل 7 مدنيين في غارة.'],
    );
    await store.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('an uploaded PDF is read as `isnad ingest` reads it, as a form file or as the body', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'isnad-api-upload-'));
  const store = await Store.open(':memory:');
  try {
    const app = createApp({ store, maxBody: 64 * 1024 });
    const { id } = await store.createCase('uploads');
    const sitrep = makePdf([['Weekly update'], ['قتل 7 مدنيين في غارة على السوق.']]);
    writeFileSync(join(dir, 'sitrep.pdf'), sitrep);
    const [want] = loadInputs([join(dir, 'sitrep.pdf')]).documents;
    const post = (
      body: Blob | FormData | Uint8Array,
      headers: Record<string, string> = {},
      query = '',
    ): Promise<Response> =>
      Promise.resolve(app.request(`/api/cases/${id}/documents${query}`, { method: 'POST', body, headers }));
    const doc = async (key: string): Promise<Record<string, unknown>> =>
      (await (await app.request(`/api/cases/${id}/documents/${key}`)).json()) as Record<string, unknown>;

    // A form file: its text layer and pages, as the CLI reads the same file.
    const form = new FormData();
    form.append('file', new Blob([sitrep], { type: 'application/pdf' }), 'sitrep.pdf');
    form.append('source', 'OCHA');
    const up = await post(form);
    assert.equal(up.status, 201, await up.clone().text());
    const got = await doc('sitrep');
    assert.equal(got.text, want!.text);
    assert.deepEqual(got.pages, want!.pages);
    assert.equal(got.source, 'OCHA');
    assert.ok((got.claims as unknown[]).length > 0, 'the PDF’s claim is read');

    // The file itself as the body, its metadata in the query; a PDF named without .pdf too.
    const other = makePdf([['قتل 4 أشخاص في قصف على البلدة.']]);
    const raw = await post(
      other,
      { 'content-type': 'application/pdf' },
      '?id=raw-report&published=2018-03-02',
    );
    assert.equal(raw.status, 201, await raw.clone().text());
    const rawDoc = await doc('raw-report');
    assert.equal(rawDoc.text, 'قتل 4 أشخاص في قصف على البلدة.');
    assert.equal(rawDoc.published, '2018-03-02');
    const unnamed = new FormData();
    unnamed.append('file', new Blob([makePdf([['Daily brief 9']])]), 'brief');
    assert.equal((await post(unnamed)).status, 201);
    assert.equal((await doc('brief')).text, 'Daily brief 9');

    // Unreadable PDFs: a clear error that names the file and why, and nothing stored.
    const before = (await store.listDocuments(id)).total;
    for (const [name, bytes, why] of [
      ['locked.pdf', makePdf([['secret 12']], { encrypted: true }), /locked\.pdf.*(password|encrypt)/i],
      ['scan.pdf', makePdf([[], []]), /scan\.pdf.*text/i],
      ['broken.pdf', new TextEncoder().encode('%PDF-1.4\nnot a PDF at all'), /broken\.pdf/],
    ] as const) {
      const f = new FormData();
      f.append('file', new Blob([bytes], { type: 'application/pdf' }), name);
      const res = await post(f);
      assert.equal(res.status, 422, name);
      const body = (await res.json()) as { error: { code: string; message: string } };
      assert.equal(body.error.code, 'unreadable_input');
      assert.match(body.error.message, why);
    }
    assert.equal((await store.listDocuments(id)).total, before);

    // The size limit holds for uploads.
    const big = makePdf([['x'.repeat(80 * 1024)]]);
    assert.equal((await post(big, { 'content-type': 'application/pdf' }, '?id=big')).status, 413);
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
