// Fetching by URL against a local HTTP server on 127.0.0.1: pages, feeds, declared charsets, and a
// clear error for each failure (status, type, size, redirects, time); the batch goes on.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { IsnadError } from '../errors.js';
import { declaredEncoding, fetchDocument } from './fetch.js';
import { loadInputsAndUrls } from './load.js';

const FEED = `<?xml version="1.0"?><rss version="2.0"><channel><title>وكالة</title>
<item><title>غارة</title><link>http://x/a/1</link><guid>1</guid><pubDate>Tue, 27 Feb 2018 02:03:32 +0400</pubDate>
<description>قتل 5 مدنيين.</description></item>
<item><title>اشتباك</title><link>http://x/a/2</link><guid>2</guid><pubDate>Wed, 28 Feb 2018 02:03:32 +0400</pubDate>
<description>أصيب 3.</description></item></channel></rss>`;

/** قتل 5 in Windows-1256. */
const CP1256_PAGE = Buffer.concat([
  Buffer.from('<html><body><p>'),
  Buffer.from([0xde, 0xca, 0xe1, 0x20, 0x35]),
  Buffer.from('</p></body></html>'),
]);

let server: Server;
let base = '';
before(async () => {
  server = createServer((req, res) => {
    const path = req.url ?? '/';
    if (path === '/feed.rss') {
      res.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8' });
      res.end(FEED);
    } else if (path === '/old.html') {
      res.writeHead(200, { 'content-type': 'text/html; charset=windows-1256' });
      res.end(CP1256_PAGE);
    } else if (path === '/loop') {
      res.writeHead(302, { location: '/loop' });
      res.end();
    } else if (path === '/moved') {
      res.writeHead(301, { location: '/feed.rss' });
      res.end();
    } else if (path === '/big') {
      res.writeHead(200, { 'content-type': 'text/plain' });
      res.end('قتل '.repeat(5000));
    } else if (path === '/image') {
      res.writeHead(200, { 'content-type': 'image/png' });
      res.end(Buffer.from([0x89, 0x50]));
    } else if (path === '/slow') {
      setTimeout(() => res.end('late'), 2000).unref();
    } else {
      res.writeHead(404);
      res.end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
after(() => {
  server.closeAllConnections();
  server.close();
});

const local = { allowPrivate: true, timeoutMs: 300, maxBytes: 10_000, maxRedirects: 3 };

async function failure(url: string): Promise<string> {
  try {
    await fetchDocument(url, {}, local);
  } catch (e) {
    assert.ok(e instanceof IsnadError);
    return `${e.code}: ${e.message}`;
  }
  return 'no error';
}

test('fetchDocument: a feed served over HTTP is one document per item, after a redirect too', async () => {
  for (const path of ['/feed.rss', '/moved']) {
    const docs = await fetchDocument(`${base}${path}`, {}, local);
    assert.deepEqual(
      docs.map((d) => [d.published, d.url, d.source, d.text]),
      [
        ['2018-02-27', 'http://x/a/1', 'وكالة', 'غارة\nقتل 5 مدنيين.'],
        ['2018-02-28', 'http://x/a/2', 'وكالة', 'اشتباك\nأصيب 3.'],
      ],
    );
  }
});

test('fetchDocument: the charset the server declares is used', async () => {
  const [doc] = await fetchDocument(`${base}/old.html`, {}, local);
  assert.equal(doc?.text, 'قتل 5');
  assert.equal(declaredEncoding('text/html; charset="UTF-8"'), 'utf-8');
  assert.equal(declaredEncoding('text/html; charset=koi8-r'), 'auto');
});

test('fetchDocument: each failure is a clear error', async () => {
  assert.match(await failure(`${base}/nothing`), /^url_failed: .* answered 404/);
  assert.match(await failure(`${base}/loop`), /^url_failed: too many redirects/);
  assert.match(await failure(`${base}/big`), /^url_too_large: /);
  assert.match(await failure(`${base}/image`), /^url_not_text: .*image\/png/);
  assert.match(await failure(`${base}/slow`), /^url_failed: .*no answer within 300 ms/);
  assert.match(await failure('ftp://example.org/x'), /^url_invalid: /);
  const guarded = await fetchDocument(`${base}/feed.rss`, {}, { timeoutMs: 300 }).catch(
    (e: IsnadError) => e.code,
  );
  assert.equal(guarded, 'url_forbidden', 'internal addresses are refused unless allowed');
});

test('loadInputsAndUrls: URLs and files in one batch; a failed URL is a diagnostic', async () => {
  const loaded = await loadInputsAndUrls(
    [`${base}/feed.rss`, `${base}/nothing`, 'examples/ghuwayran'],
    {},
    local,
  );
  assert.equal(loaded.documents.length, 2 + 5);
  assert.deepEqual(
    loaded.diagnostics.map((d) => [d.code, d.document]),
    [['url_failed', `${base}/nothing`]],
  );
});
