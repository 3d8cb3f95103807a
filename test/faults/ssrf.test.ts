// Server-side fetches (POST /api/cases/{id}/documents {url}) cannot reach the machine's own or
// private services: not by an address, not by a name resolving to one, not through a redirect from
// an allowed address; an operator allows them with --allow-private or one address at a time.
// Also here: writes need the token, and bodies over the limit are refused with 413.

import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import type { Server } from 'node:http';
import { after, before, test } from 'node:test';
import { createApp } from '../../src/server/app.js';
import type { AppOptions } from '../../src/server/app.js';
import { Store } from '../../src/store/store.js';

const PAGE = '<html><body><p>قتل 5 أشخاص في غارة على البلدة أمس، وفق مصادر طبية.</p></body></html>';
let inner: Server;
let front: Server;
let innerPort = 0;
let frontPort = 0;
let innerHits = 0;

function listen(server: Server, host: string): Promise<number> {
  return new Promise((resolve) =>
    server.listen(0, host, () => resolve((server.address() as { port: number }).port)),
  );
}

before(async () => {
  // The "internal service" on 127.0.0.1, and a "public" site on 127.0.0.2 (its address allowed in
  // the tests) that redirects to it.
  inner = createServer((_req, res) => {
    innerHits++;
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(PAGE);
  });
  innerPort = await listen(inner, '127.0.0.1');
  front = createServer((req, res) => {
    if (req.url === '/page') res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(PAGE);
    else if (req.url === '/to-ip') res.writeHead(302, { location: `http://127.0.0.1:${innerPort}/` }).end();
    else res.writeHead(302, { location: `http://localhost:${innerPort}/` }).end();
  });
  frontPort = await listen(front, '127.0.0.2');
});
after(() => {
  inner.close();
  front.close();
});

async function post(options: Omit<AppOptions, 'store'>, url: string, token?: string): Promise<Response> {
  const store = await Store.open(':memory:');
  const app = createApp({ store, ...options });
  const auth: Record<string, string> = token ? { authorization: `Bearer ${token}` } : {};
  const made = await app.request('/api/cases', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...auth },
    body: JSON.stringify({ name: 'ssrf' }),
  });
  const { id } = (await made.json()) as { id: number };
  const res = await app.request(`/api/cases/${id}/documents`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...auth },
    body: JSON.stringify({ url }),
  });
  await store.close();
  return res;
}

test('a URL to loopback, by address or by a name resolving to it, is refused with 403', async () => {
  innerHits = 0;
  for (const url of [
    `http://127.0.0.1:${innerPort}/`,
    `http://localhost:${innerPort}/`,
    `http://[::ffff:127.0.0.1]:${innerPort}/`,
    `http://0.0.0.0:${innerPort}/`,
    'http://169.254.169.254/latest/meta-data/',
    'http://10.0.0.1/',
    'http://192.168.1.1/',
  ]) {
    const res = await post({}, url);
    assert.equal(res.status, 403, url);
    assert.match(((await res.json()) as { error: { code: string } }).error.code, /url_forbidden/);
  }
  assert.equal(innerHits, 0, 'the internal service was never reached');
});

test('a redirect from an allowed address to an internal one is refused', async () => {
  innerHits = 0;
  const allow = { fetch: { allowAddresses: ['127.0.0.2'] } };
  const ok = await post(allow, `http://127.0.0.2:${frontPort}/page`);
  assert.equal(ok.status, 201, await ok.clone().text());
  for (const path of ['/to-ip', '/to-name']) {
    const res = await post(allow, `http://127.0.0.2:${frontPort}${path}`);
    assert.equal(res.status, 403, path);
  }
  assert.equal(innerHits, 0, 'the internal service was never reached');
});

test('--allow-private lets the server fetch internal addresses', async () => {
  innerHits = 0;
  const res = await post({ fetch: { allowPrivate: true } }, `http://localhost:${innerPort}/`);
  assert.equal(res.status, 201, await res.clone().text());
  assert.equal(innerHits, 1);
});

test('writes need the token; bodies over the limit are refused with 413', async () => {
  const store = await Store.open(':memory:');
  const app = createApp({ store, token: 'sekrit', maxBody: 1024 });
  const body = JSON.stringify({ name: 'x' });
  const headers = { 'content-type': 'application/json' };
  assert.equal((await app.request('/api/cases', { method: 'POST', headers, body })).status, 401);
  const wrong = { ...headers, authorization: 'Bearer nope' };
  assert.equal((await app.request('/api/cases', { method: 'POST', headers: wrong, body })).status, 401);
  const good = { ...headers, authorization: 'Bearer sekrit' };
  const made = await app.request('/api/cases', { method: 'POST', headers: good, body });
  assert.equal(made.status, 201);
  const { id } = (await made.json()) as { id: number };
  const big = JSON.stringify({ id: 'big', text: 'قتل 5 أشخاص. '.repeat(500) });
  const tooBig = await app.request(`/api/cases/${id}/documents`, {
    method: 'POST',
    headers: good,
    body: big,
  });
  assert.equal(tooBig.status, 413);
  assert.equal((await store.listDocuments(id, {})).total, 0, 'nothing of the refused body was stored');
  assert.equal((await app.request('/api/cases')).status, 200, 'reads need no token');
  await store.close();
});
